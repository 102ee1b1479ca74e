package io.github.tfdrift.core.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** An entry of {@code checks} (TF 1.3+): a checkable object, its status and instances. */
@Value.Immutable
public interface Check extends HasExtras {

  /** {@code address}. */
  CheckAddress address();

  /** {@code status}. */
  Optional<CheckStatus> status();

  /** {@code instances}. */
  List<CheckInstance> instances();

  /** A builder. */
  static ImmutableCheck.Builder builder() {
    return ImmutableCheck.builder();
  }
}
