package io.github.tfdrift.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.tfdrift.core.json.PlanOutline;
import io.github.tfdrift.core.json.PlanReader;
import io.github.tfdrift.core.json.StreamSummary;
import io.github.tfdrift.core.model.ResourceChange;
import io.github.tfdrift.core.read.PlanError;
import io.github.tfdrift.core.redact.Secrets;
import io.vavr.control.Either;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The changes of an outlined plan reach the classifying thread in document order, however many
 * batches they make, prepared on the reading threads; their secrets are collected on the way; a
 * consumer or a preparation that fails stops the reading.
 */
class EntryPipelineTest {
  @TempDir Path tmp;

  /** A plan of {@code n} terraform_data updates, each with a sensitive input. */
  private PlanOutline outline(int n) throws Exception {
    StringBuilder changes = new StringBuilder();
    for (int i = 0; i < n; i++) {
      changes.append(i == 0 ? "" : ",")
          .append("{\"address\":\"terraform_data.r").append(i)
          .append("\",\"mode\":\"managed\",\"type\":\"terraform_data\",\"name\":\"r").append(i)
          .append("\",\"provider_name\":\"terraform.io/builtin/terraform\",\"change\":{\"actions\":[\"update\"],")
          .append("\"before\":{\"input\":\"old-secret-value-").append(i).append("\"},\"after\":{\"input\":\"new-secret-value-").append(i)
          .append("\"},\"after_unknown\":{},\"before_sensitive\":{\"input\":true},\"after_sensitive\":{\"input\":true}}}");
    }
    Path plan = tmp.resolve("plan-" + n + ".json");
    Files.writeString(
        plan,
        "{\"format_version\":\"1.2\",\"terraform_version\":\"1.11.0\",\"resource_changes\":[" + changes + "],\"applyable\":true,\"complete\":true}",
        StandardCharsets.UTF_8);
    return PlanReader.create().outlineWithoutChangeValues(plan, null).getOrElseThrow(e -> new AssertionError(e.describe()));
  }

  @Test
  void everyChangeArrivesInDocumentOrderWithItsSecretsCollected() throws Exception {
    for (int n : new int[] {0, 1, EntryPipeline.BATCH - 1, EntryPipeline.BATCH, EntryPipeline.BATCH + 1, EntryPipeline.DEPTH * 3 + 7}) {
      List<String> seen = new ArrayList<>();
      Secrets.Collector found = Secrets.collector();
      Either<PlanError, StreamSummary> r = EntryPipeline.stream(outline(n), found, rc -> seen.add(rc.address()), 1);
      assertThat(r.isRight()).isTrue();
      List<String> expected = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        expected.add("terraform_data.r" + i);
      }
      assertThat(seen).as("%d changes", n).isEqualTo(expected);
      Secrets secrets = found.build();
      if (n > 0) {
        assertThat(secrets.containsSecret("new-secret-value-" + (n - 1))).isTrue();
        assertThat(secrets.containsSecret("old-secret-value-0")).isTrue();
      }
    }
  }

  @Test
  void readOnSeveralThreadsByRunsEveryChangeStillArrivesInDocumentOrderWithItsSecrets() throws Exception {
    for (int readers : new int[] {2, 3}) {
      for (int n : new int[] {1, EntryPipeline.BATCH, EntryPipeline.BATCH + 1, EntryPipeline.DEPTH * 3 + 7}) {
        PlanOutline outline = outline(n);
        List<ResourceChange> one = new ArrayList<>();
        Secrets.Collector oneFound = Secrets.collector();
        assertThat(EntryPipeline.stream(outline, oneFound, one::add, 1).isRight()).isTrue();
        List<ResourceChange> many = new ArrayList<>();
        Secrets.Collector manyFound = Secrets.collector();

        Either<PlanError, StreamSummary> r = EntryPipeline.stream(outline, manyFound, many::add, readers);

        assertThat(r.get().resourceChanges()).isEqualTo(n);
        assertThat(many).as("%d changes on %d threads", n, readers).isEqualTo(one);
        assertThat(manyFound.build()).isEqualTo(oneFound.build());
        assertThat(manyFound.build().containsSecret("new-secret-value-" + (n - 1))).isTrue();
      }
    }
  }

  @Test
  void readersAreOnePerSpareCoreAtLeastTwoAndOneForAFewChanges() {
    assertThat(EntryPipeline.readers(10_000, 1)).isEqualTo(1);
    assertThat(EntryPipeline.readers(10_000, 2)).isEqualTo(2);
    assertThat(EntryPipeline.readers(10_000, 4)).isEqualTo(3);
    assertThat(EntryPipeline.readers(10_000, 64)).isEqualTo(4);
    assertThat(EntryPipeline.readers(2 * EntryPipeline.BATCH - 1, 8)).isEqualTo(1);
  }

  /** Every corpus plan's changes, read by runs on two threads, are those one read of the array gives. */
  @Tag("corpus")
  @TestFactory
  Stream<DynamicTest> everyCorpusPlansChangesReadByRunsAreThoseOfOneRead() throws IOException {
    String prop = System.getProperty("tfdrift.corpus");
    Path dir = Path.of(prop != null && !prop.isBlank() ? prop : "../../shared/corpus");
    assumeTrue(Files.isDirectory(dir), "corpus absent at " + dir + ": skipped (set -Dtfdrift.corpus=DIR)");
    List<Path> files;
    try (Stream<Path> s = Files.walk(dir)) {
      files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    assertThat(files).hasSizeGreaterThanOrEqualTo(380);
    return files.stream()
        .map(
            f ->
                DynamicTest.dynamicTest(
                    dir.relativize(f).toString(),
                    () -> {
                      PlanOutline outline = PlanReader.create().outlineWithoutChangeValues(f, null).get();
                      List<ResourceChange> one = new ArrayList<>();
                      Secrets.Collector oneFound = Secrets.collector();
                      assertThat(EntryPipeline.stream(outline, oneFound, one::add, 1).isRight()).isTrue();
                      List<ResourceChange> runs = new ArrayList<>();
                      Secrets.Collector runsFound = Secrets.collector();
                      assertThat(EntryPipeline.stream(outline, runsFound, runs::add, 2).isRight()).isTrue();
                      assertThat(runs).isEqualTo(one);
                      assertThat(runsFound.build()).isEqualTo(oneFound.build());
                    }));
  }

  @Test
  void aConsumerThatFailsStopsTheReadingAndItsExceptionReachesTheCaller() throws Exception {
    for (int readers : new int[] {1, 2}) {
      PlanOutline outline = outline(EntryPipeline.DEPTH * 4);
      IllegalStateException boom = new IllegalStateException("rule failed");
      List<ResourceChange> seen = new ArrayList<>();
      assertThatThrownBy(
              () ->
                  EntryPipeline.stream(
                      outline,
                      Secrets.collector(),
                      rc -> {
                        seen.add(rc);
                        if (seen.size() == 40) {
                          throw boom;
                        }
                      },
                      readers))
          .isSameAs(boom);
      assertThat(seen).hasSize(40);
      long deadline = System.nanoTime() + 5_000_000_000L;
      while (readerAlive() && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      assertThat(readerAlive()).as("the reading threads stopped (%d readers)", readers).isFalse();
    }
  }

  @Test
  void eachEntryIsPreparedOnAReadingThreadAndArrivesPreparedInDocumentOrder() throws Exception {
    for (int readers : new int[] {1, 2}) {
      int n = EntryPipeline.DEPTH * 3 + 7;
      List<String> seen = new ArrayList<>();
      Either<PlanError, StreamSummary> r =
          EntryPipeline.stream(
              outline(n),
              null,
              (rc, entries) -> rc.address() + " on " + Thread.currentThread().getName(),
              seen::add,
              readers);
      assertThat(r.isRight()).isTrue();
      assertThat(seen).hasSize(n);
      for (int i = 0; i < n; i++) {
        assertThat(seen.get(i)).as("%d readers", readers).startsWith("terraform_data.r" + i + " on tfdrift-plan-reader");
      }
    }
  }

  @Test
  void aPreparationThatFailsReachesTheCallerAtItsEntrysTurn() throws Exception {
    for (int readers : new int[] {1, 2}) {
      IllegalStateException boom = new IllegalStateException("rule failed");
      List<String> seen = new ArrayList<>();
      assertThatThrownBy(
              () ->
                  EntryPipeline.stream(
                      outline(EntryPipeline.DEPTH * 4),
                      null,
                      (rc, entries) -> {
                        if (rc.address().equals("terraform_data.r300")) {
                          throw boom;
                        }
                        return rc.address();
                      },
                      seen::add,
                      readers))
          .isSameAs(boom);
      assertThat(seen).as("%d readers", readers).hasSize(300).endsWith("terraform_data.r299");
    }
  }

  private static boolean readerAlive() {
    return Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().startsWith("tfdrift-plan-reader") && t.isAlive());
  }
}
