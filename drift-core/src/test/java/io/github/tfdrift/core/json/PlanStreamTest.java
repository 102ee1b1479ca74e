package io.github.tfdrift.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.tfdrift.core.Corpus;
import io.github.tfdrift.core.model.DeferredChange;
import io.github.tfdrift.core.model.Plan;
import io.github.tfdrift.core.model.ResourceChange;
import io.github.tfdrift.core.read.PlanError;
import io.vavr.control.Either;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The streaming read delivers exactly the entries of a full read, one at a time. */
class PlanStreamTest {
  private static final PlanReader READER = PlanReader.create();

  private static final String CHANGE =
      "{\"address\":\"terraform_data.a\",\"mode\":\"managed\",\"type\":\"terraform_data\",\"name\":\"a\","
          + "\"change\":{\"actions\":[\"create\"],\"before\":null,\"after\":{\"input\":\"x\"}}}";

  @Tag("corpus")
  @TestFactory
  Stream<DynamicTest> everyCorpusPlanStreamsTheEntriesOfTheFullRead() {
    Optional<Path> dir = Corpus.dir();
    assumeTrue(dir.isPresent(), "corpus absent: skipped");
    List<Path> files = Corpus.files(dir.get());
    assertThat(files).hasSizeGreaterThanOrEqualTo(380);
    return files.stream()
        .map(f -> DynamicTest.dynamicTest(dir.get().relativize(f).toString(), () -> streamsLikeFullRead(f)));
  }

  private static void streamsLikeFullRead(Path file) throws IOException {
    Plan plan = READER.read(file).get();
    List<ResourceChange> changes = new ArrayList<>();
    List<ResourceChange> drift = new ArrayList<>();
    List<DeferredChange> deferred = new ArrayList<>();
    byte[] bytes = Files.readAllBytes(file);

    Either<PlanError, StreamSummary> streamed =
        READER.stream(new ByteArrayInputStream(bytes), file.toString(), changes::add, drift::add, deferred::add);

    assertThat(streamed.isRight()).as("streams: %s", streamed.isLeft() ? streamed.getLeft().describe() : "").isTrue();
    assertThat(changes).isEqualTo(plan.resourceChanges());
    assertThat(drift).isEqualTo(plan.resourceDrift());
    assertThat(deferred).isEqualTo(plan.deferredChanges());
    assertThat(streamed.get())
        .isEqualTo(
            new StreamSummary(
                plan.formatVersion(),
                plan.terraformVersion(),
                plan.resourceChanges().size(),
                plan.resourceDrift().size(),
                plan.deferredChanges().size()));
  }

  // No corpus plan has deferred_changes (real ones need `terraform plan -allow-deferral` and providers
  // whose configuration is unknown, which cannot run offline), so the hand-written fixture stands in.

  @Test
  void deferredChangesStreamAsTheFullReadHasThem() {
    byte[] bytes = HandWrittenFixturesTest.bytes("deferred-changes");
    Plan plan = READER.read(bytes, "deferred-changes.json").get();
    List<ResourceChange> changes = new ArrayList<>();
    List<DeferredChange> deferred = new ArrayList<>();

    Either<PlanError, StreamSummary> streamed =
        READER.stream(new ByteArrayInputStream(bytes), "deferred-changes.json", changes::add, rc -> {}, deferred::add);

    assertThat(deferred).hasSize(3).isEqualTo(plan.deferredChanges());
    assertThat(deferred.get(0).resourceChange().address()).isEqualTo("aws_instance.worker[*]");
    assertThat(changes).isEqualTo(plan.resourceChanges());
    assertThat(streamed.get().deferredChanges()).isEqualTo(3);
  }

  @Test
  void deferredChangesAreSkippedUnreadWhenNotAskedFor() {
    List<ResourceChange> seen = new ArrayList<>();

    Either<PlanError, StreamSummary> streamed =
        READER.stream(new ByteArrayInputStream(HandWrittenFixturesTest.bytes("deferred-changes")), "deferred-changes.json", seen::add, seen::add);

    assertThat(seen).extracting(ResourceChange::address).containsExactly("terraform_data.cluster");
    assertThat(streamed.get().deferredChanges()).isZero();
  }

  @Test
  void aDeferredChangeWithoutItsResourceChangeIsLocated() {
    Either<PlanError, StreamSummary> streamed =
        READER.stream(
            new ByteArrayInputStream(
                "{\"format_version\":\"1.2\",\"deferred_changes\":[{\"reason\":\"unknown\"}],\"planned_values\":{}}".getBytes(StandardCharsets.UTF_8)),
            "test.json",
            rc -> {},
            rc -> {},
            d -> {});

    assertThat(streamed.getLeft().kind()).isEqualTo(PlanError.Kind.WRONG_TYPE);
    assertThat(streamed.getLeft().describe()).contains("resource_change");
  }

  @Test
  void driftPlanFileStreamsItsDriftEntriesSeparately() {
    Optional<Path> dir = Corpus.dir();
    assumeTrue(dir.isPresent(), "corpus absent: skipped");
    Path file = dir.get().resolve("hashicorp__terraform/internal__command__testdata__show-json__drift__output.json");
    List<String> changes = new ArrayList<>();
    List<String> drift = new ArrayList<>();

    Either<PlanError, StreamSummary> streamed =
        READER.stream(file, rc -> changes.add(rc.address()), rc -> drift.add(rc.address()));

    Plan plan = READER.read(file).get();
    assertThat(drift).isNotEmpty().isEqualTo(plan.resourceDrift().stream().map(ResourceChange::address).toList());
    assertThat(changes).isEqualTo(plan.resourceChanges().stream().map(ResourceChange::address).toList());
    assertThat(streamed.get().resourceDrift()).isEqualTo(drift.size());
  }

  @Test
  void unsupportedVersionWrittenFirstFailsBeforeAnyEntryIsDelivered() {
    List<ResourceChange> seen = new ArrayList<>();

    Either<PlanError, StreamSummary> streamed =
        stream("{\"format_version\":\"2.0\",\"resource_changes\":[" + CHANGE + "]}", seen);

    assertThat(streamed.getLeft().kind()).isEqualTo(PlanError.Kind.UNSUPPORTED_VERSION);
    assertThat(seen).isEmpty();
  }

  @Test
  void missingVersionIsReportedAtTheEndOfTheDocument() {
    Either<PlanError, StreamSummary> streamed =
        stream("{\"resource_changes\":[" + CHANGE + "]}", new ArrayList<>());

    assertThat(streamed.getLeft().kind()).isEqualTo(PlanError.Kind.MISSING_VERSION);
  }

  @Test
  void stateDocumentIsNotStreamedAsAPlan() {
    Either<PlanError, StreamSummary> streamed =
        stream("{\"format_version\":\"1.0\",\"terraform_version\":\"1.11.0\",\"values\":{\"root_module\":{}}}", new ArrayList<>());

    assertThat(streamed.getLeft().kind()).isEqualTo(PlanError.Kind.STATE_FILE);
  }

  @Test
  void malformedJsonInASkippedSectionIsStillAnError() {
    Either<PlanError, StreamSummary> streamed =
        stream("{\"format_version\":\"1.2\",\"planned_values\":{\"root_module\":{]}}", new ArrayList<>());

    assertThat(streamed.getLeft().kind()).isEqualTo(PlanError.Kind.MALFORMED_JSON);
  }

  @Test
  void truncatedPlanStreamsTheCompleteEntriesThenFails() {
    List<ResourceChange> seen = new ArrayList<>();

    Either<PlanError, StreamSummary> streamed =
        stream("{\"format_version\":\"1.2\",\"resource_changes\":[" + CHANGE + "," + CHANGE.substring(0, 40), seen);

    assertThat(streamed.getLeft().kind()).isEqualTo(PlanError.Kind.TRUNCATED);
    assertThat(seen).hasSize(1);
  }

  @Test
  void wrongTypeInAnEntryIsLocated() {
    Either<PlanError, StreamSummary> streamed =
        stream("{\"format_version\":\"1.2\",\"resource_changes\":[" + CHANGE + ",{\"address\":7}]}", new ArrayList<>());

    assertThat(streamed.getLeft().kind()).isEqualTo(PlanError.Kind.WRONG_TYPE);
    assertThat(streamed.getLeft().jsonPath()).contains("$.resource_changes[1].address");
  }

  @Test
  void consumerExceptionStopsTheReadAndIsRethrownAsIs() {
    IllegalStateException boom = new IllegalStateException("stop");

    assertThatThrownBy(
            () ->
                READER.stream(
                    new ByteArrayInputStream(
                        ("{\"format_version\":\"1.2\",\"resource_changes\":[" + CHANGE + "]}").getBytes(StandardCharsets.UTF_8)),
                    "t",
                    rc -> {
                      throw boom;
                    }))
        .isSameAs(boom);
  }

  @Test
  void nullSectionsStreamNothing() {
    List<ResourceChange> seen = new ArrayList<>();

    Either<PlanError, StreamSummary> streamed =
        stream("{\"format_version\":\"1.2\",\"resource_changes\":null,\"resource_drift\":null,\"planned_values\":{}}", seen);

    assertThat(streamed.get().resourceChanges()).isZero();
    assertThat(seen).isEmpty();
  }

  private static Either<PlanError, StreamSummary> stream(String json, List<ResourceChange> seen) {
    return READER.stream(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json", seen::add, seen::add);
  }
}
