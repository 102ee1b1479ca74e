package io.github.tfdrift.rules.policy;

import java.util.Objects;

/**
 * Something in a valid policy file that is probably a mistake, with its position: today, an
 * attribute path that can never match anything a plan holds (see {@link PolicyReader}). The policy
 * is still used; {@code drift policy check} prints each warning and still says OK. Never contains
 * more of the file than a short excerpt of the path.
 *
 * @param source the file name
 * @param line 1-based line, or 0 when unknown
 * @param column 1-based column, or 0 when unknown
 * @param message what is probably wrong
 */
public record PolicyWarning(String source, int line, int column, String message) {
  /** Validates the parts. */
  public PolicyWarning {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(message, "message");
  }

  /** One line: {@code drift-policy.yaml:4:19: the path 'count' can never match: ...}. */
  public String describe() {
    return source + (line > 0 ? ":" + line + ":" + column : "") + ": " + message;
  }

  @Override
  public String toString() {
    return describe();
  }
}
