package io.github.tfdrift.rules.builtin;

import io.github.tfdrift.core.model.ActionReason;
import io.github.tfdrift.core.model.ChangeKind;
import io.github.tfdrift.rules.Finding;
import io.github.tfdrift.rules.Verdict;
import io.github.tfdrift.rules.spi.EntryFacts;
import io.github.tfdrift.rules.spi.PlanContext;
import java.util.List;

/** A planned {@code forget}: the object leaves state but keeps running. FORGET, procedure APPLY. */
public final class ForgetChangeRule extends BuiltInRule {
  /** The rule id. */
  public static final String ID = "forget";

  /** The rule. */
  public ForgetChangeRule() {
    super(ID, "Objects removed from state without being destroyed are FORGET.");
  }

  @Override
  public List<Finding> evaluate(EntryFacts e, PlanContext ctx) {
    if (e.plannedKind() != ChangeKind.FORGET || e.isDeferred()) {
      return List.of();
    }
    ActionReason r = e.actionReason().orElse(null);
    String why =
        ActionReason.FORGOT_BECAUSE_LIFECYCLE_DESTROY_IN_CONFIG.equals(r)
            ? "lifecycle destroy = false in the configuration"
            : ActionReason.FORGOT_BECAUSE_LIFECYCLE_DESTROY_IN_STATE.equals(r)
                ? "destroy = false recorded in state"
                : "a removed block with destroy = false";
    return List.of(
        Finding.propose(Verdict.FORGET, e.address() + " will be removed from state without being destroyed (" + why + "); the object keeps running, unmanaged.")
            .build());
  }
}
