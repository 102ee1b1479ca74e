package io.github.tfdrift.rules.internal;

import io.github.tfdrift.core.address.AttributePath;
import io.github.tfdrift.core.model.Action;
import io.github.tfdrift.core.model.ChangeKind;
import io.github.tfdrift.rules.Finding;
import io.github.tfdrift.rules.Procedure;
import io.github.tfdrift.rules.Risk;
import io.github.tfdrift.rules.Verdict;
import io.github.tfdrift.rules.spi.Deferral;
import io.github.tfdrift.rules.spi.EntryFacts;
import io.github.tfdrift.rules.spi.PlanContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Decides among findings: the highest verdict rank wins ({@link Finding#precedence()}: a correction
 * ranks as the verdict it corrects, and goes ahead of the findings proposing that verdict), then the
 * higher risk, then the smaller rule id. Enforces never-downgrade: an entry whose planned actions delete (or whose drift deleted the
 * object while a create is planned) is decided by a destructive finding, synthesised by the engine if
 * no rule made one; a deferred change is never below DEFERRED, so no rule can hide it.
 */
public final class Decider {
  /** The rule id of findings the engine makes itself. */
  public static final String ENGINE = "engine";

  /** Precedence order, best first. */
  public static final Comparator<Finding> PRECEDENCE =
      Comparator.comparingInt(Finding::precedence)
          .thenComparing((Finding f) -> f.corrects().isPresent())
          .thenComparing(Finding::risk)
          .reversed()
          .thenComparing(Finding::ruleId);

  private Decider() {}

  /**
   * The findings sorted best first, the winner first, with never-downgrade applied.
   *
   * @param ctx the plan context (the tool's name for the engine's own reasons)
   * @param facts the entry
   * @param findings the rules' findings, in any order
   * @return the findings, best first, with the engine's finding first when it had to make one
   */
  public static List<Finding> decide(PlanContext ctx, EntryFacts facts, List<Finding> findings) {
    List<Finding> sorted = new ArrayList<>(findings);
    if (sorted.size() > 1) {
      sorted.sort(PRECEDENCE);
    }
    Optional<Verdict> floor = floor(facts);
    if (floor.isPresent() && (sorted.isEmpty() || !meets(sorted.get(0).verdict(), floor.get()))) {
      sorted.add(0, synthesise(ctx, facts, floor.get()));
    } else if (sorted.isEmpty()) {
      sorted.add(fallback(ctx, facts));
    }
    return sorted;
  }

  /** Any destructive verdict meets a destructive floor; otherwise the rank must reach the floor's. */
  private static boolean meets(Verdict v, Verdict floor) {
    return floor.isDestructive() ? v.isDestructive() : v.isDestructive() || v.rank() >= floor.rank();
  }

  /** The warnings of all findings, winner first, without repeats. */
  public static List<String> warnings(List<Finding> sorted) {
    boolean any = false;
    for (Finding f : sorted) {
      any |= !f.warnings().isEmpty();
    }
    if (!any) {
      return List.of();
    }
    Set<String> w = new LinkedHashSet<>();
    for (Finding f : sorted) {
      w.addAll(f.warnings());
    }
    return new ArrayList<>(w);
  }

  /**
   * The lowest verdict the entry may get: REPLACE, DELETE or RECREATE when its actions delete (a
   * deferred change included), DEFERRED for any other deferred change, none otherwise.
   */
  public static Optional<Verdict> floor(EntryFacts facts) {
    if (facts.planned().isPresent()) {
      List<Action> actions = facts.planned().get().change().actions();
      ChangeKind k = facts.plannedKind();
      if (k.isReplace()) {
        return Optional.of(Verdict.REPLACE);
      }
      if (actions.contains(Action.DELETE)) {
        return Optional.of(actions.contains(Action.CREATE) ? Verdict.REPLACE : Verdict.DELETE);
      }
      if (facts.driftDeleted() && k.creates()) {
        return Optional.of(Verdict.RECREATE);
      }
    }
    return facts.isDeferred() ? Optional.of(Verdict.DEFERRED) : Optional.empty();
  }

  private static Finding synthesise(PlanContext ctx, EntryFacts facts, Verdict v) {
    String r = facts.deferralReason().orElse("");
    if (v == Verdict.DEFERRED) {
      return Finding.of(
          ENGINE,
          v,
          Risk.MEDIUM,
          Procedure.APPLY,
          List.of(),
          facts.address() + " has a change the plan defers " + Deferral.until(r) + " (" + Deferral.tag(r) + "); the plan is incomplete: run '"
              + ctx.toolCommand() + " apply', then plan again to see the rest.");
    }
    List<AttributePath> paths = facts.replacePaths();
    String will = facts.isDeferred() ? "would be" : "will be";
    String what =
        v == Verdict.RECREATE
            ? "was deleted outside " + ctx.toolName() + " and apply would create it again"
            : v == Verdict.REPLACE ? will + " replaced" : will + " destroyed";
    String deferred =
        facts.isDeferred() ? "; the change is deferred " + Deferral.until(r) + " (" + Deferral.tag(r) + "), so this plan does not make it yet" : "";
    return Finding.of(
        ENGINE,
        v,
        v == Verdict.RECREATE ? Risk.CRITICAL : Risk.HIGH,
        Procedure.STOP,
        paths,
        facts.address() + " " + what + deferred + ": STOP, investigate before applying.");
  }

  private static Finding fallback(PlanContext ctx, EntryFacts facts) {
    ChangeKind k = facts.plannedKind();
    switch (k) {
      case CREATE:
        return Finding.of(ENGINE, Verdict.CREATE, Risk.LOW, Procedure.APPLY, List.of(), facts.address() + " will be created.");
      case UPDATE:
        return Finding.of(ENGINE, Verdict.UPDATE, Risk.LOW, Procedure.APPLY, List.of(), facts.address() + " will be updated in place.");
      case READ:
      case OPEN:
        return Finding.of(ENGINE, Verdict.READ, Risk.NONE, Procedure.NONE, List.of(), facts.address() + " will be read during apply.");
      case FORGET:
        return Finding.of(ENGINE, Verdict.FORGET, Risk.MEDIUM, Procedure.APPLY, List.of(), facts.address() + " will be removed from state without being destroyed.");
      case UNKNOWN:
        return Finding.of(ENGINE, Verdict.UPDATE, Risk.MEDIUM, Procedure.APPLY, List.of(), facts.address() + " has actions this version does not know; review the plan.");
      default:
        return facts.hasDrift()
            ? Finding.of(
                ENGINE,
                Verdict.IGNORED,
                Risk.NONE,
                Procedure.NONE,
                List.of(),
                facts.address() + " changed outside " + ctx.toolName() + ", but " + ctx.toolName() + " will not act on it.")
            : Finding.of(ENGINE, Verdict.NO_CHANGE, Risk.NONE, Procedure.NONE, List.of(), facts.address() + " has no changes.");
    }
  }
}
