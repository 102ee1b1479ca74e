package io.github.tfdrift.core.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A state representation: the plan's {@code prior_state} (the state after refresh), with its own {@code format_version}. */
@Value.Immutable
public interface StateDocument extends HasExtras {

  /** {@code format_version} of the state representation. */
  Optional<String> formatVersion();

  /** {@code terraform_version}. */
  Optional<String> terraformVersion();

  /** {@code values}: absent for an empty state. */
  Optional<Values> values();

  /** {@code checks}. */
  List<Check> checks();

  /** A builder. */
  static ImmutableStateDocument.Builder builder() {
    return ImmutableStateDocument.builder();
  }
}
