package io.github.tfdrift.core.ui;

import java.util.Objects;

/**
 * A {@code resource_drift} message: one resource instance changed outside Terraform (usually
 * {@code update} or {@code delete}). Drift is not a planned change.
 *
 * @param envelope the common fields
 * @param change the change that was detected
 */
public record ResourceDriftMessage(UiEnvelope envelope, UiResourceChange change)
    implements ResourceChangeMessage {

  /** Validates the parts. */
  public ResourceDriftMessage {
    Objects.requireNonNull(envelope, "envelope");
    Objects.requireNonNull(change, "change");
  }

  @Override
  public String toString() {
    return UiMessage.describe(this);
  }
}
