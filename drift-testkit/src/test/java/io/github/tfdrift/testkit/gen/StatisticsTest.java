package io.github.tfdrift.testkit.gen;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tfdrift.core.model.Plan;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Labels, collected values and coverage requirements, counted per try and checked after the run. */
class StatisticsTest {

  @Test
  void labelsAndCollectedValuesAreCountedOncePerTryAndPrintedAsATable() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PropertyResult<Integer> r =
        Property.forAll(Gen.integers(0, 9)).withSeed(1L).tries(200).named("digits").statisticsTo(new PrintStream(out, true, StandardCharsets.UTF_8))
            .runChecked(x -> {
              Statistics.label(x % 2 == 0 ? "even" : "odd");
              Statistics.label(x % 2 == 0 ? "even" : "odd");
              Statistics.collect(x < 5 ? "small" : "large", x % 2 == 0);
            });
    assertThat(r.passed()).isTrue();
    assertThat(r.statistics().tries()).isEqualTo(200);
    assertThat(r.statistics().labels().get("even") + r.statistics().labels().get("odd")).isEqualTo(200);
    assertThat(r.statistics().collected()).containsKeys("[small, true]", "[large, false]");
    assertThat(out.toString(StandardCharsets.UTF_8))
        .startsWith("[tfdrift] statistics of digits (200 tries)")
        .contains("  labels\n", "    even", "  collected\n", "[small, true]")
        .containsPattern("odd\\s+\\d+\\s+\\d+\\.\\d%");
  }

  @Test
  void aCoverageRequirementTheGeneratorMissesFailsTheProperty() {
    PropertyResult<Integer> r =
        Property.forAll(Gen.integers(0, 100)).withSeed(2L).named("numbers").statisticsTo(null)
            .runChecked(x -> Statistics.cover(5.0, x > 1000, "more than a thousand"));
    assertThat(r.passed()).isFalse();
    assertThat(r.shrunk()).isEmpty();
    assertThat(r.statistics().unmet()).extracting(StatisticsReport.Coverage::label).containsExactly("more than a thousand");
    assertThat(r.report())
        .startsWith("Property numbers did not cover what it requires in 100 tries (seed 2):")
        .contains("more than a thousand: 0.0% of tries, at least 5.0% required")
        .contains("TOO LOW");
  }

  @Test
  void aMetCoverageRequirementPasses() {
    PropertyResult<Integer> r =
        Property.forAll(Gen.integers(0, 100)).withSeed(2L).statisticsTo(null).runChecked(x -> Statistics.cover(20.0, x < 50, "below fifty"));
    assertThat(r.passed()).as(r.report()).isTrue();
    assertThat(r.statistics().coverage()).singleElement().satisfies(c -> assertThat(c.percent(r.statistics().tries())).isGreaterThan(20.0));
  }

  @Test
  void plansCoverReplacementsDeletesAndDrift() {
    PropertyResult<Plan> r =
        Property.forAll(PlanGens.plans()).withSeed(20261203L).tries(200).statisticsTo(null).runChecked(plan -> {
          Statistics.cover(5.0, plan.resourceChanges().stream().anyMatch(rc -> rc.kind().isReplace()), "plan has a replacement");
          Statistics.cover(5.0, plan.resourceChanges().stream().anyMatch(rc -> rc.kind() == io.github.tfdrift.core.model.ChangeKind.DELETE), "plan has a delete");
          Statistics.cover(5.0, !plan.resourceDrift().isEmpty(), "plan has drift");
          Statistics.cover(1.0, plan.resourceChanges().isEmpty(), "empty plan");
        });
    assertThat(r.passed()).as(r.report()).isTrue();
  }

  @Test
  void callsOutsideAPropertyCountNothing() {
    Statistics.label("nowhere");
    Statistics.collect(1, 2);
    Statistics.cover(50.0, false, "nowhere");
    PropertyResult<Boolean> r = Property.forAll(Gen.booleans()).withSeed(1L).tries(3).statisticsTo(null).run(b -> true);
    assertThat(r.statistics().isEmpty()).isTrue();
  }

  @Test
  void discardedTriesAreNotCounted() {
    PropertyResult<Integer> r =
        Property.forAll(Gen.integers(0, 9)).withSeed(4L).tries(50).statisticsTo(null).runChecked(x -> {
          Statistics.label("seen");
          Property.assume(x % 2 == 0);
        });
    assertThat(r.statistics().labels()).containsEntry("seen", 50);
    assertThat(r.statistics().tries()).isEqualTo(50);
  }
}
