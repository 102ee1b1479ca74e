package io.github.tfdrift.rules.policy;

import java.util.Objects;

/**
 * One problem of a policy file: where, and what is wrong. Never contains more of the file than a
 * short excerpt of the offending key, glob, path or date. {@link PolicyReader} reports every problem
 * of a file together, as {@link PolicyErrors}.
 *
 * @param source the file name
 * @param line 1-based line, or 0 when unknown
 * @param column 1-based column, or 0 when unknown
 * @param message what is wrong, e.g. {@code unknown key 'ignore_change' (did you mean 'ignore_changes'?)}
 */
public record PolicyError(String source, int line, int column, String message) {
  /** Validates the parts. */
  public PolicyError {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(message, "message");
  }

  /** One line: {@code drift-policy.yaml:3:3: unknown key 'ignore_change' (did you mean ...)}. */
  public String describe() {
    return source + (line > 0 ? ":" + line + ":" + column : "") + ": " + message;
  }

  @Override
  public String toString() {
    return describe();
  }
}
