package io.github.tfdrift.analysis;

import io.github.tfdrift.core.read.PlanError;
import io.github.tfdrift.report.InputError;
import java.util.Objects;
import java.util.Optional;

/**
 * A plan input that could not be analysed: a missing file, a directory without plans, malformed JSON,
 * a binary plan that {@code show -json} could not convert. The message names what is wrong and where,
 * never the input's content (a binary plan's error is redacted with the secrets of the plans read
 * before it). The run goes on with the other plans; its decision becomes an error (exit 1).
 *
 * @param name the input as it was given, or the file of a directory
 * @param message one line saying what is wrong
 * @param planError the reader's error, with its kind and position, when the input was read as a plan
 */
public record PlanFailure(String name, String message, Optional<PlanError> planError) {
  /** Validates the parts. */
  public PlanFailure {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(planError, "planError");
  }

  /** A failure without a reader's error (nothing could be read). */
  public static PlanFailure of(String name, String message) {
    return new PlanFailure(name, message, Optional.empty());
  }

  /** The failure of a plan that was read and is not a valid plan. */
  public static PlanFailure of(String name, PlanError error) {
    return new PlanFailure(name, error.describe(), Optional.of(error));
  }

  /** The failure as reports show it. */
  public InputError inputError() {
    return new InputError(name, message);
  }
}
