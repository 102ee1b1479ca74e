package io.github.tfdrift.rules.builtin;

import io.github.tfdrift.core.address.AttributePath;
import io.github.tfdrift.core.model.ChangeKind;
import io.github.tfdrift.core.model.ResourceChange;
import io.github.tfdrift.rules.Finding;
import io.github.tfdrift.rules.Verdict;
import io.github.tfdrift.rules.spi.Deferral;
import io.github.tfdrift.rules.spi.EntryFacts;
import io.github.tfdrift.rules.spi.PathCategory;
import io.github.tfdrift.rules.spi.PathChange;
import io.github.tfdrift.rules.spi.PlanContext;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A change the plan defers ({@code deferred_changes}, Terraform 1.9+ with {@code -allow-deferral}) is
 * DEFERRED, procedure APPLY: the plan is incomplete; apply, then plan again to see the rest. The
 * reason says what would happen, when, and the deferral reason in plain words (an unknown reason word
 * is shown as written). A deferred change that deletes anything is left to {@code destructive-change}
 * (or {@code deleted-outside}), which keeps it REPLACE, DELETE or RECREATE and says it is deferred.
 */
public final class DeferredChangeRule extends BuiltInRule {
  /** The rule id. */
  public static final String ID = "deferred-change";

  /** The rule. */
  public DeferredChangeRule() {
    super(ID, "Changes the plan defers (deferred_changes) are DEFERRED: the plan is incomplete, apply and plan again. Deferred deletes stay REPLACE or DELETE.");
  }

  @Override
  public List<Finding> evaluate(EntryFacts e, PlanContext ctx) {
    if (e.actionVerdict() != Verdict.DEFERRED) { // not deferred, or deferred but destructive
      return List.of();
    }
    String reason = e.deferralReason().orElse("");
    ResourceChange rc = e.planned().get();
    StringBuilder s = new StringBuilder(e.address()).append(' ').append(what(e, rc));
    if (rc.indexUnknown().orElse(false) || e.address().endsWith("[*]")) {
      s.append(" (for every instance: [*] stands for instance keys that are not known yet)");
    }
    s.append(' ').append(Deferral.once(reason)).append(" (").append(Deferral.tag(reason)).append(')');
    List<PathChange> drift = e.driftChanges(PathCategory.REAL);
    if (e.driftDeleted()) {
      s.append("; it was deleted outside ").append(ctx.toolName());
    } else if (!drift.isEmpty()) {
      s.append("; ").append(Texts.withTransitions(drift, ctx)).append(" changed outside ").append(ctx.toolName());
    }
    s.append("; the plan is incomplete: run '").append(ctx.toolCommand()).append(" apply', then plan again to see the rest.");
    Set<AttributePath> paths = new LinkedHashSet<>(Texts.pathsOf(e.plannedChanges(PathCategory.REAL)));
    paths.addAll(Texts.pathsOf(drift));
    return List.of(Finding.propose(Verdict.DEFERRED, s.toString()).paths(new ArrayList<>(paths)).build());
  }

  /** What would happen once the change is planned. */
  private static String what(EntryFacts e, ResourceChange rc) {
    boolean importing = e.importing().isPresent();
    String moved = e.previousAddress().map(p -> " (moved from " + p + ")").orElse("");
    ChangeKind k = e.plannedKind();
    switch (k) {
      case CREATE:
        return "would be created" + moved;
      case UPDATE:
        return (importing ? "would be imported and updated in place" : "would be updated in place") + moved;
      case READ:
        return "would be read" + moved;
      case OPEN:
        return "would be opened";
      case FORGET:
        return "would be removed from state without being destroyed" + moved;
      case NO_OP:
        if (importing) {
          return "would be imported" + moved;
        }
        return e.previousAddress().map(p -> "would be moved from " + p).orElse("has a change the plan could not work out yet");
      default:
        return "has actions this version does not know (" + Texts.actions(rc) + ")" + moved;
    }
  }
}
