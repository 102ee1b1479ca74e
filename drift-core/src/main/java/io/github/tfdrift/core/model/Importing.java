package io.github.tfdrift.core.model;

import io.github.tfdrift.core.value.JsonValue;
import java.util.Optional;
import org.immutables.value.Value;

/** A change's {@code importing}: the import ID, identity, or unknown marker (TF 1.5+). */
@Value.Immutable
public interface Importing extends HasExtras {

  /** {@code id}: the import ID. */
  Optional<String> id();

  /** {@code identity}: the identity of an identity-based import (TF 1.12+). */
  @Value.Default
  default JsonValue identity() {
    return JsonValue.absent();
  }

  /** {@code unknown}: the import ID was not known (deferred changes, TF 1.10+). */
  Optional<Boolean> unknown();

  /** A builder. */
  static ImmutableImporting.Builder builder() {
    return ImmutableImporting.builder();
  }
}
