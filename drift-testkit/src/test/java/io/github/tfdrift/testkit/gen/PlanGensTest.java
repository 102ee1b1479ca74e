package io.github.tfdrift.testkit.gen;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tfdrift.core.address.AttributePath;
import io.github.tfdrift.core.address.ResourceAddress;
import io.github.tfdrift.core.json.PlanReader;
import io.github.tfdrift.core.json.PlanWriter;
import io.github.tfdrift.core.model.ChangeKind;
import io.github.tfdrift.core.model.Plan;
import io.github.tfdrift.core.model.ResourceChange;
import io.github.tfdrift.core.value.JsonValue;
import io.github.tfdrift.core.value.JsonValues;
import io.github.tfdrift.testkit.MaskAlignment;
import io.github.tfdrift.testkit.builder.Mirrors;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class PlanGensTest {

  @Test
  void plansAreDeterministicPerSeed() {
    List<String> a = PlanGens.plans().samples(99L, 20, 30).stream().map(p -> PlanWriter.compact().toJson(p)).toList();
    List<String> b = PlanGens.plans().samples(99L, 20, 30).stream().map(p -> PlanWriter.compact().toJson(p)).toList();
    assertThat(a).isEqualTo(b);
    assertThat(PlanGens.plans().samples(100L, 20, 30).stream().map(p -> PlanWriter.compact().toJson(p)).toList()).isNotEqualTo(a);
  }

  @Test
  void everyGeneratedPlanIsReadBackAfterWritingAndKeepsItsMirrorsAligned() {
    Property.forAll(PlanGens.plans())
        .withSeed(20241216L)
        .tries(300)
        .named("generated plans are valid")
        .verify(
            plan -> {
              String json = PlanWriter.compact().toJson(plan);
              var read = PlanReader.create().read(json);
              assertThat(read.isRight()).as("reads back: %s", read.isLeft() ? read.getLeft().describe() : "").isTrue();
              assertThat(read.get()).isEqualTo(plan);
              assertThat(MaskAlignment.problems(read.get())).isEmpty();
            });
  }

  @Test
  void generatedPlansCoverEveryKindOfChangeDriftImportMoveAndDeposedObject() {
    EnumSet<ChangeKind> kinds = EnumSet.noneOf(ChangeKind.class);
    Set<String> features = new TreeSet<>();
    for (Plan p : PlanGens.plans().samples(5L, 300, 40)) {
      for (ResourceChange rc : p.resourceChanges()) {
        kinds.add(rc.kind());
        rc.change().importing().ifPresent(i -> features.add("import"));
        rc.previousAddress().ifPresent(x -> features.add("move"));
        rc.deposed().ifPresent(d -> features.add("deposed"));
        rc.index().ifPresent(k -> features.add("keyed"));
        rc.moduleAddress().ifPresent(m -> features.add("module"));
        if (!rc.change().replacePaths().isEmpty()) {
          features.add("replace_paths");
        }
        if (rc.change().afterUnknownMask().anyMarked()) {
          features.add("unknown");
        }
        if (rc.change().afterSensitiveMask().anyMarked() || rc.change().beforeSensitiveMask().anyMarked()) {
          features.add("sensitive");
        }
      }
      p.resourceDrift().forEach(d -> features.add("drift-" + d.kind()));
      if (!p.outputChanges().isEmpty()) {
        features.add("outputs");
      }
      features.add(p.producer().tool().id());
    }
    assertThat(kinds)
        .contains(ChangeKind.CREATE, ChangeKind.UPDATE, ChangeKind.DELETE, ChangeKind.NO_OP, ChangeKind.REPLACE_DELETE_FIRST,
            ChangeKind.REPLACE_CREATE_FIRST, ChangeKind.FORGET, ChangeKind.READ);
    assertThat(features)
        .contains("import", "move", "deposed", "keyed", "module", "replace_paths", "unknown", "sensitive", "drift-UPDATE", "drift-DELETE",
            "outputs", "terraform", "opentofu");
  }

  @Test
  void generatedAddressesRenderAndParseBackToThemselves() {
    Property.forAll(PlanGens.resourceAddresses())
        .withSeed(17L)
        .tries(500)
        .check(a -> ResourceAddress.parse(a.render()).get().equals(a));
  }

  @Test
  void generatedPathsSurviveTheirJsonForm() {
    Property.forAll(PlanGens.attributePaths())
        .withSeed(18L)
        .tries(300)
        .check(p -> AttributePath.fromJson(p.toJson()).get().equals(p));
  }

  @Test
  void numbersKeepTheirLiteralThroughAPlan() {
    List<String> literals = new ArrayList<>();
    for (JsonValue n : PlanGens.numbers().samples(1L, 200, 10)) {
      literals.add(((JsonValue.Num) n).literal());
    }
    assertThat(literals).anyMatch(l -> l.endsWith(".0"));
    Property.forAll(PlanGens.plans(3)).withSeed(19L).tries(100).verify(plan -> {
      String json = PlanWriter.compact().toJson(plan);
      String again = PlanWriter.compact().toJson(PlanReader.create().read(json).get());
      assertThat(again).isEqualTo(json);
    });
  }

  @Test
  void ignoreChangesTakeTheirPathsFromTheValue() {
    Property.forAll(PlanGens.attributeValues().flatMap(v -> PlanGens.ignoreChanges(v).map(paths -> List.of(v, paths))))
        .withSeed(21L)
        .tries(200)
        .check(
            pair -> {
              JsonValue v = (JsonValue) pair.get(0);
              @SuppressWarnings("unchecked")
              List<AttributePath> paths = (List<AttributePath>) pair.get(1);
              return paths.stream().allMatch(p -> !Mirrors.at(v, p).isAbsent());
            });
  }

  @Test
  void reformattedSshKeysDifferOnlyInWhitespace() {
    Property.forAll(PlanGens.sshPublicKeys().flatMap(k -> PlanGens.reformattedSshKeys(k).map(r -> List.of(k, r))))
        .withSeed(22L)
        .tries(200)
        .check(pair -> !pair.get(0).equals(pair.get(1)) && pair.get(1).strip().replaceAll("\\s+", " ").equals(pair.get(0)));
  }

  @Test
  void reformattedPolicyDocumentsParseToTheSameValue() {
    Property.forAll(PlanGens.policyDocuments().flatMap(d -> PlanGens.reformattedJson(d).map(r -> List.of(d, r))))
        .withSeed(23L)
        .tries(200)
        .check(pair -> !pair.get(0).equals(pair.get(1)) && JsonValues.parseTrusted(pair.get(0)).equals(JsonValues.parseTrusted(pair.get(1))));
  }

  // ---- shrinking to minimal plans -------------------------------------------------------------

  @Test
  void planWithTooManyResourcesShrinksToExactlyThreeMinimalResources() {
    PropertyResult<Plan> r = Property.forAll(PlanGens.plans()).withSeed(1234L).run(p -> p.resourceChanges().size() <= 2);
    assertThat(r.passed()).isFalse();
    Plan shrunk = r.shrunk().orElseThrow();
    assertThat(shrunk.resourceChanges()).hasSize(3);
    assertThat(shrunk.resourceDrift()).isEmpty();
    assertThat(shrunk.outputChanges()).isEmpty();
    for (ResourceChange rc : shrunk.resourceChanges()) {
      assertThat(attributeCount(rc.change().before()) + attributeCount(rc.change().after())).as(rc.address()).isZero();
    }
    assertThat(r.report()).contains("seed 1234").contains("resource_changes:");
  }

  @Test
  void stringAttributeContainingXShrinksToOneResourceWithTheValueX() {
    PropertyResult<Plan> r = Property.forAll(PlanGens.plans()).withSeed(4321L).tries(500).run(p -> strings(p).stream().noneMatch(s -> s.contains("x")));
    assertThat(r.passed()).isFalse();
    Plan shrunk = r.shrunk().orElseThrow();
    assertThat(shrunk.resourceChanges()).hasSize(1);
    assertThat(strings(shrunk)).containsOnly("x");
    assertThat(r.shrinkSteps()).isPositive();
  }

  private static int attributeCount(JsonValue v) {
    return v instanceof JsonValue.Obj o ? o.size() : 0;
  }

  private static List<String> strings(Plan p) {
    List<String> out = new ArrayList<>();
    for (ResourceChange rc : p.resourceChanges()) {
      collect(rc.change().before(), out);
      collect(rc.change().after(), out);
    }
    return out;
  }

  private static void collect(JsonValue v, List<String> out) {
    if (v instanceof JsonValue.Str s) {
      out.add(s.value());
    } else if (v instanceof JsonValue.Arr a) {
      a.elements().forEach(e -> collect(e, out));
    } else if (v instanceof JsonValue.Obj o) {
      o.forEach((k, e) -> collect(e, out));
    }
  }
}
