package io.github.tfdrift.core.model;

import io.github.tfdrift.core.value.JsonValue;
import java.util.Optional;
import org.immutables.value.Value;

/** An output in a values representation ({@code planned_values.outputs}, state outputs). Sensitive outputs carry their value in clear text. */
@Value.Immutable
public interface OutputValue extends HasExtras {

  /** {@code sensitive}. */
  Optional<Boolean> sensitive();

  /** {@code value}: absent when not yet known. */
  @Value.Default
  default JsonValue value() {
    return JsonValue.absent();
  }

  /** {@code type}: the cty type as JSON (TF 1.2+). */
  @Value.Default
  default JsonValue type() {
    return JsonValue.absent();
  }

  /** A builder. */
  static ImmutableOutputValue.Builder builder() {
    return ImmutableOutputValue.builder();
  }
}
