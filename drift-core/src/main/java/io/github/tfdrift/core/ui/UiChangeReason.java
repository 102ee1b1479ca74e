package io.github.tfdrift.core.ui;

import io.github.tfdrift.core.model.Vocabulary;
import java.util.Objects;
import java.util.Set;

/**
 * A planned change's {@code reason} in the UI stream: {@code tainted}, {@code requested}, {@code
 * cannot_update}, {@code replace_triggered_by}, the plan's {@code delete_because_*}, {@code
 * read_because_*} and OpenTofu's {@code forgot_because_*} values, {@code unknown}, or any other word,
 * kept as is. Unknown reasons mean "no specific reason".
 *
 * @param text the reason as written
 */
public record UiChangeReason(String text) implements Vocabulary {
  /** The prior object is tainted. */
  public static final UiChangeReason TAINTED = new UiChangeReason("tainted");
  /** {@code -replace=ADDR}. */
  public static final UiChangeReason REQUESTED = new UiChangeReason("requested");
  /** The provider cannot update in place. */
  public static final UiChangeReason CANNOT_UPDATE = new UiChangeReason("cannot_update");
  /** {@code lifecycle.replace_triggered_by}. */
  public static final UiChangeReason REPLACE_TRIGGERED_BY = new UiChangeReason("replace_triggered_by");
  /** The tool did not know the reason. */
  public static final UiChangeReason UNKNOWN = new UiChangeReason("unknown");

  private static final Set<String> KNOWN =
      Set.of(
          "tainted",
          "requested",
          "cannot_update",
          "replace_triggered_by",
          "unknown",
          "delete_because_no_resource_config",
          "delete_because_wrong_repetition",
          "delete_because_count_index",
          "delete_because_each_key",
          "delete_because_no_module",
          "delete_because_no_move_target",
          "delete_because_enabled_false",
          "read_because_config_unknown",
          "read_because_dependency_pending",
          "read_because_check_nested",
          "forgot_because_lifecycle_destroy_in_config",
          "forgot_because_lifecycle_destroy_in_state");

  /** Validates the text. */
  public UiChangeReason {
    Objects.requireNonNull(text, "text");
  }

  /**
   * The reason for a word; never fails.
   *
   * @param text the word
   * @return the reason
   */
  public static UiChangeReason of(String text) {
    switch (text) {
      case "tainted":
        return TAINTED;
      case "requested":
        return REQUESTED;
      case "cannot_update":
        return CANNOT_UPDATE;
      case "replace_triggered_by":
        return REPLACE_TRIGGERED_BY;
      case "unknown":
        return UNKNOWN;
      default:
        return new UiChangeReason(text);
    }
  }

  @Override
  public boolean isKnown() {
    return KNOWN.contains(text);
  }

  @Override
  public String toString() {
    return text;
  }
}
