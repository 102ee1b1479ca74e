package io.github.tfdrift.config.model;

import io.github.tfdrift.config.source.SourceRange;
import java.util.Objects;

/**
 * An argument of a block body: {@code name = expression}.
 *
 * @param name the argument's name
 * @param range where the whole argument is written (name through value)
 * @param value the value expression
 */
public record Argument(String name, SourceRange range, Expression value) {

  /** Validates the parts. */
  public Argument {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(range, "range");
    Objects.requireNonNull(value, "value");
  }
}
