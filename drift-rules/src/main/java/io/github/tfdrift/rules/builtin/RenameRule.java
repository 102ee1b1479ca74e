package io.github.tfdrift.rules.builtin;

import io.github.tfdrift.core.model.ChangeKind;
import io.github.tfdrift.rules.Finding;
import io.github.tfdrift.rules.SuggestedMove;
import io.github.tfdrift.rules.Verdict;
import io.github.tfdrift.rules.spi.EntryFacts;
import io.github.tfdrift.rules.spi.PlanContext;
import java.util.List;
import java.util.Optional;

/**
 * A planned delete and a planned create that look like one object renamed in the configuration
 * (resource renamed, moved into a module, {@code count} turned into {@code for_each}) get a warning and
 * a suggested {@code moved {}} block, on both entries. Danger is not downgraded: the delete stays
 * DELETE (STOP) and the create CREATE; the finding proposes the entry's own verdict and never decides
 * over {@code destructive-change} or {@code planned-change}. The matching is {@link
 * PlanContext#suggestedMove}'s: equal resource identities (Terraform 1.12+ {@code before_identity} of
 * the delete, {@code after_identity} of the create) are strong evidence and the warning says so.
 */
public final class RenameRule extends BuiltInRule {
  /** The rule id. */
  public static final String ID = "rename";

  /** The rule. */
  public RenameRule() {
    super(ID, "A delete and a create that look like a rename get a warning suggesting a moved block; they stay DELETE and CREATE.");
  }

  @Override
  public List<Finding> evaluate(EntryFacts e, PlanContext ctx) {
    if (e.planned().isEmpty() || !e.isManaged() || e.deposed().isPresent()) {
      return List.of();
    }
    ChangeKind k = e.plannedKind();
    if (k != ChangeKind.DELETE && k != ChangeKind.CREATE) {
      return List.of();
    }
    Optional<SuggestedMove> found = ctx.suggestedMove(e.id());
    if (found.isEmpty()) {
      return List.of();
    }
    SuggestedMove m = found.get();
    String warning =
        m.byIdentity()
            ? "The same object as " + (k == ChangeKind.DELETE ? m.to() : m.from()) + " (equal identity: " + String.join(", ", m.identity())
                + "), a rename of " + m.from() + " to " + m.to() + ": add `" + m.inline() + "` to keep the object instead of destroying it."
            : "Looks like a rename of " + m.from() + " to " + m.to() + ": add `" + m.inline() + "` to keep the object instead of destroying it.";
    Finding f;
    if (k == ChangeKind.DELETE) {
      f = Finding.propose(Verdict.DELETE, e.address() + " will be destroyed, but it looks renamed to " + m.to() + ": STOP, add a moved block to keep it, or apply only if the removal is intended.")
          .build();
    } else {
      f = Finding.propose(Verdict.CREATE, e.address() + " will be created, but it looks like " + m.from() + " renamed: add a moved block to keep that object instead.")
          .build();
    }
    return List.of(f.withWarning(warning).withSuggestedMove(m));
  }
}
