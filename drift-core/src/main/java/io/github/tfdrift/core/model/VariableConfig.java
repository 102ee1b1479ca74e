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

  /** True when the variable is declared sensitive. */
  default boolean isSensitive() {
    return sensitive().orElse(false);
  }

  /** A builder. */
  static ImmutableVariableConfig.Builder builder() {
    return ImmutableVariableConfig.builder();
  }
}
