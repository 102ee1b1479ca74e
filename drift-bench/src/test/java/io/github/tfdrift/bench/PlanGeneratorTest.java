package io.github.tfdrift.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tfdrift.core.json.PlanReader;
import io.github.tfdrift.core.json.PlanWriter;
import io.github.tfdrift.core.model.ChangeKind;
import io.github.tfdrift.core.model.Plan;
import io.github.tfdrift.core.model.ResourceChange;
import io.github.tfdrift.core.value.JsonValue;
import io.github.tfdrift.core.value.JsonValues;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The generated plans are deterministic, valid and shaped like real ones. */
class PlanGeneratorTest {
  private static byte[] generate(long seed, int resources) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PlanGenerator.seeded(seed).write(resources, out);
    return out.toByteArray();
  }

  private static Plan read(byte[] bytes) {
    return PlanReader.create().read(bytes, "generated").getOrElseThrow(e -> new AssertionError(e.describe()));
  }

  @Test
  void sameSeedAndSizeGiveTheSameBytes() throws IOException {
    assertThat(generate(7, 300)).isEqualTo(generate(7, 300));
  }

  @Test
  void anotherSeedGivesAnotherPlan() throws IOException {
    assertThat(generate(7, 300)).isNotEqualTo(generate(8, 300));
  }

  @Test
  void planHasExactlyTheRequestedResourceChangesWithUniqueAddresses() throws IOException {
    Plan plan = read(generate(42, 500));

    assertThat(plan.resourceChanges()).hasSize(500);
    Set<String> addresses = new HashSet<>();
    plan.resourceChanges().forEach(rc -> addresses.add(rc.address()));
    assertThat(addresses).hasSize(500);
  }

  @Test
  void everyAddressParsesAndMatchesItsParts() throws IOException {
    Plan plan = read(generate(42, 500));

    for (ResourceChange rc : plan.resourceChanges()) {
      var parsed = rc.parsedAddress();
      assertThat(parsed.isRight()).as(rc.address()).isTrue();
      assertThat(rc.address()).endsWith(rc.type() + "." + rc.name() + rc.index().map(k -> k.render()).orElse(""));
    }
  }

  @Test
  void planMixesEveryKindOfChange() throws IOException {
    Plan plan = read(generate(42, 1000));

    Set<ChangeKind> kinds = EnumSet.noneOf(ChangeKind.class);
    plan.resourceChanges().forEach(rc -> kinds.add(rc.kind()));
    assertThat(kinds)
        .contains(
            ChangeKind.NO_OP,
            ChangeKind.UPDATE,
            ChangeKind.CREATE,
            ChangeKind.DELETE,
            ChangeKind.REPLACE_DELETE_FIRST,
            ChangeKind.REPLACE_CREATE_FIRST,
            ChangeKind.READ);
  }

  @Test
  void aboutOneResourceInTenHasDrift() throws IOException {
    Plan plan = read(generate(42, 2000));

    assertThat(plan.resourceDrift().size()).isBetween(150, 250);
  }

  @Test
  void sensitivePasswordsAreMarkedInBothMasks() throws IOException {
    Plan plan = read(generate(42, 1000));

    ResourceChange db =
        plan.resourceChanges().stream()
            .filter(rc -> rc.type().equals("aws_db_instance") && rc.kind() == ChangeKind.UPDATE)
            .findFirst()
            .orElseThrow();
    assertThat(db.change().beforeSensitive().get("password")).isEqualTo(JsonValue.of(true));
    assertThat(db.change().afterSensitive().get("password")).isEqualTo(JsonValue.of(true));
  }

  @Test
  void createdResourcesLeaveComputedAttributesUnknown() throws IOException {
    Plan plan = read(generate(42, 1000));

    ResourceChange created =
        plan.resourceChanges().stream()
            .filter(rc -> rc.type().equals("aws_instance") && rc.kind() == ChangeKind.CREATE)
            .findFirst()
            .orElseThrow();
    assertThat(created.change().after().get("id").isAbsent()).isTrue();
    assertThat(created.change().afterUnknown().get("id")).isEqualTo(JsonValue.of(true));
  }

  @Test
  void tenThousandResourcesMakeAboutOneHundredMegabytes() throws IOException {
    // 1k resources is a tenth of the 10k benchmark plan, which should be about 100 MB.
    int size = generate(42, 1000).length;

    assertThat(size).isBetween(8_000_000, 13_000_000);
  }

  @Test
  void generatedPlanRoundTripsThroughTheModel() throws IOException {
    byte[] bytes = generate(3, 200);
    Plan plan = read(bytes);

    JsonValue original = JsonValues.parseTrusted(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
    assertThat(JsonValues.parseTrusted(PlanWriter.compact().toJson(plan))).isEqualTo(original);
  }
}
