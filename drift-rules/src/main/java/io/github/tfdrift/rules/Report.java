package io.github.tfdrift.rules;

import io.github.tfdrift.rules.engine.DriftEngine;
import io.github.tfdrift.core.model.InstanceId;
import io.github.tfdrift.core.model.Producer;
import io.github.tfdrift.rules.policy.Expectation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The classification of one plan: one {@link ClassifiedEntry} per resource instance object (address
 * plus deposed key) mentioned in {@code resource_changes} or {@code resource_drift}, and one per
 * entry of {@code deferred_changes} (verdict {@link Verdict#DEFERRED}, or REPLACE/DELETE when it
 * deletes), in address order (then deposed key), whatever the order in the plan; the output changes; expired,
 * expiring and stale expectations; rule errors; the {@linkplain #actions() action invocations} (each an entry of kind {@code action}),
 * the {@linkplain #checks() checks} that did not pass, whether the plan is complete and applyable; and the decision with its exit code (see {@link Decision}).
 * Immutable.
 */
public final class Report {
  private final Optional<String> source;
  private final Producer producer;
  private final LocalDate evaluationDate;
  private final List<ClassifiedEntry> entries;
  private final List<OutputChange> outputChanges;
  private final List<Expectation> expired;
  private final List<Expectation> expiring;
  private final List<Expectation> stale;
  private final List<RuleError> ruleErrors;
  private final boolean errored;
  private final List<ClassifiedAction> actions;
  private final List<CheckResult> checks;
  private final boolean checksFailRun;
  private final boolean complete;
  private final boolean applyable;
  private final boolean listsChanges;
  private final Map<Verdict, Integer> counts;
  private final Decision decision;
  private final boolean entriesKept;

  /**
   * Assembles a report; the decision and counts are derived. Normally built by {@link DriftEngine}.
   *
   * @param source the plan's source name, if known
   * @param producer which tool wrote the plan
   * @param evaluationDate the date expectations were judged against
   * @param entries the classified entries, in address order
   * @param outputChanges the root output changes that are not no-ops
   * @param expired expectations that have expired
   * @param expiring active expectations that expire within the policy's {@code expiry_warning_days}
   * @param stale active expectations that matched nothing
   * @param ruleErrors rules that failed
   * @param errored true when the plan says planning failed
   */
  public Report(
      Optional<String> source,
      Producer producer,
      LocalDate evaluationDate,
      List<ClassifiedEntry> entries,
      List<OutputChange> outputChanges,
      List<Expectation> expired,
      List<Expectation> expiring,
      List<Expectation> stale,
      List<RuleError> ruleErrors,
      boolean errored) {
    this(source, producer, evaluationDate, entries, outputChanges, expired, expiring, stale, ruleErrors, errored, List.of(), List.of(), true, true,
        !errored);
  }

  /**
   * Assembles a report with the plan's action invocations, check results and completeness; the
   * decision and counts are derived. Normally built by {@link DriftEngine}.
   *
   * @param source the plan's source name, if known
   * @param producer which tool wrote the plan
   * @param evaluationDate the date expectations were judged against
   * @param entries the classified entries, in address order
   * @param outputChanges the root output changes that are not no-ops
   * @param expired expectations that have expired
   * @param expiring active expectations that expire within the policy's {@code expiry_warning_days}
   * @param stale active expectations that matched nothing
   * @param ruleErrors rules that failed
   * @param errored true when the plan says planning failed
   * @param actions the classified action invocations, planned ones first, each in plan order
   * @param checks the checks whose result is not {@code pass}, in plan order
   * @param checksFailRun true when a failed or errored check makes the decision at least {@link
   *     Decision#ACTIONABLE} (the policy's default); false for {@code checks: {fail_run: false}}
   * @param complete the plan's {@code complete} (or what follows from it, {@link
   *     io.github.tfdrift.core.model.Plan#isComplete()})
   * @param applyable the plan's {@code applyable} (or what follows from it, {@link
   *     io.github.tfdrift.core.model.Plan#isApplyable()})
   */
  public Report(
      Optional<String> source,
      Producer producer,
      LocalDate evaluationDate,
      List<ClassifiedEntry> entries,
      List<OutputChange> outputChanges,
      List<Expectation> expired,
      List<Expectation> expiring,
      List<Expectation> stale,
      List<RuleError> ruleErrors,
      boolean errored,
      List<ClassifiedAction> actions,
      List<CheckResult> checks,
      boolean checksFailRun,
      boolean complete,
      boolean applyable) {
    this.source = Objects.requireNonNull(source, "source");
    this.producer = Objects.requireNonNull(producer, "producer");
    this.evaluationDate = Objects.requireNonNull(evaluationDate, "evaluationDate");
    this.entries = List.copyOf(entries);
    this.outputChanges = List.copyOf(outputChanges);
    this.expired = List.copyOf(expired);
    this.expiring = List.copyOf(expiring);
    this.stale = List.copyOf(stale);
    this.ruleErrors = List.copyOf(ruleErrors);
    this.errored = errored;
    this.actions = List.copyOf(actions);
    this.checks = List.copyOf(checks);
    this.checksFailRun = checksFailRun;
    this.complete = complete;
    this.applyable = applyable;
    this.entriesKept = true;
    Totals t = totals(new int[Verdict.values().length], Decision.NO_CHANGES);
    this.counts = t.counts();
    this.listsChanges = t.listsChanges();
    this.decision = t.decision();
  }

  /** A copy of {@code from} whose entries were handed off: their counts and worst decision given. */
  private Report(Report from, int[] handedOffCounts, Decision handedOffDecision) {
    if (!from.entries.isEmpty()) {
      throw new IllegalArgumentException("a report whose entries were handed off keeps none");
    }
    this.source = from.source;
    this.producer = from.producer;
    this.evaluationDate = from.evaluationDate;
    this.entries = List.of();
    this.outputChanges = from.outputChanges;
    this.expired = from.expired;
    this.expiring = from.expiring;
    this.stale = from.stale;
    this.ruleErrors = from.ruleErrors;
    this.errored = from.errored;
    this.actions = from.actions;
    this.checks = from.checks;
    this.checksFailRun = from.checksFailRun;
    this.complete = from.complete;
    this.applyable = from.applyable;
    this.entriesKept = false;
    Totals t = totals(handedOffCounts, handedOffDecision);
    this.counts = t.counts();
    this.listsChanges = t.listsChanges();
    this.decision = t.decision();
  }

  /** The counts by verdict, whether anything is listed as changing, and the decision. */
  private record Totals(Map<Verdict, Integer> counts, boolean listsChanges, Decision decision) {}

  /**
   * The totals over the entries and actions, starting from {@code n} (counts by verdict ordinal,
   * changed in place) and the decision {@code d} of entries not kept.
   */
  private Totals totals(int[] n, Decision d) {
    for (ClassifiedEntry e : entries) {
      n[e.verdict().ordinal()]++;
      Decision ed = e.decision();
      if (ed.exitCode() > d.exitCode()) {
        d = ed;
      }
    }
    for (ClassifiedAction a : actions) {
      n[a.verdict().ordinal()]++;
      Decision ad = a.decision();
      if (ad.exitCode() > d.exitCode()) {
        d = ad;
      }
    }
    boolean lists = d != Decision.NO_CHANGES;
    if (checksFailRun && d == Decision.NO_CHANGES && !failedChecks().isEmpty()) {
      d = Decision.ACTIONABLE;
    }
    Map<Verdict, Integer> c = new EnumMap<>(Verdict.class);
    for (Verdict v : Verdict.values()) {
      c.put(v, n[v.ordinal()]);
    }
    return new Totals(Collections.unmodifiableMap(c), lists, errored || !ruleErrors.isEmpty() ? Decision.ERROR : d);
  }

  /**
   * A copy with other entries (sorted again by address, then deposed key); the counts and the decision
   * are derived again, everything else is kept.
   *
   * @param newEntries the entries
   * @return the new report
   */
  public Report withEntries(List<ClassifiedEntry> newEntries) {
    List<ClassifiedEntry> sorted = new ArrayList<>(newEntries);
    sorted.sort((a, b) -> a.id().compareTo(b.id()));
    return new Report(
        source, producer, evaluationDate, sorted, outputChanges, expired, expiring, stale, ruleErrors, errored, actions, checks, checksFailRun,
        complete, applyable);
  }

  /**
   * A copy for a classification that handed its entries to an {@link
   * io.github.tfdrift.rules.EntrySink} instead of keeping them: {@link #entries()} is empty and
   * {@link #entriesKept()} false, while the counts and the decision cover the entries handed off as if
   * they were kept. Only a writer that has the sink's copy of the entries can report such a report.
   *
   * @param entryCounts how many entries handed off have each verdict (a verdict missing counts 0)
   * @param entriesDecision the worst {@link ClassifiedEntry#decision()} of the entries handed off
   * @return the new report
   * @throws IllegalArgumentException when this report keeps entries
   */
  public Report withEntriesHandedOff(Map<Verdict, Integer> entryCounts, Decision entriesDecision) {
    int[] n = new int[Verdict.values().length];
    entryCounts.forEach((v, c) -> n[v.ordinal()] = c);
    return new Report(this, n, Objects.requireNonNull(entriesDecision, "entriesDecision"));
  }

  /**
   * False when the classification handed the entries to an {@link
   * io.github.tfdrift.rules.EntrySink} as it decided them ({@link #withEntriesHandedOff}):
   * {@link #entries()} is then empty, though the counts and the decision cover them.
   */
  public boolean entriesKept() {
    return entriesKept;
  }

  /** The plan's source name (a file name), if given. */
  public Optional<String> source() {
    return source;
  }

  /** Which tool wrote the plan. */
  public Producer producer() {
    return producer;
  }

  /** The date expectations were judged against. */
  public LocalDate evaluationDate() {
    return evaluationDate;
  }

  /** Every entry, in address order, then deposed key; empty when the entries were {@linkplain #entriesKept() handed off}. */
  public List<ClassifiedEntry> entries() {
    return entries;
  }

  /** The entries with the given verdict. */
  public List<ClassifiedEntry> entries(Verdict v) {
    List<ClassifiedEntry> l = new ArrayList<>();
    for (ClassifiedEntry e : entries) {
      if (e.verdict() == v) {
        l.add(e);
      }
    }
    return l;
  }

  /** The entry of the current object at an address. */
  public Optional<ClassifiedEntry> entry(String address) {
    return entry(InstanceId.of(address));
  }

  /** The entry of an instance object. */
  public Optional<ClassifiedEntry> entry(InstanceId id) {
    for (ClassifiedEntry e : entries) {
      if (e.id().equals(id)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /**
   * The action invocations ({@code action_invocations}, then {@code deferred_action_invocations}), each
   * an entry of its own with verdict INVOKE or DEFERRED: they make the decision at least {@link
   * Decision#ACTIONABLE}.
   */
  public List<ClassifiedAction> actions() {
    return actions;
  }

  /** The checks whose result is not {@code pass} (failed, errored, unknown), in plan order. */
  public List<CheckResult> checks() {
    return checks;
  }

  /** The checks that failed or errored. */
  public List<CheckResult> failedChecks() {
    List<CheckResult> l = new ArrayList<>();
    for (CheckResult c : checks) {
      if (c.isFailure()) {
        l.add(c);
      }
    }
    return l;
  }

  /**
   * True when a failed or errored check makes the decision at least {@link Decision#ACTIONABLE} (the
   * default); false when the policy says {@code checks: {fail_run: false}}.
   */
  public boolean checksFailRun() {
    return checksFailRun;
  }

  /**
   * False when the plan is incomplete ({@code complete: false}, or deferred changes): after applying
   * it, another plan and apply are needed ({@code -target}, deferral).
   */
  public boolean complete() {
    return complete;
  }

  /**
   * False when Terraform will not apply the plan ({@code applyable: false}): planning failed, or there
   * is nothing to apply.
   */
  public boolean applyable() {
    return applyable;
  }

  /**
   * What the report's reader must know about the plan as a whole, one sentence each: that it cannot
   * be applied although it lists changes, that it is incomplete, that checks failed. Empty for an
   * ordinary plan. Writers show these with the decision.
   *
   * @param command the tool's command ({@code terraform}, {@code tofu}) for the advice
   * @return the sentences
   */
  public List<String> planStatus(String command) {
    List<String> l = new ArrayList<>();
    if (!applyable && !errored && listsChanges) {
      l.add("The plan is not applyable (applyable: false): '" + command + " apply' of this plan file would do nothing; plan again.");
    }
    if (!complete) {
      l.add("The plan is incomplete (complete: false): after applying it, plan and apply again (targeted or deferred changes remain).");
    }
    List<CheckResult> failed = failedChecks();
    if (!failed.isEmpty()) {
      l.add(failed.size() + (failed.size() == 1 ? " check failed" : " checks failed")
          + (checksFailRun ? "; the run is at least actionable." : " (reported only: the policy says checks: {fail_run: false})."));
    }
    return l;
  }

  /** Root output changes that are not no-ops: reported, not drift. */
  public List<OutputChange> outputChanges() {
    return outputChanges;
  }

  /** The plan-level decision. */
  public Decision decision() {
    return decision;
  }

  /** The detailed exit code: 0, 1, 2 or 3. */
  public int exitCode() {
    return decision.exitCode();
  }

  /** The exit code in the given mode. */
  public int exitCode(ExitCodeMode mode) {
    return decision.exitCode(mode);
  }

  /** How many entries have each verdict (every verdict present, zero included, in rank order). */
  public Map<Verdict, Integer> countsByVerdict() {
    return counts;
  }

  /** Expectations whose expiry date has passed: they no longer apply. */
  public List<Expectation> expiredExpectations() {
    return expired;
  }

  /**
   * Active expectations that expire soon: their {@code expires} date is on or after the evaluation
   * date and at most the policy's {@code expiry_warning_days} after it ({@link
   * Expectation#isExpiringWithin}), in the order of the policy. Renew them or fix the drift before
   * they lapse, or the drift they cover is reported again. An expectation can be both expiring and
   * {@linkplain #staleExpectations() stale}. Empty when the policy's {@code expiry_warning_days} is 0.
   */
  public List<Expectation> expiringExpectations() {
    return expiring;
  }

  /** Active expectations that matched no drift in this plan. */
  public List<Expectation> staleExpectations() {
    return stale;
  }

  /** Rules that failed (rule id and exception class only). */
  public List<RuleError> ruleErrors() {
    return ruleErrors;
  }

  /** True when the plan errored: its changes are incomplete, but they are still listed. */
  public boolean errored() {
    return errored;
  }

  /**
   * The entries a rule {@linkplain ClassifiedEntry#isEscalated() escalated} to STOP without a
   * destructive verdict: they make the decision {@link Decision#DESTRUCTIVE} too.
   */
  public List<ClassifiedEntry> escalated() {
    return entriesWhere(ClassifiedEntry::isEscalated);
  }

  /** The entries a rule {@linkplain ClassifiedEntry#suppression() suppressed}. */
  public List<ClassifiedEntry> suppressed() {
    return entriesWhere(e -> e.suppression().isPresent());
  }

  /** The entries that are destructive (REPLACE, DELETE, RECREATE). */
  public List<ClassifiedEntry> destructive() {
    return entriesWhere(e -> e.verdict().isDestructive());
  }

  private List<ClassifiedEntry> entriesWhere(java.util.function.Predicate<ClassifiedEntry> test) {
    List<ClassifiedEntry> l = new ArrayList<>();
    for (ClassifiedEntry e : entries) {
      if (test.test(e)) {
        l.add(e);
      }
    }
    return l;
  }

  @Override
  public String toString() {
    Map<Verdict, Integer> nz = new EnumMap<>(Verdict.class);
    counts.forEach((k, v) -> {
      if (v > 0) {
        nz.put(k, v);
      }
    });
    return "Report{" + source.orElse("<plan>") + ": " + decision + " (exit " + exitCode() + "), " + nz
        + (ruleErrors.isEmpty() ? "" : ", ruleErrors=" + ruleErrors.size())
        + (checks.isEmpty() ? "" : ", checks=" + checks.size())
        + (complete ? "" : ", incomplete")
        + (entriesKept ? "" : ", entries handed off")
        + "}";
  }
}
