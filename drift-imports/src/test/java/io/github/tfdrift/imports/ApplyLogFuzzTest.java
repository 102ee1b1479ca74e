package io.github.tfdrift.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import io.vavr.control.Either;

/**
 * Fuzzes the reader of human apply logs: any text gives a log or a {@link LogReadError}, never an
 * exception. The seed corpus is under {@code
 * src/test/resources/io/github/tfdrift/imports/ApplyLogFuzzTestInputs}; see docs/fuzzing.md.
 */
class ApplyLogFuzzTest {

  @FuzzTest
  void anyTextReadsAsAnApplyLogOrAnError(@NotNull String text) {
    Either<LogReadError, ApplyLog> read = ApplyLog.parse(text, "fuzz.log");
    assertThat(read).isNotNull();
    read.peekLeft(e -> assertThat(e.describe()).isNotBlank());
  }
}
