package io.github.tfdrift.report;

import java.util.Objects;

/**
 * An input of a run that could not be analysed (missing, malformed, not a plan, a binary plan that
 * could not be converted). The message names what is wrong and where, never the input's content.
 *
 * @param name the input as named on the command line or in a directory
 * @param message one line saying what is wrong
 */
public record InputError(String name, String message) {
  /** Validates the parts. */
  public InputError {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(message, "message");
  }
}
