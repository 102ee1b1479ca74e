package io.github.tfdrift.rules.builtin;

import io.github.tfdrift.core.address.AttributePath;
import io.github.tfdrift.rules.Finding;
import io.github.tfdrift.rules.Verdict;
import io.github.tfdrift.rules.policy.Expectation;
import io.github.tfdrift.rules.spi.EntryFacts;
import io.github.tfdrift.rules.spi.PathCategory;
import io.github.tfdrift.rules.spi.PathChange;
import io.github.tfdrift.rules.spi.PlanContext;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Drift acknowledged in the policy's {@code expected} list is EXPECTED until the entry expires, with
 * procedure ACCEPT: update the configuration to match when the change is to stay.
 */
public final class ExpectedDriftRule extends BuiltInRule {
  /** The rule id. */
  public static final String ID = "expected-drift";

  /** The rule. */
  public ExpectedDriftRule() {
    super(ID, "Drift acknowledged in the policy's expected list is EXPECTED until it expires.");
  }

  @Override
  public List<Finding> evaluate(EntryFacts e, PlanContext ctx) {
    List<PathChange> all = new ArrayList<>(e.driftChanges(PathCategory.EXPECTED));
    all.addAll(e.plannedChanges(PathCategory.EXPECTED));
    if (all.isEmpty()) {
      return List.of();
    }
    Set<Expectation> by = new LinkedHashSet<>();
    for (PathChange c : all) {
      c.expectedBy().ifPresent(by::add);
    }
    List<String> why = new ArrayList<>();
    for (Expectation x : by) {
      why.add(x.reason() + x.expires().map(d -> ", until " + d).orElse(""));
    }
    List<AttributePath> paths = Texts.pathsOf(all);
    return List.of(
        Finding.propose(Verdict.EXPECTED, "Drift in "
                + Texts.paths(paths)
                + Texts.verb(paths.size(), " is", " are")
                + " expected ("
                + String.join("; ", why)
                + "): update the configuration to match if the change is to stay.")
            .paths(paths)
            .build());
  }
}
