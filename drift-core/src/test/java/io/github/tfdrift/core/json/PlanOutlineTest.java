package io.github.tfdrift.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.tfdrift.core.Corpus;
import io.github.tfdrift.core.model.Plan;
import io.github.tfdrift.core.model.ResourceChange;
import io.github.tfdrift.core.read.PlanError;
import io.github.tfdrift.core.redact.Secrets;
import io.vavr.control.Either;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * An outline of a plan file tells what the whole plan tells (secrets, warnings, producer, applyable),
 * and its entries read again on their own are the entries of a full read.
 */
class PlanOutlineTest {
  private static final PlanReader READER = PlanReader.create();

  private static final String CHANGE =
      "{\"address\":\"terraform_data.a\",\"mode\":\"managed\",\"type\":\"terraform_data\",\"name\":\"a\","
          + "\"change\":{\"actions\":[\"update\"],\"before\":{\"input\":\"hunter2-old\"},\"after\":{\"input\":\"hunter2-new\"},"
          + "\"before_sensitive\":{\"input\":true},\"after_sensitive\":{\"input\":true}}}";

  @Tag("corpus")
  @TestFactory
  Stream<DynamicTest> everyCorpusPlanOutlinesAsTheFullReadReadsIt() {
    Optional<Path> dir = Corpus.dir();
    assumeTrue(dir.isPresent(), "corpus absent: skipped");
    List<Path> files = Corpus.files(dir.get());
    assertThat(files).hasSizeGreaterThanOrEqualTo(380);
    return files.stream().map(f -> DynamicTest.dynamicTest(dir.get().relativize(f).toString(), () -> outlinesLikeFullRead(f)));
  }

  private static void outlinesLikeFullRead(Path file) {
    Plan plan = READER.read(file).get();
    Either<PlanError, PlanOutline> read = READER.outline(file);
    assertThat(read.isRight()).as("outlines: %s", read.isLeft() ? read.getLeft().describe() : "").isTrue();
    PlanOutline o = read.get();

    assertThat(o.secrets()).isEqualTo(Secrets.of(plan));
    assertThat(o.warnings()).isEqualTo(plan.warnings());
    assertThat(o.producer()).isEqualTo(plan.producer());
    assertThat(o.isApplyable()).isEqualTo(plan.isApplyable());
    assertThat(o.plan().resourceChanges()).isEmpty();
    assertThat(o.plan().resourceDrift()).isEmpty();
    assertThat(o.plan().deferredChanges()).isEqualTo(plan.deferredChanges());
    assertThat(o.plan().outputChanges()).isEqualTo(plan.outputChanges());
    assertThat(o.plan().relevantAttributes()).isEqualTo(plan.relevantAttributes());
    assertThat(o.plan().checks()).isEqualTo(plan.checks());
    assertThat(o.plan().actionInvocations()).isEqualTo(plan.actionInvocations());
    assertThat(o.plan().sensitiveVariableNames()).isEqualTo(plan.sensitiveVariableNames());

    assertThat(readAll(o, o.changes())).isEqualTo(plan.resourceChanges());
    assertThat(readAll(o, o.drift())).isEqualTo(plan.resourceDrift());
    List<ResourceChange> streamed = new ArrayList<>();
    assertThat(o.streamChanges(streamed::add).isRight()).isTrue();
    assertThat(streamed).isEqualTo(plan.resourceChanges());
    for (int i = 0; i < o.changes().size(); i++) {
      assertThat(o.changes().get(i).id()).isEqualTo(plan.resourceChanges().get(i).id());
      assertThat(o.changes().get(i).kind()).isEqualTo(plan.resourceChanges().get(i).kind());
    }
  }

  @Tag("corpus")
  @TestFactory
  Stream<DynamicTest> everyCorpusPlanOutlinedWithoutChangeValuesHasTheWholePlansSecretsOnceTheChangesAreStreamed() {
    Optional<Path> dir = Corpus.dir();
    assumeTrue(dir.isPresent(), "corpus absent: skipped");
    return Corpus.files(dir.get()).stream()
        .map(f -> DynamicTest.dynamicTest(dir.get().relativize(f).toString(), () -> outlinesWithoutValuesLikeFullRead(f)));
  }

  private static void outlinesWithoutValuesLikeFullRead(Path file) {
    Plan plan = READER.read(file).get();
    PlanOutline whole = READER.outline(file).get();
    Either<PlanError, PlanOutline> read = READER.outlineWithoutChangeValues(file, null);
    assertThat(read.isRight()).as("outlines: %s", read.isLeft() ? read.getLeft().describe() : "").isTrue();
    PlanOutline o = read.get();

    assertThat(o.changes()).isEqualTo(whole.changes());
    assertThat(o.drift()).isEqualTo(whole.drift());
    assertThat(o.warnings()).isEqualTo(whole.warnings());
    assertThat(o.producer()).isEqualTo(whole.producer());
    assertThat(o.isApplyable()).isEqualTo(whole.isApplyable());
    assertThat(o.plan()).isEqualTo(whole.plan());
    boolean positioned = !o.changes().isEmpty() && !o.changes().get(0).held(); // UTF-16 plans are read whole
    assertThat(o.changeSecretsPending()).as("pending: %s", file).isEqualTo(positioned);

    Secrets.Collector found = Secrets.collector();
    List<ResourceChange> streamed = new ArrayList<>();
    assertThat(o.streamChanges(rc -> streamed.add(found.add(rc) == found ? rc : null)).isRight()).isTrue();
    assertThat(streamed).isEqualTo(plan.resourceChanges());
    PlanOutline complete = o.withChangeSecrets(found.build());
    assertThat(complete.changeSecretsPending()).isFalse();
    assertThat(complete.secrets()).isEqualTo(Secrets.of(plan));

    // planned_values and prior_state read on threads of their own (as for a large file): the same outline
    Either<PlanError, PlanOutline> apart = READER.outlineWithoutChangeValues(file, null, 0);
    assertThat(apart.isRight()).as("outlines apart: %s", apart.isLeft() ? apart.getLeft().describe() : "").isTrue();
    assertThat(apart.get().plan()).isEqualTo(o.plan());
    assertThat(apart.get().secrets()).isEqualTo(o.secrets());
    assertThat(apart.get().producer()).isEqualTo(o.producer());
    assertThat(apart.get().warnings()).isEqualTo(o.warnings());
    assertThat(apart.get().changes()).isEqualTo(o.changes());
    assertThat(apart.get().drift()).isEqualTo(o.drift());

    // the changes read again in runs of consecutive entries, one parse per run
    for (int size : new int[] {1, 3, 32}) {
      assertThat(readInRuns(o, o.changes(), size)).as("runs of %d", size).isEqualTo(plan.resourceChanges());
      assertThat(readInRuns(o, o.drift(), size)).as("drift in runs of %d", size).isEqualTo(plan.resourceDrift());
    }
  }

  private static List<ResourceChange> readInRuns(PlanOutline o, List<EntryRef> refs, int size) {
    List<ResourceChange> l = new ArrayList<>();
    try (EntryReader entries = o.entries()) {
      for (int i = 0; i < refs.size(); i += size) {
        Either<PlanError, List<ResourceChange>> run = entries.read(refs.subList(i, Math.min(refs.size(), i + size)));
        assertThat(run.isRight()).as("run at %d: %s", i, run.isLeft() ? run.getLeft().describe() : "").isTrue();
        l.addAll(run.get());
      }
    }
    return l;
  }

  @Test
  void aRunOfEntriesMustBeConsecutiveEntriesOfOneList(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("plan.json");
    Files.writeString(file, plan(CHANGE + "," + CHANGE.replace("terraform_data.a", "terraform_data.b").replace("\"a\"", "\"b\"") + "," + CHANGE.replace("terraform_data.a", "terraform_data.c").replace("\"a\"", "\"c\"")));
    PlanOutline o = READER.outline(file).get();
    try (EntryReader entries = o.entries()) {
      assertThat(entries.read(o.changes()).get()).extracting(ResourceChange::address)
          .containsExactly("terraform_data.a", "terraform_data.b", "terraform_data.c");
      assertThat(entries.read(List.of()).get()).isEmpty();
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> entries.read(List.of(o.changes().get(0), o.changes().get(2))))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void entriesReadAgainOneByOneShareTheStringsTheyRepeat(@TempDir Path dir) throws IOException {
    String provider = "registry.terraform.io/hashicorp/terraform-provider-name"; // 55 characters
    String withProvider = CHANGE.replace("\"name\":\"a\",", "\"name\":\"a\",\"provider_name\":\"" + provider + "\",");
    Path file = dir.resolve("plan.json");
    Files.writeString(file, plan(withProvider + "," + withProvider.replace("terraform_data.a", "terraform_data.b").replace("\"a\"", "\"b\"")));
    PlanOutline o = READER.outline(file).get();
    try (EntryReader entries = o.entries()) {
      ResourceChange a = entries.read(o.changes().get(0)).get();
      ResourceChange b = entries.read(o.changes().get(1)).get();

      // kept by the hundred thousand when a large plan is classified: one copy, not one per entry
      assertThat(b.providerName().get()).isSameAs(a.providerName().get()).isEqualTo(provider);
      assertThat(b.type()).isSameAs(a.type());
      assertThat(b.address()).isEqualTo("terraform_data.b");
      // the address is the outline's own string, whether read alone or in a run
      assertThat(a.address()).isSameAs(o.changes().get(0).address());
      assertThat(entries.read(o.changes()).get()).extracting(ResourceChange::address)
          .satisfiesExactly(x -> assertThat(x).isSameAs(o.changes().get(0).address()), y -> assertThat(y).isSameAs(o.changes().get(1).address()));
    }
  }

  @Test
  void aRunReadFromAFileChangedSinceItsOutlineIsAnError(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("plan.json");
    Files.writeString(file, plan(CHANGE + "," + CHANGE.replace("terraform_data.a", "terraform_data.b").replace("\"a\"", "\"b\"")));
    PlanOutline o = READER.outline(file).get();
    Files.writeString(file, plan(CHANGE.replace("terraform_data.a", "terraform_data.xyz") + "," + CHANGE));

    try (EntryReader entries = o.entries()) {
      Either<PlanError, List<ResourceChange>> run = entries.read(o.changes());
      assertThat(run.isLeft()).isTrue();
      assertThat(run.getLeft().describe()).contains("changed");
    }
    assertThat(o.changed()).isPresent();
  }

  @Test
  void aWrongTypeInsideValuesReadApartIsTheFullReadsError(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("state.json");
    Files.writeString(file, withValues(resource("plain", "\"values\":{\"input\":\"x\"},\"sensitive_values\":{}").replace("\"managed\"", "5")));
    PlanError whole = READER.read(file).getLeft();

    Either<PlanError, PlanOutline> apart = READER.outlineWithoutChangeValues(file, null, 0);

    assertThat(apart.isLeft()).isTrue();
    assertThat(apart.getLeft().describe()).isEqualTo(whole.describe());
  }

  @Test
  void anOutlineWithoutChangeValuesLacksTheSecretsOnlyThoseValuesHoldUntilTheyAreAdded(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("plan.json");
    Files.writeString(file, plan(CHANGE)); // the secrets are in resource_changes alone

    PlanOutline o = READER.outlineWithoutChangeValues(file, null).get();

    assertThat(o.changeSecretsPending()).isTrue();
    assertThat(o.secrets().redact("hunter2-new")).isEqualTo("hunter2-new");
    Secrets.Collector found = Secrets.collector();
    o.streamChanges(found::add);
    assertThat(o.withChangeSecrets(found.build()).secrets().redact("hunter2-new")).isEqualTo("(sensitive)");
  }

  @Test
  void aStringPastTheLimitInASkippedValueIsTheFullReadsError(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("long.json");
    Files.writeString(file, plan(CHANGE.replace("hunter2-new", "x".repeat(500))));
    PlanReader strict = PlanReader.create(io.github.tfdrift.core.read.ReadOptions.defaults().withMaxStringLength(200));
    PlanError whole = strict.read(file).getLeft();

    Either<PlanError, PlanOutline> light = strict.outlineWithoutChangeValues(file, null);

    assertThat(light.isLeft()).isTrue();
    assertThat(light.getLeft().describe()).isEqualTo(whole.describe());
  }

  @Test
  void brokenJsonInsideASkippedValueIsTheFullReadsError(@TempDir Path dir) throws IOException {
    for (String broken : new String[] {"\"hunter2-new\" 1", "\"hunter2-new\\x\"", "01", "\"caf\u00e9\"".replace("\u00e9", "\u00c3(")}) {
      Path file = dir.resolve("broken.json");
      Files.writeString(file, plan(CHANGE.replace("\"hunter2-new\"", broken)), StandardCharsets.ISO_8859_1);
      PlanError whole = READER.read(file).getLeft();

      Either<PlanError, PlanOutline> light = READER.outlineWithoutChangeValues(file, null);

      assertThat(light.isLeft()).as(broken).isTrue();
      assertThat(light.getLeft().describe()).as(broken).isEqualTo(whole.describe());
    }
  }

  @Test
  void aUtf16PlanIsOutlinedWithItsValuesEvenWhenAskedToSkipThem(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("utf16.json");
    Files.write(file, plan(CHANGE).getBytes(StandardCharsets.UTF_16BE));

    PlanOutline o = READER.outlineWithoutChangeValues(file, null).get();

    assertThat(o.changeSecretsPending()).isFalse();
    assertThat(o.secrets().redact("hunter2-new")).isEqualTo("(sensitive)");
    assertThat(o.read(o.changes().get(0)).get()).isEqualTo(READER.read(file).get().resourceChanges().get(0));
  }

  private static List<ResourceChange> readAll(PlanOutline o, List<EntryRef> refs) {
    List<ResourceChange> l = new ArrayList<>();
    for (EntryRef r : refs) {
      Either<PlanError, ResourceChange> e = o.read(r);
      assertThat(e.isRight()).as("reads %s: %s", r.address(), e.isLeft() ? e.getLeft().describe() : "").isTrue();
      l.add(e.get());
    }
    return l;
  }

  @Test
  void aPlanWithAByteOrderMarkIsReadAtTheRightPlaces(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bom.json");
    byte[] body = plan(CHANGE).getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[body.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(body, 0, bytes, 3, body.length);
    Files.write(file, bytes);

    PlanOutline o = READER.outline(file).get();

    assertThat(o.read(o.changes().get(0)).get()).isEqualTo(READER.read(file).get().resourceChanges().get(0));
  }

  @Test
  void aUtf16PlanIsOutlinedWithItsEntriesHeld(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("utf16.json");
    Files.write(file, plan(CHANGE).getBytes(StandardCharsets.UTF_16BE));

    PlanOutline o = READER.outline(file).get();

    assertThat(o.changes().get(0).held()).isTrue();
    assertThat(o.read(o.changes().get(0)).get()).isEqualTo(READER.read(file).get().resourceChanges().get(0));
  }

  @Test
  void aFileChangedAfterItsOutlineIsAnErrorNotAnotherPlan(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("plan.json");
    Files.writeString(file, plan(CHANGE));
    PlanOutline o = READER.outline(file).get();

    Files.writeString(file, plan(CHANGE.replace("terraform_data.a", "terraform_data.b")));
    Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 5_000));

    Either<PlanError, ResourceChange> again = o.read(o.changes().get(0));
    assertThat(again.getLeft().describe()).contains("changed while it was read");
    assertThat(o.streamChanges(rc -> {}).getLeft().describe()).contains("changed while it was read");
  }

  @Test
  void secretsOfEntriesThatAreNotKeptAreStillKnown(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("plan.json");
    Files.writeString(file, plan(CHANGE));

    PlanOutline o = READER.outline(file).get();

    assertThat(o.secrets().redact("old: hunter2-old, new: hunter2-new")).isEqualTo("old: (sensitive), new: (sensitive)");
    assertThat(o.toString()).doesNotContain("hunter2");
  }

  @Test
  void theChangesAreReadAgainFromTheirOwnPartOfTheFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("plan.json");
    Files.writeString(file, plan(CHANGE));
    PlanOutline o = READER.outline(file).get();
    // Break everything but resource_changes, keeping the size: a read of the whole file would fail.
    String text = Files.readString(file);
    FileTime stamp = Files.getLastModifiedTime(file);
    Files.writeString(file, text.replace("\"format_version\":\"1.2\"", "\"format_version\":\"9.9\""));
    Files.setLastModifiedTime(file, stamp);

    List<ResourceChange> again = new ArrayList<>();
    assertThat(o.streamChanges(again::add).isRight()).isTrue();
    assertThat(again).hasSize(1);
  }

  private static String withValues(String resources) {
    return "{\"format_version\":\"1.2\",\"terraform_version\":\"1.11.0\",\"prior_state\":{\"format_version\":\"1.0\","
        + "\"values\":{\"root_module\":{\"resources\":[" + resources + "]}}}}";
  }

  private static String resource(String name, String members) {
    return "{\"address\":\"terraform_data." + name + "\",\"mode\":\"managed\",\"type\":\"terraform_data\",\"name\":\"" + name + "\"," + members + "}";
  }

  @Test
  void theValuesOfStateResourcesAreReadForWhatTheirMarksMarkInEitherOrder(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("state.json");
    Files.writeString(
        file,
        withValues(
            resource("marked", "\"values\":{\"input\":{\"password\":\"s3cret-after\",\"user\":\"admin-name\"}},\"sensitive_values\":{\"input\":{\"password\":true}}")
                + "," + resource("first", "\"sensitive_values\":{\"input\":true},\"values\":{\"input\":\"s3cret-before\"}")
                + "," + resource("plain", "\"values\":{\"input\":\"plain-value\",\"true\":[1]},\"sensitive_values\":{\"true\":[false]}")));

    PlanOutline light = READER.outlineWithoutChangeValues(file, null).get();

    assertThat(light.secrets().redact("s3cret-after s3cret-before admin-name plain-value")).isEqualTo("(sensitive) (sensitive) admin-name plain-value");
    assertThat(light.secrets()).isEqualTo(READER.outline(file).get().secrets());
  }

  @Test
  void brokenJsonInTheUnmarkedValuesOfTheStateIsTheFullReadsError(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("state.json");
    Files.writeString(file, withValues(resource("plain", "\"values\":{\"input\":[1,,2]},\"sensitive_values\":{}")));
    PlanError whole = READER.read(file).getLeft();

    Either<PlanError, PlanOutline> light = READER.outlineWithoutChangeValues(file, null);

    assertThat(light.isLeft()).isTrue();
    assertThat(light.getLeft().describe()).isEqualTo(whole.describe());
  }

  /**
   * The outline starts reading {@code prior_state} early, from where the last {@code "prior_state"}
   * member of the file's tail says: a configuration that holds a member of that name after the real one
   * (a variable so named) is not taken for it. The real part's secrets are the outline's, the decoy's
   * are not, and the outline is the one read without reading apart; so it is when the guess is right.
   */
  @Test
  void priorStateReadEarlyIsUsedOnlyWhereThePlanHasIt(@TempDir Path dir) throws IOException {
    String state =
        "{\"format_version\":\"1.0\",\"values\":{\"root_module\":{\"resources\":["
            + resource("db", "\"values\":{\"password\":\"%s\"},\"sensitive_values\":{\"password\":true}")
            + "]}}}";
    String head = "{\"format_version\":\"1.2\",\"terraform_version\":\"1.11.0\",\"resource_changes\":[" + CHANGE + "],";
    String decoy = "\"configuration\":{\"root_module\":{\"variables\":{\"prior_state\":" + state.formatted("decoy-secret-0042") + "}}}";
    Path guessedWrong = dir.resolve("decoy.json");
    Files.writeString(guessedWrong, head + "\"prior_state\":" + state.formatted("real-secret-0042") + "," + decoy + "}");
    Path guessedRight = dir.resolve("plain.json");
    Files.writeString(guessedRight, head + "\"prior_state\":" + state.formatted("real-secret-0042") + "}");

    for (Path file : List.of(guessedWrong, guessedRight)) {
      PlanOutline apart = READER.outlineWithoutChangeValues(file, null, 0).get();
      PlanOutline here = READER.outlineWithoutChangeValues(file, null, Long.MAX_VALUE).get();

      assertThat(apart.secrets().redact("real-secret-0042")).as(file.toString()).isEqualTo("(sensitive)");
      assertThat(apart.secrets().redact("decoy-secret-0042")).as(file.toString()).isEqualTo("decoy-secret-0042");
      assertThat(apart.secrets()).isEqualTo(here.secrets());
      assertThat(apart.plan()).isEqualTo(here.plan());
    }
    try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(guessedWrong)) {
      assertThat(PriorStateSearch.lastStart(ch, Files.size(guessedWrong)))
          .isEqualTo(Files.readString(guessedWrong).lastIndexOf("\"prior_state\":") + "\"prior_state\":".length());
    }
  }

  /**
   * A read of {@code prior_state} started early waits for {@code planned_values} to be read first; when
   * the outline fails before either (broken JSON before both), the waiting read is ended, not left
   * parked for the life of the JVM.
   */
  @Test
  void aFailedOutlineLeavesNoReadingThreadBehind(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("broken.json");
    String state =
        "{\"format_version\":\"1.0\",\"values\":{\"root_module\":{\"resources\":["
            + resource("db", "\"values\":{\"password\":\"x\"},\"sensitive_values\":{}") + "]}}}";
    Files.writeString(file, "{\"format_version\":\"1.2\",\"resource_changes\":[" + CHANGE + ",}],\"prior_state\":" + state + "}");

    assertThat(READER.outlineWithoutChangeValues(file, null, 0).isLeft()).isTrue();

    long deadline = System.nanoTime() + 5_000_000_000L;
    while (valuesReaderAlive() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(valuesReaderAlive()).as("a values reader still alive").isFalse();
  }

  private static boolean valuesReaderAlive() {
    return Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals("tfdrift-values-reader") && t.isAlive());
  }

  private static String plan(String change) {
    return "{\"format_version\":\"1.2\",\"terraform_version\":\"1.11.0\",\"resource_changes\":[" + change + "]}";
  }
}
