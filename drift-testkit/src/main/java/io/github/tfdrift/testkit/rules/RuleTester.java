package io.github.tfdrift.testkit.rules;

import io.github.tfdrift.core.model.InstanceId;
import io.github.tfdrift.core.model.Plan;
import io.github.tfdrift.rules.engine.DriftEngine;
import io.github.tfdrift.rules.Finding;
import io.github.tfdrift.rules.policy.Policy;
import io.github.tfdrift.rules.policy.PolicyReader;
import io.github.tfdrift.rules.spi.ActionFacts;
import io.github.tfdrift.rules.spi.EntryFacts;
import io.github.tfdrift.rules.spi.ExistingObjects;
import io.github.tfdrift.rules.spi.PlanEvidence;
import io.github.tfdrift.rules.spi.Rule;
import io.github.tfdrift.testkit.Fixture;
import io.github.tfdrift.testkit.PlanFixtures;
import io.github.tfdrift.testkit.SensitiveValues;
import io.github.tfdrift.testkit.builder.PlanBuilder;
import io.github.tfdrift.testkit.builder.ResourceChangeBuilder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A fluent harness to test one custom {@link Rule} on its own, in the style of Error Prone's {@code
 * CompilationTestHelper}: given a plan (or a plan builder, or a fixture name), a policy and a date,
 * expect these findings and no others.
 *
 * <pre>{@code
 * RuleTester.forRule(new IamNeedsReview())
 *     .given(plan)
 *     .on(LocalDate.of(2026, 11, 22))
 *     .expectFinding("aws_iam_role.x").withVerdict(Verdict.UPDATE).withRisk(Risk.HIGH)
 *     .and()
 *     .expectNoFindingFor("aws_s3_bucket.b")
 *     .expectNoOtherFindings()
 *     .verify();
 * }</pre>
 *
 * <p>{@link #verify()} computes each entry's {@link EntryFacts} with {@link DriftEngine#evidence} (the
 * evidence the engine gives every rule: joined drift and planned change, changed paths categorised by
 * the policy and the normalisers) and calls the rule alone on every entry. Besides the expectations it
 * checks that the rule never throws nor returns {@code null}; that it is deterministic (a second run,
 * on freshly computed evidence and in reverse entry order, finds exactly the same); that no reason,
 * path or warning shows a sensitive value of the plan ({@link SensitiveValues}); and that every
 * address named in an expectation is an entry of the plan (a typo fails instead of passing
 * vacuously). Each expected finding is matched to one distinct finding of the rule. The failure lists
 * every problem, then the expected and the actual findings, in the report's words. With no
 * expectation, {@code verify()} runs only these checks.
 *
 * <p>The evaluation date defaults to the clock's date, as in the engine; set it with {@link #on}.
 * A tester is not thread-safe; build one per test.
 */
public final class RuleTester {
  private final Rule rule;
  private Plan plan;
  private String planName = "the plan";
  private Optional<Policy> fixturePolicy = Optional.empty();
  private Optional<Policy> policy = Optional.empty();
  private Optional<LocalDate> today = Optional.empty();
  private final List<FindingExpectation> expected = new ArrayList<>();
  private final Set<InstanceId> noFindingFor = new LinkedHashSet<>();
  private boolean noOtherFindings;
  private SensitiveValues secrets;
  private ExistingObjects existing = ExistingObjects.none();

  private static final String HIDDEN = "(not shown: it contains a sensitive value)";

  private RuleTester(Rule rule) {
    this.rule = rule;
  }

  /** A tester for {@code rule}. */
  public static RuleTester forRule(Rule rule) {
    return new RuleTester(Objects.requireNonNull(rule, "rule"));
  }

  /** The plan to evaluate the rule on. */
  public RuleTester given(Plan plan) {
    this.plan = Objects.requireNonNull(plan, "plan");
    this.planName = "the plan";
    this.fixturePolicy = Optional.empty();
    return this;
  }

  /** The plan a builder builds. */
  public RuleTester given(PlanBuilder builder) {
    return given(Objects.requireNonNull(builder, "builder").build());
  }

  /** The plan a builder builds, from the builder of its last resource. */
  public RuleTester given(ResourceChangeBuilder builder) {
    return given(Objects.requireNonNull(builder, "builder").build());
  }

  /**
   * The plan of a named fixture of {@link PlanFixtures}, with the fixture's policy unless {@link
   * #withPolicy} sets another.
   *
   * @throws IllegalArgumentException for an unknown fixture name
   */
  public RuleTester given(String fixtureName) {
    Fixture f = PlanFixtures.fixture(fixtureName);
    given(f.plan());
    this.planName = "fixture " + f.name();
    this.fixturePolicy = Optional.of(f.policy());
    return this;
  }

  /** The policy (default: the fixture's, else the empty policy). */
  public RuleTester withPolicy(Policy policy) {
    this.policy = Optional.of(Objects.requireNonNull(policy, "policy"));
    return this;
  }

  /**
   * The policy written as YAML (or JSON) text, read with {@link PolicyReader}.
   *
   * @throws IllegalArgumentException when the text is not a valid policy; the message says where and why
   */
  public RuleTester withPolicy(String policyText) {
    Policy p =
        PolicyReader.read(Objects.requireNonNull(policyText, "policyText"), "policy")
            .getOrElseThrow(e -> new IllegalArgumentException("invalid policy: " + e.describe()));
    return withPolicy(p);
  }

  /**
   * The objects known to exist outside the state ({@link io.github.tfdrift.rules.spi.PlanContext
   * #existingObjects()}), as {@code drift analyze --apply-log} gives them from a failed apply's log
   * (default: none).
   */
  public RuleTester withExistingObjects(ExistingObjects existing) {
    this.existing = Objects.requireNonNull(existing, "existing");
    return this;
  }

  /** The evaluation date the rule sees ({@link io.github.tfdrift.rules.spi.PlanContext#today()}). */
  public RuleTester on(LocalDate date) {
    this.today = Optional.of(Objects.requireNonNull(date, "date"));
    return this;
  }

  /** Expects a finding for the current object at {@code address}; narrow it with the returned expectation. */
  public FindingExpectation expectFinding(String address) {
    return expectFinding(InstanceId.of(Objects.requireNonNull(address, "address")));
  }

  /** Expects a finding for the instance object {@code id} (a deposed object included). */
  public FindingExpectation expectFinding(InstanceId id) {
    FindingExpectation e = new FindingExpectation(this, Objects.requireNonNull(id, "id"));
    expected.add(e);
    return e;
  }

  /** Expects no finding at all for the current object at {@code address}. */
  public RuleTester expectNoFindingFor(String address) {
    noFindingFor.add(InstanceId.of(Objects.requireNonNull(address, "address")));
    return this;
  }

  /** Expects no finding besides the ones expected with {@link #expectFinding}. */
  public RuleTester expectNoOtherFindings() {
    noOtherFindings = true;
    return this;
  }

  /** Expects the rule to find nothing anywhere in the plan. */
  public RuleTester expectNoFindings() {
    return expectNoOtherFindings();
  }

  /**
   * The rule's findings per entry, in report order, stamped with the rule's id, without checking
   * anything. Entries without findings are left out.
   *
   * @throws IllegalStateException when no plan was given
   * @throws AssertionError when the rule throws or returns {@code null}
   */
  public Map<InstanceId, List<Finding>> findings() {
    Run run = run(evidence(), false);
    if (!run.problems.isEmpty()) {
      throw new AssertionError(header() + ":" + nl() + bullets(run.problems), run.cause);
    }
    Map<InstanceId, List<Finding>> m = new LinkedHashMap<>();
    run.findings.forEach((id, l) -> {
      if (!l.isEmpty()) {
        m.put(id, List.copyOf(l));
      }
    });
    return Collections.unmodifiableMap(m);
  }

  /**
   * The rule's findings for the plan's action invocations ({@link Rule#evaluateAction}, Terraform
   * 1.14+), by {@link ActionFacts#key()} in report order, stamped with the rule's id, without checking
   * anything. Invocations without findings are left out.
   *
   * @throws IllegalStateException when no plan was given
   * @throws AssertionError when the rule throws or returns {@code null}
   */
  public Map<String, List<Finding>> actionFindings() {
    PlanEvidence evidence = evidence();
    DriftEngine.Builder b = DriftEngine.builder().policy(effectivePolicy());
    today.ifPresent(b::today);
    Map<String, List<Finding>> m = new LinkedHashMap<>();
    String id = ruleId();
    for (ActionFacts a : b.build().actionFacts(plan)) {
      List<Finding> fs;
      try {
        fs = rule.evaluateAction(a, evidence.context());
      } catch (VirtualMachineError e) {
        throw e;
      } catch (Throwable t) {
        throw new AssertionError(header() + ":" + nl() + "  - " + a.address() + ": the rule threw " + t.getClass().getName() + " on an action invocation", t);
      }
      if (fs == null || fs.stream().anyMatch(Objects::isNull)) {
        throw new AssertionError(header() + ":" + nl() + "  - " + a.address() + ": the rule returned null for an action invocation (return List.of() for no opinion)");
      }
      if (!fs.isEmpty()) {
        m.put(a.key(), fs.stream().map(f -> f.withRuleId(id)).toList());
      }
    }
    return Collections.unmodifiableMap(m);
  }

  /**
   * Runs the rule and checks the expectations and the rule's good behaviour.
   *
   * @throws IllegalStateException when no plan was given
   * @throws AssertionError listing every problem, the expected and the actual findings
   */
  public void verify() {
    PlanEvidence evidence = evidence();
    List<String> problems = new ArrayList<>();
    evidence.errors().forEach(e -> problems.add("the engine could not diff an entry: " + e.describe()));
    checkId(problems);
    Run first = run(evidence, false);
    problems.addAll(first.problems);
    Throwable cause = first.cause;
    if (first.problems.isEmpty() && evidence.errors().isEmpty()) {
      Run second = run(evidence(), true);
      problems.addAll(second.problems);
      cause = cause == null ? second.cause : cause;
      for (InstanceId id : first.findings.keySet()) {
        List<Finding> a = first.findings.get(id);
        List<Finding> b = second.findings.getOrDefault(id, List.of());
        if (second.problems.isEmpty() && !a.equals(b)) {
          problems.add(id + ": the rule is not deterministic: the first run found " + describe(a) + ", a second run (fresh evidence, entries in reverse order) found " + describe(b));
        }
      }
    }
    Set<InstanceId> entries = new LinkedHashSet<>();
    evidence.entries().forEach(e -> entries.add(e.id()));
    checkAddresses(entries, problems);
    checkSecrets(first.findings, problems);
    checkExpectations(first.findings, entries, problems);
    if (!problems.isEmpty()) {
      String nl = nl();
      StringBuilder b = new StringBuilder();
      b.append(header()).append(" does not behave as expected:").append(nl).append(bullets(problems)).append(nl);
      b.append("Expected findings:").append(nl).append(expectedText()).append(nl);
      b.append("Actual findings:").append(nl).append(actualText(first.findings));
      throw new AssertionError(b.toString(), cause);
    }
  }

  // ---- running ---------------------------------------------------------------------------------

  private PlanEvidence evidence() {
    if (plan == null) {
      throw new IllegalStateException("no plan: call given(plan), given(builder) or given(fixtureName) before verify()");
    }
    secrets = SensitiveValues.of(plan);
    DriftEngine.Builder b = DriftEngine.builder().policy(effectivePolicy());
    today.ifPresent(b::today);
    return b.build().evidence(plan, existing);
  }

  private Policy effectivePolicy() {
    return policy.or(() -> fixturePolicy).orElse(Policy.empty());
  }

  private static final class Run {
    final Map<InstanceId, List<Finding>> findings = new LinkedHashMap<>();
    final List<String> problems = new ArrayList<>();
    Throwable cause;
  }

  private String ruleId() {
    try {
      String id = rule.id();
      return id == null ? rule.getClass().getName() : id;
    } catch (RuntimeException e) {
      return rule.getClass().getName();
    }
  }

  private Run run(PlanEvidence evidence, boolean reversed) {
    Run run = new Run();
    String id = ruleId();
    List<EntryFacts> order = new ArrayList<>(evidence.entries());
    if (reversed) {
      Collections.reverse(order);
    }
    Map<InstanceId, List<Finding>> byId = new LinkedHashMap<>();
    for (EntryFacts facts : order) {
      List<Finding> found = new ArrayList<>();
      try {
        List<Finding> fs = rule.evaluate(facts, evidence.context());
        if (fs == null) {
          run.problems.add(facts.id() + ": the rule returned null instead of a list (return List.of() for no opinion)");
        } else {
          for (Finding f : fs) {
            if (f == null) {
              run.problems.add(facts.id() + ": the rule returned a null finding");
            } else {
              found.add(f.withRuleId(id));
            }
          }
        }
      } catch (VirtualMachineError e) {
        throw e;
      } catch (Throwable t) {
        run.problems.add(facts.id() + ": the rule threw " + t.getClass().getName() + (reversed ? " on the second run" : "") + " (the engine would report a rule error, exit code 1)");
        if (run.cause == null) {
          run.cause = t;
        }
      }
      byId.put(facts.id(), found);
    }
    for (EntryFacts facts : evidence.entries()) {
      run.findings.put(facts.id(), byId.get(facts.id()));
    }
    return run;
  }

  private void checkId(List<String> problems) {
    String id;
    try {
      id = rule.id();
    } catch (RuntimeException e) {
      problems.add("the rule's id() threw " + e.getClass().getName());
      return;
    }
    if (id == null || id.isBlank()) {
      problems.add("the rule has no id (id() must return a stable, lower-case, dash-separated id)");
    } else if (!id.equals(id.strip()) || id.chars().anyMatch(Character::isWhitespace) || !id.equals(id.toLowerCase(java.util.Locale.ROOT))) {
      problems.add("the rule's id '" + id + "' is not lower-case and dash-separated");
    }
  }

  // ---- checks ----------------------------------------------------------------------------------

  private void checkAddresses(Set<InstanceId> entries, List<String> problems) {
    Set<InstanceId> named = new LinkedHashSet<>();
    expected.forEach(e -> named.add(e.id()));
    named.addAll(noFindingFor);
    for (InstanceId id : named) {
      if (!entries.contains(id)) {
        problems.add(id + ": " + planName + " has no such entry (entries: " + list(entries) + ")");
      }
    }
  }

  private void checkSecrets(Map<InstanceId, List<Finding>> findings, List<String> problems) {
    if (secrets.isEmpty()) {
      return;
    }
    findings.forEach(
        (id, l) -> {
          for (Finding f : l) {
            Set<String> leaks = new LinkedHashSet<>();
            secrets.revealedIn(f.reason()).ifPresent(o -> leaks.add("its reason shows " + o));
            f.warnings().forEach(w -> secrets.revealedIn(w).ifPresent(o -> leaks.add("a warning shows " + o)));
            f.paths().forEach(p -> secrets.revealedIn(p.render()).ifPresent(o -> leaks.add("a path shows " + o)));
            leaks.forEach(leak -> problems.add(id + ": " + leak + " (value not shown); show values with PlanContext.display"));
          }
        });
  }

  private void checkExpectations(Map<InstanceId, List<Finding>> findings, Set<InstanceId> entries, List<String> problems) {
    Set<Finding> matched = Collections.newSetFromMap(new IdentityHashMap<>());
    for (FindingExpectation x : expected) {
      if (!entries.contains(x.id())) {
        continue;
      }
      List<Finding> there = findings.getOrDefault(x.id(), List.of());
      Optional<Finding> hit = there.stream().filter(f -> !matched.contains(f) && x.mismatches(f).isEmpty()).findFirst();
      if (hit.isPresent()) {
        matched.add(hit.get());
        continue;
      }
      if (there.isEmpty()) {
        problems.add("expected " + x.describe() + ", but the rule found nothing there");
      } else {
        List<String> why = new ArrayList<>();
        for (Finding f : there) {
          List<String> m = x.mismatches(f);
          why.add(describe(f) + (matched.contains(f) ? " (already matched by another expectation)" : " (" + String.join("; ", m) + ")"));
        }
        problems.add("expected " + x.describe() + ", but the rule found " + String.join(" and ", why));
      }
    }
    for (InstanceId id : noFindingFor) {
      List<Finding> there = findings.getOrDefault(id, List.of());
      if (!there.isEmpty()) {
        problems.add(id + ": expected no finding, but the rule found " + describe(there));
      }
    }
    if (noOtherFindings) {
      findings.forEach(
          (id, l) -> {
            if (noFindingFor.contains(id)) {
              return;
            }
            for (Finding f : l) {
              if (!matched.contains(f)) {
                problems.add(id + ": unexpected finding " + describe(f));
              }
            }
          });
    }
  }

  // ---- messages --------------------------------------------------------------------------------

  private String header() {
    return "Rule '" + ruleId() + "' on " + planName + " (" + count(plan.resourceChanges().size(), "resource change") + ", "
        + count(plan.resourceDrift().size(), "drift entry") + "; policy " + effectivePolicy().source().orElse(policy.isPresent() || fixturePolicy.isPresent() ? "given" : "empty")
        + "; " + today.map(d -> "on " + d).orElse("today") + ")";
  }

  private static String count(int n, String what) {
    return n + " " + (n == 1 ? what : what.endsWith("y") ? what.substring(0, what.length() - 1) + "ies" : what + "s");
  }

  private static String nl() {
    return System.lineSeparator();
  }

  private static String bullets(List<String> l) {
    return "  - " + String.join(nl() + "  - ", l);
  }

  private static String list(Set<InstanceId> ids) {
    if (ids.isEmpty()) {
      return "none";
    }
    String s = ids.stream().limit(10).map(InstanceId::toString).collect(Collectors.joining(", "));
    return ids.size() > 10 ? s + ", and " + (ids.size() - 10) + " more" : s;
  }

  /**
   * {@code UPDATE / HIGH / APPLY about [tags]: "reason"} ({@code suppression COSMETIC / ...} and
   * {@code escalation NO_CHANGE / HIGH / STOP ...} for the other kinds); texts that show a sensitive
   * value are not shown.
   */
  private String describe(Finding f) {
    String paths = f.paths().isEmpty() ? "" : " about " + f.paths().stream().map(p -> shown(p.render())).collect(Collectors.joining(", ", "[", "]"));
    String warnings = f.warnings().isEmpty() ? "" : " (warnings: " + f.warnings().stream().map(this::shown).collect(Collectors.joining("; ")) + ")";
    String reason = secrets.anyIn(f.reason()) ? HIDDEN : "\"" + f.reason() + "\"";
    String kind = f.isProposal() ? "" : f.kind().id() + " ";
    return kind + f.verdict() + " / " + f.risk() + " / " + f.procedure() + paths + ": " + reason + warnings;
  }

  private String shown(String text) {
    return secrets.anyIn(text) ? HIDDEN : text;
  }

  private String describe(List<Finding> l) {
    return l.isEmpty() ? "nothing" : l.stream().map(this::describe).collect(Collectors.joining(" and "));
  }

  private String expectedText() {
    List<String> l = new ArrayList<>();
    expected.forEach(x -> l.add(x.describe()));
    noFindingFor.forEach(id -> l.add(id + ": no finding"));
    if (noOtherFindings) {
      l.add(expected.isEmpty() && noFindingFor.isEmpty() ? "no finding anywhere" : "no other finding");
    }
    return l.isEmpty() ? "  (no expectations: only good behaviour is checked)" : "  " + String.join(nl() + "  ", l);
  }

  private String actualText(Map<InstanceId, List<Finding>> findings) {
    List<String> l = new ArrayList<>();
    findings.forEach((id, fs) -> fs.forEach(f -> l.add(id + ": " + describe(f))));
    return l.isEmpty() ? "  (none)" : "  " + String.join(nl() + "  ", l);
  }

  @Override
  public String toString() {
    return "RuleTester{" + ruleId() + ", " + expected.size() + " expected findings}";
  }
}
