package io.github.tfdrift.rules.internal;

import io.github.tfdrift.core.model.ActionInvocation;
import io.github.tfdrift.core.value.JsonValue;
import java.util.Optional;

/**
 * Reads the {@code action_invocation} of a {@code deferred_action_invocations} entry, which the model
 * keeps as JSON, into an {@link ActionInvocation} with the fields of a planned one.
 */
final class Actions {
  private Actions() {}

  /** The invocation, or empty when the JSON has no {@code address}. */
  static Optional<ActionInvocation> invocation(JsonValue v) {
    Optional<String> address = v.get("address").asText();
    if (address.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        ActionInvocation.builder()
            .address(address.get())
            .type(v.get("type").asText())
            .name(v.get("name").asText())
            .providerName(v.get("provider_name").asText())
            .configValues(v.get("config_values"))
            .configSensitive(v.get("config_sensitive"))
            .configUnknown(v.get("config_unknown"))
            .lifecycleActionTrigger(v.get("lifecycle_action_trigger"))
            .invokeActionTrigger(v.get("invoke_action_trigger"))
            .build());
  }
}
