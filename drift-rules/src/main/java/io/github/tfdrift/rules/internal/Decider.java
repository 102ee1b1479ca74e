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
import io.github.tfdrift.rules.spi.PathCategory;
import io.github.tfdrift.rules.spi.PathChange;
import io.github.tfdrift.rules.spi.PlanContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Decides among findings (see {@code docs/rules.md}):
 *
 * <ol>
 *   <li>Proposals: the highest verdict rank wins ({@link Finding#precedence()}: a correction ranks as
 *       the verdict it corrects, and goes ahead of the findings proposing that verdict), then the
 *       higher risk, then the smaller rule id.
 *       Never-downgrade: an entry whose planned actions delete (or whose drift deleted the object
 *       while a create is planned) is decided by a destructive finding, synthesised by the engine if
 *       no rule made one; a deferred change is never below DEFERRED, so no rule can hide it. A
 *       destructive winner's procedure is always STOP.
 *   <li>Suppressions lower the winner to IGNORED, COSMETIC or EXPECTED only when the entry has no
 *       floor (it neither deletes nor is deferred), no rule escalates it, the suppressions cover it
 *       (one names no path, or the entry has real changed paths and each is covered by a suppression
 *       path), and the suppression ranks below the winning proposal. The highest-ranked suppression
 *       decides (EXPECTED before COSMETIC before IGNORED, then the smaller rule id).
 *   <li>Escalations keep the verdict but make the procedure STOP and the risk at least the highest
 *       escalation's.
 * </ol>
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

  /** Escalations, strongest first: the higher risk, then the smaller rule id. */
  private static final Comparator<Finding> ESCALATIONS =
      Comparator.comparing(Finding::risk).reversed().thenComparing(Finding::ruleId);

  private Decider() {}

  /**
   * The decision for one entry.
   *
   * @param findings every finding, the deciding one first: when a suppression decides, it goes first,
   *     then the other suppressions, then the proposals; otherwise the proposals (best first), then
   *     the escalations, then suppressions that did not apply
   * @param risk the entry's risk: the decider's, raised by escalations
   * @param procedure the entry's procedure: the decider's, or STOP when escalated
   */
  public record Decided(List<Finding> findings, Risk risk, Procedure procedure) {
    /** The deciding finding. */
    public Finding decider() {
      return findings.get(0);
    }
  }

  /**
   * Decides an entry.
   *
   * @param ctx the plan context (the tool's name for the engine's own reasons)
   * @param facts the entry
   * @param findings the rules' findings, in any order, stamped with their rule ids
   * @return the decision, with never-downgrade applied
   */
  public static Decided decide(PlanContext ctx, EntryFacts facts, List<Finding> findings) {
    List<Finding> proposals = new ArrayList<>(findings.size());
    List<Finding> suppressions = new ArrayList<>(0);
    List<Finding> escalations = new ArrayList<>(0);
    for (Finding f : findings) {
      (f.isSuppression() ? suppressions : f.isEscalation() ? escalations : proposals).add(f);
    }
    if (proposals.size() > 1) {
      proposals.sort(PRECEDENCE);
    }
    Optional<Verdict> floor = floor(facts);
    if (floor.isPresent() && (proposals.isEmpty() || !meets(proposals.get(0).verdict(), floor.get()))) {
      proposals.add(0, synthesise(ctx, facts, floor.get()));
    } else if (proposals.isEmpty()) {
      proposals.add(fallback(ctx, facts));
    }
    Finding winner = proposals.get(0);
    if (winner.verdict().isDestructive() && winner.procedure() != Procedure.STOP) {
      winner = winner.withProcedure(Procedure.STOP);
      proposals.set(0, winner);
    }
    if (!suppressions.isEmpty()) {
      suppressions.sort(PRECEDENCE);
      Finding s = suppressions.get(0);
      if (floor.isEmpty()
          && escalations.isEmpty()
          && s.verdict().rank() < winner.verdict().rank()
          && covered(facts, suppressions)) {
        List<Finding> all = new ArrayList<>(suppressions);
        all.addAll(proposals);
        return new Decided(all, s.risk(), s.procedure());
      }
    }
    if (escalations.isEmpty() && suppressions.isEmpty()) {
      return new Decided(proposals, winner.risk(), winner.procedure());
    }
    List<Finding> all = new ArrayList<>(proposals);
    Risk risk = winner.risk();
    Procedure procedure = winner.procedure();
    if (!escalations.isEmpty()) {
      escalations.sort(ESCALATIONS);
      all.addAll(escalations);
      risk = risk.max(escalations.get(0).risk());
      procedure = Procedure.STOP;
    }
    all.addAll(suppressions);
    return new Decided(all, risk, procedure);
  }

  /**
   * True when the suppressions cover the entry: one names no path (the whole entry), or the entry has
   * real changed paths (drift or planned) and a suppression path covers each.
   */
  static boolean covered(EntryFacts facts, List<Finding> suppressions) {
    List<AttributePath> cover = new ArrayList<>();
    for (Finding s : suppressions) {
      if (s.paths().isEmpty()) {
        return true;
      }
      cover.addAll(s.paths());
    }
    List<PathChange> real = new ArrayList<>(facts.driftChanges(PathCategory.REAL));
    real.addAll(facts.plannedChanges(PathCategory.REAL));
    if (real.isEmpty()) {
      return false;
    }
    for (PathChange c : real) {
      boolean in = false;
      for (AttributePath p : cover) {
        if (p.covers(c.path())) {
          in = true;
          break;
        }
      }
      if (!in) {
        return false;
      }
    }
    return true;
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
      return Finding.propose(v, facts.address() + " has a change the plan defers " + Deferral.until(r) + " (" + Deferral.tag(r) + "); the plan is incomplete: run '"
              + ctx.toolCommand() + " apply', then plan again to see the rest.")
          .risk(Risk.MEDIUM)
          .procedure(Procedure.APPLY)
          .build().withRuleId(ENGINE);
    }
    List<AttributePath> paths = facts.replacePaths();
    String will = facts.isDeferred() ? "would be" : "will be";
    String what =
        v == Verdict.RECREATE
            ? "was deleted outside " + ctx.toolName() + " and apply would create it again"
            : v == Verdict.REPLACE ? will + " replaced" : will + " destroyed";
    String deferred =
        facts.isDeferred() ? "; the change is deferred " + Deferral.until(r) + " (" + Deferral.tag(r) + "), so this plan does not make it yet" : "";
    return Finding.propose(v, facts.address() + " " + what + deferred + ": STOP, investigate before applying.")
        .paths(paths)
        .risk(v == Verdict.RECREATE ? Risk.CRITICAL : Risk.HIGH)
        .procedure(Procedure.STOP)
        .build().withRuleId(ENGINE);
  }

  private static Finding fallback(PlanContext ctx, EntryFacts facts) {
    ChangeKind k = facts.plannedKind();
    switch (k) {
      case CREATE:
        return Finding.propose(Verdict.CREATE, facts.address() + " will be created.").build().withRuleId(ENGINE);
      case UPDATE:
        return Finding.propose(Verdict.UPDATE, facts.address() + " will be updated in place.").build().withRuleId(ENGINE);
      case READ:
      case OPEN:
        return Finding.propose(Verdict.READ, facts.address() + " will be read during apply.").build().withRuleId(ENGINE);
      case FORGET:
        return Finding.propose(Verdict.FORGET, facts.address() + " will be removed from state without being destroyed.")
            .build().withRuleId(ENGINE);
      case UNKNOWN:
        return Finding.propose(Verdict.UPDATE, facts.address() + " has actions this version does not know; review the plan.")
            .risk(Risk.MEDIUM)
            .build().withRuleId(ENGINE);
      default:
        return facts.hasDrift()
            ? Finding.propose(Verdict.IGNORED, facts.address() + " changed outside " + ctx.toolName() + ", but " + ctx.toolName() + " will not act on it.")
                .build().withRuleId(ENGINE)
            : Finding.propose(Verdict.NO_CHANGE, facts.address() + " has no changes.").build().withRuleId(ENGINE);
    }
  }
}
