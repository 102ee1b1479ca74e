package io.github.tfdrift.core.model;

import io.github.tfdrift.core.vocabulary.KnownWords;
import io.github.tfdrift.core.vocabulary.Vocabulary;
import java.util.Objects;

/**
 * A change's {@code action_reason}: why Terraform or OpenTofu chose a replace, delete, read or forget.
 * Unknown reasons are kept as text and mean "no specific reason", as both projects ask.
 *
 * @param text the reason as written
 */
public record ActionReason(String text) implements Vocabulary {
  /** The prior object is tainted. */
  public static final ActionReason REPLACE_BECAUSE_TAINTED =
      new ActionReason("replace_because_tainted");
  /** The provider cannot update in place; see {@code replace_paths}. */
  public static final ActionReason REPLACE_BECAUSE_CANNOT_UPDATE =
      new ActionReason("replace_because_cannot_update");
  /** {@code -replace=ADDR}. */
  public static final ActionReason REPLACE_BY_REQUEST = new ActionReason("replace_by_request");
  /** {@code lifecycle.replace_triggered_by}. */
  public static final ActionReason REPLACE_BY_TRIGGERS = new ActionReason("replace_by_triggers");
  /** The resource block is gone from the configuration. */
  public static final ActionReason DELETE_BECAUSE_NO_RESOURCE_CONFIG =
      new ActionReason("delete_because_no_resource_config");
  /** The instance key does not match count/for_each. */
  public static final ActionReason DELETE_BECAUSE_WRONG_REPETITION =
      new ActionReason("delete_because_wrong_repetition");
  /** The index is outside {@code count}. */
  public static final ActionReason DELETE_BECAUSE_COUNT_INDEX =
      new ActionReason("delete_because_count_index");
  /** The key is not in {@code for_each}. */
  public static final ActionReason DELETE_BECAUSE_EACH_KEY =
      new ActionReason("delete_because_each_key");
  /** The containing module instance is gone. */
  public static final ActionReason DELETE_BECAUSE_NO_MODULE =
      new ActionReason("delete_because_no_module");
  /** A moved block targets an address without configuration. */
  public static final ActionReason DELETE_BECAUSE_NO_MOVE_TARGET =
      new ActionReason("delete_because_no_move_target");
  /** OpenTofu {@code lifecycle { enabled = false }}. */
  public static final ActionReason DELETE_BECAUSE_ENABLED_FALSE =
      new ActionReason("delete_because_enabled_false");
  /** The data source configuration has unknown values. */
  public static final ActionReason READ_BECAUSE_CONFIG_UNKNOWN =
      new ActionReason("read_because_config_unknown");
  /** A managed dependency has pending changes. */
  public static final ActionReason READ_BECAUSE_DEPENDENCY_PENDING =
      new ActionReason("read_because_dependency_pending");
  /** A data source nested in a check block. */
  public static final ActionReason READ_BECAUSE_CHECK_NESTED =
      new ActionReason("read_because_check_nested");
  /** OpenTofu: forgotten because {@code destroy = false} is in the configuration. */
  public static final ActionReason FORGOT_BECAUSE_LIFECYCLE_DESTROY_IN_CONFIG =
      new ActionReason("forgot_because_lifecycle_destroy_in_config");
  /** OpenTofu: forgotten because {@code destroy = false} was recorded in state. */
  public static final ActionReason FORGOT_BECAUSE_LIFECYCLE_DESTROY_IN_STATE =
      new ActionReason("forgot_because_lifecycle_destroy_in_state");

  private static final KnownWords<ActionReason> WORDS =
      KnownWords.of(
          REPLACE_BECAUSE_TAINTED,
          REPLACE_BECAUSE_CANNOT_UPDATE,
          REPLACE_BY_REQUEST,
          REPLACE_BY_TRIGGERS,
          DELETE_BECAUSE_NO_RESOURCE_CONFIG,
          DELETE_BECAUSE_WRONG_REPETITION,
          DELETE_BECAUSE_COUNT_INDEX,
          DELETE_BECAUSE_EACH_KEY,
          DELETE_BECAUSE_NO_MODULE,
          DELETE_BECAUSE_NO_MOVE_TARGET,
          DELETE_BECAUSE_ENABLED_FALSE,
          READ_BECAUSE_CONFIG_UNKNOWN,
          READ_BECAUSE_DEPENDENCY_PENDING,
          READ_BECAUSE_CHECK_NESTED,
          FORGOT_BECAUSE_LIFECYCLE_DESTROY_IN_CONFIG,
          FORGOT_BECAUSE_LIFECYCLE_DESTROY_IN_STATE);

  /** Validates the text. */
  public ActionReason {
    Objects.requireNonNull(text, "text");
  }

  /** The reason for a word (the constant for a known one); never fails. */
  public static ActionReason of(String text) {
    return WORDS.constant(Objects.requireNonNull(text, "text"), ActionReason::new);
  }

  @Override
  public boolean isKnown() {
    return WORDS.isKnown(text);
  }

  /** A short human phrase for the reason, or the raw word when it is unknown. */
  public String describe() {
    switch (text) {
      case "replace_because_tainted":
        return "the object is tainted";
      case "replace_because_cannot_update":
        return "the provider cannot update it in place";
      case "replace_by_request":
        return "replacement was requested with -replace";
      case "replace_by_triggers":
        return "lifecycle replace_triggered_by fired";
      case "delete_because_no_resource_config":
        return "its resource block is no longer in the configuration";
      case "delete_because_wrong_repetition":
        return "its instance key does not match count/for_each";
      case "delete_because_count_index":
        return "its index is outside count";
      case "delete_because_each_key":
        return "its key is no longer in for_each";
      case "delete_because_no_module":
        return "its module instance is no longer declared";
      case "delete_because_no_move_target":
        return "a moved block targets an address with no configuration";
      case "delete_because_enabled_false":
        return "lifecycle enabled = false";
      case "read_because_config_unknown":
        return "its configuration has values known only after apply";
      case "read_because_dependency_pending":
        return "it depends on a resource with pending changes";
      case "read_because_check_nested":
        return "it is nested in a check block";
      case "forgot_because_lifecycle_destroy_in_config":
        return "lifecycle destroy = false in the configuration";
      case "forgot_because_lifecycle_destroy_in_state":
        return "lifecycle destroy = false recorded in state";
      default:
        return text;
    }
  }

  @Override
  public String toString() {
    return text;
  }
}
