package io.github.tfdrift.fix;

import io.github.tfdrift.fix.patch.Patch;
import java.util.List;
import java.util.Objects;

/**
 * The result of a procedure: the patch and one outcome per selected entry.
 *
 * @param patch the edits of every patched entry (empty when nothing was patched)
 * @param outcomes one outcome per selected entry, in the plan's order
 */
public record PatchResult(Patch patch, List<EntryOutcome> outcomes) {
  /** Validates and copies the parts. */
  public PatchResult {
    Objects.requireNonNull(patch, "patch");
    outcomes = List.copyOf(outcomes);
  }

  /** The refused entries. */
  public List<EntryOutcome.Refused> refused() {
    return outcomes.stream().filter(EntryOutcome.Refused.class::isInstance).map(EntryOutcome.Refused.class::cast).toList();
  }

  /** The patched entries. */
  public List<EntryOutcome.Patched> patched() {
    return outcomes.stream().filter(EntryOutcome.Patched.class::isInstance).map(EntryOutcome.Patched.class::cast).toList();
  }

  /** True when no selected entry was refused: each was patched or had nothing to do. */
  public boolean complete() {
    return refused().isEmpty();
  }
}
