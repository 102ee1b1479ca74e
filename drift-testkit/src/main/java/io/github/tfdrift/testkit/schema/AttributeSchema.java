package io.github.tfdrift.testkit.schema;

import io.github.tfdrift.core.value.JsonValue;
import java.util.Objects;

/**
 * One attribute of a block schema.
 *
 * @param name the attribute's name
 * @param type its cty type as the schema writes it: {@code "string"}, {@code "number"}, {@code
 *     "bool"}, {@code "dynamic"}, {@code ["list","string"]}, {@code ["map",…]}, {@code ["set",…]},
 *     {@code ["object",{…}]}, {@code ["tuple",[…]]}
 * @param required the configuration must set it
 * @param optional the configuration may set it
 * @param computed the provider sets it (when not configured)
 * @param sensitive Terraform hides its value ({@code before_sensitive}/{@code after_sensitive})
 */
public record AttributeSchema(String name, JsonValue type, boolean required, boolean optional, boolean computed, boolean sensitive) {
  /** Validates the parts. */
  public AttributeSchema {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
  }

  /** Computed and not configurable: only the provider sets it ({@code arn}, {@code unique_id}). */
  public boolean isComputedOnly() {
    return computed && !optional && !required;
  }
}
