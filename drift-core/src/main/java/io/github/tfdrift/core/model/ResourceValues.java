package io.github.tfdrift.core.model;

import io.github.tfdrift.core.address.InstanceKey;
import io.github.tfdrift.core.address.ResourceMode;
import io.github.tfdrift.core.value.JsonValue;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A resource in a values representation ({@code planned_values}, {@code prior_state}); deposed objects in state carry {@code deposed_key}. */
@Value.Immutable
public interface ResourceValues extends HasExtras {

  /** {@code address}. */
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

  /** {@code index}. */
  Optional<InstanceKey> index();

  /** {@code provider_name}. */
  Optional<String> providerName();

  /** {@code schema_version}. */
  @Value.Default
  default JsonValue schemaVersion() {
    return JsonValue.absent();
  }

  /** {@code values}: the attributes; absent when the object is null. */
  @Value.Default
  default JsonValue values() {
    return JsonValue.absent();
  }

  /** {@code sensitive_values}: the sensitivity mirror of {@code values} (format 0.2+). */
  @Value.Default
  default JsonValue sensitiveValues() {
    return JsonValue.absent();
  }

  /** {@code depends_on} (state only). */
  List<String> dependsOn();

  /** {@code tainted} (state only). */
  Optional<Boolean> tainted();

  /** {@code deposed_key} (state only, deposed objects). */
  Optional<String> deposedKey();

  /** {@code identity_schema_version} (TF 1.12+). */
  @Value.Default
  default JsonValue identitySchemaVersion() {
    return JsonValue.absent();
  }

  /** {@code identity} (TF 1.12+). */
  @Value.Default
  default JsonValue identity() {
    return JsonValue.absent();
  }

  /** Sensitivity of {@code values}, as a mask. */
  default ValueMask sensitiveMask() {
    return ValueMask.of(sensitiveValues());
  }

  /** A builder. */
  static ImmutableResourceValues.Builder builder() {
    return ImmutableResourceValues.builder();
  }
}
