package io.github.tfdrift.core.model;

import org.immutables.value.Value;

/** An entry of {@code deferred_changes} (TF 1.9+): a change that could not be planned yet, and why. */
@Value.Immutable
public interface DeferredChange extends HasExtras {

  /** {@code reason}: unknown, instance_count_unknown, resource_config_unknown, provider_config_unknown, deferred_prereq, absent_prereq, or another word. */
  String reason();

  /** {@code resource_change}. */
  ResourceChange resourceChange();

  /** A builder. */
  static ImmutableDeferredChange.Builder builder() {
    return ImmutableDeferredChange.builder();
  }
}
