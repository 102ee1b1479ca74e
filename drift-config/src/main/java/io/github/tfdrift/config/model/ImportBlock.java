package io.github.tfdrift.config.model;

import io.github.tfdrift.config.source.SourceRange;
import java.util.Objects;
import java.util.Optional;

/**
 * An {@code import { to = … id = … }} block.
 *
 * @param to the {@code to} address as written
 * @param id the {@code id} expression, when written
 * @param range where the whole block is written
 */
public record ImportBlock(String to, Optional<Expression> id, SourceRange range) {

  /** Validates the parts. */
  public ImportBlock {
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(range, "range");
  }
}
