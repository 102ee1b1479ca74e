package io.github.tfdrift.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.tfdrift.core.json.PlanReader;
import io.github.tfdrift.core.model.Action;
import io.github.tfdrift.core.model.InstanceId;
import io.github.tfdrift.core.model.Plan;
import io.github.tfdrift.core.value.JsonValue;
import io.github.tfdrift.core.value.JsonValues;
import io.github.tfdrift.rules.builtin.BuiltInRules;
import io.github.tfdrift.rules.policy.AcceptRule;
import io.github.tfdrift.rules.policy.Expectation;
import io.github.tfdrift.rules.policy.IgnoreRule;
import io.github.tfdrift.rules.policy.Policy;
import io.github.tfdrift.rules.policy.RequiredTags;
import io.github.tfdrift.rules.spi.Rule;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Properties over generated plans and mutated corpus plans, with a seeded {@link Random}: every
 * failure message names the seed that reproduces it.
 */
class ClassificationPropertiesTest {
  static final long SEED = 20261122L;
  static final int RUNS = 300;
  static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
  static final List<String> ATTRS = List.of("a", "b", "tags", "policy", "keys", "nested", "nested[0].x", "all");

  static Plan read(String json) {
    return PlanReader.create().read(json, "gen").getOrElseThrow(e -> new AssertionError(e.describe()));
  }

  static Policy policy(Random r, boolean touchFormattedAttributes) {
    Policy.Builder b = Policy.builder();
    List<String> attrs = new ArrayList<>(ATTRS);
    if (!touchFormattedAttributes) {
      attrs.removeAll(List.of("policy", "keys", "all"));
    }
    for (int i = r.nextInt(3); i > 0; i--) {
      b.addIgnore(IgnoreRule.of(r.nextBoolean() ? "*" : PlanGen.TYPES.get(r.nextInt(3)), r.nextBoolean() ? "*" : "*.r" + r.nextInt(5), attrs.get(r.nextInt(attrs.size()))));
    }
    for (int i = r.nextInt(2); i > 0; i--) {
      b.addExpected(Expectation.of("*.r" + r.nextInt(8), List.of(attrs.get(r.nextInt(attrs.size()))), "test " + i, r.nextBoolean() ? TODAY.minusDays(1) : TODAY.plusDays(1)));
    }
    if (r.nextBoolean()) {
      b.addAccept(AcceptRule.of("*", "*", "b"));
    }
    if (r.nextInt(4) == 0) {
      b.requiredTags(RequiredTags.of("Name", "Owner"));
    }
    return b.build();
  }

  static DriftEngine engine(Policy p, List<Rule> rules) {
    DriftEngine.Builder b = DriftEngine.builder().policy(p).today(TODAY);
    rules.forEach(b::addRule);
    return b.build();
  }

  static Map<InstanceId, Verdict> verdicts(Report r) {
    Map<InstanceId, Verdict> m = new LinkedHashMap<>();
    r.entries().forEach(e -> m.put(e.id(), e.verdict()));
    return m;
  }

  /** What must not depend on evaluation order: everything but the findings' order. */
  record Outcome(InstanceId id, Verdict v, Risk risk, Procedure p, List<String> paths, String rule, String reason, List<String> warnings) {}

  static List<Outcome> outcomes(Report r) {
    List<Outcome> l = new ArrayList<>();
    r.entries().forEach(e -> l.add(new Outcome(e.id(), e.verdict(), e.risk(), e.procedure(), e.renderedPaths(), e.ruleId(), e.reason(), e.warnings())));
    return l;
  }

  @Test
  void classificationIsDeterministic() {
    Random seeds = new Random(SEED);
    for (int run = 0; run < RUNS; run++) {
      long seed = seeds.nextLong();
      Random r = new Random(seed);
      Plan plan = read(PlanGen.plan(seed, 1 + r.nextInt(12)));
      Policy p = policy(r, true);
      Report a = engine(p, BuiltInRules.all()).classify(plan);
      Report b = engine(p, BuiltInRules.all()).classify(read(PlanGen.plan(seed, 1 + new Random(seed).nextInt(12))));
      assertThat(a.entries()).as("seed %d", seed).isEqualTo(b.entries());
      assertThat(a.exitCode()).as("seed %d", seed).isEqualTo(b.exitCode());
    }
  }

  @Test
  void ruleOrderNeverChangesTheClassification() {
    Random seeds = new Random(SEED + 1);
    for (int run = 0; run < RUNS; run++) {
      long seed = seeds.nextLong();
      Random r = new Random(seed);
      Plan plan = read(PlanGen.plan(seed, 1 + r.nextInt(12)));
      Policy p = policy(r, true);
      List<Rule> rules = new ArrayList<>(BuiltInRules.all());
      List<Outcome> base = outcomes(engine(p, rules).classify(plan));
      Collections.shuffle(rules, r);
      assertThat(outcomes(engine(p, rules).classify(plan))).as("seed %d", seed).isEqualTo(base);
    }
  }

  @Test
  void nothingWithADeleteActionIsEverBelowReplaceDeleteOrRecreate() {
    Random seeds = new Random(SEED + 2);
    int deletes = 0;
    for (int run = 0; run < RUNS; run++) {
      long seed = seeds.nextLong();
      Random r = new Random(seed);
      Plan plan = read(PlanGen.plan(seed, 1 + r.nextInt(12)));
      Report report = engine(policy(r, true), BuiltInRules.all()).classify(plan);
      for (ClassifiedEntry e : report.entries()) {
        if (e.actions().contains(Action.DELETE) || (e.driftActions().contains(Action.DELETE) && e.actions().equals(List.of(Action.CREATE)))) {
          deletes++;
          assertThat(e.verdict()).as("seed %d %s", seed, e).isIn(Verdict.REPLACE, Verdict.DELETE, Verdict.RECREATE);
          assertThat(report.exitCode()).as("seed %d", seed).isEqualTo(3);
        }
      }
    }
    assertThat(deletes).isGreaterThan(RUNS / 2);
  }

  // ---- metamorphic: unknown fields and reordering ----

  static JsonValue withUnknown(JsonValue v, Random r) {
    if (!(v instanceof JsonValue.Obj o)) {
      return v;
    }
    return o.with("x_future_field_" + r.nextInt(1000), r.nextBoolean() ? JsonValue.of("surprise") : PlanGen.obj("nested", 1));
  }

  static JsonValue mutateEntries(JsonValue arr, Random r) {
    if (!(arr instanceof JsonValue.Arr a)) {
      return arr;
    }
    List<JsonValue> l = new ArrayList<>();
    for (JsonValue e : a.elements()) {
      JsonValue m = withUnknown(e, r);
      if (m instanceof JsonValue.Obj o && o.get("change") instanceof JsonValue.Obj c) {
        m = o.with("change", withUnknown(c, r));
      }
      l.add(m);
    }
    Collections.shuffle(l, r);
    return JsonValue.array(l);
  }

  static String mutate(String json, Random r) {
    JsonValue v = JsonValues.parseTrusted(json);
    if (!(v instanceof JsonValue.Obj o)) {
      return json;
    }
    o = (JsonValue.Obj) withUnknown(o, r);
    for (String k : List.of("resource_changes", "resource_drift")) {
      if (o.has(k)) {
        o = o.with(k, mutateEntries(o.get(k), r));
      }
    }
    return JsonValues.toJson(o);
  }

  @Test
  void unknownFieldsAndReorderingNeverChangeAVerdictOfACorpusPlan() {
    Optional<Path> dir = CorpusPlans.dir();
    assumeTrue(dir.isPresent(), "corpus absent");
    Random r = new Random(SEED + 3);
    DriftEngine engine = DriftEngine.withDefaults();
    int checked = 0;
    for (CorpusPlans.Named n : CorpusPlans.all(dir.get())) {
      if (JsonValues.parse(n.json()).isLeft()) {
        continue;
      }
      Report base = engine.classify(n.plan());
      Optional<Plan> mutated = PlanReader.create().read(mutate(n.json(), r), n.name()).toJavaOptional();
      assertThat(mutated).as(n.name()).isPresent();
      Report after = engine.classify(mutated.get());
      assertThat(verdicts(after)).as(n.name()).isEqualTo(verdicts(base));
      assertThat(after.exitCode()).as(n.name()).isEqualTo(base.exitCode());
      checked++;
    }
    assertThat(checked).isGreaterThan(300);
  }

  @Test
  void unknownFieldsAndReorderingNeverChangeAVerdictOfAGeneratedPlan() {
    Random seeds = new Random(SEED + 4);
    for (int run = 0; run < RUNS; run++) {
      long seed = seeds.nextLong();
      Random r = new Random(seed);
      String json = PlanGen.plan(seed, 1 + r.nextInt(12));
      DriftEngine e = engine(policy(r, true), BuiltInRules.all());
      assertThat(verdicts(e.classify(read(mutate(json, r))))).as("seed %d", seed).isEqualTo(verdicts(e.classify(read(json))));
    }
  }

  // ---- metamorphic: reformatting SSH keys and JSON documents ----

  static JsonValue reformat(JsonValue value, Random r) {
    if (!(value instanceof JsonValue.Obj o)) {
      return value;
    }
    if (r.nextBoolean()) {
      JsonValue doc = JsonValues.parseTrusted(PlanGen.POLICY);
      List<String> keys = new ArrayList<>(((JsonValue.Obj) doc).keys());
      Collections.shuffle(keys, r);
      Map<String, JsonValue> m = new LinkedHashMap<>();
      keys.forEach(k -> m.put(k, doc.get(k)));
      String text = r.nextBoolean() ? JsonValues.toPrettyJson(JsonValue.object(m)) : JsonValues.toJson(JsonValue.object(m)) + "\n";
      return o.with("policy", JsonValue.of(text));
    }
    String key = PlanGen.KEY.replace(" ", r.nextBoolean() ? "  " : " \t") + (r.nextBoolean() ? "\r\n" : "\n");
    return o.with("keys", JsonValue.array(JsonValue.of(r.nextBoolean() ? "  " + key : key)));
  }

  static String reformatOne(String json, Random r) {
    JsonValue.Obj plan = (JsonValue.Obj) JsonValues.parseTrusted(json);
    String section = r.nextInt(3) == 0 && !((JsonValue.Arr) plan.get("resource_drift")).isEmpty() ? "resource_drift" : "resource_changes";
    List<JsonValue> entries = new ArrayList<>(((JsonValue.Arr) plan.get(section)).elements());
    int i = r.nextInt(entries.size());
    JsonValue.Obj rc = (JsonValue.Obj) entries.get(i);
    JsonValue.Obj change = (JsonValue.Obj) rc.get("change");
    String side = r.nextBoolean() ? "after" : "before";
    change = change.with(side, reformat(change.get(side), r));
    entries.set(i, rc.with("change", change));
    return JsonValues.toJson(plan.with(section, JsonValue.array(entries)));
  }

  @Test
  void reformattingAnSshKeyOrJsonPolicyNeverChangesAVerdictExceptToCosmetic() {
    Random seeds = new Random(SEED + 5);
    int cosmetic = 0;
    for (int run = 0; run < RUNS; run++) {
      long seed = seeds.nextLong();
      Random r = new Random(seed);
      String json = PlanGen.plan(seed, 1 + r.nextInt(12));
      DriftEngine e = engine(policy(r, false), BuiltInRules.all());
      Map<InstanceId, Verdict> base = verdicts(e.classify(read(json)));
      Map<InstanceId, Verdict> after = verdicts(e.classify(read(reformatOne(json, r))));
      assertThat(after.keySet()).as("seed %d", seed).isEqualTo(base.keySet());
      for (InstanceId id : base.keySet()) {
        Verdict b = base.get(id);
        Verdict a = after.get(id);
        if (a != b) {
          cosmetic++;
          assertThat(a).as("seed %d %s was %s", seed, id, b).isEqualTo(Verdict.COSMETIC);
          assertThat(b.isDestructive()).as("seed %d %s", seed, id).isFalse();
        }
      }
    }
    assertThat(cosmetic).as("some reformatting became visible as COSMETIC").isPositive();
  }
}
