package io.github.tfdrift.rules.builtin;

import io.github.tfdrift.core.address.AttributePath;
import io.github.tfdrift.core.model.ChangeKind;
import io.github.tfdrift.rules.Finding;
import io.github.tfdrift.rules.Verdict;
import io.github.tfdrift.rules.spi.EntryFacts;
import io.github.tfdrift.rules.spi.PathChange;
import io.github.tfdrift.rules.spi.PlanContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Drift that Terraform will not act on (the planned change is a no-op, or does not touch the drifted
 * attributes) is IGNORED: it is reported in "Objects have changed outside of Terraform" but apply
 * changes nothing about it.
 */
public final class DriftNotActedOnRule extends BuiltInRule {
  /** The rule id. */
  public static final String ID = "drift-not-acted-on";

  /** The rule. */
  public DriftNotActedOnRule() {
    super(ID, "Drift that the planned change does not act on is IGNORED: Terraform will not change it.");
  }

  @Override
  public List<Finding> evaluate(EntryFacts e, PlanContext ctx) {
    if (!e.hasDrift() || e.isDeferred()) { // what a deferred change will do is not known yet
      return List.of();
    }
    String tool = ctx.toolName();
    ChangeKind k = e.plannedKind();
    boolean noop = k == ChangeKind.NO_OP || e.planned().isEmpty();
    if (e.driftDeleted()) {
      if (!noop) {
        return List.of();
      }
      return List.of(
          Finding.propose(Verdict.IGNORED, e.address() + " was deleted outside " + tool + ", but " + tool + " will not act on it (nothing is planned for it): no action needed.")
              .build());
    }
    if (!noop && k != ChangeKind.UPDATE) {
      return List.of();
    }
    if (e.driftChanges().isEmpty()) {
      return List.of(
          Finding.propose(Verdict.IGNORED, e.address() + " is reported as changed outside " + tool + " without a visible attribute difference: no action needed.")
              .build());
    }
    List<PathChange> untouched = new ArrayList<>();
    for (PathChange d : e.driftChanges()) {
      if (d.isReal() && (noop || !e.plannedTouches(d.path()))) {
        untouched.add(d);
      }
    }
    if (untouched.isEmpty()) {
      return List.of();
    }
    List<AttributePath> paths = Texts.pathsOf(untouched);
    String head =
        untouched.size() == 1
            ? paths.get(0).render() + " changed outside " + tool + " (" + ctx.transition(untouched.get(0)) + ")"
            : Texts.withTransitions(untouched, ctx) + " changed outside " + tool;
    String why = noop ? "the planned change is a no-op" : "the planned update does not touch " + Texts.verb(paths.size(), "it", "them");
    String relevance = "";
    if (ctx.hasRelevantAttributes()) {
      boolean anyRelevant = false;
      for (AttributePath p : paths) {
        for (AttributePath r : e.relevantAttributes()) {
          if (r.overlaps(p)) {
            anyRelevant = true;
          }
        }
      }
      if (!anyRelevant) {
        relevance = "; it is not among the plan's relevant attributes";
      }
    }
    return List.of(
        Finding.propose(Verdict.IGNORED, head + ", but " + tool + " will not act on it (" + why + ")" + relevance + ": no action needed.")
            .paths(paths)
            .build());
  }
}
