package io.github.tfdrift.core.model;

import io.github.tfdrift.core.value.JsonValue;
import java.util.Optional;
import org.immutables.value.Value;

/** A variable block in a module configuration. Variables declared {@code sensitive} have their values in clear text in the plan's {@code variables}. */
@Value.Immutable
public interface VariableConfig extends HasExtras {

  /** {@code default}. */
  @Value.Default
  default JsonValue defaultValue() {
    return JsonValue.absent();
  }

  /** {@code description}. */
  Optional<String> description();

  /** {@code sensitive}. */
  Optional<Boolean> sensitive();

  /**
   * {@code type}: the type constraint as cty type JSON ({@code "string"}, {@code ["list","string"]}),
   * written by OpenTofu 1.11 and later; absent otherwise. The member stays in {@link #extras()}, so
   * it is read, written back and redacted without any code of its own.
   */
  default JsonValue type() {
    return extras().get(PlanFields.VariableConfig.TYPE);
  }

  /**
   * {@code required}: true when the variable has no default and must be set, written by OpenTofu
   * 1.11 and later; empty when absent or not a boolean. The member stays in {@link #extras()}.
   */
  default Optional<Boolean> required() {
    return extras().get(PlanFields.VariableConfig.REQUIRED) instanceof JsonValue.Bool b
        ? Optional.of(b.value())
        : Optional.empty();
  }

  /** True when the variable is declared sensitive. */
  default boolean isSensitive() {
    return sensitive().orElse(false);
  }

  /** A builder. */
  static ImmutableVariableConfig.Builder builder() {
    return ImmutableVariableConfig.builder();
  }
}
