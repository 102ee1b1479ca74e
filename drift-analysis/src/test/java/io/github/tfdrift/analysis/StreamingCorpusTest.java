package io.github.tfdrift.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.tfdrift.report.AnalyzedPlan;
import io.github.tfdrift.rules.ClassifiedEntry;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The streaming form and the one-shot form over every plan of the shared corpus, as one run: the same
 * decision, exit code, failures, per-plan results, counts and causes.
 */
class StreamingCorpusTest {
  /** What a plan's result is, without the plan: name, decision, and every entry's address, verdict and rule. */
  record PlanResult(String name, String decision, List<String> entries, List<String> notes) {
    static PlanResult of(AnalyzedPlan p) {
      List<String> entries = new ArrayList<>();
      for (ClassifiedEntry e : p.report().entries()) {
        entries.add(e.address() + e.deposed().map(d -> " deposed " + d).orElse("") + " " + e.verdict() + " " + e.procedure() + " " + e.ruleId());
      }
      return new PlanResult(p.name(), p.decision().name(), entries, p.notes().stream().map(n -> n.describe()).toList());
    }
  }

  static List<Path> corpus;
  static AnalysisResult oneShot;

  @BeforeAll
  static void oneShotRunOverTheCorpus() {
    Optional<Path> dir = CorpusPlans.dir();
    if (dir.isEmpty()) {
      return;
    }
    corpus = CorpusPlans.files(dir.get());
    oneShot = analysis().run();
  }

  private static DriftAnalysis analysis() {
    return DriftAnalysis.builder().plans(corpus).today(LocalDate.of(2026, 11, 22)).build().get();
  }

  @Test
  void theStreamingFormDecidesEveryPlanAsTheOneShotForm() {
    assumeTrue(corpus != null, "plan corpus not found (set -Dtfdrift.corpus=DIR)");
    List<PlanResult> streamed = new ArrayList<>();
    List<PlanFailure> failed = new ArrayList<>();
    RunSummary summary = analysis().stream(o -> o.fold(failed::add, p -> streamed.add(PlanResult.of(p))));

    assertThat(corpus).hasSizeGreaterThan(500);
    assertThat(oneShot.plans().size() + oneShot.failures().size()).isEqualTo(corpus.size());
    assertThat(oneShot.plans()).hasSizeGreaterThan(corpus.size() / 2);
    assertThat(streamed).isEqualTo(oneShot.plans().stream().map(PlanResult::of).toList());
    assertThat(failed).isEqualTo(oneShot.failures()).isEqualTo(summary.failures());
    assertThat(summary.planCount()).isEqualTo(oneShot.plans().size());
    assertThat(summary.decision()).isEqualTo(oneShot.decision());
    assertThat(summary.exitCode()).isEqualTo(oneShot.exitCode());
    assertThat(summary.countsByVerdict()).isEqualTo(oneShot.report().countsByVerdict());
  }

  @Test
  void theStreamingFormKeepsTheCausesAcrossPlansAsTheReportGroupsThem() {
    assumeTrue(corpus != null, "plan corpus not found (set -Dtfdrift.corpus=DIR)");
    RunSummary summary = analysis().stream(o -> {});
    assertThat(oneShot.report().causes()).isNotEmpty();
    assertThat(summary.causes()).isEqualTo(oneShot.report().causes().stream().map(RunSummary.Cause::of).toList());
  }
}
