package io.github.tfdrift.rules.builtin;

import io.github.tfdrift.rules.Finding;
import io.github.tfdrift.rules.Risk;
import io.github.tfdrift.rules.Verdict;
import io.github.tfdrift.rules.spi.EntryFacts;
import io.github.tfdrift.rules.spi.PlanContext;
import java.util.List;

/** A {@code previous_address}: the object moved in state. A pure move is MOVE; nothing changes. */
public final class MoveChangeRule extends BuiltInRule {
  /** The rule id. */
  public static final String ID = "move";

  /** The rule. */
  public MoveChangeRule() {
    super(ID, "Objects with a previous_address are MOVE: only the state address changes.");
  }

  @Override
  public List<Finding> evaluate(EntryFacts e, PlanContext ctx) {
    if (e.previousAddress().isEmpty() || e.planned().isEmpty() || e.isDeferred()) {
      return List.of();
    }
    return List.of(
        Finding.propose(Verdict.MOVE, e.address() + " moved from " + e.previousAddress().get() + "; apply records the new address in state, nothing changes in the infrastructure.")
            .risk(Risk.LOW)
            .build());
  }
}
