package io.github.tfdrift.rules.builtin;

import io.github.tfdrift.core.address.AttributePath;
import io.github.tfdrift.rules.Finding;
import io.github.tfdrift.rules.Verdict;
import io.github.tfdrift.rules.spi.EntryFacts;
import io.github.tfdrift.rules.spi.PathCategory;
import io.github.tfdrift.rules.spi.PathChange;
import io.github.tfdrift.rules.spi.PlanContext;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Runbook scenarios 4 and 5: drift (or a planned update) in attributes listed under the policy's
 * {@code ignore_changes} is a false positive: IGNORED, no action needed.
 */
public final class IgnoreChangesRule extends BuiltInRule {
  /** The rule id. */
  public static final String ID = "ignore-changes";

  /** The rule. */
  public IgnoreChangesRule() {
    super(ID, "Changes in attributes under the policy's ignore_changes are IGNORED: false positive.");
  }

  @Override
  public List<Finding> evaluate(EntryFacts e, PlanContext ctx) {
    List<PathChange> drift = e.driftChanges(PathCategory.IGNORED);
    List<PathChange> planned = e.plannedChanges(PathCategory.IGNORED);
    if (drift.isEmpty() && planned.isEmpty()) {
      return List.of();
    }
    List<PathChange> all = new ArrayList<>(drift);
    all.addAll(planned);
    List<AttributePath> paths = Texts.pathsOf(all);
    Set<AttributePath> covering = new LinkedHashSet<>();
    for (PathChange c : all) {
      c.ignoredBy().flatMap(r -> r.covering(c.path())).ifPresent(covering::add);
    }
    String what = drift.isEmpty() ? "The planned change to " : "Drift in ";
    String by =
        covering.equals(new LinkedHashSet<>(paths)) || covering.isEmpty()
            ? ""
            : " (" + Texts.paths(covering) + ")";
    return List.of(
        Finding.propose(Verdict.IGNORED, what + Texts.paths(paths) + Texts.verb(paths.size(), " is", " are") + " covered by ignore_changes" + by + ": false positive, no action needed.")
            .paths(paths)
            .build());
  }
}
