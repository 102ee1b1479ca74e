package io.github.tfdrift.core.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.tfdrift.core.json.PlanReader;
import io.github.tfdrift.core.json.StreamSummary;
import io.github.tfdrift.core.model.Plan;
import io.github.tfdrift.core.model.ResourceChange;
import io.github.tfdrift.core.read.PlanError;
import io.vavr.control.Either;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Fuzzes the plan reader, full and streaming: any bytes give a plan or a {@link PlanError}, never an
 * exception, and the streaming reader delivers the entries the full reader reads. The seed corpus is
 * under {@code src/test/resources/io/github/tfdrift/core/fuzz/PlanReaderFuzzTestInputs}; see
 * docs/fuzzing.md.
 */
class PlanReaderFuzzTest {

  @FuzzTest
  void anyBytesReadAsAPlanOrAnError(byte[] bytes) {
    Either<PlanError, Plan> read = PlanReader.create().read(bytes, "fuzz.json");
    assertThat(read).isNotNull();
    read.peekLeft(e -> assertThat(e.describe()).isNotBlank());
  }

  @FuzzTest
  void theStreamingReaderDeliversTheEntriesOfTheFullRead(byte[] bytes) {
    Either<PlanError, Plan> full = PlanReader.create().read(bytes, "fuzz.json");
    List<ResourceChange> changes = new ArrayList<>();
    List<ResourceChange> drift = new ArrayList<>();
    Either<PlanError, StreamSummary> streamed =
        PlanReader.create().stream(new ByteArrayInputStream(bytes), "fuzz.json", changes::add, drift::add);
    assertThat(streamed).isNotNull();
    if (full.isRight()) {
      assertThat(streamed.isRight()).as("streams what reads: %s", streamed.isLeft() ? streamed.getLeft().describe() : "").isTrue();
      assertThat(changes).isEqualTo(full.get().resourceChanges());
      assertThat(drift).isEqualTo(full.get().resourceDrift());
    }
  }
}
