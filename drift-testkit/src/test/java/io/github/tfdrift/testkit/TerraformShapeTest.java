package io.github.tfdrift.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tfdrift.core.Terraform;
import io.github.tfdrift.core.address.AttributePath;
import io.github.tfdrift.core.json.PlanReader;
import io.github.tfdrift.core.model.ChangeKind;
import io.github.tfdrift.core.model.Plan;
import io.github.tfdrift.core.model.Producer;
import io.github.tfdrift.core.model.ResourceChange;
import io.github.tfdrift.core.value.JsonValue;
import io.github.tfdrift.core.value.JsonValues;
import io.github.tfdrift.testkit.builder.Mirrors;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compares the fixtures with plans written by the real {@code terraform} binary (built-in {@code
 * terraform_data}, offline): same top-level keys where both have them (OpenTofu has no {@code
 * applyable}/{@code complete}), same keys in resource-change, change and values objects, and mirrors
 * aligned with values, a check that the real plans pass too. Skips visibly without terraform.
 */
class TerraformShapeTest {
  @TempDir static Path dir;
  private static JsonValue real;

  /** Keys the format documents as optional: absent from this small real plan, legal in fixtures. */
  private static final Set<String> OPTIONAL_TOP =
      Set.of("resource_drift", "prior_state", "variables", "output_changes", "relevant_attributes", "checks", "deferred_changes");
  private static final Set<String> OPTIONAL_RESOURCE_CHANGE =
      Set.of("previous_address", "deposed", "action_reason", "index", "module_address");
  private static final Set<String> OPTIONAL_CHANGE = Set.of("replace_paths", "importing", "generated_config");
  private static final Set<String> OPTIONAL_VALUES = Set.of("index", "depends_on", "deposed_key", "tainted");

  @BeforeAll
  static void planWithRealTerraform() {
    Terraform.assumeAvailable();
    Terraform tf =
        Terraform.in(dir)
            .file("m/main.tf", "resource \"terraform_data\" \"b\" {\n  for_each = toset([\"a.b\", \"c d\"])\n  input    = each.key\n}\n")
            .config(config("x", true, "t1", false))
            .init()
            .apply()
            .config(config("y", false, "t2", true));
    real = JsonValues.parseTrusted(new String(tf.plan(), StandardCharsets.UTF_8));
  }

  /** A configuration with an update, a delete, a replace, a create, no-ops, a sensitive value and an output. */
  private static String config(String name, boolean withGone, String trigger, boolean withFresh) {
    return "variable \"secret\" {\n  type      = string\n  sensitive = true\n  default   = \"s3cr3t-value\"\n}\n"
        + "resource \"terraform_data\" \"keep\" {\n  input = { name = \"" + name + "\", tags = [\"a\", \"b\"], nested = [{ k = 1 }], pw = var.secret }\n}\n"
        + (withGone ? "resource \"terraform_data\" \"gone\" {\n  input = \"bye\"\n}\n" : "")
        + "resource \"terraform_data\" \"swap\" {\n  input            = \"v1\"\n  triggers_replace = [\"" + trigger + "\"]\n}\n"
        + (withFresh ? "resource \"terraform_data\" \"fresh\" {\n  count = 2\n  input = count.index\n}\n" : "")
        + "module \"m\" {\n  source = \"./m\"\n}\n"
        + "output \"o\" {\n  value     = terraform_data.keep.input\n  sensitive = true\n}\n";
  }

  private static Set<String> keys(JsonValue v) {
    return v instanceof JsonValue.Obj o ? new TreeSet<>(o.keys()) : Set.of();
  }

  private static List<JsonValue> elements(JsonValue v) {
    return v instanceof JsonValue.Arr a ? a.elements() : List.of();
  }

  private static List<JsonValue> resourceChanges(JsonValue plan) {
    List<JsonValue> l = new ArrayList<>(elements(plan.get("resource_changes")));
    l.addAll(elements(plan.get("resource_drift")));
    return l;
  }

  private static List<JsonValue> valuesResources(JsonValue plan) {
    List<JsonValue> out = new ArrayList<>();
    collect(plan.get("planned_values").get("root_module"), out);
    collect(plan.get("prior_state").get("values").get("root_module"), out);
    return out;
  }

  private static void collect(JsonValue module, List<JsonValue> out) {
    out.addAll(elements(module.get("resources")));
    elements(module.get("child_modules")).forEach(c -> collect(c, out));
  }

  /** Keys every object of the list has, and keys any of them has. */
  private record KeySets(Set<String> always, Set<String> ever) {
    static KeySets of(List<JsonValue> objects) {
      Set<String> always = null;
      Set<String> ever = new TreeSet<>();
      for (JsonValue o : objects) {
        Set<String> k = keys(o);
        ever.addAll(k);
        if (always == null) {
          always = new TreeSet<>(k);
        } else {
          always.retainAll(k);
        }
      }
      return new KeySets(always == null ? Set.of() : always, ever);
    }
  }

  @Test
  void realPlanCoversTheActionsTheFixturesUse() {
    Plan p = PlanReader.create().read(JsonValues.toJson(real)).get();
    Set<ChangeKind> kinds = new HashSet<>();
    p.resourceChanges().forEach(rc -> kinds.add(rc.kind()));
    assertThat(kinds).contains(ChangeKind.CREATE, ChangeKind.UPDATE, ChangeKind.DELETE, ChangeKind.REPLACE_DELETE_FIRST, ChangeKind.NO_OP);
    assertThat(p.producer().tool()).isEqualTo(Producer.Tool.TERRAFORM);
  }

  @Test
  void realTerraformPlanHasAlignedMirrors() {
    assertThat(MaskAlignment.problems(PlanReader.create().read(JsonValues.toJson(real)).get())).isEmpty();
  }

  @TestFactory
  Stream<DynamicTest> fixturesHaveTheTopLevelKeysOfRealPlans() {
    Set<String> realKeys = keys(real);
    Set<String> alwaysWritten = new TreeSet<>(Set.of("format_version", "terraform_version", "planned_values", "configuration", "timestamp", "errored"));
    assertThat(realKeys).containsAll(alwaysWritten).contains("applyable", "complete");
    return PlanFixtures.names().stream().map(n -> DynamicTest.dynamicTest(n, () -> {
      Fixture f = PlanFixtures.fixture(n);
      Set<String> fixtureKeys = keys(JsonValues.parseTrusted(f.planJson()));
      assertThat(fixtureKeys).containsAll(alwaysWritten);
      Set<String> allowed = new TreeSet<>(realKeys);
      allowed.addAll(OPTIONAL_TOP);
      assertThat(allowed).containsAll(fixtureKeys);
      boolean tofu = f.plan().producer().tool() == Producer.Tool.OPENTOFU;
      if (tofu) {
        assertThat(fixtureKeys).doesNotContain("applyable", "complete");
      } else {
        assertThat(fixtureKeys).contains("applyable", "complete");
      }
    }));
  }

  @TestFactory
  Stream<DynamicTest> fixturesHaveTheKeysOfRealResourceChangeAndChangeObjects() {
    KeySets rc = KeySets.of(resourceChanges(real));
    KeySets change = KeySets.of(resourceChanges(real).stream().map(r -> r.get("change")).toList());
    KeySets values = KeySets.of(valuesResources(real));
    assertThat(rc.always()).contains("address", "mode", "type", "name", "provider_name", "change");
    assertThat(change.always()).contains("actions", "before", "after", "after_unknown", "before_sensitive", "after_sensitive");
    assertThat(change.ever()).contains("replace_paths");
    return PlanFixtures.names().stream().map(n -> DynamicTest.dynamicTest(n, () -> {
      JsonValue fixture = JsonValues.parseTrusted(PlanFixtures.fixture(n).planJson());
      for (JsonValue r : resourceChanges(fixture)) {
        assertThat(keys(r)).containsAll(rc.always());
        assertThat(union(rc.ever(), OPTIONAL_RESOURCE_CHANGE)).containsAll(keys(r));
        assertThat(keys(r.get("change"))).containsAll(change.always());
        assertThat(union(change.ever(), OPTIONAL_CHANGE)).containsAll(keys(r.get("change")));
      }
      for (JsonValue v : valuesResources(fixture)) {
        assertThat(keys(v)).containsAll(values.always());
        assertThat(union(values.ever(), OPTIONAL_VALUES)).containsAll(keys(v));
      }
    }));
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> s = new LinkedHashSet<>(a);
    s.addAll(b);
    return s;
  }

  /** Every leaf path a mirror marks true. */
  private static List<AttributePath> marked(JsonValue mirror, AttributePath at) {
    List<AttributePath> out = new ArrayList<>();
    if (mirror instanceof JsonValue.Bool b && b.value()) {
      out.add(at);
    } else if (mirror instanceof JsonValue.Obj o) {
      o.forEach((k, v) -> out.addAll(marked(v, at.child(k))));
    } else if (mirror instanceof JsonValue.Arr a) {
      for (int i = 0; i < a.size(); i++) {
        out.addAll(marked(a.get(i), at.child(i)));
      }
    }
    return out;
  }

  @Test
  void builderMirrorsEqualTerraformsForTheSameValuesAndMarks() {
    Plan p = PlanReader.create().read(JsonValues.toJson(real)).get();
    int compared = 0;
    for (ResourceChange rc : p.resourceChanges()) {
      var c = rc.change();
      List<AttributePath> unknown = marked(c.afterUnknown(), AttributePath.root());
      List<AttributePath> sensitiveBefore = marked(c.beforeSensitive(), AttributePath.root());
      assertThat(Mirrors.mirror(c.before(), sensitiveBefore)).as("before_sensitive of %s", rc.address()).isEqualTo(c.beforeSensitive());
      if (c.after() instanceof JsonValue.Obj after) {
        assertThat(Mirrors.unknownMirror(after, unknown)).as("after_unknown of %s", rc.address()).isEqualTo(c.afterUnknown());
        // Terraform also mirrors unknown attributes in after_sensitive; compare the known part.
        JsonValue known = c.afterSensitive() instanceof JsonValue.Obj o ? o.without(unknownTopKeys(after, o)) : c.afterSensitive();
        assertThat(Mirrors.mirror(after, marked(c.afterSensitive(), AttributePath.root()))).as("after_sensitive of %s", rc.address()).isEqualTo(known);
      }
      compared++;
    }
    assertThat(compared).isGreaterThanOrEqualTo(6);
  }

  private static Set<String> unknownTopKeys(JsonValue.Obj after, JsonValue.Obj mirror) {
    Set<String> s = new HashSet<>();
    for (String k : mirror.keys()) {
      if (!after.has(k)) {
        s.add(k);
      }
    }
    return s;
  }
}
