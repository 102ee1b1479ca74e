package io.github.tfdrift.rules.builtin;

import io.github.tfdrift.rules.Finding;
import io.github.tfdrift.rules.Procedure;
import io.github.tfdrift.rules.Risk;
import io.github.tfdrift.rules.Verdict;
import io.github.tfdrift.rules.spi.ActionFacts;
import io.github.tfdrift.rules.spi.Deferral;
import io.github.tfdrift.rules.spi.EntryFacts;
import io.github.tfdrift.rules.spi.PlanContext;
import java.util.List;

/**
 * Every action invocation ({@code action_invocations}, Terraform 1.14+) is INVOKE, procedure APPLY:
 * apply runs a provider-defined action (a function call, a playbook, a cache flush) even when no
 * resource changes. The reason names the action, its type and what triggers it ({@code apply
 * -invoke}, or a resource's event and the {@code on_failure} mode), and says so when the triggering
 * resource is destroyed or replaced. A deferred invocation ({@code deferred_action_invocations}) is
 * DEFERRED. Resource entries get no finding from this rule.
 */
public final class ActionInvocationRule extends BuiltInRule {
  /** The rule id. */
  public static final String ID = "action-invocation";

  /** The rule. */
  public ActionInvocationRule() {
    super(ID, "Action invocations (action_invocations) are INVOKE: apply runs the action. Deferred invocations are DEFERRED.");
  }

  @Override
  public List<Finding> evaluate(EntryFacts e, PlanContext ctx) {
    return List.of();
  }

  @Override
  public List<Finding> evaluateAction(ActionFacts a, PlanContext ctx) {
    StringBuilder s = new StringBuilder(a.address());
    if (!a.type().isEmpty()) {
      s.append(" (").append(a.type()).append(')');
    }
    s.append(a.isDeferred() ? " would be invoked" : " will be invoked").append(", triggered by ").append(a.trigger());
    if (a.isTiedToDestroy()) {
      s.append(a.triggeringKind().isReplace() ? "; its triggering resource is replaced" : "; its triggering resource is destroyed");
    }
    if (a.isDeferred()) {
      String reason = a.deferralReason().get();
      s.append(' ').append(Deferral.once(reason)).append(" (").append(Deferral.tag(reason)).append(')')
          .append("; the plan is incomplete: run '").append(ctx.toolCommand()).append(" apply', then plan again to see the rest.");
      return List.of(Finding.propose(Verdict.DEFERRED, s.toString()).procedure(Procedure.APPLY).build());
    }
    s.append("; '").append(ctx.toolCommand()).append(" apply' runs it.");
    return List.of(
        Finding.propose(Verdict.INVOKE, s.toString()).procedure(Procedure.APPLY).risk(a.isTiedToDestroy() ? Risk.HIGH : Risk.MEDIUM).build());
  }
}
