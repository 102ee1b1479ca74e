package io.github.tfdrift.rules.builtin;

import io.github.tfdrift.core.address.AttributePath;
import io.github.tfdrift.core.model.Action;
import io.github.tfdrift.core.model.ActionReason;
import io.github.tfdrift.core.model.ChangeKind;
import io.github.tfdrift.rules.Finding;
import io.github.tfdrift.rules.Risk;
import io.github.tfdrift.rules.Verdict;
import io.github.tfdrift.rules.spi.EntryFacts;
import io.github.tfdrift.rules.spi.PathCategory;
import io.github.tfdrift.rules.spi.PathChange;
import io.github.tfdrift.rules.spi.PlanContext;
import io.github.tfdrift.rules.lifecycle.ConfiguredLifecycle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Replacements and deletions are REPLACE or DELETE with procedure STOP, whatever else is said about
 * them; the reason comes from {@code action_reason} and {@code replace_paths}, and says so when the
 * paths that force the replacement are under {@code ignore_changes} or differ only cosmetically. A
 * deferred replacement or deletion ({@code deferred_changes}) is REPLACE or DELETE too, and its reason
 * says that it is deferred and why. When the configuration's lifecycle was given ({@code
 * Policy#withLifecycle}) and it has {@code prevent_destroy = true}, an escalation says that the apply
 * will fail, and where {@code prevent_destroy} is written.
 */
public final class DestructiveChangeRule extends BuiltInRule {
  /** The rule id. */
  public static final String ID = "destructive-change";

  /** The rule. */
  public DestructiveChangeRule() {
    super(ID, "Replacements and deletions are REPLACE or DELETE: STOP, investigate before applying.");
  }

  @Override
  public List<Finding> evaluate(EntryFacts e, PlanContext ctx) {
    if (e.planned().isEmpty()) {
      return List.of();
    }
    List<Action> actions = e.planned().get().change().actions();
    ChangeKind k = e.plannedKind();
    boolean replace = k.isReplace() || (actions.contains(Action.DELETE) && actions.contains(Action.CREATE));
    boolean delete = !replace && actions.contains(Action.DELETE);
    if (!replace && !delete) {
      return List.of();
    }
    Finding destructive = replace ? replace(e, ctx, k) : delete(e);
    Optional<ConfiguredLifecycle> lc = ctx.policy().lifecycleFor(e.address());
    if (lc.isPresent() && lc.get().preventDestroy()) {
      String at = lc.get().preventDestroyAt().orElse(lc.get().block()).describe();
      String why = e.address() + " has lifecycle.prevent_destroy at " + at + ": "
          + "terraform apply will fail rather than " + (replace ? "replace" : "destroy") + " it; change the configuration"
          + " or the plan, do not apply.";
      // The warning shows on the destructive entry; the escalation keeps it STOP whatever else suppresses it.
      return List.of(destructive.withWarning(why), Finding.escalate(why).build());
    }
    return List.of(destructive);
  }

  private Finding replace(EntryFacts e, PlanContext ctx, ChangeKind k) {
    List<AttributePath> forcing = e.replacePaths();
    String why = replaceReason(e, forcing);
    StringBuilder s = new StringBuilder();
    s.append(e.address()).append(' ').append(Texts.will(e)).append(" replaced (").append(k.symbol()).append(")");
    if (k == ChangeKind.REPLACE_CREATE_FIRST) {
      s.append(", the new object created before the old one is destroyed");
    } else if (k.forgets()) {
      s.append(", the old object forgotten rather than destroyed");
    }
    s.append(" because ").append(why).append(Texts.deferred(e)).append(": STOP, investigate before applying");
    List<AttributePath> ignored = new ArrayList<>();
    List<AttributePath> cosmetic = new ArrayList<>();
    Set<String> cosmeticKinds = new LinkedHashSet<>();
    for (AttributePath p : forcing) {
      boolean ign = ctx.ignoredBy(e.type(), e.address(), p).isPresent();
      boolean anyOverlap = false;
      boolean allCosmetic = true;
      for (PathChange c : e.plannedChanges()) {
        if (c.overlaps(p)) {
          anyOverlap = true;
          if (c.category() == PathCategory.IGNORED) {
            ign = true;
          }
          if (c.category() != PathCategory.COSMETIC) {
            allCosmetic = false;
          } else {
            c.normalizer().ifPresent(n -> cosmeticKinds.add(n.description()));
          }
        }
      }
      if (ign) {
        ignored.add(p);
      } else if (anyOverlap && allCosmetic) {
        cosmetic.add(p);
      }
    }
    if (!ignored.isEmpty()) {
      s.append("; ")
          .append(Texts.paths(ignored))
          .append(Texts.verb(ignored.size(), " is", " are"))
          .append(" covered by ignore_changes, yet ")
          .append(Texts.verb(ignored.size(), "it forces", "they force"))
          .append(" the replacement: check lifecycle ignore_changes");
    }
    if (!cosmetic.isEmpty()) {
      s.append("; the change to ")
          .append(Texts.paths(cosmetic))
          .append(" is only cosmetic (")
          .append(String.join(", ", cosmeticKinds))
          .append("), yet it forces the replacement: check lifecycle ignore_changes or normalise the value in the configuration");
    }
    s.append('.');
    Risk risk = k.forgets() ? Risk.MEDIUM : Risk.HIGH;
    List<AttributePath> paths = forcing.isEmpty() ? Texts.pathsOf(e.plannedChanges(PathCategory.REAL)) : forcing;
    return Finding.propose(Verdict.REPLACE, s.toString()).paths(paths).risk(risk).build();
  }

  private static String replaceReason(EntryFacts e, List<AttributePath> forcing) {
    ActionReason r = e.actionReason().orElse(null);
    if (ActionReason.REPLACE_BECAUSE_TAINTED.equals(r)) {
      return "the object is tainted";
    }
    if (ActionReason.REPLACE_BY_REQUEST.equals(r)) {
      return "replacement was requested (-replace)";
    }
    if (ActionReason.REPLACE_BY_TRIGGERS.equals(r)) {
      return "lifecycle replace_triggered_by fired";
    }
    if (!forcing.isEmpty()) {
      return Texts.paths(forcing) + Texts.verb(forcing.size(), " forces", " force") + " replacement";
    }
    return "the provider cannot update it in place";
  }

  private Finding delete(EntryFacts e) {
    ActionReason r = e.actionReason().orElse(null);
    String why;
    Risk risk = Risk.HIGH;
    if (e.deposed().isPresent()) {
      why = "it is a deposed object left over from an interrupted create_before_destroy";
      risk = Risk.MEDIUM;
    } else if (ActionReason.DELETE_BECAUSE_NO_RESOURCE_CONFIG.equals(r)) {
      why = "its resource block was removed from the configuration";
    } else if (ActionReason.DELETE_BECAUSE_WRONG_REPETITION.equals(r)) {
      why = "its instance key no longer matches count or for_each";
    } else if (ActionReason.DELETE_BECAUSE_COUNT_INDEX.equals(r)) {
      why = "its index is outside count";
    } else if (ActionReason.DELETE_BECAUSE_EACH_KEY.equals(r)) {
      why = "its key is no longer in for_each";
    } else if (ActionReason.DELETE_BECAUSE_NO_MODULE.equals(r)) {
      why = "its module is no longer in the configuration";
    } else if (ActionReason.DELETE_BECAUSE_NO_MOVE_TARGET.equals(r)) {
      why = "a moved block targets an address without configuration";
    } else if (ActionReason.DELETE_BECAUSE_ENABLED_FALSE.equals(r)) {
      why = "lifecycle enabled is false";
    } else {
      why = "the plan destroys it";
    }
    return Finding.propose(Verdict.DELETE, e.address() + " " + Texts.will(e) + " destroyed because " + why + Texts.deferred(e) + ": STOP, investigate before applying.")
        .risk(risk)
        .build();
  }
}
