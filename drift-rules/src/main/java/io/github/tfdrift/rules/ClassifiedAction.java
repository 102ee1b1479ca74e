package io.github.tfdrift.rules;

import io.github.tfdrift.core.model.ActionInvocation;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One action invocation of the plan ({@code action_invocations}, or {@code
 * deferred_action_invocations}), classified: an entry of the report of its own, kind {@code action},
 * beside the resource entries. Its verdict is {@link Verdict#INVOKE} (apply runs the action) or
 * {@link Verdict#DEFERRED}; both are actionable (exit code 2). {@link #toString()} never shows config
 * values.
 *
 * @param invocation the {@code action_invocations} entry (for a deferred one, its {@code
 *     action_invocation})
 * @param deferralReason the {@code reason} of a deferred invocation; empty otherwise
 * @param triggeredBy what triggers the invocation
 * @param key a key that tells this invocation from every other one of the plan (address and trigger)
 * @param verdict the decided verdict
 * @param risk the decided risk
 * @param procedure the runbook procedure
 * @param ruleId the id of the rule whose finding decided
 * @param reason one human sentence saying why; never contains a sensitive value
 * @param findings every proposal the rules made, deciding finding first
 */
public record ClassifiedAction(
    ActionInvocation invocation,
    Optional<String> deferralReason,
    ActionTrigger triggeredBy,
    String key,
    Verdict verdict, Risk risk, Procedure procedure, String ruleId, String reason, List<Finding> findings) {

  /** Validates and copies the parts. */
  public ClassifiedAction {
    Objects.requireNonNull(invocation, "invocation");
    Objects.requireNonNull(deferralReason, "deferralReason");
    Objects.requireNonNull(triggeredBy, "triggeredBy");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(risk, "risk");
    Objects.requireNonNull(procedure, "procedure");
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(reason, "reason");
    findings = List.copyOf(findings);
  }

  /** The kind of report entry: {@code action}. */
  public static final String KIND = "action";

  /** The action's address: {@code action.TYPE.NAME[key]}. */
  public String address() {
    return invocation.address();
  }

  /** The action type, or empty when the plan does not say. */
  public String type() {
    return invocation.type().orElse("");
  }

  /** What triggers the invocation, in one phrase ({@link ActionTrigger#description()}). */
  public String trigger() {
    return triggeredBy.description();
  }

  /** True for a deferred invocation. */
  public boolean isDeferred() {
    return deferralReason.isPresent();
  }

  /** What this entry alone means for the exit code. */
  public Decision decision() {
    return Decision.of(verdict);
  }

  @Override
  public String toString() {
    return "ClassifiedAction{" + key + ": " + verdict + "/" + risk + "/" + procedure + " by " + ruleId + "}";
  }
}
