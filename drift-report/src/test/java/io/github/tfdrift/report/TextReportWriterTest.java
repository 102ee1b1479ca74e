package io.github.tfdrift.report;

import static io.github.tfdrift.report.ReportFixtures.VM;
import static io.github.tfdrift.report.ReportFixtures.analyzed;
import static io.github.tfdrift.report.ReportFixtures.policy;
import static io.github.tfdrift.report.ReportFixtures.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tfdrift.rules.ExitCodeMode;
import org.junit.jupiter.api.Test;

/** The text report speaks the runbook's words. */
class TextReportWriterTest {
  private static String text(RunReport r) {
    return new TextReportWriter().render(r);
  }

  @Test
  void memoryChangedInProxmoxOffersProcedureOneWithTofuApplyOrProcedureTwo() {
    String t = text(run(analyzed("s1-memory-changed")));
    assertThat(t.lines())
        .containsSubsequence(
            "UPDATE  " + VM + "  memory[0].dedicated",
            "  Drift: changed outside OpenTofu. Procedure 1 (restore): run 'tofu apply'. Procedure 2 (accept): update the configuration"
                + " (the resource block of " + VM + ", in the module at ./modules/vm) to match.",
            "    memory[0].dedicated: 8192 → 10240 (outside OpenTofu)");
    assertThat(t).startsWith("tfdrift 9.9.9: 1 plan, changes to act on (exit 2)\n");
    assertThat(t).contains("Decision: changes to act on (exit 2). 1 update.");
  }

  @Test
  void vmDeletedOutsideSaysStopWithTheDataLossWarning() {
    String t = text(run(analyzed("s6-vm-deleted-outside")));
    assertThat(t.lines())
        .containsSubsequence(
            "RECREATE  " + VM,
            "  STOP! Deleted outside OpenTofu; 'tofu apply' would create it again. Investigate why it was destroyed: if on purpose, run"
                + " 'tofu apply' to recreate it; if by accident, restore from backup first.");
    assertThat(t).contains("WARNING: Recreating " + VM + " will result in data loss on the resource's disks");
    assertThat(t).contains("(exit 3)");
  }

  @Test
  void driftUnderIgnoreChangesIsAFalsePositiveWithNoActionNeeded() {
    String t =
        text(run(analyzed("s1-memory-changed", policy("ignore_changes:\n  - address: \"module.jellyfin.*\"\n    attributes: [memory]\n"))));
    assertThat(t.lines()).containsSubsequence("IGNORED  " + VM + "  memory[0].dedicated", "  False positive (ignore_changes) — no action needed.");
    assertThat(t).contains("(exit 0)").contains("Policy: drift.yaml.");
  }

  @Test
  void acceptedDriftSaysToEditTheConfiguration() {
    String t = text(run(analyzed("s1-memory-changed", policy("accept:\n  - address: \"" + VM + "\"\n    attributes: [memory]\n"))));
    assertThat(t).contains("Procedure 2 (accept): update the configuration (the resource block of " + VM + ", in the module at ./modules/vm) to match");
  }

  @Test
  void terraformPlanSaysTerraformApplyAndNamesTheRootModuleFiles() {
    String t = text(run(analyzed("secrets")));
    assertThat(t)
        .contains("Terraform 1.11.4 (plan format 1.2)")
        .contains("Procedure 1 (restore): run 'terraform apply'")
        .contains("(the resource block of terraform_data.copy, in the root module's .tf files)")
        .doesNotContain("tofu");
  }

  @Test
  void outputChangesAreReportedButAreNotDrift() {
    assertThat(text(run(analyzed("secrets")))).contains("Outputs changing (reported, not drift): dsn (update), password (update, sensitive).");
  }

  @Test
  void unchangedResourcesAreCountedNotListed() {
    String t = text(run(analyzed("clean")));
    assertThat(t).contains("Decision: nothing to do (exit 0). 1 no change.").doesNotContain("NO_CHANGE  ");
  }

  @Test
  void erroredPlanSaysItsChangesAreIncomplete() {
    String t = text(run(analyzed("errored")));
    assertThat(t).contains("ERROR: planning failed (the plan is errored)").contains("CREATE  terraform_data.partial").contains("(exit 1)");
  }

  @Test
  void expiredAndStaleExpectationsAreListed() {
    String t =
        text(
            run(
                analyzed(
                    "s1-memory-changed",
                    policy(
                        "expected:\n"
                            + "  - address: \"" + VM + "\"\n    attributes: [memory]\n    reason: INC-1 bump\n    expires: 2020-01-31\n"
                            + "  - address: module.other.x.y\n    reason: INC-2 old\n"))));
    assertThat(t.lines())
        .containsSubsequence(
            "Expired policy entries (no longer applied; update the configuration or the policy):",
            "  " + VM + " [memory]: INC-1 bump (expires 2020-01-31) at drift.yaml:2:5");
    assertThat(t).contains("Stale policy entries (matched no drift; remove them once the configuration is updated):").contains("INC-2 old");
  }

  @Test
  void expectationsExpiringWithinTheWarningDaysAreListedWithTheDaysLeft() {
    String t = text(run(analyzed("s1-memory-changed", policy(ReportFixtures.WAIVERS))));
    assertThat(t.lines())
        .containsSubsequence(
            "Expired policy entries (no longer applied; update the configuration or the policy):",
            "  module.old.x.y [all]: INC-9 gone (expires 2020-01-01) at drift.yaml:12:5",
            "",
            "Policy entries expiring soon (renew them or fix the drift before they lapse):",
            "  " + VM + " [memory]: INC-3 bump (expires 2026-11-25) at drift.yaml:2:5 — in 3 days",
            "  module.today.x.y [all]: INC-0 last day (expires 2026-11-22) at drift.yaml:6:5 — today",
            "",
            "Stale policy entries (matched no drift; remove them once the configuration is updated):",
            "  module.today.x.y [all]: INC-0 last day (expires 2026-11-22) at drift.yaml:6:5",
            "  module.later.x.y [all]: INC-15 later (expires 2026-12-07) at drift.yaml:9:5");
    assertThat(t).doesNotContain("INC-15 later (expires 2026-12-07) at drift.yaml:9:5 —").doesNotContain("INC-9 gone (expires 2020-01-01) at drift.yaml:12:5 —");
    assertThat(t).contains("Decision: nothing to do (exit 0).");
  }

  @Test
  void oneDayLeftIsSingularAndZeroWarningDaysListNothing() {
    String oneDay = "expected:\n  - address: \"" + VM + "\"\n    attributes: [memory]\n    reason: INC-1\n    expires: 2026-11-23\n";
    assertThat(text(run(analyzed("s1-memory-changed", policy(oneDay))))).contains("at drift.yaml:2:5 — in 1 day\n");
    assertThat(text(run(analyzed("s1-memory-changed", policy(oneDay + "expiry_warning_days: 0\n"))))).doesNotContain("expiring soon");
  }

  @Test
  void severalPlansMakeOneReportWithTheWorstExitCode() {
    RunReport r = run(analyzed("clean"), analyzed("s6-vm-deleted-outside"), analyzed("s1-memory-changed"));
    String t = text(r);
    assertThat(t).startsWith("tfdrift 9.9.9: 3 plans, destructive changes, STOP and investigate (exit 3)\n");
    assertThat(t.lines()).containsSubsequence("== clean.json ==", "== s6-vm-deleted-outside.json ==", "== s1-memory-changed.json ==");
    assertThat(t).endsWith("Summary: clean.json: exit 0; s6-vm-deleted-outside.json: exit 3; s1-memory-changed.json: exit 2. Worst: exit 3.\n");
  }

  @Test
  void terraformExitCodeModeReportsDestructiveAsTwo() {
    String t = text(run(ExitCodeMode.TERRAFORM, analyzed("s6-vm-deleted-outside")));
    assertThat(t).startsWith("tfdrift 9.9.9: 1 plan, destructive changes, STOP and investigate (exit 2)\n");
  }

  @Test
  void unreadableInputsAreListedAndMakeTheRunAnError() {
    RunReport r = RunReport.builder().addPlan(analyzed("clean")).addInputError(new InputError("bad.json", "bad.json:1:1: invalid JSON")).build();
    assertThat(text(r).lines()).containsSubsequence("== Inputs that could not be read ==", "ERROR: bad.json:1:1: invalid JSON");
    assertThat(r.exitCode()).isEqualTo(1);
  }

  @Test
  void terminalEscapesInAHostileAddressArePrintedAsEscapesNotSentToTheTerminal() {
    String json =
        "{\"format_version\":\"1.2\",\"resource_changes\":[{\"address\":\"a.b\\u001b[31m\\u202eINJECT\","
            + "\"type\":\"a\",\"name\":\"b\",\"change\":{\"actions\":[\"update\"],\"before\":{\"x\":1},\"after\":{\"x\":2}}}]}";
    io.github.tfdrift.core.model.Plan plan = io.github.tfdrift.core.json.PlanReader.create().read(json).get();

    String t = text(run(analyzed("hostile.json", plan, io.github.tfdrift.rules.policy.Policy.empty())));

    assertThat(t).doesNotContain("\u001b").doesNotContain("\u202e");
    assertThat(t).contains("UPDATE  a.b\\u001b[31m\\u202eINJECT  x");
  }

  @Test
  void aRenameStaysStopAndShowsTheSuggestedMovedBlockUnderBothEntries() {
    String t = text(run(analyzed("renamed")));
    assertThat(t).contains("Decision: destructive changes, STOP and investigate (exit 3).");
    String warning = "  WARNING: Looks like a rename of terraform_data.old to module.m.terraform_data.new: add"
        + " `moved { from = terraform_data.old to = module.m.terraform_data.new }` to keep the object instead of destroying it.";
    String[] block = {
      "  Suggested moved block:", "    moved {", "      from = terraform_data.old", "      to   = module.m.terraform_data.new", "    }"
    };
    assertThat(t.lines())
        .containsSubsequence("DELETE  terraform_data.old", "  STOP! Will be destroyed. Investigate before applying; run 'terraform apply' only if the removal is intended.",
            warning, block[0], block[1], block[2], block[3], block[4],
            "CREATE  module.m.terraform_data.new", "  Planned: will be created. Run 'terraform apply' to create it.",
            warning, block[0], block[1], block[2], block[3], block[4]);
  }
}
