package io.github.tfdrift.core.model;

import io.github.tfdrift.core.value.JsonValue;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** An output block in a module configuration. */
@Value.Immutable
public interface OutputConfig extends HasExtras {

  /** {@code expression}. */
  @Value.Default
  default JsonValue expression() {
    return JsonValue.absent();
  }

  /** {@code sensitive}. */
  Optional<Boolean> sensitive();

  /** {@code depends_on}. */
  List<String> dependsOn();

  /** {@code description}. */
  Optional<String> description();

  /** A builder. */
  static ImmutableOutputConfig.Builder builder() {
    return ImmutableOutputConfig.builder();
  }
}
