package io.github.tfdrift.core.model;

import io.github.tfdrift.core.value.JsonValue;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A module block in a module configuration. */
@Value.Immutable
public interface ModuleCall extends HasExtras {

  /** {@code source}: exactly as written. */
  Optional<String> source();

  /** {@code expressions}: the module arguments. */
  @Value.Default
  default JsonValue expressions() {
    return JsonValue.absent();
  }

  /** {@code count_expression}. */
  @Value.Default
  default JsonValue countExpression() {
    return JsonValue.absent();
  }

  /** {@code for_each_expression}. */
  @Value.Default
  default JsonValue forEachExpression() {
    return JsonValue.absent();
  }

  /** {@code module}: the called module's configuration. */
  Optional<ModuleConfig> module();

  /** {@code version_constraint}. */
  Optional<String> versionConstraint();

  /** {@code depends_on}. */
  List<String> dependsOn();

  /** A builder. */
  static ImmutableModuleCall.Builder builder() {
    return ImmutableModuleCall.builder();
  }
}
