package io.github.tfdrift.core.model;

import io.github.tfdrift.core.address.AttributePath;
import io.github.tfdrift.core.value.JsonValue;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A change object: {@code change} of a resource change, and the value of an output change. Values keep absent and {@code null} apart: {@code after} absent means wholly unknown. */
@Value.Immutable
public interface Change extends HasExtras {

  /** {@code actions}, as written. */
  List<Action> actions();

  /** {@code before}: {@code null} for create. */
  @Value.Default
  default JsonValue before() {
    return JsonValue.absent();
  }

  /** {@code after}: {@code null} for delete and forget, absent when wholly unknown. */
  @Value.Default
  default JsonValue after() {
    return JsonValue.absent();
  }

  /** {@code after_unknown}: the mirror of {@code after} marking unknown values. */
  @Value.Default
  default JsonValue afterUnknown() {
    return JsonValue.absent();
  }

  /** {@code before_sensitive}: the mirror of {@code before} marking sensitive values. */
  @Value.Default
  default JsonValue beforeSensitive() {
    return JsonValue.absent();
  }

  /** {@code after_sensitive}: the mirror of {@code after} marking sensitive values. */
  @Value.Default
  default JsonValue afterSensitive() {
    return JsonValue.absent();
  }

  /** {@code replace_paths}: the attributes that forced a replacement. */
  List<AttributePath> replacePaths();

  /** {@code importing}, when this change also imports the object. */
  Optional<Importing> importing();

  /** {@code generated_config}: HCL from {@code plan -generate-config-out}. */
  Optional<String> generatedConfig();

  /** {@code before_identity} (TF 1.12+). */
  @Value.Default
  default JsonValue beforeIdentity() {
    return JsonValue.absent();
  }

  /** {@code after_identity} (TF 1.12+). */
  @Value.Default
  default JsonValue afterIdentity() {
    return JsonValue.absent();
  }

  /** What the actions mean. */
  @Value.Lazy
  default ChangeKind kind() {
    return ChangeKind.of(actions());
  }

  /** Sensitivity of {@code before}, as a mask. */
  default ValueMask beforeSensitiveMask() {
    return ValueMask.of(beforeSensitive());
  }

  /** Sensitivity of {@code after}, as a mask. */
  default ValueMask afterSensitiveMask() {
    return ValueMask.of(afterSensitive());
  }

  /** Unknown parts of {@code after}, as a mask. */
  default ValueMask afterUnknownMask() {
    return ValueMask.of(afterUnknown());
  }

  /** A builder. */
  static ImmutableChange.Builder builder() {
    return ImmutableChange.builder();
  }
}
