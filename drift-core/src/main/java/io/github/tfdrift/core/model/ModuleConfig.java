package io.github.tfdrift.core.model;

import io.github.tfdrift.core.value.JsonValue;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/** A module in the configuration representation. */
@Value.Immutable
public interface ModuleConfig extends HasExtras {

  /** {@code outputs}. */
  Map<String, OutputConfig> outputs();

  /** {@code resources}: managed resources first, then data sources. */
  List<ResourceConfig> resources();

  /** {@code module_calls}. */
  Map<String, ModuleCall> moduleCalls();

  /** {@code variables}. */
  Map<String, VariableConfig> variables();

  /** {@code actions} (TF 1.14), kept as JSON. */
  @Value.Default
  default JsonValue actions() {
    return JsonValue.absent();
  }

  /** A builder. */
  static ImmutableModuleConfig.Builder builder() {
    return ImmutableModuleConfig.builder();
  }
}
