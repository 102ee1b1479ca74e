package io.github.tfdrift.rules.internal;

import io.github.tfdrift.core.address.AttributePath;
import io.github.tfdrift.core.diff.AttributeDiff;
import io.github.tfdrift.core.diff.AttributeDifference;
import io.github.tfdrift.core.model.Change;
import io.github.tfdrift.core.model.ChangeKind;
import io.github.tfdrift.core.model.DeferredChange;
import io.github.tfdrift.core.model.InstanceId;
import io.github.tfdrift.core.model.ResourceChange;
import io.github.tfdrift.core.value.JsonValue;
import io.github.tfdrift.rules.normalize.Normalizer;
import io.github.tfdrift.rules.normalize.NormalizerRegistry;
import io.github.tfdrift.rules.policy.Expectation;
import io.github.tfdrift.rules.policy.IgnoreRule;
import io.github.tfdrift.rules.policy.InstanceIgnores;
import io.github.tfdrift.rules.spi.EntryFacts;
import io.github.tfdrift.rules.spi.PathCategory;
import io.github.tfdrift.rules.spi.PathChange;
import io.github.tfdrift.rules.spi.PlanContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Joins and diffs one entry's evidence into {@link EntryFacts}, categorising every changed path. */
final class FactsBuilder {
  private final PlanContext ctx;
  private final List<Expectation> activeExpectations;
  private final Set<Expectation> matched;

  FactsBuilder(PlanContext ctx, List<Expectation> activeExpectations, Set<Expectation> matched) {
    this.ctx = ctx;
    this.activeExpectations = activeExpectations;
    this.matched = matched;
  }

  EntryFacts build(
      InstanceId id, Optional<ResourceChange> planned, Optional<ResourceChange> drift, Optional<DeferredChange> deferred) {
    ResourceChange any = planned.orElseGet(drift::get);
    String type = any.type();
    String address = id.address();
    InstanceIgnores ignores = ctx.policy().ignoresFor(type, address);
    List<Expectation> expectations = List.of();
    if (drift.isPresent() && !activeExpectations.isEmpty()) {
      expectations = new ArrayList<>(1);
      for (Expectation e : activeExpectations) {
        if (e.appliesTo(type, address)) {
          expectations.add(e);
        }
      }
    }
    NormalizerRegistry normalizers = ctx.normalizers();
    List<PathChange> driftChanges = List.of();
    if (drift.isPresent() && drift.get().kind() != ChangeKind.DELETE) {
      driftChanges = categorise(changedLeaves(drift.get().change()), type, ignores, expectations, normalizers);
    }
    List<PathChange> plannedChanges = List.of();
    if (planned.isPresent()) {
      plannedChanges = categorise(changedLeaves(planned.get().change()), type, ignores, expectations, normalizers);
    }
    return new EntryFacts(
        id,
        type,
        any.mode(),
        planned.flatMap(ResourceChange::previousAddress).or(() -> drift.flatMap(ResourceChange::previousAddress)),
        planned,
        drift,
        ctx.relevantAttributes(address),
        driftChanges,
        plannedChanges,
        deferred);
  }

  /**
   * The changed leaves of a change, as Terraform shows them ({@link AttributeDiff#asShown}): none for
   * no-ops (nothing to do, by definition), creates, deletes, forgets and reads, whose actions say it
   * all; none unless {@code before} is an object and {@code after} an object or wholly unknown.
   */
  static List<AttributeDifference> changedLeaves(Change c) {
    ChangeKind k = c.kind();
    if (k == ChangeKind.NO_OP
        || k == ChangeKind.CREATE
        || k == ChangeKind.DELETE
        || k == ChangeKind.FORGET
        || k == ChangeKind.READ) {
      return List.of();
    }
    if (!(c.before() instanceof JsonValue.Obj) || !(c.after() instanceof JsonValue.Obj || c.after().isAbsent())) {
      return List.of();
    }
    return AttributeDiff.asShown(c).differences();
  }

  private List<PathChange> categorise(
      List<AttributeDifference> leaves,
      String type,
      InstanceIgnores ignores,
      List<Expectation> expectations,
      NormalizerRegistry normalizers) {
    if (leaves.isEmpty()) {
      return List.of();
    }
    List<PathChange> out = new ArrayList<>(leaves.size());
    for (AttributeDifference l : leaves) {
      AttributePath p = l.path();
      Optional<IgnoreRule> ignoredBy = ignores.isEmpty() ? Optional.empty() : ignores.ruleCovering(p);
      if (ignoredBy.isPresent()) {
        out.add(new PathChange(p, l.before(), l.after(), l.sensitive(), l.unknownAfter(), PathCategory.IGNORED, ignoredBy, Optional.empty(), Optional.empty()));
        continue;
      }
      Optional<Expectation> expectedBy = Optional.empty();
      for (Expectation e : expectations) {
        if (e.covers(p)) {
          expectedBy = Optional.of(e);
          synchronized (matched) {
            matched.add(e);
          }
          break;
        }
      }
      if (expectedBy.isPresent()) {
        out.add(new PathChange(p, l.before(), l.after(), l.sensitive(), l.unknownAfter(), PathCategory.EXPECTED, Optional.empty(), expectedBy, Optional.empty()));
        continue;
      }
      Optional<Normalizer> n = Optional.empty();
      if (!l.unknownAfter() && !l.before().isNullOrAbsent() && !l.after().isNullOrAbsent()) {
        n = normalizers.equalUnder(type, p, l.before(), l.after());
      }
      out.add(
          new PathChange(
              p,
              l.before(),
              l.after(),
              l.sensitive(),
              l.unknownAfter(),
              n.isPresent() ? PathCategory.COSMETIC : PathCategory.REAL,
              Optional.empty(),
              Optional.empty(),
              n));
    }
    return out;
  }
}
