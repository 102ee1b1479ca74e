package io.github.tfdrift.testkit.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tfdrift.testkit.junit.IntRange;
import io.github.tfdrift.testkit.junit.PlanProperty;

// DOCS-BEGIN
class IntRangeExample {
  @PlanProperty(tries = 50)
  void retriesAndSizesStayInTheirRanges(@IntRange(min = 0, max = 5) int retries, @IntRange(min = 1, max = 10_000_000_000L) long bytes) {
    assertThat(retries).isBetween(0, 5);
    assertThat(bytes).isBetween(1L, 10_000_000_000L);
  }
}
// DOCS-END
