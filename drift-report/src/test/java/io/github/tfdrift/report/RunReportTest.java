package io.github.tfdrift.report;

import static io.github.tfdrift.report.ReportFixtures.analyzed;
import static io.github.tfdrift.report.ReportFixtures.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tfdrift.rules.Decision;
import io.github.tfdrift.rules.ExitCodeMode;
import org.junit.jupiter.api.Test;

class RunReportTest {
  @Test
  void theWorstPlanDecidesTheExitCode() {
    assertThat(run(analyzed("clean")).exitCode()).isZero();
    assertThat(run(analyzed("clean"), analyzed("s1-memory-changed")).exitCode()).isEqualTo(2);
    assertThat(run(analyzed("s1-memory-changed"), analyzed("s6-vm-deleted-outside"), analyzed("clean")).exitCode()).isEqualTo(3);
    assertThat(run(analyzed("s6-vm-deleted-outside"), analyzed("errored")).exitCode()).isEqualTo(1);
  }

  @Test
  void errorIsWorseThanDestructiveWhichIsWorseThanActionable() {
    assertThat(RunReport.worse(Decision.DESTRUCTIVE, Decision.ERROR)).isEqualTo(Decision.ERROR);
    assertThat(RunReport.worse(Decision.ERROR, Decision.DESTRUCTIVE)).isEqualTo(Decision.ERROR);
    assertThat(RunReport.worse(Decision.ACTIONABLE, Decision.DESTRUCTIVE)).isEqualTo(Decision.DESTRUCTIVE);
    assertThat(RunReport.worse(Decision.NO_CHANGES, Decision.ACTIONABLE)).isEqualTo(Decision.ACTIONABLE);
  }

  @Test
  void terraformModeGivesTwoForDestructive() {
    assertThat(run(ExitCodeMode.TERRAFORM, analyzed("s6-vm-deleted-outside")).exitCode()).isEqualTo(2);
    assertThat(run(ExitCodeMode.TERRAFORM, analyzed("errored")).exitCode()).isEqualTo(1);
  }

  @Test
  void anUnreadableInputMakesTheRunAnErrorWhileItsPlansStayReported() {
    RunReport r = RunReport.builder().addPlan(analyzed("s1-memory-changed")).addInputError(new InputError("x", "x: no such file")).build();
    assertThat(r.decision()).isEqualTo(Decision.ERROR);
    assertThat(r.plans()).hasSize(1);
  }

  @Test
  void toStringShowsNoValues() {
    assertThat(run(analyzed("secrets")).toString()).doesNotContain("Zq9").contains("1 plans");
  }
}
