package io.github.tfdrift.core.address;

import java.util.Objects;

/**
 * Why a text is not a resource instance address: what was expected, and where.
 *
 * <p>{@link #toString()} does not print the text: an address may carry an instance key taken from a
 * plan, and the error may be logged.
 *
 * @param text the text that was parsed
 * @param position where the problem is, counted in characters from 0
 * @param problem what was expected there, e.g. {@code expected a resource name}
 */
public record AddressError(String text, int position, String problem) {
  /** Validates the parts. */
  public AddressError {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(problem, "problem");
    if (position < 0) {
      throw new IllegalArgumentException("position must not be negative");
    }
  }

  /** The one-line message: {@code expected a resource name at character 12}. */
  public String describe() {
    return problem + " at character " + (position + 1);
  }

  @Override
  public String toString() {
    return "AddressError[" + describe() + "]";
  }
}
