package io.github.tfdrift.testkit.schema;

import java.util.Locale;
import java.util.Objects;

/**
 * A nested block type: how it nests ({@code single}, {@code group}, {@code list}, {@code set},
 * {@code map}), its body and its item bounds (0 for no upper bound).
 *
 * @param nestingMode the nesting mode, lower case
 * @param block the body of each block
 * @param minItems the fewest blocks
 * @param maxItems the most blocks, 0 for no bound
 */
public record NestedBlockSchema(String nestingMode, BlockSchema block, int minItems, int maxItems) {
  /** Validates the parts. */
  public NestedBlockSchema {
    nestingMode = Objects.requireNonNull(nestingMode, "nestingMode").toLowerCase(Locale.ROOT);
    Objects.requireNonNull(block, "block");
    if (minItems < 0 || maxItems < 0) {
      throw new IllegalArgumentException("negative item bounds");
    }
  }

  /** True for {@code list} and {@code set}: the value is an array of blocks. */
  public boolean isRepeated() {
    return nestingMode.equals("list") || nestingMode.equals("set");
  }

  /** True for {@code map}: the value is an object of blocks by key. */
  public boolean isMap() {
    return nestingMode.equals("map");
  }
}
