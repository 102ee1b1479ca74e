package io.github.tfdrift.config.model;

import io.github.tfdrift.config.source.SourceRange;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The body of a block: its arguments and nested blocks in the order written, and the place between
 * the braces (where a new argument or block goes).
 *
 * @param arguments the arguments
 * @param blocks the nested blocks ({@code lifecycle}, {@code disk}, {@code dynamic "x"}…)
 */
public record Body(List<Argument> arguments, List<NestedBlock> blocks) {

  /** Copies the parts. */
  public Body {
    arguments = List.copyOf(arguments);
    blocks = List.copyOf(blocks);
  }

  /** An empty body. */
  public static Body empty() {
    return new Body(List.of(), List.of());
  }

  /** The argument with this name, if written. */
  public Optional<Argument> argument(String name) {
    return arguments.stream().filter(a -> a.name().equals(name)).findFirst();
  }

  /** The nested blocks of this type, in order. */
  public List<NestedBlock> blocks(String type) {
    return blocks.stream().filter(b -> b.type().equals(type)).toList();
  }

  /**
   * A block nested in a body: {@code lifecycle { … }}, {@code disk { … }}, {@code dynamic "disk" { … }}.
   *
   * @param type the block type
   * @param labels its labels
   * @param range where the whole block is written
   * @param body its body
   */
  public record NestedBlock(String type, List<String> labels, SourceRange range, Body body) {
    /** Validates and copies the parts. */
    public NestedBlock {
      Objects.requireNonNull(type, "type");
      labels = List.copyOf(labels);
      Objects.requireNonNull(range, "range");
      Objects.requireNonNull(body, "body");
    }
  }
}
