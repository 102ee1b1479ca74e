package io.github.tfdrift.rules.builtin;

import io.github.tfdrift.core.address.AttributePath;
import io.github.tfdrift.rules.Finding;
import io.github.tfdrift.rules.Verdict;
import io.github.tfdrift.rules.spi.EntryFacts;
import io.github.tfdrift.rules.spi.PathCategory;
import io.github.tfdrift.rules.spi.PathChange;
import io.github.tfdrift.rules.spi.PlanContext;
import io.github.tfdrift.rules.lifecycle.ConfiguredLifecycle;
import io.github.tfdrift.rules.policy.IgnoreRule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Runbook scenarios 4 and 5: drift (or a planned update) in attributes listed under the policy's
 * {@code ignore_changes}, or under the configuration's own {@code lifecycle.ignore_changes} when it
 * was read ({@code drift analyze --config}), is a false positive: IGNORED, no action needed. A reason
 * from the configuration cites the place ("ignored by lifecycle.ignore_changes at
 * modules/vm/main.tf:42"). When both are known, the finding warns about the copies that disagree:
 * a path only the policy ignores (Terraform would revert that drift on apply), and a path only the
 * configuration ignores while the policy keeps a copy of {@code ignore_changes}.
 */
public final class IgnoreChangesRule extends BuiltInRule {
  /** The rule id. */
  public static final String ID = "ignore-changes";

  /** The rule. */
  public IgnoreChangesRule() {
    super(ID, "Changes in attributes under the policy's ignore_changes are IGNORED: false positive.");
  }

  @Override
  public List<Finding> evaluate(EntryFacts e, PlanContext ctx) {
    List<PathChange> drift = e.driftChanges(PathCategory.IGNORED);
    List<PathChange> planned = e.plannedChanges(PathCategory.IGNORED);
    if (drift.isEmpty() && planned.isEmpty()) {
      return List.of();
    }
    List<PathChange> all = new ArrayList<>(drift);
    all.addAll(planned);
    List<AttributePath> paths = Texts.pathsOf(all);
    Set<AttributePath> covering = new LinkedHashSet<>();
    for (PathChange c : all) {
      c.ignoredBy().flatMap(r -> r.covering(c.path())).ifPresent(covering::add);
    }
    String what = drift.isEmpty() ? "The planned change to " : "Drift in ";
    List<String> warnings = disagreements(e, all, ctx);
    if (all.stream().noneMatch(c -> c.ignoredBy().map(IgnoreRule::fromConfiguration).orElse(false))) {
      String by =
          covering.equals(new LinkedHashSet<>(paths)) || covering.isEmpty()
              ? ""
              : " (" + Texts.paths(covering) + ")";
      return List.of(
          Finding.propose(Verdict.IGNORED, what + Texts.paths(paths) + Texts.verb(paths.size(), " is", " are") + " covered by ignore_changes" + by + ": false positive, no action needed.")
              .paths(paths)
              .warnings(warnings)
              .build());
    }
    Map<String, Set<AttributePath>> byPlace = new LinkedHashMap<>();
    for (PathChange c : all) {
      IgnoreRule r = c.ignoredBy().orElseThrow();
      String place = r.fromConfiguration()
          ? "ignored by lifecycle.ignore_changes at " + r.place()
          : "covered by the policy's ignore_changes at " + r.place();
      byPlace.computeIfAbsent(place, k -> new LinkedHashSet<>()).add(c.path());
    }
    List<String> parts = new ArrayList<>();
    byPlace.forEach((place, ps) -> parts.add(Texts.paths(ps) + Texts.verb(ps.size(), " is ", " are ") + place));
    String first = parts.get(0);
    String reason = what + first + (parts.size() > 1 ? "; " + String.join("; ", parts.subList(1, parts.size())) : "")
        + ": false positive, no action needed.";
    return List.of(Finding.propose(Verdict.IGNORED, reason).paths(paths).warnings(warnings).build());
  }

  /**
   * Where the policy's copy of {@code ignore_changes} and the configuration's own disagree on this
   * entry's ignored paths; nothing when the configuration was not read for the instance.
   */
  private static List<String> disagreements(EntryFacts e, List<PathChange> ignored, PlanContext ctx) {
    Optional<ConfiguredLifecycle> lc = ctx.policy().lifecycleFor(e.address());
    if (lc.isEmpty()) {
      return List.of();
    }
    Set<AttributePath> policyOnly = new LinkedHashSet<>();
    Set<String> policyPlaces = new LinkedHashSet<>();
    Set<AttributePath> configOnly = new LinkedHashSet<>();
    Set<String> configPlaces = new LinkedHashSet<>();
    boolean policyKeepsACopy = !ctx.policy().ignoreChanges().isEmpty();
    for (PathChange c : ignored) {
      IgnoreRule r = c.ignoredBy().orElseThrow();
      if (!r.fromConfiguration()) {
        policyOnly.add(c.path());
        policyPlaces.add(r.place());
      } else if (policyKeepsACopy && ctx.policy().policyIgnoresFor(e.type(), e.address()).ruleCovering(c.path()).isEmpty()) {
        configOnly.add(c.path());
        configPlaces.add(r.place());
      }
    }
    List<String> out = new ArrayList<>();
    if (!policyOnly.isEmpty()) {
      out.add("The policy's ignore_changes (" + String.join(", ", policyPlaces) + ") covers " + Texts.paths(policyOnly)
          + " but the configuration's lifecycle (" + lc.get().block().describe()
          + ") does not ignore " + Texts.verb(policyOnly.size(), "it", "them") + ": terraform apply would revert this drift.");
    }
    if (!configOnly.isEmpty()) {
      out.add("lifecycle.ignore_changes (" + String.join(", ", configPlaces) + ") ignores " + Texts.paths(configOnly)
          + " but the policy's ignore_changes does not list " + Texts.verb(configOnly.size(), "it", "them")
          + ": the policy's copy is out of date.");
    }
    return out;
  }
}
