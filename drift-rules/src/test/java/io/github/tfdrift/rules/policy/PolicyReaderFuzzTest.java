package io.github.tfdrift.rules.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import io.vavr.control.Either;

/**
 * Fuzzes the policy reader: any text gives a policy or {@link PolicyErrors}, never an exception. The
 * seed corpus is under {@code src/test/resources/io/github/tfdrift/rules/policy/PolicyReaderFuzzTestInputs};
 * see docs/fuzzing.md.
 */
class PolicyReaderFuzzTest {

  @FuzzTest
  void anyTextReadsAsAPolicyOrItsErrors(@NotNull String text) {
    Either<PolicyErrors, Policy> read = PolicyReader.create().readText(text, "fuzz.yaml");
    assertThat(read).isNotNull();
    read.peekLeft(e -> assertThat(e.describe()).isNotBlank());
  }
}
