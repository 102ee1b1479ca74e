package io.github.tfdrift.imports;

import java.util.Objects;

/**
 * Why a value given by a person for an import option (an AWS account ID, a region) is not valid.
 *
 * @param option the option, e.g. {@code account ID}
 * @param problem the one-line message, e.g. {@code an AWS account ID is 12 digits, not 'x'}
 */
public record OptionError(String option, String problem) {
  /** Validates the parts. */
  public OptionError {
    Objects.requireNonNull(option, "option");
    Objects.requireNonNull(problem, "problem");
  }

  /** The one-line message users see. */
  public String describe() {
    return problem;
  }

  @Override
  public String toString() {
    return "OptionError[" + option + "]";
  }
}
