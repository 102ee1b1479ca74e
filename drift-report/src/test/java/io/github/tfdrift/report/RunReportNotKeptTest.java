package io.github.tfdrift.report;

import static io.github.tfdrift.report.ReportFixtures.analyzed;
import static io.github.tfdrift.report.ReportFixtures.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A plan added with {@link RunReport.Builder#addPlan(AnalyzedPlan, java.util.function.Supplier)} is not
 * kept: the report takes its totals when it is added and analyses it again whenever its plans are read.
 */
class RunReportNotKeptTest {
  @Test
  void aPlanNotKeptGivesTheSameTotalsAndReportAsAPlanKept() {
    AnalyzedPlan clean = analyzed("clean");
    AnalyzedPlan changed = analyzed("s6-vm-deleted-outside");
    AtomicInteger analysed = new AtomicInteger();
    RunReport notKept =
        RunReport.builder()
            .toolVersion("9.9.9")
            .addPlan(clean)
            .addPlan(changed, () -> {
              analysed.incrementAndGet();
              return analyzed("s6-vm-deleted-outside");
            })
            .build();
    RunReport kept = run(clean, changed);

    assertThat(analysed).hasValue(0);
    assertThat(notKept.decision()).isEqualTo(kept.decision());
    assertThat(notKept.countsByVerdict()).isEqualTo(kept.countsByVerdict());
    assertThat(notKept.causes()).isEqualTo(kept.causes());
    assertThat(notKept.secrets().size()).isEqualTo(kept.secrets().size());
    for (ReportFormat f : ReportFormat.values()) {
      assertThat(f.writer().render(notKept)).as(f.name()).isEqualTo(f.writer().render(kept));
    }
  }

  @Test
  void aPlanNotKeptIsAnalysedAgainEachTimeTheReportReadsIt() {
    AtomicInteger clean = new AtomicInteger();
    AtomicInteger changed = new AtomicInteger();
    RunReport r =
        RunReport.builder()
            .addPlan(analyzed("clean"), () -> {
              clean.incrementAndGet();
              return analyzed("clean");
            })
            .addPlan(analyzed("s1-memory-changed"), () -> {
              changed.incrementAndGet();
              return analyzed("s1-memory-changed");
            })
            .build();

    r.plans().get(0);
    r.plans().get(0);
    assertThat(clean).as("the last plan read is remembered").hasValue(1);
    r.plans().get(1);
    r.plans().get(0);
    assertThat(clean).hasValue(2);
    assertThat(changed).hasValue(1);
    assertThat(r.plans()).hasSize(2);
  }
}
