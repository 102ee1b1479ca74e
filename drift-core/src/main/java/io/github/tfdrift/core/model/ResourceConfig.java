package io.github.tfdrift.core.model;

import io.github.tfdrift.core.address.ResourceMode;
import io.github.tfdrift.core.value.JsonValue;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A resource or data block in a module configuration. Its {@code address} is module-relative. The configuration carries no {@code lifecycle} settings. */
@Value.Immutable
public interface ResourceConfig extends HasExtras {

  /** {@code address}: module-relative. */
  String address();

  /** {@code mode}. */
  @Value.Default
  default ResourceMode mode() {
    return ResourceMode.MANAGED;
  }

  /** {@code type}. */
  String type();

  /** {@code name}. */
  String name();

  /** {@code provider_config_key}. */
  Optional<String> providerConfigKey();

  /** {@code provisioners}, kept as JSON. */
  @Value.Default
  default JsonValue provisioners() {
    return JsonValue.absent();
  }

  /** {@code expressions}, kept as JSON (polymorphic: expressions, blocks, arrays, label maps). */
  @Value.Default
  default JsonValue expressions() {
    return JsonValue.absent();
  }

  /** {@code schema_version}. */
  @Value.Default
  default JsonValue schemaVersion() {
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

  /** {@code depends_on}. */
  List<String> dependsOn();

  /** A builder. */
  static ImmutableResourceConfig.Builder builder() {
    return ImmutableResourceConfig.builder();
  }
}
