package io.github.tfdrift.core.ui;

import java.util.Objects;

/**
 * A value that took part in the expression a diagnostic is about: {@code var.n} {@code is 1}.
 *
 * @param traversal the reference, e.g. {@code var.n}
 * @param statement what it was, e.g. {@code is 1}; can show a value
 */
public record ExpressionValue(String traversal, String statement) {
  /** Validates the parts. */
  public ExpressionValue {
    Objects.requireNonNull(traversal, "traversal");
    Objects.requireNonNull(statement, "statement");
  }

  /** The traversal only; never the statement. */
  @Override
  public String toString() {
    return traversal;
  }
}
