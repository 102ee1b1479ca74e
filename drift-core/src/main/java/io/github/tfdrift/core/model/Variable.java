package io.github.tfdrift.core.model;

import io.github.tfdrift.core.value.JsonValue;
import org.immutables.value.Value;

/** A root module variable value in the plan's {@code variables}. Sensitive variables are here in clear text. */
@Value.Immutable
public interface Variable extends HasExtras {

  /** {@code value}. */
  @Value.Default
  default JsonValue value() {
    return JsonValue.absent();
  }

  /** A builder. */
  static ImmutableVariable.Builder builder() {
    return ImmutableVariable.builder();
  }
}
