package io.github.tfdrift.rules.builtin;

import io.github.tfdrift.core.address.AttributePath;
import io.github.tfdrift.core.model.ChangeKind;
import io.github.tfdrift.rules.Finding;
import io.github.tfdrift.rules.Procedure;
import io.github.tfdrift.rules.Risk;
import io.github.tfdrift.rules.Verdict;
import io.github.tfdrift.rules.spi.EntryFacts;
import io.github.tfdrift.rules.spi.PathChange;
import io.github.tfdrift.rules.spi.PlanContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Runbook scenarios 1 to 3: an attribute changed outside Terraform and the planned update changes it
 * back. UPDATE with procedure APPLY (restore), or ACCEPT when the policy's {@code accept} list covers
 * the drifted attributes (update the configuration to match).
 */
public final class RealDriftRule extends BuiltInRule {
  /** The rule id. */
  public static final String ID = "real-drift";

  /** The rule. */
  public RealDriftRule() {
    super(ID, "Drift that the planned update reverts is UPDATE: apply restores it, or accept it into the configuration.");
  }

  @Override
  public List<Finding> evaluate(EntryFacts e, PlanContext ctx) {
    if (!e.hasDrift() || e.driftDeleted() || e.plannedKind() != ChangeKind.UPDATE || e.importing().isPresent() || e.isDeferred()) {
      return List.of();
    }
    List<PathChange> real = new ArrayList<>();
    for (PathChange d : e.driftChanges()) {
      if (!d.isReal()) {
        continue;
      }
      for (PathChange p : e.plannedChanges()) {
        if (p.isReal() && p.overlaps(d.path())) {
          real.add(d);
          break;
        }
      }
    }
    if (real.isEmpty()) {
      return List.of();
    }
    List<AttributePath> paths = Texts.pathsOf(real);
    boolean accept = ctx.accepts(e.type(), e.address(), paths);
    String changed = Texts.withTransitions(real, ctx) + " changed outside " + ctx.toolName();
    if (real.size() == 1) {
      changed = real.get(0).path().render() + " changed outside " + ctx.toolName() + " (" + ctx.transition(real.get(0)) + ")";
    }
    String reason =
        accept
            ? changed + "; the policy accepts this drift: update the configuration to match."
            : changed + "; apply restores the configuration, or update the configuration to accept it.";
    return List.of(
        Finding.propose(Verdict.UPDATE, reason)
            .paths(paths)
            .risk(Texts.anySensitive(real) ? Risk.HIGH : Risk.MEDIUM)
            .procedure(accept ? Procedure.ACCEPT : Procedure.APPLY)
            .build());
  }
}
