package io.github.tfdrift.rules.builtin;

import io.github.tfdrift.core.model.ChangeKind;
import io.github.tfdrift.rules.Finding;
import io.github.tfdrift.rules.Verdict;
import io.github.tfdrift.rules.spi.EntryFacts;
import io.github.tfdrift.rules.spi.PlanContext;
import java.util.List;

/**
 * Runbook scenario 6: drift says the object was deleted outside Terraform and the plan creates it
 * again. RECREATE, procedure STOP, with the data-loss warning.
 */
public final class DeletedOutsideRule extends BuiltInRule {
  /** The rule id. */
  public static final String ID = "deleted-outside";

  /** The rule. */
  public DeletedOutsideRule() {
    super(ID, "An object deleted outside Terraform that apply would create again is RECREATE: STOP, data loss.");
  }

  @Override
  public List<Finding> evaluate(EntryFacts e, PlanContext ctx) {
    if (!e.driftDeleted() || e.plannedKind() != ChangeKind.CREATE) {
      return List.of();
    }
    String a = e.address();
    return List.of(
        Finding.propose(Verdict.RECREATE, a
                    + " was deleted outside "
                    + ctx.toolName()
                    + " and apply would create it again"
                    + Texts.deferred(e)
                    + ": STOP, investigate why it was destroyed; if on purpose, apply recreates it, if by accident,"
                    + " restore from backup.")
            .build()
            .withWarning(
                "Recreating "
                    + a
                    + " will result in data loss on the resource's disks; data on external/NFS storage is safe."));
  }
}
