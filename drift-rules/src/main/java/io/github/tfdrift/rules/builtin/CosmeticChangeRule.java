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
 * Changes whose values are equal after normalisation (SSH key formatting, JSON key order and
 * whitespace, attached normalisers) are COSMETIC: no action needed.
 */
public final class CosmeticChangeRule extends BuiltInRule {
  /** The rule id. */
  public static final String ID = "cosmetic-change";

  /** The rule. */
  public CosmeticChangeRule() {
    super(ID, "Changes whose values are equal after normalisation are COSMETIC: no action needed.");
  }

  @Override
  public List<Finding> evaluate(EntryFacts e, PlanContext ctx) {
    List<PathChange> all = new ArrayList<>(e.driftChanges(PathCategory.COSMETIC));
    all.addAll(e.plannedChanges(PathCategory.COSMETIC));
    if (all.isEmpty()) {
      return List.of();
    }
    Set<String> kinds = new LinkedHashSet<>();
    for (PathChange c : all) {
      c.normalizer().ifPresent(n -> kinds.add(n.description()));
    }
    List<AttributePath> paths = Texts.pathsOf(all);
    return List.of(
        Finding.propose(Verdict.COSMETIC, Texts.paths(paths)
                + Texts.verb(paths.size(), " differs", " differ")
                + " only in formatting ("
                + String.join(", ", kinds)
                + "): cosmetic, no action needed.")
            .paths(paths)
            .build());
  }
}
