package io.github.tfdrift.rules.builtin;

import io.github.tfdrift.core.address.AttributePath;
import io.github.tfdrift.core.model.Importing;
import io.github.tfdrift.core.value.JsonValue;
import io.github.tfdrift.rules.Finding;
import io.github.tfdrift.rules.Verdict;
import io.github.tfdrift.rules.spi.EntryFacts;
import io.github.tfdrift.rules.spi.PathCategory;
import io.github.tfdrift.rules.spi.PlanContext;
import java.util.List;

/**
 * Seed 003's resolution: a planned change with {@code importing} brings an existing object into state.
 * IMPORT, procedure IMPORT.
 */
public final class ImportChangeRule extends BuiltInRule {
  /** The rule id. */
  public static final String ID = "import";

  /** The rule. */
  public ImportChangeRule() {
    super(ID, "Objects the plan imports (importing) are IMPORT: bring them into state.");
  }

  @Override
  public List<Finding> evaluate(EntryFacts e, PlanContext ctx) {
    if (e.importing().isEmpty() || e.isDeferred()) {
      return List.of();
    }
    Importing imp = e.importing().get();
    String how =
        imp.id().map(id -> " (id " + ctx.display(JsonValue.of(id), false) + ")")
            .orElse(!imp.identity().isNullOrAbsent() ? " (by identity)" : imp.unknown().orElse(false) ? " (id not yet known)" : "");
    List<AttributePath> paths = Texts.pathsOf(e.plannedChanges(PathCategory.REAL));
    String then = paths.isEmpty() ? "" : "; apply then updates " + Texts.paths(paths);
    return List.of(
        Finding.propose(Verdict.IMPORT, e.address() + " will be imported into state" + how + then + ".").paths(paths).build());
  }
}
