package io.github.tfdrift.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.tfdrift.report.AnalyzedPlan;
import io.github.tfdrift.report.ReportFormat;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A run that keeps no plan in memory ({@code retainedPlanBytes(0)}: each plan is dropped once decided
 * and read again when the report is written, as {@code drift analyze} does past its share of the heap)
 * writes, over every plan of the shared corpus as one run, the same report in every format as a run
 * that keeps them all.
 */
class BoundedRunCorpusTest {
  static List<Path> corpus;

  @BeforeAll
  static void findTheCorpus() {
    Optional<Path> dir = CorpusPlans.dir();
    dir.ifPresent(d -> corpus = CorpusPlans.files(d));
  }

  private static AnalysisResult run(long retainedPlanBytes) {
    return DriftAnalysis.builder().plans(corpus).today(LocalDate.of(2026, 11, 22)).retainedPlanBytes(retainedPlanBytes).build().get().run();
  }

  @Test
  void aRunKeepingNoPlanWritesTheSameReportInEveryFormatAsARunKeepingThemAll() {
    assumeTrue(corpus != null, "plan corpus not found (set -Dtfdrift.corpus=DIR)");
    AnalysisResult kept = run(Long.MAX_VALUE);
    AnalysisResult bounded = run(0);

    assertThat(corpus).hasSizeGreaterThan(500);
    assertThat(bounded.plans()).hasSameSizeAs(kept.plans()).hasSizeGreaterThan(corpus.size() / 2);
    assertThat(bounded.failures()).isEqualTo(kept.failures());
    assertThat(bounded.exitCode()).isEqualTo(kept.exitCode());
    for (ReportFormat f : ReportFormat.values()) {
      assertThat(bounded.render(f)).as(f.name()).isEqualTo(kept.render(f));
    }
  }

  @Test
  void aPlanNotKeptIsAnalysedAgainWhenTheReportReadsIt() {
    assumeTrue(corpus != null, "plan corpus not found (set -Dtfdrift.corpus=DIR)");
    AnalysisResult bounded = run(0);
    AnalyzedPlan first = bounded.plans().get(0);
    bounded.plans().get(1);
    AnalyzedPlan again = bounded.plans().get(0);

    assertThat(again).isNotSameAs(first);
    assertThat(again.name()).isEqualTo(first.name());
    assertThat(again.report().entries()).hasSameSizeAs(first.report().entries());
  }
}
