package io.github.tfdrift.core.model;

import io.github.tfdrift.core.value.JsonValue;
import java.util.Optional;
import org.immutables.value.Value;

/** An entry of {@code action_invocations} (TF 1.14+): a provider-defined action that apply will invoke. */
@Value.Immutable
public interface ActionInvocation extends HasExtras {

  /** {@code address}. */
  String address();

  /** {@code type}. */
  Optional<String> type();

  /** {@code name}. */
  Optional<String> name();

  /** {@code provider_name}. */
  Optional<String> providerName();

  /** {@code config_values}. */
  @Value.Default
  default JsonValue configValues() {
    return JsonValue.absent();
  }

  /** {@code config_sensitive}. */
  @Value.Default
  default JsonValue configSensitive() {
    return JsonValue.absent();
  }

  /** {@code config_unknown}. */
  @Value.Default
  default JsonValue configUnknown() {
    return JsonValue.absent();
  }

  /** {@code lifecycle_action_trigger}. */
  @Value.Default
  default JsonValue lifecycleActionTrigger() {
    return JsonValue.absent();
  }

  /** {@code invoke_action_trigger}. */
  @Value.Default
  default JsonValue invokeActionTrigger() {
    return JsonValue.absent();
  }

  /** A builder. */
  static ImmutableActionInvocation.Builder builder() {
    return ImmutableActionInvocation.builder();
  }
}
