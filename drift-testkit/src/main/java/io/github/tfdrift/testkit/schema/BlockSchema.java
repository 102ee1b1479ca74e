package io.github.tfdrift.testkit.schema;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A block of a schema: the body of a resource type, or of a nested block.
 *
 * @param attributes the attributes by name
 * @param blocks the nested block types by name
 */
public record BlockSchema(Map<String, AttributeSchema> attributes, Map<String, NestedBlockSchema> blocks) {
  /** Copies the parts. */
  public BlockSchema {
    attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    blocks = Collections.unmodifiableMap(new LinkedHashMap<>(blocks));
  }
}
