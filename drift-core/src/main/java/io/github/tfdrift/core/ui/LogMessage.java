package io.github.tfdrift.core.ui;

import java.util.Objects;

/**
 * A {@code log} message: free text in {@link #message()}.
 *
 * @param envelope the common fields
 */
public record LogMessage(UiEnvelope envelope) implements UiMessage {

  /** Validates the parts. */
  public LogMessage {
    Objects.requireNonNull(envelope, "envelope");
  }

  @Override
  public String toString() {
    return UiMessage.describe(this);
  }
}
