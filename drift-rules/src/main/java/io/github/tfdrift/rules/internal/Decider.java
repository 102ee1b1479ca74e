package io.github.tfdrift.rules.internal;

import io.github.tfdrift.core.address.AttributePath;
import io.github.tfdrift.core.model.Action;
import io.github.tfdrift.core.model.ChangeKind;
import io.github.tfdrift.rules.Finding;
import io.github.tfdrift.rules.Procedure;
import io.github.tfdrift.rules.Risk;
import io.github.tfdrift.rules.Verdict;
import io.github.tfdrift.rules.spi.EntryFacts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Decides among findings: the highest verdict rank wins, then the higher risk, then the smaller rule
 * id. Enforces never-downgrade: an entry whose planned actions delete (or whose drift deleted the
 * object while a create is planned) is decided by a destructive finding, synthesised by the engine if
 * no rule made one.
 */
public final class Decider {
  /** The rule id of findings the engine makes itself. */
  public static final String ENGINE = "engine";

  /** Precedence order, best first. */
  public static final Comparator<Finding> PRECEDENCE =
      Comparator.comparingInt((Finding f) -> f.verdict().rank())
          .thenComparing(Finding::risk)
          .reversed()
          .thenComparing(Finding::ruleId);

  private Decider() {}

  /** The findings sorted best first, the winner first, with never-downgrade applied. */
  public static List<Finding> decide(EntryFacts facts, List<Finding> findings) {
    List<Finding> sorted = new ArrayList<>(findings);
    sorted.sort(PRECEDENCE);
    Optional<Verdict> floor = floor(facts);
    if (floor.isPresent() && (sorted.isEmpty() || !sorted.get(0).verdict().isDestructive())) {
      sorted.add(0, synthesise(facts, floor.get()));
    } else if (sorted.isEmpty()) {
      sorted.add(fallback(facts));
    }
    return sorted;
  }

  /** The warnings of all findings, winner first, without repeats. */
  public static List<String> warnings(List<Finding> sorted) {
    Set<String> w = new LinkedHashSet<>();
    for (Finding f : sorted) {
      w.addAll(f.warnings());
    }
    return new ArrayList<>(w);
  }

  /** The lowest verdict the entry may get, when its actions delete. */
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
    return Optional.empty();
  }

  private static Finding synthesise(EntryFacts facts, Verdict v) {
    List<AttributePath> paths = facts.replacePaths();
    String what =
        v == Verdict.RECREATE
            ? "was deleted outside Terraform and apply would create it again"
            : v == Verdict.REPLACE ? "will be replaced" : "will be destroyed";
    return Finding.of(
        ENGINE,
        v,
        v == Verdict.RECREATE ? Risk.CRITICAL : Risk.HIGH,
        Procedure.STOP,
        paths,
        facts.address() + " " + what + ": STOP, investigate before applying.");
  }

  private static Finding fallback(EntryFacts facts) {
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
            ? Finding.of(ENGINE, Verdict.IGNORED, Risk.NONE, Procedure.NONE, List.of(), facts.address() + " changed outside Terraform, but Terraform will not act on it.")
            : Finding.of(ENGINE, Verdict.NO_CHANGE, Risk.NONE, Procedure.NONE, List.of(), facts.address() + " has no changes.");
    }
  }
}
