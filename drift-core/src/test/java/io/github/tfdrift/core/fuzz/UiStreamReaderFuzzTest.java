package io.github.tfdrift.core.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.tfdrift.core.read.PlanError;
import io.github.tfdrift.core.ui.UiLog;
import io.github.tfdrift.core.ui.UiStreamReader;
import io.vavr.control.Either;
import java.io.ByteArrayInputStream;

/**
 * Fuzzes the reader of Terraform's machine-readable UI log ({@code -json} output): any bytes give a
 * log or a {@link PlanError}, never an exception. The seed corpus is under {@code
 * src/test/resources/io/github/tfdrift/core/fuzz/UiStreamReaderFuzzTestInputs}; see docs/fuzzing.md.
 */
class UiStreamReaderFuzzTest {

  @FuzzTest
  void anyBytesReadAsAUiLogOrAnError(byte[] bytes) {
    Either<PlanError, UiLog> read = UiStreamReader.create().read(new ByteArrayInputStream(bytes), "fuzz.log");
    assertThat(read).isNotNull();
    read.peekLeft(e -> assertThat(e.describe()).isNotBlank());
  }
}
