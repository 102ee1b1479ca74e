package io.github.tfdrift.testkit.properties;

import static io.github.tfdrift.testkit.DriftAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tfdrift.core.model.Action;
import io.github.tfdrift.core.model.ChangeKind;
import io.github.tfdrift.core.model.InstanceId;
import io.github.tfdrift.core.model.Plan;
import io.github.tfdrift.core.model.ResourceChange;
import io.github.tfdrift.rules.ClassifiedEntry;
import io.github.tfdrift.rules.Finding;
import io.github.tfdrift.rules.Procedure;
import io.github.tfdrift.rules.Report;
import io.github.tfdrift.rules.Risk;
import io.github.tfdrift.rules.Verdict;
import io.github.tfdrift.rules.builtin.BuiltInRules;
import io.github.tfdrift.rules.spi.Rule;
import io.github.tfdrift.testkit.PlanValidity;
import io.github.tfdrift.testkit.gen.Gen;
import io.github.tfdrift.testkit.gen.Property;
import io.github.tfdrift.testkit.junit.From;
import io.github.tfdrift.testkit.junit.PlanProperty;
import io.github.tfdrift.testkit.properties.DriftCases.Case;
import io.github.tfdrift.testkit.properties.DriftCases.Raw;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.BiConsumer;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Metamorphic properties of the built-in rules, beside the reordering, reformatting and unknown-field
 * ones of {@link ClassificationPropertiesTest}: renaming every resource consistently (plan and policy
 * alike) and adding unrelated no-ops never change a verdict, for all rules together and for each rule
 * on its own; and each rule has a property of its own about what it decides. The rules that act on a
 * policy, apply-log evidence or action invocations state their decisions in {@link
 * RuleDecisionPropertiesTest}, over generators that make those inputs.
 */
class RuleMetamorphicPropertiesTest {
  static final int TRIES = 40;
  static final int PER_RULE_TRIES = 8;
  static final int CLAIM_TRIES = 15;
  static final UnaryOperator<String> RENAME = n -> "renamed_" + n;

  static Gen<Raw> raws() {
    return DriftCases.raws(true);
  }

  static Gen<Integer> few() {
    return Gen.integers(1, 3);
  }

  /** What a rename must not change: everything but the reason and warnings, which name addresses. */
  record Decision(Verdict verdict, Procedure procedure, Risk risk, String rule, List<String> paths) {
    static Decision of(ClassifiedEntry e) {
      return new Decision(e.verdict(), e.procedure(), e.risk(), e.ruleId(), e.renderedPaths());
    }
  }

  static Map<InstanceId, Decision> decisions(Report r, UnaryOperator<String> names) {
    Map<InstanceId, Decision> m = new LinkedHashMap<>();
    r.entries().forEach(e -> m.put(InstanceId.of(DriftCases.renamedAddress(e.id().address(), names), e.id().deposed()), Decision.of(e)));
    return m;
  }

  static Report classify(Case c, List<Rule> rules) {
    return c.engine(rules).classify(c.plan());
  }

  // ---- all rules together ----------------------------------------------------------------------

  @PlanProperty(tries = TRIES)
  void renamingEveryResourceConsistentlyNeverChangesAVerdict(@From("raws") Raw raw) {
    Case original = raw.toCase();
    Case renamed = raw.renamed(RENAME).toCase();
    assertThat(PlanValidity.problems(renamed.plan())).isEmpty();
    Report before = classify(original, BuiltInRules.all());
    Report after = classify(renamed, BuiltInRules.all());
    assertThat(decisions(after, UnaryOperator.identity())).isEqualTo(decisions(before, RENAME));
    assertThat(after.exitCode()).isEqualTo(before.exitCode());
  }

  @PlanProperty(tries = TRIES)
  void addingUnrelatedNoOpsNeverChangesAVerdict(@From("raws") Raw raw, @From("few") int count) {
    Case original = raw.toCase();
    Case more = new Case(DriftCases.withUnrelatedNoOps(original.plan(), count), original.policy());
    assertThat(PlanValidity.problems(more.plan())).isEmpty();
    Report before = classify(original, BuiltInRules.all());
    Report after = classify(more, BuiltInRules.all());
    for (ClassifiedEntry e : before.entries()) {
      assertThat(after.entry(e.id())).hasValueSatisfying(x -> assertThat(Decision.of(x)).isEqualTo(Decision.of(e)));
    }
    assertThat(after.entries()).hasSize(before.entries().size() + count);
    after.entries().stream().filter(e -> e.id().address().contains("unrelated_noop_"))
        .forEach(e -> assertThat(e).hasVerdict(Verdict.NO_CHANGE));
    assertThat(after.exitCode()).isEqualTo(before.exitCode());
  }

  // ---- each rule on its own --------------------------------------------------------------------

  /** One rule's findings per entry, without reasons (they name addresses). */
  static Map<InstanceId, List<String>> findings(Report r, String ruleId, UnaryOperator<String> names) {
    Map<InstanceId, List<String>> m = new LinkedHashMap<>();
    for (ClassifiedEntry e : r.entries()) {
      List<String> own = new ArrayList<>();
      for (Finding f : e.findings()) {
        if (f.ruleId().equals(ruleId)) {
          own.add((f.isProposal() ? "" : f.kind().id() + " ") + f.verdict() + " " + f.risk() + " " + f.paths().stream().map(p -> p.render()).sorted().toList());
        }
      }
      own.sort(null);
      m.put(InstanceId.of(DriftCases.renamedAddress(e.id().address(), names), e.id().deposed()), own);
    }
    return m;
  }

  @TestFactory
  Stream<DynamicTest> eachBuiltInRuleOnItsOwnIgnoresNamesAndUnrelatedNoOps() {
    return BuiltInRules.all().stream().map(rule -> DynamicTest.dynamicTest(rule.id(), () ->
        Property.forAll(Gen.zip(raws(), few(), (raw, n) -> new Object[] {raw, n}))
            .named(rule.id() + " ignores names and unrelated no-ops")
            .tries(PER_RULE_TRIES)
            .describedBy(x -> x[0] + "\nno-ops added: " + x[1])
            .verify(x -> {
              Raw raw = (Raw) x[0];
              List<Rule> alone = List.of(rule);
              Case original = raw.toCase();
              Report base = classify(original, alone);
              assertThat(base).hasNoRuleErrors();
              assertThat(findings(classify(raw.renamed(RENAME).toCase(), alone), rule.id(), UnaryOperator.identity()))
                  .isEqualTo(findings(base, rule.id(), RENAME));
              Report more = classify(new Case(DriftCases.withUnrelatedNoOps(original.plan(), (Integer) x[1]), original.policy()), alone);
              Map<InstanceId, List<String>> withNoOps = findings(more, rule.id(), UnaryOperator.identity());
              findings(base, rule.id(), UnaryOperator.identity()).forEach((id, own) -> assertThat(withNoOps.get(id)).as(id.toString()).isEqualTo(own));
              more.entries().stream().filter(e -> e.id().address().contains("unrelated_noop_"))
                  .forEach(e -> assertThat(e.verdict()).as(e.id().toString()).isEqualTo(Verdict.NO_CHANGE));
            })));
  }

  // ---- what each rule decides --------------------------------------------------------------------

  static Optional<Finding> findingBy(ClassifiedEntry e, String ruleId) {
    return e.findings().stream().filter(f -> f.ruleId().equals(ruleId)).findFirst();
  }

  /** A property of one rule: over the generated cases, {@code claim} holds for every entry. */
  static DynamicTest claim(String ruleId, String what, BiConsumer<ClassifiedEntry, Plan> claim) {
    return DynamicTest.dynamicTest(ruleId + ": " + what, () ->
        Property.forAll(raws()).named(ruleId + ": " + what).tries(CLAIM_TRIES).verify(raw -> {
          Case c = raw.toCase();
          Plan plan = ClassificationPropertiesTest.deferSome(c.plan(), new Random(c.plan().resourceChanges().size()));
          Report r = c.engine(BuiltInRules.all()).classify(plan);
          r.entries().forEach(e -> claim.accept(e, plan));
        }));
  }

  static Optional<ResourceChange> planned(ClassifiedEntry e, Plan plan) {
    return plan.resourceChanges().stream().filter(rc -> rc.id().equals(e.id())).findFirst();
  }

  @TestFactory
  Stream<DynamicTest> eachBuiltInRuleDecidesWhatItSays() {
    return Stream.of(
        claim("destructive-change", "a planned delete is at least REPLACE", (e, plan) -> {
          if (e.actions().contains(Action.DELETE) && e.deferred().isEmpty()) {
            assertThat(findingBy(e, "destructive-change")).as(e.id().toString()).hasValueSatisfying(f -> assertThat(f.verdict().isDestructive()).isTrue());
            assertThat(e).isAtLeast(Verdict.REPLACE);
          }
        }),
        claim("planned-change", "a create of an object not deleted outside proposes CREATE", (e, plan) -> planned(e, plan).ifPresent(rc -> {
          if (rc.kind() == ChangeKind.CREATE && rc.change().importing().isEmpty() && !e.driftActions().contains(Action.DELETE)) {
            assertThat(findingBy(e, "planned-change")).as(e.id().toString()).hasValueSatisfying(f -> assertThat(f.verdict()).isEqualTo(Verdict.CREATE));
          }
        })),
        claim("data-read", "a read is READ or higher", (e, plan) -> planned(e, plan).ifPresent(rc -> {
          if (rc.kind() == ChangeKind.READ) {
            assertThat(findingBy(e, "data-read")).as(e.id().toString()).hasValueSatisfying(f -> assertThat(f.verdict()).isEqualTo(Verdict.READ));
            assertThat(e).isAtLeast(Verdict.READ);
          }
        })),
        claim("import", "an import proposes IMPORT", (e, plan) -> planned(e, plan).ifPresent(rc -> {
          if (rc.change().importing().isPresent()) {
            assertThat(findingBy(e, "import")).as(e.id().toString()).hasValueSatisfying(f -> assertThat(f.verdict()).isEqualTo(Verdict.IMPORT));
          }
        })),
        claim("move", "a pure move proposes MOVE", (e, plan) -> planned(e, plan).ifPresent(rc -> {
          if (rc.previousAddress().isPresent() && rc.kind() == ChangeKind.NO_OP) {
            assertThat(findingBy(e, "move")).as(e.id().toString()).hasValueSatisfying(f -> assertThat(f.verdict()).isEqualTo(Verdict.MOVE));
          }
        })),
        claim("forget", "a forget is FORGET", (e, plan) -> planned(e, plan).ifPresent(rc -> {
          if (rc.kind() == ChangeKind.FORGET) {
            assertThat(findingBy(e, "forget")).as(e.id().toString()).hasValueSatisfying(f -> assertThat(f.verdict()).isEqualTo(Verdict.FORGET));
          }
        })),
        claim("deferred-change", "a deferred change that deletes nothing is DEFERRED", (e, plan) -> {
          if (!e.deferred().isEmpty() && !e.actions().contains(Action.DELETE) && !e.driftActions().contains(Action.DELETE)) {
            assertThat(findingBy(e, "deferred-change")).as(e.id().toString()).isPresent();
            assertThat(e).hasVerdict(Verdict.DEFERRED);
          }
        }),
        claim("deleted-outside", "an object deleted outside and planned again is RECREATE", (e, plan) -> {
          if (e.driftActions().contains(Action.DELETE) && e.actions().contains(Action.CREATE) && e.deferred().isEmpty()) {
            assertThat(findingBy(e, "deleted-outside")).as(e.id().toString()).hasValueSatisfying(f -> assertThat(f.verdict()).isEqualTo(Verdict.RECREATE));
          }
        }),
        claim("no-change", "nothing planned and no drift is never above NO_CHANGE by no-change", (e, plan) ->
            findingBy(e, "no-change").ifPresent(f -> assertThat(f.verdict()).as(e.id().toString()).isEqualTo(Verdict.NO_CHANGE))),
        claim("cosmetic-change", "a cosmetic finding never outranks COSMETIC", (e, plan) ->
            findingBy(e, "cosmetic-change").ifPresent(f -> assertThat(f.verdict().rank()).as(e.id().toString()).isLessThanOrEqualTo(Verdict.COSMETIC.rank()))),
        claim("ignore-changes", "ignore_changes never lowers a delete", (e, plan) -> {
          if (findingBy(e, "ignore-changes").isPresent() && e.actions().contains(Action.DELETE)) {
            assertThat(e).isAtLeast(Verdict.REPLACE);
          }
        }),
        claim("expected-drift", "an expectation never lowers a delete", (e, plan) -> {
          if (findingBy(e, "expected-drift").isPresent() && e.actions().contains(Action.DELETE)) {
            assertThat(e).isAtLeast(Verdict.REPLACE);
          }
        }),
        claim("real-drift", "real drift is actionable at least", (e, plan) ->
            findingBy(e, "real-drift").filter(Finding::isProposal).ifPresent(f -> assertThat(f.verdict().isQuiet()).as(e.id().toString()).isFalse())),
        claim("drift-not-acted-on", "drift not acted on never makes an entry destructive by itself", (e, plan) ->
            findingBy(e, "drift-not-acted-on").ifPresent(f -> assertThat(f.verdict().isDestructive()).as(e.id().toString()).isFalse())),
        claim("rename", "a suspected rename keeps DELETE and CREATE", (e, plan) ->
            findingBy(e, "rename").ifPresent(f -> assertThat(f.verdict()).as(e.id().toString()).isIn(Verdict.DELETE, Verdict.CREATE))),
        claim("import-existing", "import-existing never lowers a destructive entry", (e, plan) -> {
          if (findingBy(e, "import-existing").isPresent() && e.actions().contains(Action.DELETE)) {
            assertThat(e).isAtLeast(Verdict.REPLACE);
          }
        }),
        claim("required-tags", "required-tags is opt-in: without required tags in the policy it finds nothing", (e, plan) ->
            assertThat(findingBy(e, "required-tags")).as(e.id().toString()).isEmpty()),
        claim("action-invocation", "plans without action invocations get no action-invocation finding", (e, plan) ->
            assertThat(findingBy(e, "action-invocation")).as(e.id().toString()).isEmpty()));
  }
}
