package io.github.tfdrift.core.model;

import java.util.Optional;
import org.immutables.value.Value;

/** A problem reported by a failing check instance. */
@Value.Immutable
public interface CheckProblem extends HasExtras {

  /** {@code message}. */
  Optional<String> message();

  /** A builder. */
  static ImmutableCheckProblem.Builder builder() {
    return ImmutableCheckProblem.builder();
  }
}
