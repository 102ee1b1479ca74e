package io.github.tfdrift.testkit.properties;

import static io.github.tfdrift.testkit.DriftAssertions.assertThat;
import static io.github.tfdrift.testkit.properties.DriftCases.tree;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tfdrift.core.json.PlanReader;
import io.github.tfdrift.core.json.PlanWriter;
import io.github.tfdrift.core.model.Action;
import io.github.tfdrift.core.model.DeferredChange;
import io.github.tfdrift.core.model.ImmutablePlan;
import io.github.tfdrift.core.model.InstanceId;
import io.github.tfdrift.core.model.Plan;
import io.github.tfdrift.core.model.ResourceChange;
import io.github.tfdrift.core.value.JsonValue;
import io.github.tfdrift.rules.ClassifiedEntry;
import io.github.tfdrift.rules.Finding;
import io.github.tfdrift.rules.Procedure;
import io.github.tfdrift.rules.Report;
import io.github.tfdrift.rules.Risk;
import io.github.tfdrift.rules.Verdict;
import io.github.tfdrift.rules.builtin.BuiltInRules;
import io.github.tfdrift.rules.spi.Rule;
import io.github.tfdrift.testkit.gen.Gen;
import io.github.tfdrift.testkit.junit.From;
import io.github.tfdrift.testkit.junit.PlanProperty;
import io.github.tfdrift.testkit.properties.DriftCases.Case;
import io.github.tfdrift.testkit.properties.DriftCases.Reformatted;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * drift-rules' classification properties, on the testkit's generators: determinism, rule-order
 * independence, never-downgrade (deferred changes included), unknown fields and reordering, cosmetic variants, and no secret in
 * any report. Each runs on generated plans with a policy drawn from the plan's own values (see {@link
 * DriftCases}); a failure is shrunk and reported with its seed.
 */
class ClassificationPropertiesTest {
  static final int TRIES = 200;

  static Gen<Case> cases() {
    return DriftCases.cases(true);
  }

  static Gen<Case> tameCases() {
    return DriftCases.cases(false);
  }

  static Gen<Reformatted> reformatted() {
    return DriftCases.reformatted();
  }

  static Gen<Case> secretCases() {
    return DriftCases.secretCases();
  }

  /** What must not depend on evaluation order, formatting or unknown fields: everything but the findings' order. */
  record Outcome(Verdict verdict, Risk risk, Procedure procedure, List<String> paths, String rule, String reason, List<String> warnings) {
    static Outcome of(ClassifiedEntry e) {
      return new Outcome(e.verdict(), e.risk(), e.procedure(), e.renderedPaths(), e.ruleId(), e.reason(), e.warnings());
    }
  }

  static Map<InstanceId, Outcome> outcomes(Report r) {
    Map<InstanceId, Outcome> m = new LinkedHashMap<>();
    r.entries().forEach(e -> m.put(e.id(), Outcome.of(e)));
    return m;
  }

  static Report classify(Case c) {
    return c.engine(BuiltInRules.all()).classify(c.plan());
  }

  @PlanProperty(tries = TRIES)
  void classificationIsDeterministic(@From("cases") Case c) {
    Report a = classify(c);
    Report b = c.engine(BuiltInRules.all()).classify(c.plan());
    assertThat(b.entries()).isEqualTo(a.entries());
    assertThat(b.exitCode()).isEqualTo(a.exitCode());
    assertThat(b.toString()).isEqualTo(a.toString());
    Plan copy = PlanReader.create().read(PlanWriter.compact().toJson(c.plan())).get();
    assertThat(outcomes(classify(new Case(copy, c.policy())))).isEqualTo(outcomes(a));
    assertThat(a).hasNoRuleErrors();
  }

  @PlanProperty(tries = TRIES)
  void ruleOrderNeverChangesAnyEntry(@From("cases") Case c, long seed) {
    List<Rule> rules = new ArrayList<>(BuiltInRules.all());
    Map<InstanceId, Outcome> base = outcomes(c.engine(rules).classify(c.plan()));
    Collections.shuffle(rules, new Random(seed));
    Report shuffled = c.engine(rules).classify(c.plan());
    assertThat(outcomes(shuffled)).isEqualTo(base);
  }

  @PlanProperty(tries = TRIES)
  void nothingWithADeleteActionIsEverBelowReplaceDeleteOrRecreate(@From("cases") Case c) {
    Report report = classify(c);
    for (ClassifiedEntry e : report.entries()) {
      boolean deletes = e.actions().contains(Action.DELETE);
      boolean recreates = e.driftActions().contains(Action.DELETE) && e.actions().contains(Action.CREATE);
      if (deletes || recreates) {
        assertThat(e).isDestructive().hasProcedure(Procedure.STOP);
        assertThat(report).hasExitCode(3);
      }
    }
  }

  static final List<String> DEFERRAL_REASONS =
      List.of("unknown", "instance_count_unknown", "resource_config_unknown", "provider_config_unknown", "deferred_prereq", "absent_prereq", "a_future_reason", "");

  /** The plan with a random part of its resource_changes moved to deferred_changes, each with a random reason. */
  static Plan deferSome(Plan plan, Random random) {
    List<ResourceChange> kept = new ArrayList<>();
    List<DeferredChange> deferred = new ArrayList<>();
    for (ResourceChange rc : plan.resourceChanges()) {
      if (random.nextBoolean()) {
        deferred.add(DeferredChange.builder().reason(DEFERRAL_REASONS.get(random.nextInt(DEFERRAL_REASONS.size()))).resourceChange(rc).build());
      } else {
        kept.add(rc);
      }
    }
    return ImmutablePlan.copyOf(plan).withResourceChanges(kept).withDeferredChanges(deferred);
  }

  @PlanProperty(tries = TRIES)
  void aDeferredChangeIsNeverHiddenAndNeverLowersADelete(@From("cases") Case c, long seed) {
    Plan plan = deferSome(c.plan(), new Random(seed));
    Report report = c.engine(BuiltInRules.all()).classify(plan);
    assertThat(report).hasNoRuleErrors();
    for (DeferredChange d : plan.deferredChanges()) {
      ClassifiedEntry e = report.entry(d.resourceChange().id()).orElseThrow();
      assertThat(e.deferred()).contains(d);
      boolean deletes = e.actions().contains(Action.DELETE);
      boolean recreates = e.driftActions().contains(Action.DELETE) && e.actions().contains(Action.CREATE);
      if (deletes || recreates || d.resourceChange().kind().isReplace()) {
        assertThat(e).isDestructive().hasProcedure(Procedure.STOP);
        assertThat(e.reason()).contains("deferred");
      } else {
        assertThat(e).hasVerdict(Verdict.DEFERRED).hasProcedure(Procedure.APPLY);
        assertThat(e.reason()).contains(d.reason().isEmpty() ? "no deferral reason given" : "deferral reason " + d.reason());
      }
    }
    if (!plan.deferredChanges().isEmpty() && !plan.isErrored()) {
      assertThat(report.exitCode()).isIn(2, 3);
    }
  }

  @PlanProperty(tries = TRIES)
  void unknownFieldsAndReorderingNeverChangeAVerdict(@From("cases") Case c, long seed) {
    Random r = new Random(seed);
    JsonValue.Obj tree = withUnknown(tree(c.plan()), r);
    tree = DriftCases.editEntries(tree, e -> shuffleKeys(DriftCases.editChange(withUnknown(e, r), ch -> shuffleKeys(withUnknown(ch, r), r)), r));
    for (String section : List.of("resource_changes", "resource_drift")) {
      if (tree.get(section) instanceof JsonValue.Arr a) {
        List<JsonValue> l = new ArrayList<>(a.elements());
        Collections.shuffle(l, r);
        tree = tree.with(section, JsonValue.array(l));
      }
    }
    Plan mutated = DriftCases.read(shuffleKeys(tree, r));
    Report before = classify(c);
    Report after = classify(new Case(mutated, c.policy()));
    assertThat(outcomes(after)).isEqualTo(outcomes(before));
    assertThat(after.exitCode()).isEqualTo(before.exitCode());
  }

  static JsonValue.Obj withUnknown(JsonValue.Obj o, Random r) {
    JsonValue v =
        switch (r.nextInt(5)) {
          case 0 -> JsonValue.of("surprise");
          case 1 -> JsonValue.of(r.nextInt(100));
          case 2 -> JsonValue.object(Map.of("nested", JsonValue.array(JsonValue.of(true), JsonValue.nullValue())));
          case 3 -> JsonValue.array(JsonValue.of("a"), JsonValue.of(1));
          default -> JsonValue.nullValue();
        };
    return o.with("x_tfdrift_future_" + r.nextInt(1000), v);
  }

  static JsonValue.Obj shuffleKeys(JsonValue.Obj o, Random r) {
    List<String> keys = new ArrayList<>(o.keys());
    Collections.shuffle(keys, r);
    Map<String, JsonValue> m = new LinkedHashMap<>();
    keys.forEach(k -> m.put(k, o.get(k)));
    return JsonValue.object(m);
  }

  @PlanProperty(tries = TRIES)
  void reformattingAnSshKeyOrJsonDocumentNeverChangesAVerdictExceptToCosmetic(@From("reformatted") Reformatted x) {
    Report base = classify(x.base());
    Report variant = classify(new Case(x.variant(), x.base().policy()));
    assertThat(variant.exitCode()).isEqualTo(base.exitCode());
    assertThat(outcomes(variant).keySet()).isEqualTo(outcomes(base).keySet());
    for (ClassifiedEntry b : base.entries()) {
      Verdict after = variant.entry(b.id()).orElseThrow().verdict();
      if (after != b.verdict()) {
        assertThat(after).as("%s was %s", b.id(), b.verdict()).isEqualTo(Verdict.COSMETIC);
        assertThat(b.verdict().rank()).as("%s was %s", b.id(), b.verdict()).isLessThan(Verdict.COSMETIC.rank());
      }
    }
  }

  @PlanProperty(tries = TRIES)
  void noSecretAppearsInAnyReport(@From("secretCases") Case c) {
    Report report = classify(c);
    assertThat(report).revealsNoSensitiveValueOf(c.plan());
    List<String> texts = new ArrayList<>();
    texts.add(report.toString());
    report.outputChanges().forEach(o -> texts.add(o.toString()));
    for (ClassifiedEntry e : report.entries()) {
      texts.add(e.toString());
      texts.add(e.reason());
      texts.addAll(e.renderedPaths());
      texts.addAll(e.warnings());
      for (Finding f : e.findings()) {
        texts.add(f.reason());
        f.paths().forEach(p -> texts.add(p.render()));
        texts.addAll(f.warnings());
      }
    }
    assertThat(texts).noneMatch(t -> t.contains(DriftCases.SECRET) || t.contains(DriftCases.VARIABLE_SECRET));
  }
}
