package io.github.tfdrift.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tfdrift.rules.policy.PolicyError;
import io.github.tfdrift.rules.policy.PolicyErrors;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PolicyErrorsTest {
  @Test
  void problemsFoundOutOfOrderAreKeptInDocumentOrder() {
    PolicyErrors e =
        PolicyErrors.of(
            List.of(
                new PolicyError("p.yaml", 9, 3, "c"),
                new PolicyError("p.yaml", 2, 7, "b"),
                new PolicyError("p.yaml", 2, 1, "a"),
                new PolicyError("p.yaml", 9, 3, "d")));
    assertThat(e.errors()).extracting(PolicyError::message).containsExactly("a", "b", "c", "d");
  }

  @Test
  void theFirstFiftyInTheFileAreKeptWhateverOrderTheyCameIn() {
    List<PolicyError> found = new ArrayList<>();
    for (int line = 70; line >= 1; line--) {
      found.add(new PolicyError("p.yaml", line, 1, "problem " + line));
    }
    PolicyErrors e = PolicyErrors.of(found);
    assertThat(e.errors()).extracting(PolicyError::line).first().isEqualTo(1);
    assertThat(e.errors()).extracting(PolicyError::line).last().isEqualTo(50);
    assertThat(e.omitted()).isEqualTo(20);
    assertThat(e.lines()).last().isEqualTo("p.yaml: … and 20 more problems");
  }

  @Test
  void oneOmittedProblemIsSingular() {
    List<PolicyError> found = new ArrayList<>();
    for (int line = 1; line <= PolicyErrors.LIMIT + 1; line++) {
      found.add(new PolicyError("p.yaml", line, 1, "x"));
    }
    assertThat(PolicyErrors.of(found).lines()).last().isEqualTo("p.yaml: … and 1 more problem");
  }

  @Test
  void thereIsNoEmptyListOfProblems() {
    assertThatThrownBy(() -> PolicyErrors.of(List.of())).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void describeIsOneLinePerProblem() {
    PolicyErrors e = PolicyErrors.of(List.of(new PolicyError("p.yaml", 1, 1, "a"), new PolicyError("p.yaml", 0, 0, "b")));
    assertThat(e.describe()).isEqualTo("p.yaml: b\np.yaml:1:1: a");
  }
}
