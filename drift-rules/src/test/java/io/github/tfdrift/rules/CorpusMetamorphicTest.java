package io.github.tfdrift.rules;

import io.github.tfdrift.rules.engine.DriftEngine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.tfdrift.core.json.PlanReader;
import io.github.tfdrift.core.json.PlanWriter;
import io.github.tfdrift.core.model.InstanceId;
import io.github.tfdrift.core.model.Plan;
import io.github.tfdrift.core.redact.Secrets;
import io.github.tfdrift.core.value.JsonValue;
import io.github.tfdrift.core.value.JsonValues;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Unknown fields and reordering never change a verdict of a real plan of the corpus, nor does
 * redacting it ({@code PlanWriter.redacting()}). The same
 * properties over generated plans and policies (determinism, rule order, never-downgrade, unknown
 * fields, reordering, cosmetic variants, secrets) run in drift-testkit on its generators
 * ({@code io.github.tfdrift.testkit.properties.ClassificationPropertiesTest}), since drift-testkit
 * depends on this module.
 */
class CorpusMetamorphicTest {
  static final long SEED = 20261122L;

  static Map<InstanceId, Verdict> verdicts(Report r) {
    Map<InstanceId, Verdict> m = new LinkedHashMap<>();
    r.entries().forEach(e -> m.put(e.id(), e.verdict()));
    return m;
  }

  static JsonValue withUnknown(JsonValue v, Random r) {
    if (!(v instanceof JsonValue.Obj o)) {
      return v;
    }
    return o.with(
        "x_future_field_" + r.nextInt(1000),
        r.nextBoolean() ? JsonValue.of("surprise") : JsonValue.object(Map.of("nested", JsonValue.of(1))));
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
    Random r = new Random(SEED);
    DriftEngine engine = DriftEngine.withDefaults();
    int checked = 0;
    for (CorpusPlans.Named n : CorpusPlans.all(dir.get())) {
      assertThat(JsonValues.parse(n.json()).isRight()).as("%s parses as JSON", n.name()).isTrue();
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
  void aRedactedCorpusPlanClassifiesLikeTheOriginal() {
    Optional<Path> dir = CorpusPlans.dir();
    assumeTrue(dir.isPresent(), "corpus absent");
    DriftEngine engine = DriftEngine.withDefaults();
    int checked = 0;
    int withSecrets = 0;
    for (CorpusPlans.Named n : CorpusPlans.all(dir.get())) {
      Report base = engine.classify(n.plan());
      String redacted = PlanWriter.compact().redacting().toJson(n.plan());
      Optional<Plan> back = PlanReader.create().read(redacted, n.name()).toJavaOptional();
      assertThat(back).as(n.name()).isPresent();
      Report after = engine.classify(back.get());
      assertThat(verdicts(after)).as(n.name()).isEqualTo(verdicts(base));
      assertThat(after.exitCode()).as(n.name()).isEqualTo(base.exitCode());
      for (int i = 0; i < base.entries().size(); i++) {
        assertThat(after.entries().get(i).paths()).as("%s %s", n.name(), base.entries().get(i).address()).isEqualTo(base.entries().get(i).paths());
      }
      withSecrets += Secrets.of(n.plan()).isEmpty() ? 0 : 1;
      checked++;
    }
    assertThat(checked).isGreaterThan(300);
    assertThat(withSecrets).as("corpus plans that hold secrets").isGreaterThan(10);
  }
}
