package io.github.tfdrift.testkit.rules;

import io.github.tfdrift.core.address.AttributePath;
import io.github.tfdrift.core.model.InstanceId;
import io.github.tfdrift.rules.Finding;
import io.github.tfdrift.rules.FindingKind;
import io.github.tfdrift.rules.Procedure;
import io.github.tfdrift.rules.Risk;
import io.github.tfdrift.rules.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One finding a {@link RuleTester} expects the rule to make for one entry, narrowed with {@code
 * with...} calls; unset parts match anything. Go back to the tester with {@link #and()}, or chain
 * the tester's next call directly.
 *
 * <pre>{@code
 * RuleTester.forRule(new IamNeedsReview())
 *     .given(plan)
 *     .expectFinding("aws_iam_role.x").withVerdict(Verdict.UPDATE).withRisk(Risk.HIGH)
 *     .and()
 *     .expectNoOtherFindings()
 *     .verify();
 * }</pre>
 */
public final class FindingExpectation {
  private final RuleTester tester;
  private final InstanceId id;
  private Optional<FindingKind> kind = Optional.empty();
  private Optional<Verdict> verdict = Optional.empty();
  private Optional<Risk> risk = Optional.empty();
  private Optional<Procedure> procedure = Optional.empty();
  private Optional<List<String>> paths = Optional.empty();
  private final List<String> reasonParts = new ArrayList<>();
  private final List<String> warningParts = new ArrayList<>();

  FindingExpectation(RuleTester tester, InstanceId id) {
    this.tester = tester;
    this.id = id;
  }

  /** The instance object the finding is expected for. */
  public InstanceId id() {
    return id;
  }

  /** The finding is a suppression ({@link Finding#suppress}) to {@code v}. */
  public FindingExpectation asSuppression(Verdict v) {
    kind = Optional.of(FindingKind.SUPPRESSION);
    return withVerdict(v);
  }

  /** The finding is an escalation to STOP ({@link Finding#escalate}). */
  public FindingExpectation asEscalation() {
    kind = Optional.of(FindingKind.ESCALATION);
    return this;
  }

  /** The finding proposes {@code v}. */
  public FindingExpectation withVerdict(Verdict v) {
    verdict = Optional.of(Objects.requireNonNull(v, "verdict"));
    return this;
  }

  /** The finding carries risk {@code r}. */
  public FindingExpectation withRisk(Risk r) {
    risk = Optional.of(Objects.requireNonNull(r, "risk"));
    return this;
  }

  /** The finding proposes procedure {@code p}. */
  public FindingExpectation withProcedure(Procedure p) {
    procedure = Optional.of(Objects.requireNonNull(p, "procedure"));
    return this;
  }

  /**
   * The finding is about exactly these attribute paths, in any order, in Terraform notation.
   *
   * @throws IllegalArgumentException when a path is not valid Terraform notation
   */
  public FindingExpectation withPaths(String... attributePaths) {
    List<String> l = new ArrayList<>();
    for (String p : attributePaths) {
      l.add(AttributePath.parse(p).getOrElseThrow(m -> new IllegalArgumentException("bad attribute path '" + p + "': " + m)).render());
    }
    l.sort(null);
    paths = Optional.of(List.copyOf(l));
    return this;
  }

  /** The finding names no attribute path. */
  public FindingExpectation withNoPaths() {
    paths = Optional.of(List.of());
    return this;
  }

  /** The finding's reason contains every one of {@code parts}. */
  public FindingExpectation withReasonContaining(String... parts) {
    for (String p : parts) {
      reasonParts.add(Objects.requireNonNull(p, "part"));
    }
    return this;
  }

  /** Some warning of the finding contains {@code part}. */
  public FindingExpectation withWarningContaining(String part) {
    warningParts.add(Objects.requireNonNull(part, "part"));
    return this;
  }

  /** Back to the tester. */
  public RuleTester and() {
    return tester;
  }

  /** Shortcut for {@code and().expectFinding(address)}. */
  public FindingExpectation expectFinding(String address) {
    return tester.expectFinding(address);
  }

  /** Shortcut for {@code and().expectNoFindingFor(address)}. */
  public RuleTester expectNoFindingFor(String address) {
    return tester.expectNoFindingFor(address);
  }

  /** Shortcut for {@code and().expectNoOtherFindings()}. */
  public RuleTester expectNoOtherFindings() {
    return tester.expectNoOtherFindings();
  }

  /** Shortcut for {@code and().verify()}. */
  public void verify() {
    tester.verify();
  }

  private static String aOrAn(FindingKind k) {
    return (k == FindingKind.ESCALATION ? "an " : "a ") + k.id();
  }

  /** What about {@code f} does not meet this expectation, in words; empty when it matches. */
  List<String> mismatches(Finding f) {
    List<String> m = new ArrayList<>();
    kind.filter(k -> k != f.kind()).ifPresent(k -> m.add(aOrAn(f.kind()) + ", not " + aOrAn(k)));
    verdict.filter(v -> v != f.verdict()).ifPresent(v -> m.add("verdict " + f.verdict() + ", not " + v));
    risk.filter(r -> r != f.risk()).ifPresent(r -> m.add("risk " + f.risk() + ", not " + r));
    procedure.filter(p -> p != f.procedure()).ifPresent(p -> m.add("procedure " + f.procedure() + ", not " + p));
    if (paths.isPresent()) {
      List<String> actual = new ArrayList<>();
      f.paths().forEach(p -> actual.add(p.render()));
      actual.sort(null);
      if (!actual.equals(paths.get())) {
        m.add("paths " + actual + ", not " + paths.get());
      }
    }
    for (String part : reasonParts) {
      if (!f.reason().contains(part)) {
        m.add("a reason without \"" + part + "\"");
      }
    }
    for (String part : warningParts) {
      if (f.warnings().stream().noneMatch(w -> w.contains(part))) {
        m.add("no warning with \"" + part + "\"");
      }
    }
    return m;
  }

  /** The expectation in words: {@code aws_iam_role.x: verdict UPDATE, risk HIGH}. */
  String describe() {
    List<String> parts = new ArrayList<>();
    verdict.ifPresent(v -> parts.add("verdict " + v));
    risk.ifPresent(r -> parts.add("risk " + r));
    procedure.ifPresent(p -> parts.add("procedure " + p));
    paths.ifPresent(p -> parts.add(p.isEmpty() ? "no paths" : "paths " + p));
    reasonParts.forEach(r -> parts.add("reason mentioning \"" + r + "\""));
    warningParts.forEach(w -> parts.add("warning mentioning \"" + w + "\""));
    return id + ": a finding" + (parts.isEmpty() ? "" : " with " + String.join(", ", parts));
  }

  @Override
  public String toString() {
    return "FindingExpectation{" + describe() + "}";
  }
}
