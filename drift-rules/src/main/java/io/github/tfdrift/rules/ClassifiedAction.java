package io.github.tfdrift.rules;

import io.github.tfdrift.core.model.ActionInvocation;
import io.github.tfdrift.rules.spi.ActionFacts;
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
 * @param facts what the plan says about the invocation
 * @param verdict the decided verdict
 * @param risk the decided risk
 * @param procedure the runbook procedure
 * @param ruleId the id of the rule whose finding decided
 * @param reason one human sentence saying why; never contains a sensitive value
 * @param findings every proposal the rules made, deciding finding first
 */
public record ClassifiedAction(
    ActionFacts facts, Verdict verdict, Risk risk, Procedure procedure, String ruleId, String reason, List<Finding> findings) {

  /** Validates and copies the parts. */
  public ClassifiedAction {
    Objects.requireNonNull(facts, "facts");
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
    return facts.address();
  }

  /** The action type, or empty when the plan does not say. */
  public String type() {
    return facts.type();
  }

  /** The invocation as the plan writes it. */
  public ActionInvocation invocation() {
    return facts.invocation();
  }

  /** What triggers the invocation, in one phrase (see {@link ActionFacts#trigger()}). */
  public String trigger() {
    return facts.trigger();
  }

  /** True for a deferred invocation. */
  public boolean isDeferred() {
    return facts.isDeferred();
  }

  /** The deferral's {@code reason} word, for a deferred invocation. */
  public Optional<String> deferralReason() {
    return facts.deferralReason();
  }

  /** What this entry alone means for the exit code. */
  public Decision decision() {
    return Decision.of(verdict);
  }

  @Override
  public String toString() {
    return "ClassifiedAction{" + facts.key() + ": " + verdict + "/" + risk + "/" + procedure + " by " + ruleId + "}";
  }
}
