package io.github.tfdrift.testkit;

import io.github.tfdrift.core.model.InstanceId;
import io.github.tfdrift.core.model.Plan;
import io.github.tfdrift.rules.ClassifiedEntry;
import io.github.tfdrift.rules.Decision;
import io.github.tfdrift.rules.Finding;
import io.github.tfdrift.rules.Report;
import io.github.tfdrift.rules.RuleError;
import io.github.tfdrift.rules.Verdict;
import io.github.tfdrift.rules.policy.Expectation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a classification {@link Report}: its exit code and decision, its entries (navigate
 * to one with {@link #entry(String)}), stale expectations, rule errors, and the comparison with a
 * fixture's {@code expected.json}, which lists every difference at once. Failure messages use the
 * report's words (verdicts, procedures, rule ids, reasons) and never show a sensitive value. Not
 * final, with a public one-argument constructor, so soft assertions ({@link DriftSoftAssertions})
 * can proxy it.
 *
 * <pre>{@code
 * Report report = engine.classify(PlanFixtures.load("s5-golden-image-rotation"));
 * assertThat(report).hasExitCode(0).hasNoRuleErrors()
 *     .entry("module.jellyfin.proxmox_virtual_environment_vm.vm").hasVerdict(IGNORED).hasProcedure(NO_ACTION);
 * }</pre>
 */
public class ReportAssert extends AbstractAssert<ReportAssert, Report> {
  private static final int LISTED = 10;

  /** Assertions on {@code actual}. */
  public ReportAssert(Report actual) {
    super(actual, ReportAssert.class);
  }

  private String which() {
    return actual.source().map(s -> "the report of " + s).orElse("the report");
  }

  private static String addresses(List<ClassifiedEntry> entries) {
    if (entries.isEmpty()) {
      return "none";
    }
    String listed = entries.stream().limit(LISTED).map(e -> e.id() + " " + e.verdict()).collect(Collectors.joining(", ", "[", ""));
    return listed + (entries.size() > LISTED ? ", and " + (entries.size() - LISTED) + " more]" : "]");
  }

  private static String lines(List<String> l) {
    String nl = System.lineSeparator();
    return "  - " + String.join(nl + "  - ", l);
  }

  private Optional<ClassifiedEntry> find(InstanceId id) {
    return actual.entry(id);
  }

  /** The report has an entry for the current object at {@code address}. */
  public ReportAssert hasEntry(String address) {
    return hasEntry(InstanceId.of(address));
  }

  /** The report has an entry for the instance object {@code id}. */
  public ReportAssert hasEntry(InstanceId id) {
    isNotNull();
    if (find(id).isEmpty()) {
      failWithMessage("Expecting %s to classify %s, but it has no entry for it; it classifies %s", which(), id, addresses(actual.entries()));
    }
    return myself;
  }

  /** The report has no entry for {@code address}. */
  public ReportAssert hasNoEntry(String address) {
    isNotNull();
    Optional<ClassifiedEntry> e = find(InstanceId.of(address));
    if (e.isPresent()) {
      failWithMessage("Expecting %s to have no entry for %s, but it classifies it %s", which(), address, ClassifiedEntryAssert.decision(e.get()));
    }
    return myself;
  }

  /**
   * Assertions on the entry of the current object at {@code address}; fails when there is none. The
   * returned assertions are ordinary, hard ones, also under {@link DriftSoftAssertions}: there, use
   * {@link #hasEntrySatisfying(String, Consumer)}.
   */
  public ClassifiedEntryAssert entry(String address) {
    return entry(InstanceId.of(address));
  }

  /** Assertions on the entry of the instance object {@code id} (a deposed object included); fails when there is none. */
  public ClassifiedEntryAssert entry(InstanceId id) {
    hasEntry(id);
    return new ClassifiedEntryAssert(find(id).get());
  }

  /**
   * The report has an entry for {@code address} that passes {@code requirements}; works the same
   * under soft assertions, where the first failing requirement is collected.
   *
   * <pre>{@code
   * softly.assertThat(report).hasEntrySatisfying(VM, e -> e.hasVerdict(IGNORED).hasProcedure(NO_ACTION));
   * }</pre>
   */
  public ReportAssert hasEntrySatisfying(String address, Consumer<ClassifiedEntryAssert> requirements) {
    Objects.requireNonNull(requirements, "requirements");
    hasEntry(address);
    requirements.accept(new ClassifiedEntryAssert(find(InstanceId.of(address)).get()));
    return myself;
  }

  /** The report has exactly {@code count} entries. */
  public ReportAssert hasEntryCount(int count) {
    isNotNull();
    if (actual.entries().size() != count) {
      failWithMessage("Expecting %s to classify %d entries, but it classifies %d: %s", which(), count, actual.entries().size(), addresses(actual.entries()));
    }
    return myself;
  }

  /** The detailed exit code (0 nothing actionable, 1 error, 2 actionable, 3 destructive) is {@code code}. */
  public ReportAssert hasExitCode(int code) {
    isNotNull();
    if (actual.exitCode() != code) {
      failWithMessage("Expecting %s to exit with %d, but it exits with %d (%s): %s%s", which(), code, actual.exitCode(), actual.decision(),
          decisive(), errors());
    }
    return myself;
  }

  /** The plan-level decision is {@code decision}. */
  public ReportAssert hasDecision(Decision decision) {
    isNotNull();
    if (actual.decision() != decision) {
      failWithMessage("Expecting %s to decide %s (exit %d), but it decides %s (exit %d): %s%s", which(), decision, decision.exitCode(),
          actual.decision(), actual.exitCode(), decisive(), errors());
    }
    return myself;
  }

  /** The entries that make the decision: the ones with the highest decision, or all when quiet. */
  private String decisive() {
    Decision top = Decision.NO_CHANGES;
    for (ClassifiedEntry e : actual.entries()) {
      if (e.decision().exitCode() > top.exitCode()) {
        top = e.decision();
      }
    }
    Decision t = top;
    List<ClassifiedEntry> l = actual.entries().stream().filter(e -> e.decision() == t).toList();
    return "entries " + addresses(l);
  }

  private String errors() {
    List<String> l = new ArrayList<>();
    if (actual.errored()) {
      l.add("the plan errored");
    }
    actual.ruleErrors().forEach(e -> l.add(e.describe()));
    return l.isEmpty() ? "" : "; " + String.join("; ", l);
  }

  /** No entry has any of {@code verdicts}. */
  public ReportAssert hasNoEntryWithVerdict(Verdict... verdicts) {
    isNotNull();
    Set<Verdict> set = verdicts.length == 0 ? EnumSet.noneOf(Verdict.class) : EnumSet.copyOf(Arrays.asList(verdicts));
    List<ClassifiedEntry> found = actual.entries().stream().filter(e -> set.contains(e.verdict())).toList();
    if (!found.isEmpty()) {
      failWithMessage("Expecting no entry of %s to be %s, but:%n%s", which(), set,
          lines(found.stream().map(e -> e.id() + " is " + ClassifiedEntryAssert.decision(e)).toList()));
    }
    return myself;
  }

  /** Every entry has one of {@code verdicts}. */
  public ReportAssert hasOnlyVerdicts(Verdict... verdicts) {
    isNotNull();
    Set<Verdict> set = verdicts.length == 0 ? EnumSet.noneOf(Verdict.class) : EnumSet.copyOf(Arrays.asList(verdicts));
    List<ClassifiedEntry> other = actual.entries().stream().filter(e -> !set.contains(e.verdict())).toList();
    if (!other.isEmpty()) {
      failWithMessage("Expecting every entry of %s to be one of %s, but:%n%s", which(), set,
          lines(other.stream().map(e -> e.id() + " is " + ClassifiedEntryAssert.decision(e)).toList()));
    }
    return myself;
  }

  /** No entry is REPLACE, DELETE or RECREATE. */
  public ReportAssert hasNoDestructiveEntries() {
    return hasNoEntryWithVerdict(Verdict.REPLACE, Verdict.DELETE, Verdict.RECREATE);
  }

  /** Some active {@code expected} entry of the policy matched no drift in the plan. */
  public ReportAssert hasStaleExpectations() {
    isNotNull();
    if (actual.staleExpectations().isEmpty()) {
      failWithMessage("Expecting %s to have stale expectations (active expected entries that matched no drift), but every active expected entry matched drift", which());
    }
    return myself;
  }

  /** Every active {@code expected} entry of the policy matched drift in the plan. */
  public ReportAssert hasNoStaleExpectations() {
    isNotNull();
    if (!actual.staleExpectations().isEmpty()) {
      failWithMessage("Expecting every active expected entry to match drift in %s, but these matched none:%n%s", which(),
          lines(actual.staleExpectations().stream().map(Expectation::describe).toList()));
    }
    return myself;
  }

  /** Some {@code expected} entry of the policy had expired on the evaluation date. */
  public ReportAssert hasExpiredExpectations() {
    isNotNull();
    if (actual.expiredExpectations().isEmpty()) {
      failWithMessage("Expecting %s to have expired expectations on %s, but none had expired", which(), actual.evaluationDate());
    }
    return myself;
  }

  /**
   * Some active {@code expected} entry of the policy expires within the policy's {@code
   * expiry_warning_days} of the evaluation date ({@link Report#expiringExpectations()}).
   */
  public ReportAssert hasExpiringExpectations() {
    isNotNull();
    if (actual.expiringExpectations().isEmpty()) {
      failWithMessage("Expecting %s to have expectations expiring soon after %s, but none expires within the warning days", which(), actual.evaluationDate());
    }
    return myself;
  }

  /** No rule failed (and no rule provider failed to load). */
  public ReportAssert hasNoRuleErrors() {
    isNotNull();
    if (!actual.ruleErrors().isEmpty()) {
      failWithMessage("Expecting no rule to fail in %s, but:%n%s", which(), lines(actual.ruleErrors().stream().map(RuleError::describe).toList()));
    }
    return myself;
  }

  /** The rule with id {@code ruleId} failed on some entry. */
  public ReportAssert hasRuleErrorFrom(String ruleId) {
    isNotNull();
    if (actual.ruleErrors().stream().noneMatch(e -> e.ruleId().equals(ruleId))) {
      failWithMessage("Expecting rule '%s' to fail in %s, but %s", ruleId, which(),
          actual.ruleErrors().isEmpty() ? "no rule failed" : "only these failed:" + System.lineSeparator() + lines(actual.ruleErrors().stream().map(RuleError::describe).toList()));
    }
    return myself;
  }

  /**
   * The report agrees with {@code expected} in everything {@link ExpectedOutcome#differencesFrom}
   * compares: exit code, and per address verdict, procedure and paths, with no entry missing or
   * extra. Every difference is listed in the failure message.
   */
  public ReportAssert matches(ExpectedOutcome expected) {
    isNotNull();
    Objects.requireNonNull(expected, "expected");
    List<String> d = expected.differencesFrom(actual);
    if (!d.isEmpty()) {
      failWithMessage("Expecting %s to match the expected outcome, but %s:%n%s", which(), count(d), lines(d));
    }
    return myself;
  }

  /** The report agrees with the {@code expected.json} of {@code fixture}; see {@link #matches(ExpectedOutcome)}. */
  public ReportAssert satisfiesFixture(Fixture fixture) {
    isNotNull();
    Objects.requireNonNull(fixture, "fixture");
    List<String> d = fixture.expected().differencesFrom(actual);
    if (!d.isEmpty()) {
      failWithMessage("Expecting %s to match fixture %s (expected.json), but %s:%n%s", which(), fixture.name(), count(d), lines(d));
    }
    return myself;
  }

  private static String count(List<String> d) {
    return d.size() == 1 ? "1 thing differs" : d.size() + " things differ";
  }

  /**
   * No text of the report shows a sensitive value of {@code plan} (see {@link SensitiveValues}): not
   * the report's {@code toString}, nor any entry's {@code toString}, reason, paths or warnings, nor
   * any finding's reason, paths or warnings. The failure says where the value shows and where it
   * comes from, never the value.
   */
  public ReportAssert revealsNoSensitiveValueOf(Plan plan) {
    isNotNull();
    SensitiveValues secrets = SensitiveValues.of(plan);
    List<String> leaks = new ArrayList<>();
    check(secrets, "the report's toString", actual.toString(), leaks);
    for (ClassifiedEntry e : actual.entries()) {
      String id = e.id().toString();
      check(secrets, "the toString of " + id, e.toString(), leaks);
      check(secrets, "the reason of " + id, e.reason(), leaks);
      e.renderedPaths().forEach(p -> check(secrets, "a path of " + id, p, leaks));
      e.warnings().forEach(w -> check(secrets, "a warning of " + id, w, leaks));
      for (Finding f : e.findings()) {
        String by = "the finding of " + f.ruleId() + " on " + id;
        check(secrets, "the reason of " + by, f.reason(), leaks);
        f.paths().forEach(p -> check(secrets, "a path of " + by, p.render(), leaks));
        f.warnings().forEach(w -> check(secrets, "a warning of " + by, w, leaks));
      }
    }
    if (!leaks.isEmpty()) {
      failWithMessage("Expecting %s to show no sensitive value, but (values not shown):%n%s", which(), lines(leaks));
    }
    return myself;
  }

  private static void check(SensitiveValues secrets, String where, String text, List<String> leaks) {
    secrets.revealedIn(text).ifPresent(origin -> leaks.add(where + " shows " + origin));
  }
}
