package io.github.tfdrift.rules.builtin;

import io.github.tfdrift.core.address.AttributePath;
import io.github.tfdrift.core.model.ChangeKind;
import io.github.tfdrift.rules.Finding;
import io.github.tfdrift.rules.Risk;
import io.github.tfdrift.rules.Verdict;
import io.github.tfdrift.rules.spi.EntryFacts;
import io.github.tfdrift.rules.spi.PathChange;
import io.github.tfdrift.rules.spi.PlanContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Changes driven by the configuration, not by drift: planned creates are CREATE, planned updates of
 * attributes that did not drift are UPDATE; procedure APPLY. Actions this version does not know are
 * UPDATE with a request to review.
 */
public final class PlannedChangeRule extends BuiltInRule {
  /** The rule id. */
  public static final String ID = "planned-change";

  /** The rule. */
  public PlannedChangeRule() {
    super(ID, "Configuration-driven creates and updates are CREATE or UPDATE: apply them.");
  }

  @Override
  public List<Finding> evaluate(EntryFacts e, PlanContext ctx) {
    if (e.planned().isEmpty() || e.importing().isPresent() || e.isDeferred()) {
      return List.of();
    }
    ChangeKind k = e.plannedKind();
    if (k == ChangeKind.CREATE) {
      if (e.driftDeleted()) {
        return List.of();
      }
      return List.of(Finding.propose(Verdict.CREATE, e.address() + " will be created.").build());
    }
    if (k == ChangeKind.UNKNOWN) {
      return List.of(
          Finding.propose(Verdict.UPDATE, e.address() + " has actions this version does not know (" + e.planned().get().change().actions() + "): review the plan before applying.")
              .risk(Risk.MEDIUM)
              .build());
    }
    if (k != ChangeKind.UPDATE) {
      return List.of();
    }
    if (e.plannedChanges().isEmpty()) {
      return List.of(
          Finding.propose(Verdict.UPDATE, e.address() + " will be updated in place; the plan shows no attribute difference.")
              .build());
    }
    List<PathChange> config = new ArrayList<>();
    for (PathChange p : e.plannedChanges()) {
      if (!p.isReal()) {
        continue;
      }
      boolean drifted = false;
      for (PathChange d : e.driftChanges()) {
        if (d.isReal() && d.overlaps(p.path())) {
          drifted = true;
          break;
        }
      }
      if (!drifted) {
        config.add(p);
      }
    }
    if (config.isEmpty()) {
      return List.of();
    }
    List<AttributePath> paths = Texts.pathsOf(config);
    return List.of(
        Finding.propose(Verdict.UPDATE, "The configuration changes " + Texts.withTransitions(config, ctx) + "; apply updates " + e.address() + " in place.")
            .paths(paths)
            .risk(Texts.anySensitive(config) ? Risk.MEDIUM : Risk.LOW)
            .build());
  }
}
