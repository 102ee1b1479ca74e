package io.github.tfdrift.rules.examples;

// DOCS-BEGIN
import io.github.tfdrift.core.address.AttributePath;
import io.github.tfdrift.rules.Finding;
import io.github.tfdrift.rules.Verdict;
import io.github.tfdrift.rules.spi.EntryFacts;
import io.github.tfdrift.rules.spi.PathChange;
import io.github.tfdrift.rules.spi.PlanContext;
import io.github.tfdrift.rules.spi.Rule;
import java.util.ArrayList;
import java.util.List;

/** The nightly scanner writes tags.LastScanned on every resource: a change to it is cosmetic. */
public final class LastScannedIsCosmetic implements Rule {
  private static final List<AttributePath> SCANNER_TAGS =
      List.of(AttributePath.parse("tags.LastScanned").get(), AttributePath.parse("tags_all.LastScanned").get());

  @Override
  public String id() {
    return "lastscanned-is-cosmetic";
  }

  @Override
  public String summary() {
    return "Changes to tags.LastScanned, written by the nightly scanner, are COSMETIC.";
  }

  @Override
  public List<Finding> evaluate(EntryFacts entry, PlanContext context) {
    List<PathChange> changes = new ArrayList<>(entry.driftChanges());
    changes.addAll(entry.plannedChanges());
    List<AttributePath> scanned = new ArrayList<>();
    for (PathChange c : changes) {
      if (SCANNER_TAGS.stream().anyMatch(t -> t.covers(c.path())) && !scanned.contains(c.path())) {
        scanned.add(c.path());
      }
    }
    if (scanned.isEmpty()) {
      return List.of();
    }
    // Covers these paths only: the entry is COSMETIC when nothing else changed.
    return List.of(
        Finding.suppress(Verdict.COSMETIC, "tags.LastScanned is written by the nightly scanner: cosmetic, no action needed.")
            .paths(scanned)
            .build());
  }
}
// DOCS-END
