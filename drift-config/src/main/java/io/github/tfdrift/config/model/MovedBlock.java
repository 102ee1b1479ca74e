package io.github.tfdrift.config.model;

import io.github.tfdrift.config.source.SourceRange;
import java.util.Objects;

/**
 * A {@code moved { from = … to = … }} block.
 *
 * @param from the {@code from} address as written
 * @param to the {@code to} address as written
 * @param range where the whole block is written
 */
public record MovedBlock(String from, String to, SourceRange range) {

  /** Validates the parts. */
  public MovedBlock {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(range, "range");
  }
}
