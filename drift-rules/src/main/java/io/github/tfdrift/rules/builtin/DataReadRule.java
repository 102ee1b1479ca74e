package io.github.tfdrift.rules.builtin;

import io.github.tfdrift.core.model.ActionReason;
import io.github.tfdrift.core.model.ChangeKind;
import io.github.tfdrift.rules.Finding;
import io.github.tfdrift.rules.Verdict;
import io.github.tfdrift.rules.spi.EntryFacts;
import io.github.tfdrift.rules.spi.PlanContext;
import java.util.List;

/** Data sources read during apply (and OpenTofu ephemeral resources opened) are READ. */
public final class DataReadRule extends BuiltInRule {
  /** The rule id. */
  public static final String ID = "data-read";

  /** The rule. */
  public DataReadRule() {
    super(ID, "Data sources read during apply are READ: nothing changes.");
  }

  @Override
  public List<Finding> evaluate(EntryFacts e, PlanContext ctx) {
    ChangeKind k = e.plannedKind();
    if (e.planned().isEmpty() || e.isDeferred() || (k != ChangeKind.READ && k != ChangeKind.OPEN)) {
      return List.of();
    }
    ActionReason r = e.actionReason().orElse(null);
    String why =
        ActionReason.READ_BECAUSE_CONFIG_UNKNOWN.equals(r)
            ? " because its configuration depends on values known only after apply"
            : ActionReason.READ_BECAUSE_DEPENDENCY_PENDING.equals(r)
                ? " because it depends on a resource with pending changes"
                : ActionReason.READ_BECAUSE_CHECK_NESTED.equals(r) ? " because it is nested in a check block" : "";
    String what = k == ChangeKind.OPEN ? " will be opened during apply" : " will be read during apply";
    return List.of(Finding.propose(Verdict.READ, e.address() + what + why + ".").build());
  }
}
