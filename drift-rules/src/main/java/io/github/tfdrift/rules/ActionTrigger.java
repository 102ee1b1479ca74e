package io.github.tfdrift.rules;

import java.util.Objects;
import java.util.Optional;

/**
 * What triggers an action invocation: {@code apply -invoke} ({@code invoke_action_trigger}) or a
 * resource's lifecycle event ({@code lifecycle_action_trigger}), in words for reports.
 *
 * @param invoked true for an invoke trigger, false for a lifecycle trigger
 * @param resource the triggering resource (lifecycle), or the calling resource of an invoke trigger
 *     (Terraform 1.16)
 * @param event the lifecycle event in words ({@code before create}, {@code after destroy})
 * @param onFailure the Terraform 1.16 {@code on_failure} mode in words ({@code halt}, {@code taint},
 *     {@code continue})
 * @param description the whole trigger in one phrase: {@code apply -invoke}, {@code after create of
 *     aws_instance.web (on failure: halt)}
 * @param destroysResource true when the triggering resource is destroyed or replaced
 */
public record ActionTrigger(
    boolean invoked, Optional<String> resource, Optional<String> event, Optional<String> onFailure, String description, boolean destroysResource) {

  /** Validates the parts. */
  public ActionTrigger {
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(onFailure, "onFailure");
    Objects.requireNonNull(description, "description");
  }
}
