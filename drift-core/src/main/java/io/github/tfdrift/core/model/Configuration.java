package io.github.tfdrift.core.model;

import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** The plan's {@code configuration}: provider configurations and the module tree. */
@Value.Immutable
public interface Configuration extends HasExtras {

  /** {@code provider_config}. */
  Map<String, ProviderConfig> providerConfig();

  /** {@code root_module}. */
  Optional<ModuleConfig> rootModule();

  /** A builder. */
  static ImmutableConfiguration.Builder builder() {
    return ImmutableConfiguration.builder();
  }
}
