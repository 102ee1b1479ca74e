package io.github.tfdrift.core.model;

import io.github.tfdrift.core.address.InstanceKey;
import io.github.tfdrift.core.address.ResourceMode;
import java.util.Optional;
import org.immutables.value.Value;

/** The address of a checkable object or of one of its instances, as in {@code checks}. */
@Value.Immutable
public interface CheckAddress extends HasExtras {

  /** {@code kind}: resource, output_value, check, var. */
  Optional<String> kind();

  /** {@code to_display}. */
  Optional<String> toDisplay();

  /** {@code module}. */
  Optional<String> module();

  /** {@code mode} (resources). */
  Optional<ResourceMode> mode();

  /** {@code type} (resources). */
  Optional<String> type();

  /** {@code name}. */
  Optional<String> name();

  /** {@code instance_key} (instances). */
  Optional<InstanceKey> instanceKey();

  /** A builder. */
  static ImmutableCheckAddress.Builder builder() {
    return ImmutableCheckAddress.builder();
  }
}
