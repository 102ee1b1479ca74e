package io.github.tfdrift.core.ui;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A hook message about one resource instance while an operation runs: {@code apply_start},
 * {@code apply_progress}, {@code apply_complete}, {@code apply_errored}, {@code refresh_start},
 * {@code refresh_complete}, {@code provision_start}, {@code provision_progress}, {@code
 * provision_complete}, {@code provision_errored}, and the ephemeral hooks ({@code ephemeral_op_*}, and
 * OpenTofu's {@code ephemeral_action_*}). {@link #type()} says which.
 *
 * @param envelope the common fields
 * @param resource the resource instance
 * @param action the action under way, when given
 * @param idKey the name of the ID attribute ({@code id}), when known
 * @param idValue the ID, when known
 * @param elapsedSeconds seconds since the operation started, when given
 * @param provisioner the provisioner's type ({@code local-exec}), on provisioner hooks
 * @param output a line of provisioner output, on {@code provision_progress}; may contain values
 */
public record HookMessage(
    UiEnvelope envelope,
    UiResourceAddress resource,
    Optional<UiAction> action,
    Optional<String> idKey,
    Optional<String> idValue,
    Optional<BigDecimal> elapsedSeconds,
    Optional<String> provisioner,
    Optional<String> output)
    implements UiMessage {

  /** Validates the parts. */
  public HookMessage {
    Objects.requireNonNull(envelope, "envelope");
    Objects.requireNonNull(resource, "resource");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(idKey, "idKey");
    Objects.requireNonNull(idValue, "idValue");
    Objects.requireNonNull(elapsedSeconds, "elapsedSeconds");
    Objects.requireNonNull(provisioner, "provisioner");
    Objects.requireNonNull(output, "output");
  }

  /** True for the hooks that report a failure ({@code apply_errored}, {@code provision_errored}...). */
  public boolean isErrored() {
    return type().endsWith("_errored");
  }

  @Override
  public Optional<String> address() {
    return Optional.of(resource.addr());
  }

  @Override
  public String toString() {
    return UiMessage.describe(this);
  }
}
