package io.github.tfdrift.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tfdrift.core.json.PlanOutline;
import io.github.tfdrift.core.json.PlanReader;
import io.github.tfdrift.core.json.StreamSummary;
import io.github.tfdrift.core.model.ResourceChange;
import io.github.tfdrift.core.read.PlanError;
import io.github.tfdrift.core.redact.Secrets;
import io.vavr.control.Either;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The changes of an outlined plan reach the classifying thread in document order, however many
 * batches they make; their secrets are collected on the way; a consumer that fails stops the reading.
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
      Either<PlanError, StreamSummary> r = EntryPipeline.stream(outline(n), found, rc -> seen.add(rc.address()));
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
  void aConsumerThatFailsStopsTheReadingAndItsExceptionReachesTheCaller() throws Exception {
    PlanOutline outline = outline(EntryPipeline.DEPTH * 4);
    IllegalStateException boom = new IllegalStateException("rule failed");
    List<ResourceChange> seen = new ArrayList<>();
    assertThatThrownBy(
            () ->
                EntryPipeline.stream(
                    outline,
                    null,
                    rc -> {
                      seen.add(rc);
                      if (seen.size() == 40) {
                        throw boom;
                      }
                    }))
        .isSameAs(boom);
    assertThat(seen).hasSize(40);
    long deadline = System.nanoTime() + 5_000_000_000L;
    while (readerAlive() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(readerAlive()).as("the reading thread stopped").isFalse();
  }

  private static boolean readerAlive() {
    return Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals("tfdrift-plan-reader") && t.isAlive());
  }
}
