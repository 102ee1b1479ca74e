package io.github.tfdrift.config.model;

import io.github.tfdrift.config.source.SourceRange;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@code variable "name" { … }} block.
 *
 * @param name the variable's name
 * @param range where the whole block is written
 * @param defaultValue the {@code default} argument, when written
 * @param sensitive true when {@code sensitive = true}
 */
public record Variable(String name, SourceRange range, Optional<Argument> defaultValue, boolean sensitive) {

  /** Validates the parts. */
  public Variable {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(range, "range");
    Objects.requireNonNull(defaultValue, "defaultValue");
  }
}
