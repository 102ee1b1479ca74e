package io.github.tfdrift.testkit;

import io.github.tfdrift.core.address.AttributePath;
import io.github.tfdrift.rules.ClassifiedEntry;
import io.github.tfdrift.rules.Finding;
import io.github.tfdrift.rules.Procedure;
import io.github.tfdrift.rules.Risk;
import io.github.tfdrift.rules.Verdict;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on one {@link ClassifiedEntry} of a report: its verdict, procedure, risk, paths, the
 * rule that decided it, its reason and warnings. Failure messages say what the engine decided and
 * why, in the report's words ({@code UPDATE / APPLY by real-drift: memory[0].dedicated changed
 * outside Terraform ...}); they show reasons and warnings, which never contain sensitive values,
 * never attribute values. Not final, with a public one-argument constructor, so soft assertions can
 * proxy it.
 *
 * <pre>{@code
 * assertThat(report).entry("module.jellyfin.proxmox_virtual_environment_vm.vm")
 *     .hasVerdict(Verdict.IGNORED)
 *     .hasProcedure(Procedure.NO_ACTION)
 *     .hasPaths("clone[0].vm_id")
 *     .isDecidedBy("ignore-changes");
 * }</pre>
 */
public class ClassifiedEntryAssert extends AbstractAssert<ClassifiedEntryAssert, ClassifiedEntry> {

  /** Assertions on {@code actual}. */
  public ClassifiedEntryAssert(ClassifiedEntry actual) {
    super(actual, ClassifiedEntryAssert.class);
  }

  /** One line: {@code UPDATE / APPLY, risk MEDIUM, by real-drift: <reason>}. */
  static String decision(ClassifiedEntry e) {
    return e.verdict() + " / " + e.procedure() + ", risk " + e.risk() + ", by " + e.ruleId() + ": " + e.reason();
  }

  private String who() {
    return actual.id().toString();
  }

  private static String paths(List<String> paths) {
    return paths.isEmpty() ? "none" : paths.stream().collect(Collectors.joining(", ", "[", "]"));
  }

  private static List<String> normalised(String... paths) {
    List<String> l = new ArrayList<>();
    for (String p : paths) {
      l.add(
          AttributePath.parse(p)
              .getOrElseThrow(m -> new IllegalArgumentException("bad attribute path '" + p + "': " + m))
              .render());
    }
    return l;
  }

  private String findings() {
    return actual.findings().stream()
        .map(f -> f.ruleId() + " " + (f.isProposal() ? "" : f.kind().id() + " ") + f.verdict())
        .collect(Collectors.joining(", ", "[", "]"));
  }

  /** The entry's verdict is {@code verdict}. */
  public ClassifiedEntryAssert hasVerdict(Verdict verdict) {
    isNotNull();
    if (actual.verdict() != verdict) {
      failWithMessage("Expecting %s to be classified %s, but it is %s", who(), verdict, decision(actual));
    }
    return myself;
  }

  /** The entry's runbook procedure is {@code procedure}. */
  public ClassifiedEntryAssert hasProcedure(Procedure procedure) {
    isNotNull();
    if (actual.procedure() != procedure) {
      failWithMessage("Expecting the procedure for %s to be %s, but it is %s", who(), procedure, decision(actual));
    }
    return myself;
  }

  /** The entry's risk is {@code risk}. */
  public ClassifiedEntryAssert hasRisk(Risk risk) {
    isNotNull();
    if (actual.risk() != risk) {
      failWithMessage("Expecting %s to carry risk %s, but it carries risk %s (%s)", who(), risk, actual.risk(), decision(actual));
    }
    return myself;
  }

  /**
   * The deciding finding is about exactly these attribute paths, in any order, written in Terraform
   * notation ({@code memory[0].dedicated}, {@code tags["Name"]}).
   *
   * @throws IllegalArgumentException when a path is not valid Terraform notation
   */
  public ClassifiedEntryAssert hasPaths(String... paths) {
    isNotNull();
    List<String> expected = normalised(paths);
    List<String> actualPaths = actual.renderedPaths();
    List<String> a = new ArrayList<>(actualPaths);
    List<String> e = new ArrayList<>(expected);
    a.sort(null);
    e.sort(null);
    if (!a.equals(e)) {
      failWithMessage("Expecting %s to be about %s, but it is about %s (%s)", who(), paths(expected), paths(actualPaths), decision(actual));
    }
    return myself;
  }

  /** The deciding finding names no attribute path (creates, deletes, recreations). */
  public ClassifiedEntryAssert hasNoPaths() {
    isNotNull();
    if (!actual.paths().isEmpty()) {
      failWithMessage("Expecting %s to be about no attribute, but it is about %s (%s)", who(), paths(actual.renderedPaths()), decision(actual));
    }
    return myself;
  }

  /** The entry was decided by the finding of the rule with id {@code ruleId} ({@code engine} for the engine's own). */
  public ClassifiedEntryAssert isDecidedBy(String ruleId) {
    isNotNull();
    if (!actual.ruleId().equals(ruleId)) {
      failWithMessage("Expecting %s to be decided by %s, but it is decided by %s; findings: %s", who(), ruleId, decision(actual), findings());
    }
    return myself;
  }

  /**
   * A rule's suppression decided the entry ({@link ClassifiedEntry#suppression()}): it was lowered to
   * IGNORED, COSMETIC or EXPECTED by the rule with id {@code ruleId}.
   */
  public ClassifiedEntryAssert isSuppressedBy(String ruleId) {
    isNotNull();
    if (!actual.suppression().map(f -> f.ruleId().equals(ruleId)).orElse(false)) {
      failWithMessage("Expecting %s to be suppressed by %s, but it is %s; findings: %s", who(), ruleId, decision(actual), findings());
    }
    return myself;
  }

  /**
   * A rule escalated the entry to STOP ({@link ClassifiedEntry#isEscalated()}): the escalation of the
   * rule with id {@code ruleId} applies, the verdict being what it is.
   */
  public ClassifiedEntryAssert isEscalatedBy(String ruleId) {
    isNotNull();
    if (!actual.isEscalated() || !actual.escalation().get().ruleId().equals(ruleId)) {
      failWithMessage("Expecting %s to be escalated to STOP by %s, but it is %s; findings: %s", who(), ruleId, decision(actual), findings());
    }
    return myself;
  }

  /** Some finding for the entry, deciding or not, comes from the rule with id {@code ruleId}. */
  public ClassifiedEntryAssert hasFindingBy(String ruleId) {
    isNotNull();
    if (actual.findings().stream().map(Finding::ruleId).noneMatch(ruleId::equals)) {
      failWithMessage("Expecting a finding by %s for %s, but there is none; findings: %s", ruleId, who(), findings());
    }
    return myself;
  }

  /** The entry's reason contains every one of {@code parts}. */
  public ClassifiedEntryAssert hasReasonContaining(String... parts) {
    isNotNull();
    List<String> missing = Arrays.stream(parts).filter(p -> !actual.reason().contains(p)).toList();
    if (!missing.isEmpty()) {
      failWithMessage("Expecting the reason for %s to mention %s, but it does not; the reason is:%n  %s", who(),
          missing.stream().map(m -> "\"" + m + "\"").collect(Collectors.joining(" and ")), actual.reason());
    }
    return myself;
  }

  /** Some warning of the entry contains {@code part}. */
  public ClassifiedEntryAssert hasWarningContaining(String part) {
    isNotNull();
    if (actual.warnings().stream().noneMatch(w -> w.contains(part))) {
      failWithMessage("Expecting a warning for %s mentioning \"%s\", but %s", who(), part,
          actual.warnings().isEmpty() ? "it has no warnings" : "its warnings are:" + System.lineSeparator() + "  " + String.join(System.lineSeparator() + "  ", actual.warnings()));
    }
    return myself;
  }

  /** The entry has no warnings. */
  public ClassifiedEntryAssert hasNoWarnings() {
    isNotNull();
    if (!actual.warnings().isEmpty()) {
      failWithMessage("Expecting no warnings for %s, but it has:%n  %s", who(), String.join(System.lineSeparator() + "  ", actual.warnings()));
    }
    return myself;
  }

  /** The verdict is REPLACE, DELETE or RECREATE: the runbook's STOP. */
  public ClassifiedEntryAssert isDestructive() {
    isNotNull();
    if (!actual.verdict().isDestructive()) {
      failWithMessage("Expecting %s to be destructive (REPLACE, DELETE or RECREATE), but it is %s", who(), decision(actual));
    }
    return myself;
  }

  /** The verdict needs nothing done: NO_CHANGE, IGNORED, COSMETIC, EXPECTED, READ or MOVE. */
  public ClassifiedEntryAssert isQuiet() {
    isNotNull();
    if (!actual.verdict().isQuiet()) {
      failWithMessage("Expecting %s to need nothing done (NO_CHANGE, IGNORED, COSMETIC, EXPECTED, READ or MOVE), but it is %s", who(), decision(actual));
    }
    return myself;
  }

  /** The verdict is CREATE, UPDATE, IMPORT, FORGET or DEFERRED. */
  public ClassifiedEntryAssert isActionable() {
    isNotNull();
    if (!actual.verdict().isActionable()) {
      failWithMessage("Expecting %s to be actionable (CREATE, UPDATE, IMPORT, FORGET or DEFERRED), but it is %s", who(), decision(actual));
    }
    return myself;
  }

  /**
   * The verdict ranks at least as high as {@code floor} in precedence ({@link Verdict#rank()}):
   * {@code isAtLeast(REPLACE)} accepts REPLACE, RECREATE and DELETE.
   */
  public ClassifiedEntryAssert isAtLeast(Verdict floor) {
    isNotNull();
    if (actual.verdict().rank() < floor.rank()) {
      failWithMessage("Expecting %s to be classified %s or higher (%s), but it is %s", who(), floor, VerdictOrder.atLeast(floor), decision(actual));
    }
    return myself;
  }

  /**
   * The verdict ranks at most as high as {@code ceiling} in precedence ({@link Verdict#rank()}):
   * {@code isAtMost(EXPECTED)} accepts NO_CHANGE, IGNORED, COSMETIC and EXPECTED.
   */
  public ClassifiedEntryAssert isAtMost(Verdict ceiling) {
    isNotNull();
    if (actual.verdict().rank() > ceiling.rank()) {
      failWithMessage("Expecting %s to be classified %s or lower (%s), but it is %s", who(), ceiling, VerdictOrder.atMost(ceiling), decision(actual));
    }
    return myself;
  }
}
