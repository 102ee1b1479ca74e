package io.github.tfdrift.core.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** One dynamic instance of a checkable object. */
@Value.Immutable
public interface CheckInstance extends HasExtras {

  /** {@code address}. */
  CheckAddress address();

  /** {@code status}. */
  Optional<CheckStatus> status();

  /** {@code problems}. */
  List<CheckProblem> problems();

  /** A builder. */
  static ImmutableCheckInstance.Builder builder() {
    return ImmutableCheckInstance.builder();
  }
}
