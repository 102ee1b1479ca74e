package io.github.tfdrift.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.tfdrift.report.ReportFormat;
import io.github.tfdrift.testkit.PlanFixtures;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plan classified from its outline (as {@code drift analyze} does for a plan large for the heap)
 * gets the same report, byte for byte in every format, as the same plan read whole: every plan of the
 * shared corpus and every runbook scenario with its policy.
 */
class OutlinedPlanReportTest {
  static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

  private static AnalysisResult run(DriftAnalysis.Builder b, long outlineAbove) {
    return b.today(TODAY).outlineAbove(outlineAbove).build().getOrElseThrow(e -> new AssertionError(e.describe())).run();
  }

  private static void sameReports(DriftAnalysis.Builder whole, DriftAnalysis.Builder outlined) {
    AnalysisResult w = run(whole, Long.MAX_VALUE);
    AnalysisResult o = run(outlined, 0);
    assertThat(o.plans()).allSatisfy(p -> assertThat(p.plan().resourceChanges()).as("outlined, not read whole").isEmpty());
    assertThat(o.failures()).isEqualTo(w.failures());
    assertThat(o.exitCode()).isEqualTo(w.exitCode());
    for (ReportFormat f : ReportFormat.values()) {
      assertThat(o.render(f)).as(f.name()).isEqualTo(w.render(f));
    }
  }

  @Tag("corpus")
  @TestFactory
  Stream<DynamicTest> everyCorpusPlanGetsTheSameReportOutlinedAsReadWhole() {
    Optional<Path> dir = CorpusPlans.dir();
    assumeTrue(dir.isPresent(), "plan corpus not found (set -Dtfdrift.corpus=DIR)");
    List<Path> files = CorpusPlans.files(dir.get());
    assertThat(files).hasSizeGreaterThan(500);
    return files.stream()
        .map(f -> DynamicTest.dynamicTest(dir.get().relativize(f).toString(),
            () -> sameReports(DriftAnalysis.builder().plan(f), DriftAnalysis.builder().plan(f))));
  }

  @TestFactory
  Stream<DynamicTest> everyRunbookScenarioGetsTheSameReportOutlinedAsReadWhole(@TempDir Path tmp) {
    return PlanFixtures.names().stream()
        .map(name -> DynamicTest.dynamicTest(name, () -> {
          Workspace ws = Workspace.in(tmp.resolve(name));
          Path plan = ws.plan(name, "plan.json");
          Path policy = ws.policy(name, "drift.yaml");
          sameReports(DriftAnalysis.builder().plan(plan).policy(policy), DriftAnalysis.builder().plan(plan).policy(policy));
        }));
  }

  @Test
  void theWholeCorpusAsOneRunGetsTheSameReportOutlined() {
    Optional<Path> dir = CorpusPlans.dir();
    assumeTrue(dir.isPresent(), "plan corpus not found (set -Dtfdrift.corpus=DIR)");
    List<Path> files = CorpusPlans.files(dir.get());
    sameReports(DriftAnalysis.builder().plans(files), DriftAnalysis.builder().plans(files));
  }
}
