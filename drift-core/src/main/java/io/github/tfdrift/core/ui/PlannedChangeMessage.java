package io.github.tfdrift.core.ui;

import java.util.Objects;

/**
 * A {@code planned_change} message: what the plan will do to one resource instance.
 *
 * @param envelope the common fields
 * @param change the change
 */
public record PlannedChangeMessage(UiEnvelope envelope, UiResourceChange change)
    implements ResourceChangeMessage {

  /** Validates the parts. */
  public PlannedChangeMessage {
    Objects.requireNonNull(envelope, "envelope");
    Objects.requireNonNull(change, "change");
  }

  @Override
  public String toString() {
    return UiMessage.describe(this);
  }
}
