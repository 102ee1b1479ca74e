package io.github.tfdrift.rules.builtin;

import io.github.tfdrift.core.model.ChangeKind;
import io.github.tfdrift.rules.Finding;
import io.github.tfdrift.rules.Verdict;
import io.github.tfdrift.rules.spi.EntryFacts;
import io.github.tfdrift.rules.spi.PlanContext;
import java.util.List;

/** A no-op planned change without drift, import or move is NO_CHANGE. */
public final class NoChangeRule extends BuiltInRule {
  /** The rule id. */
  public static final String ID = "no-change";

  /** The rule. */
  public NoChangeRule() {
    super(ID, "No-op changes without drift are NO_CHANGE.");
  }

  @Override
  public List<Finding> evaluate(EntryFacts e, PlanContext ctx) {
    if (e.planned().isEmpty()
        || e.plannedKind() != ChangeKind.NO_OP
        || e.hasDrift()
        || e.isDeferred()
        || e.importing().isPresent()
        || e.previousAddress().isPresent()) {
      return List.of();
    }
    return List.of(Finding.propose(Verdict.NO_CHANGE, e.address() + " has no changes.").build());
  }
}
