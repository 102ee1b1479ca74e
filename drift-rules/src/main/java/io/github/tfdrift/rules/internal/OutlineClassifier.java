package io.github.tfdrift.rules.internal;

import io.github.tfdrift.core.address.ResourceMode;
import io.github.tfdrift.core.json.EntryReader;
import io.github.tfdrift.core.json.EntryRef;
import io.github.tfdrift.core.json.PlanOutline;
import io.github.tfdrift.core.json.PlanReader;
import io.github.tfdrift.core.json.StreamSummary;
import io.github.tfdrift.core.model.ChangeKind;
import io.github.tfdrift.core.model.DeferredChange;
import io.github.tfdrift.core.model.InstanceId;
import io.github.tfdrift.core.model.Plan;
import io.github.tfdrift.core.model.ResourceChange;
import io.github.tfdrift.core.read.PlanError;
import io.github.tfdrift.core.redact.Secrets;
import io.github.tfdrift.rules.ClassifiedEntry;
import io.github.tfdrift.rules.Decision;
import io.github.tfdrift.rules.Verdict;
import io.github.tfdrift.rules.EntrySink;
import io.github.tfdrift.rules.OutlinedReport;
import io.github.tfdrift.rules.Report;
import io.github.tfdrift.rules.RuleError;
import io.github.tfdrift.rules.SuggestedMove;
import io.github.tfdrift.rules.normalize.NormalizerRegistry;
import io.github.tfdrift.rules.policy.Expectation;
import io.github.tfdrift.rules.rename.RenameMatcher;
import io.github.tfdrift.rules.spi.ExistingObjects;
import io.github.tfdrift.rules.spi.PlanContext;
import io.vavr.control.Either;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Classifies a plan from its {@link PlanOutline}, one entry at a time, with the report a whole-plan
 * classification gives ({@link Classifier#classify}). Before the first entry: the suggested moves,
 * found type by type over the deletes and creates the outline lists (each group read again from the
 * file, one group at a time). Then the changes are streamed once more; on the threads that read them
 * again ({@link EntryPipeline}), each is joined with its drift (read again from the file by its
 * place), classified and made small ({@link EntrySlimmer}); this thread keeps them in document order.
 * Given an {@link EntrySink}, the reading threads hand each entry to it instead (a report writer's
 * spool renders it there), and this thread keeps only the counts, the worst decision and the entries'
 * rule errors. Deferred entries and drift without a planned change follow, as the whole-plan join
 * orders them. The rule errors are put in the whole-plan order at the end. Held at once: the outline,
 * the kept entries (none with a sink), one group of rename candidates, the few hundred entries being
 * read and classified.
 */
public final class OutlineClassifier {
  private final Classifier classifier;
  private final NormalizerRegistry normalizers;

  /** A classifier for outlines that shares a whole-plan classifier's rules, policy and normalisers. */
  public OutlineClassifier(Classifier classifier, NormalizerRegistry normalizers) {
    this.classifier = classifier;
    this.normalizers = normalizers;
  }

  /**
   * One classified entry with the errors its facts and its rules gave, in join order; {@code entry}
   * is null once handed to a sink (only its id is kept, to order its errors).
   */
  private record Decided(InstanceId id, ClassifiedEntry entry, List<RuleError> factErrors, List<RuleError> ruleErrors) {
    Decided(ClassifiedEntry entry, List<RuleError> factErrors, List<RuleError> ruleErrors) {
      this(entry.id(), entry, factErrors, ruleErrors);
    }

    boolean hasErrors() {
      return !factErrors.isEmpty() || !ruleErrors.isEmpty();
    }
  }

  /** A decided entry as it waits to be kept: whole when kept in the report, else its sink's preparation. */
  private static final class Prepared {
    final Decided decided;
    final Verdict verdict;
    final Decision decision;
    final Object made;

    Prepared(Decided decided, Verdict verdict, Decision decision, Object made) {
      this.decided = decided;
      this.verdict = verdict;
      this.decision = decision;
      this.made = made;
    }
  }

  /** Where a pass puts its entries: kept for the report, or handed to a sink with their totals. */
  private static final class Keeper {
    private final EntrySink<Object> sink;
    private final List<Decided> decided;
    private final int[] counts = new int[Verdict.values().length];
    private Decision worst = Decision.NO_CHANGES;

    @SuppressWarnings("unchecked")
    Keeper(EntrySink<?> sink, int expected) {
      this.sink = (EntrySink<Object>) sink;
      this.decided = new ArrayList<>(sink == null ? expected : 16);
    }

    /**
     * What the deciding thread makes of an entry: the entry made small, or the sink's preparation
     * with what the totals need. The entry itself is not held past this.
     */
    Prepared prepare(Decided d) {
      ClassifiedEntry e = d.entry();
      if (sink == null) {
        return new Prepared(new Decided(EntrySlimmer.slim(e), d.factErrors(), d.ruleErrors()), null, null, null);
      }
      return new Prepared(new Decided(e.id(), null, d.factErrors(), d.ruleErrors()), e.verdict(), e.decision(), sink.prepare(e));
    }

    /** Keeps a decided entry, given what {@link #prepare} made of it. */
    void keep(Prepared p) {
      if (sink == null) {
        decided.add(p.decided);
        return;
      }
      sink.keep(p.made);
      counts[p.verdict.ordinal()]++;
      if (p.decision.exitCode() > worst.exitCode()) {
        worst = p.decision;
      }
      if (p.decided.hasErrors()) {
        decided.add(p.decided);
      }
    }

    /** The report, with the entries kept or handed off, the rule errors in the whole-plan order. */
    Report report(List<RuleError> errors, java.util.function.Function<List<ClassifiedEntry>, Report> report) {
      decided.sort((x, y) -> x.id().compareTo(y.id()));
      List<ClassifiedEntry> entries = new ArrayList<>(sink == null ? decided.size() : 0);
      for (Decided d : decided) {
        errors.addAll(d.factErrors());
      }
      for (Decided d : decided) {
        errors.addAll(d.ruleErrors());
        if (d.entry() != null) {
          entries.add(d.entry());
        }
      }
      decided.clear();
      if (sink == null) {
        return report.apply(entries);
      }
      Map<Verdict, Integer> n = new EnumMap<>(Verdict.class);
      for (Verdict v : Verdict.values()) {
        n.put(v, counts[v.ordinal()]);
      }
      return report.apply(List.of()).withEntriesHandedOff(n, worst);
    }
  }

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
    return complete(outline, moves(outline.changes(), outline.drift(), outline::entries), source, today, existing, null)
        .map(OutlinedReport::report);
  }

  /**
   * Reads a plan file's outline and classifies it, finding the renames among its deletes and creates
   * on another thread while the rest of the file is read.
   *
   * @param reader the reader (its limits)
   * @param file the plan file
   * @param source where the plan was read from
   * @param today the evaluation date
   * @param existing the objects known to exist outside the state
   * @param sink where each entry goes as it is decided, or null to keep the entries in the report
   * @return the outline and its report, or why the file could not be read
   */
  public Either<PlanError, OutlinedReport> classify(
      PlanReader reader, Path file, Optional<String> source, LocalDate today, ExistingObjects existing, EntrySink<?> sink) {
    AtomicReference<CompletableFuture<Moves>> early = new AtomicReference<>();
    int[] driftSeen = {-1};
    Either<PlanError, PlanOutline> outline =
        reader.outlineWithoutChangeValues(
            file,
            (changes, drift, readers) -> {
              driftSeen[0] = drift.size();
              early.set(CompletableFuture.supplyAsync(() -> moves(changes, drift, readers), EntryPipeline::daemon));
            });
    if (outline.isLeft()) {
      return Either.left(outline.getLeft());
    }
    PlanOutline o = outline.get();
    CompletableFuture<Moves> f = early.get();
    Moves moves = null;
    if (f != null && o.drift().size() == driftSeen[0]) {
      try {
        moves = f.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (ExecutionException e) {
        // found again below, on this thread
      }
    }
    if (moves == null) {
      moves = moves(o.changes(), o.drift(), o::entries);
    }
    return complete(o, moves, source, today, existing, sink);
  }

  /**
   * Classifies an outline and completes its secrets. An outline read without its changes' values
   * has the secrets of every other part, which in a plan Terraform writes are all of them (a value's
   * secrets are in {@code planned_values} or {@code prior_state} too); the changes are classified
   * with those while their own secrets are collected, and in the rare plan where the changes held
   * more, classified once more with all of them, so that no reason shows a secret.
   */
  private Either<PlanError, OutlinedReport> complete(
      PlanOutline outline, Moves moves, Optional<String> source, LocalDate today, ExistingObjects existing, EntrySink<?> sink) {
    Secrets.Collector found = outline.changeSecretsPending() ? Secrets.collector() : null;
    Either<PlanError, Report> first = classify(outline, moves, found, source, today, existing, sink);
    if (first.isLeft() || found == null) {
      return first.map(r -> new OutlinedReport(outline, r));
    }
    if (!found.addsTo(outline.secrets())) {
      return Either.right(new OutlinedReport(outline.withChangeSecrets(Secrets.none()), first.get()));
    }
    PlanOutline whole = outline.withChangeSecrets(found.build());
    if (whole.secrets().equals(outline.secrets())) {
      return Either.right(new OutlinedReport(whole, first.get()));
    }
    return classify(whole, moves, null, source, today, existing, sink).map(r -> new OutlinedReport(whole, r));
  }

  /** The suggested moves of a plan, or why its entries could not be read again, and the rule's failures. */
  private record Moves(Either<PlanError, Map<InstanceId, SuggestedMove>> moves, List<RuleError> failures) {}

  private Either<PlanError, Report> classify(
      PlanOutline outline,
      Moves found,
      Secrets.Collector secrets,
      Optional<String> source,
      LocalDate today,
      ExistingObjects existing,
      EntrySink<?> sink) {
    List<RuleError> renameFailures = found.failures();
    Either<PlanError, Map<InstanceId, SuggestedMove>> moves = found.moves();
    if (moves.isLeft()) {
      return Either.left(moves.getLeft());
    }
    if (sink != null) {
      sink.start(outline);
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
      driftByKey.putIfAbsent(Classifier.key(d.address(), d.deposed()), d);
    }
    Map<String, EntryRef> driftOf = new HashMap<>(driftByKey); // read by the reading threads, never changed
    Set<String> triggers = Classifier.triggerAddresses(plan);
    Map<String, ResourceChange> current = new HashMap<>();
    Set<String> planned = new HashSet<>();
    Keeper keeper = new Keeper(sink, outline.changes().size() + plan.deferredChanges().size() + driftByKey.size());

    Either<PlanError, StreamSummary> streamed;
    try {
      streamed =
          EntryPipeline.stream(
              outline,
              secrets,
              (rc, entries) -> joined(rc, entries, ctx, active, facts, driftOf, triggers, keeper),
              j -> {
                if (j.current != null) {
                  current.putIfAbsent(j.current.address(), j.current);
                }
                if (!planned.add(j.key)) {
                  return; // a second entry for the same instance object: the whole-plan join keeps the first
                }
                driftByKey.remove(j.key);
                matched.addAll(j.matched);
                keeper.keep(j.prepared);
              });
    } catch (Unreadable u) {
      return Either.left(u.error);
    }
    if (streamed.isLeft()) {
      return Either.left(streamed.getLeft());
    }
    try (EntryReader entries = outline.entries()) {
      Set<String> deferredKeys = new HashSet<>();
      for (DeferredChange dc : plan.deferredChanges()) {
        ResourceChange rc = dc.resourceChange();
        String key = Classifier.key(rc);
        Optional<ResourceChange> drift = Optional.empty();
        if (!planned.contains(key) && deferredKeys.add(key)) {
          drift = read(entries, driftByKey.remove(key));
        }
        keep(keeper, decide(ctx, facts, rc.id(), Optional.of(rc), drift, Optional.of(dc)));
      }
      for (EntryRef d : driftByKey.values()) {
        ResourceChange rc = read(entries, d).get();
        keep(keeper, decide(ctx, facts, rc.id(), Optional.empty(), Optional.of(rc), Optional.empty()));
      }
    } catch (Unreadable u) {
      return Either.left(u.error);
    }
    List<RuleError> errors = new ArrayList<>(classifier.loadErrors());
    errors.addAll(renameFailures);
    return Either.right(
        keeper.report(
            errors,
            entries ->
                classifier.report(
                    plan, source, today, entries, errors, active, expired, matched, ctx, Classifier.actionFacts(plan, current, errors),
                    outline.producer(), outline.isApplyable())));
  }

  private static void keep(Keeper keeper, Decided d) {
    keeper.keep(keeper.prepare(d));
  }

  /**
   * One entry of {@code resource_changes} joined with its drift and decided, on a reading thread: its
   * key, the entry itself when an action may be triggered by it, and the expectations it matched (added
   * to the run's only if the entry is kept: a second entry for the same instance object is not).
   */
  private static final class Joined {
    final String key;
    final ResourceChange current;
    final Prepared prepared;
    final Set<Expectation> matched;

    Joined(String key, ResourceChange current, Prepared prepared, Set<Expectation> matched) {
      this.key = key;
      this.current = current;
      this.prepared = prepared;
      this.matched = matched;
    }
  }

  private Joined joined(
      ResourceChange rc,
      EntryReader entries,
      PlanContext ctx,
      List<Expectation> active,
      FactsBuilder shared,
      Map<String, EntryRef> driftOf,
      Set<String> triggers,
      Keeper keeper) {
    String key = Classifier.key(rc);
    ResourceChange cur = rc.deposed().isEmpty() && triggers.contains(rc.address()) ? rc : null;
    Set<Expectation> matched = Set.of();
    FactsBuilder facts = shared; // matches nothing when no expectation is active
    if (!active.isEmpty()) {
      matched = Collections.newSetFromMap(new IdentityHashMap<>(4));
      facts = new FactsBuilder(ctx, active, matched);
    }
    Decided d = decide(ctx, facts, rc.id(), Optional.of(rc), read(entries, driftOf.get(key)), Optional.empty());
    return new Joined(key, cur, keeper.prepare(d), matched);
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
    return new Decided(e, small(factErrors), small(ruleErrors));
  }

  private static List<RuleError> small(List<RuleError> l) {
    return l.isEmpty() ? List.of() : List.copyOf(l);
  }

  private static Optional<ResourceChange> read(EntryReader entries, EntryRef ref) {
    if (ref == null) {
      return Optional.empty();
    }
    Either<PlanError, ResourceChange> rc = entries.read(ref);
    if (rc.isLeft()) {
      throw new Unreadable(rc.getLeft());
    }
    return Optional.of(rc.get());
  }

  /**
   * The suggested moves of the whole plan: for each type and provider with both a planned delete and a
   * planned create, those entries read again and matched; one group held at a time.
   */
  private Moves moves(List<EntryRef> changes, List<EntryRef> drift, Supplier<EntryReader> readers) {
    List<RuleError> failures = new ArrayList<>(0);
    Map<String, List<EntryRef>> groups = new LinkedHashMap<>();
    Map<String, boolean[]> kinds = new HashMap<>();
    for (EntryRef r : changes) {
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
    for (EntryRef d : drift) {
      if (d.deposed().isEmpty() && d.kind() == ChangeKind.DELETE) {
        deletedOutside.add(d.address());
      }
    }
    Map<InstanceId, SuggestedMove> moves = new HashMap<>();
    try (EntryReader entries = readers.get()) {
      for (Map.Entry<String, List<EntryRef>> g : groups.entrySet()) {
        boolean[] k = kinds.get(g.getKey());
        if (!k[0] || !k[1]) {
          continue;
        }
        List<ResourceChange> group = new ArrayList<>(g.getValue().size());
        for (EntryRef r : g.getValue()) {
          Either<PlanError, ResourceChange> rc = entries.read(r);
          if (rc.isLeft()) {
            return new Moves(Either.left(rc.getLeft()), failures);
          }
          group.add(rc.get());
        }
        try {
          moves.putAll(RenameMatcher.match(group, deletedOutside, normalizers));
        } catch (RuntimeException | StackOverflowError e) {
          failures.add(new RuleError("rename", e.getClass().getName(), Optional.empty()));
          return new Moves(Either.right(Map.of()), failures); // as a whole-plan classification: no move is suggested
        }
      }
    }
    return new Moves(Either.right(moves), failures);
  }
}
