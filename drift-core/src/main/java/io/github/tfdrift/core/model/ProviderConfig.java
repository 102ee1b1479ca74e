package io.github.tfdrift.core.model;

import io.github.tfdrift.core.value.JsonValue;
import java.util.Optional;
import org.immutables.value.Value;

/** A provider configuration in {@code configuration.provider_config}. */
@Value.Immutable
public interface ProviderConfig extends HasExtras {

  /** {@code name}: local name. */
  Optional<String> name();

  /** {@code full_name}: source address (TF 1.2+). */
  Optional<String> fullName();

  /** {@code alias}. */
  Optional<String> alias();

  /** {@code version_constraint}. */
  Optional<String> versionConstraint();

  /** {@code module_address}: for providers declared in child modules. */
  Optional<String> moduleAddress();

  /** {@code expressions}: a block-expressions object, kept as JSON (its shape depends on the schema). */
  @Value.Default
  default JsonValue expressions() {
    return JsonValue.absent();
  }

  /** A builder. */
  static ImmutableProviderConfig.Builder builder() {
    return ImmutableProviderConfig.builder();
  }
}
