package io.github.tfdrift.core.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.tfdrift.core.json.PlanReader;
import io.github.tfdrift.core.json.PlanWriter;
import io.github.tfdrift.core.model.Plan;
import io.github.tfdrift.core.read.PlanError;
import io.vavr.control.Either;

/**
 * Fuzzes the writer round trip: every plan that reads is written, and the written plan reads back
 * equal to it. The seed corpus is under {@code
 * src/test/resources/io/github/tfdrift/core/fuzz/PlanWriterFuzzTestInputs}; see docs/fuzzing.md.
 */
class PlanWriterFuzzTest {

  @FuzzTest
  void aPlanWrittenAndReadBackIsEqual(byte[] bytes) {
    Either<PlanError, Plan> read = PlanReader.create().read(bytes, "fuzz.json");
    if (read.isLeft()) {
      return;
    }
    String written = PlanWriter.compact().toJson(read.get());
    Either<PlanError, Plan> back = PlanReader.create().read(written, "written.json");
    assertThat(back.isRight()).as("reads back: %s", back.isLeft() ? back.getLeft().describe() : "").isTrue();
    assertThat(back.get()).isEqualTo(read.get());
  }
}
