package io.github.tfdrift.rules.internal;

import io.github.tfdrift.core.address.ResourceMode;
import io.github.tfdrift.core.json.EntryRef;
import io.github.tfdrift.core.json.PlanOutline;
import io.github.tfdrift.core.json.StreamSummary;
import io.github.tfdrift.core.model.ChangeKind;
import io.github.tfdrift.core.model.DeferredChange;
import io.github.tfdrift.core.model.InstanceId;
import io.github.tfdrift.core.model.Plan;
import io.github.tfdrift.core.model.ResourceChange;
import io.github.tfdrift.core.read.PlanError;
import io.github.tfdrift.rules.ClassifiedEntry;
import io.github.tfdrift.rules.Report;
import io.github.tfdrift.rules.RuleError;
import io.github.tfdrift.rules.SuggestedMove;
import io.github.tfdrift.rules.normalize.NormalizerRegistry;
import io.github.tfdrift.rules.policy.Expectation;
import io.github.tfdrift.rules.rename.RenameMatcher;
import io.github.tfdrift.rules.spi.ExistingObjects;
import io.github.tfdrift.rules.spi.PlanContext;
import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Classifies a plan from its {@link PlanOutline}, one entry at a time, with the report a whole-plan
 * classification gives ({@link Classifier#classify}). Before the first entry: the suggested moves,
 * found type by type over the deletes and creates the outline lists (each group read again from the
 * file, one group at a time). Then the changes are streamed once more; each is joined with its drift
 * (read again from the file by its place), classified, made small ({@link EntrySlimmer}) and kept.
 * Deferred entries and drift without a planned change follow, as the whole-plan join orders them. The
 * rule errors are put in the whole-plan order at the end. Held at once: the outline, the kept entries,
 * one group of rename candidates, one entry being classified.
 */
public final class OutlineClassifier {
  private final Classifier classifier;
  private final NormalizerRegistry normalizers;

  /** A classifier for outlines that shares a whole-plan classifier's rules, policy and normalisers. */
  public OutlineClassifier(Classifier classifier, NormalizerRegistry normalizers) {
    this.classifier = classifier;
    this.normalizers = normalizers;
  }

  /** One classified entry with the errors its facts and its rules gave, in join order. */
  private record Decided(ClassifiedEntry entry, List<RuleError> factErrors, List<RuleError> ruleErrors) {}

  /** Thrown out of the stream's consumer to stop at an entry that cannot be read again. */
  private static final class Unreadable extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient PlanError error;

    Unreadable(PlanError error) {
      super(null, null, false, false);
      this.error = error;
    }
  }

  /**
   * Classifies the plan of an outline.
   *
   * @param outline the plan's outline
   * @param source where the plan was read from
   * @param today the evaluation date
   * @param existing the objects known to exist outside the state
   * @return the report, or why the file could not be read again
   */
  public Either<PlanError, Report> classify(PlanOutline outline, Optional<String> source, LocalDate today, ExistingObjects existing) {
    List<RuleError> renameFailures = new ArrayList<>(0);
    Either<PlanError, Map<InstanceId, SuggestedMove>> moves = moves(outline, renameFailures);
    if (moves.isLeft()) {
      return Either.left(moves.getLeft());
    }
    Plan plan = outline.plan();
    PlanContext ctx = PlanContext.of(outline, classifier.policy(), today, normalizers, existing, moves.get());
    List<Expectation> active = new ArrayList<>();
    List<Expectation> expired = new ArrayList<>();
    for (Expectation e : classifier.policy().expected()) {
      (e.isExpired(today) ? expired : active).add(e);
    }
    Set<Expectation> matched = Collections.newSetFromMap(new IdentityHashMap<>());
    FactsBuilder facts = new FactsBuilder(ctx, active, matched);

    Map<String, EntryRef> driftByKey = new LinkedHashMap<>();
    for (EntryRef d : outline.drift()) {
      driftByKey.putIfAbsent(key(d.address(), d.deposed()), d);
    }
    Set<String> triggers = Classifier.triggerAddresses(plan);
    Map<String, ResourceChange> current = new HashMap<>();
    Set<String> planned = new HashSet<>();
    List<Decided> decided = new ArrayList<>(outline.changes().size() + plan.deferredChanges().size() + driftByKey.size());

    Either<PlanError, StreamSummary> streamed;
    try {
      streamed =
          EntryPipeline.stream(
              outline,
              rc -> {
                if (rc.deposed().isEmpty() && triggers.contains(rc.address())) {
                  current.putIfAbsent(rc.address(), rc);
                }
                String key = Classifier.key(rc);
                if (!planned.add(key)) {
                  return; // a second entry for the same instance object: the whole-plan join keeps the first
                }
                EntryRef d = driftByKey.remove(key);
                decided.add(decide(ctx, facts, rc.id(), Optional.of(rc), read(outline, d), Optional.empty()));
              });
    } catch (Unreadable u) {
      return Either.left(u.error);
    }
    if (streamed.isLeft()) {
      return Either.left(streamed.getLeft());
    }
    try {
      Set<String> deferredKeys = new HashSet<>();
      for (DeferredChange dc : plan.deferredChanges()) {
        ResourceChange rc = dc.resourceChange();
        String key = Classifier.key(rc);
        Optional<ResourceChange> drift = Optional.empty();
        if (!planned.contains(key) && deferredKeys.add(key)) {
          drift = read(outline, driftByKey.remove(key));
        }
        decided.add(decide(ctx, facts, rc.id(), Optional.of(rc), drift, Optional.of(dc)));
      }
      for (EntryRef d : driftByKey.values()) {
        ResourceChange rc = read(outline, d).get();
        decided.add(decide(ctx, facts, rc.id(), Optional.empty(), Optional.of(rc), Optional.empty()));
      }
    } catch (Unreadable u) {
      return Either.left(u.error);
    }
    decided.sort((x, y) -> x.entry().id().compareTo(y.entry().id()));

    List<RuleError> errors = new ArrayList<>(classifier.loadErrors());
    errors.addAll(renameFailures);
    List<ClassifiedEntry> entries = new ArrayList<>(decided.size());
    for (Decided d : decided) {
      errors.addAll(d.factErrors());
    }
    for (Decided d : decided) {
      errors.addAll(d.ruleErrors());
      entries.add(d.entry());
    }
    decided.clear();
    return Either.right(
        classifier.report(
            plan, source, today, entries, errors, active, expired, matched, ctx, Classifier.actionFacts(plan, current, errors),
            outline.producer(), outline.isApplyable()));
  }

  private Decided decide(
      PlanContext ctx,
      FactsBuilder facts,
      InstanceId id,
      Optional<ResourceChange> planned,
      Optional<ResourceChange> drift,
      Optional<DeferredChange> deferred) {
    List<RuleError> factErrors = new ArrayList<>(0);
    List<RuleError> ruleErrors = new ArrayList<>(0);
    ClassifiedEntry e =
        classifier.classifyOne(ctx, Classifier.facts(facts, id, new Classifier.Parts(planned, drift, deferred), factErrors), ruleErrors);
    return new Decided(EntrySlimmer.slim(e), small(factErrors), small(ruleErrors));
  }

  private static List<RuleError> small(List<RuleError> l) {
    return l.isEmpty() ? List.of() : List.copyOf(l);
  }

  private static Optional<ResourceChange> read(PlanOutline outline, EntryRef ref) {
    if (ref == null) {
      return Optional.empty();
    }
    Either<PlanError, ResourceChange> rc = outline.read(ref);
    if (rc.isLeft()) {
      throw new Unreadable(rc.getLeft());
    }
    return Optional.of(rc.get());
  }

  /**
   * The suggested moves of the whole plan: for each type and provider with both a planned delete and a
   * planned create, those entries read again and matched; one group held at a time.
   */
  private Either<PlanError, Map<InstanceId, SuggestedMove>> moves(PlanOutline outline, List<RuleError> failures) {
    Map<String, List<EntryRef>> groups = new LinkedHashMap<>();
    Map<String, boolean[]> kinds = new HashMap<>();
    for (EntryRef r : outline.changes()) {
      if (!ResourceMode.MANAGED.equals(r.mode()) || r.deposed().isPresent()) {
        continue;
      }
      boolean delete = r.kind() == ChangeKind.DELETE;
      boolean create = r.kind() == ChangeKind.CREATE && !r.importing() && !r.moved();
      if (!delete && !create) {
        continue;
      }
      String g = r.type() + '\u0000' + r.providerName().orElse("");
      groups.computeIfAbsent(g, k -> new ArrayList<>()).add(r);
      kinds.computeIfAbsent(g, k -> new boolean[2])[delete ? 0 : 1] = true;
    }
    Set<String> deletedOutside = new HashSet<>();
    for (EntryRef d : outline.drift()) {
      if (d.deposed().isEmpty() && d.kind() == ChangeKind.DELETE) {
        deletedOutside.add(d.address());
      }
    }
    Map<InstanceId, SuggestedMove> moves = new HashMap<>();
    for (Map.Entry<String, List<EntryRef>> g : groups.entrySet()) {
      boolean[] k = kinds.get(g.getKey());
      if (!k[0] || !k[1]) {
        continue;
      }
      List<ResourceChange> changes = new ArrayList<>(g.getValue().size());
      for (EntryRef r : g.getValue()) {
        Either<PlanError, ResourceChange> rc = outline.read(r);
        if (rc.isLeft()) {
          return Either.left(rc.getLeft());
        }
        changes.add(rc.get());
      }
      try {
        moves.putAll(RenameMatcher.match(changes, deletedOutside, normalizers));
      } catch (RuntimeException | StackOverflowError e) {
        failures.add(new RuleError("rename", e.getClass().getName(), Optional.empty()));
        return Either.right(Map.of()); // as a whole-plan classification: no move is suggested
      }
    }
    return Either.right(moves);
  }

  private static String key(String address, Optional<String> deposed) {
    return deposed.isEmpty() ? address : address + '\u0000' + deposed.get();
  }
}
