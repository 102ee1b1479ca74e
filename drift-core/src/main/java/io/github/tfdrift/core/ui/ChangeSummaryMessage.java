package io.github.tfdrift.core.ui;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * A {@code change_summary} message: the counts of {@code Plan: 1 to add, 0 to change, 0 to destroy.}
 * or {@code Apply complete! ...}.
 *
 * @param envelope the common fields
 * @param add objects to add (or added)
 * @param change objects to change in place
 * @param imports objects imported ({@code import}; Terraform 1.5+)
 * @param remove objects to destroy
 * @param forget objects forgotten (OpenTofu's {@code forget})
 * @param operation {@code plan}, {@code apply} or {@code destroy} ({@code ""} when missing)
 */
public record ChangeSummaryMessage(
    UiEnvelope envelope,
    int add,
    int change,
    OptionalInt imports,
    int remove,
    OptionalInt forget,
    String operation)
    implements UiMessage {

  /** Validates the parts. */
  public ChangeSummaryMessage {
    Objects.requireNonNull(envelope, "envelope");
    Objects.requireNonNull(imports, "imports");
    Objects.requireNonNull(forget, "forget");
    Objects.requireNonNull(operation, "operation");
  }

  @Override
  public String toString() {
    return UiMessage.describe(this);
  }
}
