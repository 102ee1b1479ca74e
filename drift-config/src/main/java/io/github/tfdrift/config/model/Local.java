package io.github.tfdrift.config.model;

import io.github.tfdrift.config.source.SourceRange;
import java.util.Objects;

/**
 * One named value of a {@code locals { … }} block.
 *
 * @param name the local's name
 * @param range where {@code name = value} is written
 * @param value its expression
 */
public record Local(String name, SourceRange range, Expression value) {

  /** Validates the parts. */
  public Local {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(range, "range");
    Objects.requireNonNull(value, "value");
  }
}
