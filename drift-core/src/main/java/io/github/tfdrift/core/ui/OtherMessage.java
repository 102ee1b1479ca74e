package io.github.tfdrift.core.ui;

import java.util.Objects;

/**
 * A message of a type this library does not model ({@code test_*}, {@code planned_action_invocation},
 * a type added after this release...), or a known type whose fields had the wrong shape (the stream's
 * problems then say so). {@link #type()} and {@link #raw()} keep everything.
 *
 * @param envelope the common fields
 */
public record OtherMessage(UiEnvelope envelope) implements UiMessage {

  /** Validates the parts. */
  public OtherMessage {
    Objects.requireNonNull(envelope, "envelope");
  }

  @Override
  public String toString() {
    return UiMessage.describe(this);
  }
}
