package io.github.tfdrift.core.model;

import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** A values representation: {@code planned_values}, or the {@code values} of a state. */
@Value.Immutable
public interface Values extends HasExtras {

  /** {@code outputs}: root module outputs. */
  Map<String, OutputValue> outputs();

  /** {@code root_module}. */
  Optional<ModuleValues> rootModule();

  /** A builder. */
  static ImmutableValues.Builder builder() {
    return ImmutableValues.builder();
  }
}
