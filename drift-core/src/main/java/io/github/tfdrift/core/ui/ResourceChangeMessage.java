package io.github.tfdrift.core.ui;

import java.util.Optional;

/**
 * A message about one resource instance's change: a {@link PlannedChangeMessage} (what the plan will
 * do) or a {@link ResourceDriftMessage} (what changed outside Terraform).
 */
public sealed interface ResourceChangeMessage extends UiMessage
    permits PlannedChangeMessage, ResourceDriftMessage {

  /** The {@code change} object. */
  UiResourceChange change();

  /** The resource instance. */
  default UiResourceAddress resource() {
    return change().resource();
  }

  /** {@code previous_resource}: the address before a move. */
  default Optional<UiResourceAddress> previousResource() {
    return change().previousResource();
  }

  /** The action, in the UI vocabulary. */
  default UiAction action() {
    return change().action();
  }

  /** {@code reason}, when given. */
  default Optional<UiChangeReason> reason() {
    return change().reason();
  }

  /** {@code importing.id}, when the change imports with an ID. */
  default Optional<String> importingId() {
    return change().importingId();
  }

  @Override
  default Optional<String> address() {
    return Optional.of(resource().addr());
  }
}
