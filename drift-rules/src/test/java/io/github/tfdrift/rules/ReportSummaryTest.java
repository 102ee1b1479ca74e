package io.github.tfdrift.rules;

import static io.github.tfdrift.rules.Plans.rc;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tfdrift.core.model.Plan;
import io.github.tfdrift.rules.examples.LastScannedIsCosmetic;
import io.github.tfdrift.rules.policy.Policy;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a report says about the plan as a whole and which entries its lists hold: the sentences of
 * {@link Report#planStatus}, and the destructive and suppressed entries among others.
 */
class ReportSummaryTest {
  private static final String WEB = "aws_instance.web";
  private static final String DB = "aws_instance.db";

  /** One resource created, with the plan's applyable, complete and errored flags. */
  private static Report flagged(boolean applyable, boolean complete, boolean errored) {
    String json =
        """
        {"format_version":"1.2","terraform_version":"1.11.4","planned_values":{"root_module":{}},
         "resource_changes":[%s],"configuration":{"root_module":{}},"timestamp":"2026-12-03T00:00:00Z",
         "applyable":%s,"complete":%s,"errored":%s}
        """
            .formatted(rc(WEB, "aws_instance", "[\"create\"]", "null", "{\"ami\":\"ami-1\"}", ""), applyable, complete, errored);
    return CheckDecisionTest.classify(Plans.read(json), Policy.empty());
  }

  @Test
  void anOrdinaryPlanIsApplyableCompleteNotErroredAndNeedsNoSentence() {
    Report r = flagged(true, true, false);

    assertThat(java.util.List.of(r.applyable(), r.complete(), r.errored(), r.planStatus("terraform").isEmpty()))
        .containsExactly(true, true, false, true);
  }

  @Test
  void aPlanThatListsChangesButIsNotApplyableSaysToPlanAgain() {
    assertThat(flagged(false, true, false).planStatus("tofu"))
        .containsExactly("The plan is not applyable (applyable: false): 'tofu apply' of this plan file would do nothing; plan again.");
  }

  @Test
  void anErroredPlanIsNotAlsoCalledNotApplyable() {
    assertThat(flagged(false, true, true).planStatus("terraform")).isEmpty();
  }

  @Test
  void destructiveListsTheReplacedResourceAndNotTheUpdatedOne() {
    Plan p =
        Plans.plan(
            "",
            rc(WEB, "aws_instance", "[\"delete\",\"create\"]", "{\"ami\":\"ami-1\"}", "{\"ami\":\"ami-2\"}", "")
                + ","
                + rc(DB, "aws_instance", "[\"update\"]", "{\"ami\":\"ami-1\",\"tags\":{}}", "{\"ami\":\"ami-1\",\"tags\":{\"a\":\"b\"}}", ""));

    Report r = CheckDecisionTest.classify(p, Policy.empty());

    assertThat(r.destructive()).extracting(ClassifiedEntry::address).containsExactly(WEB);
  }

  @Test
  void suppressedListsOnlyTheEntryARuleSuppressed() {
    String scanned = "{\"bucket\":\"logs\",\"tags\":{\"LastScanned\":\"%s\"},\"tags_all\":{\"LastScanned\":\"%s\"}}";
    Plan p =
        Plans.plan(
            "",
            rc("aws_s3_bucket.logs", "aws_s3_bucket", "[\"update\"]", scanned.formatted("2026-11-21", "2026-11-21"), scanned.formatted("2026-11-01", "2026-11-01"), "")
                + ","
                + rc(DB, "aws_instance", "[\"update\"]", "{\"ami\":\"ami-1\"}", "{\"ami\":\"ami-2\"}", ""));

    Report r = SuppressionAndEscalationTest.classify(p, new LastScannedIsCosmetic());

    assertThat(r.suppressed()).extracting(ClassifiedEntry::address).containsExactly("aws_s3_bucket.logs");
  }

  @Test
  void aFailingRuleIsDescribedByItsIdItsExceptionClassAndTheEntryOnly() {
    Plan p = Plans.plan("", rc(DB, "aws_instance", "[\"update\"]", "{\"ami\":\"ami-1\"}", "{\"ami\":\"ami-2\"}", ""));

    Report r = SuppressionAndEscalationTest.classify(p, new EngineTest.Exploding());

    assertThat(r.ruleErrors()).extracting(RuleError::describe)
        .containsExactly("rule 'exploding' failed with java.lang.IllegalStateException on aws_instance.db");
  }

  @Test
  void aReportNamesThePlanFileItWasMadeFrom() {
    assertThat(flagged(true, true, false).source()).contains("checks.json");
  }

  @Test
  void aReportSaysWhetherFailedChecksFailTheRun() {
    Report r = CheckDecisionTest.classify(Plans.plan("", ""), Policy.builder().checksFailRun(false).build());

    assertThat(List.of(r.checksFailRun(), flagged(true, true, false).checksFailRun())).containsExactly(false, true);
  }

  @Test
  void aReportPrintsAsOneLineWithItsPlanDecisionExitCodeAndCounts() {
    assertThat(flagged(true, false, false).toString()).isEqualTo("Report{checks.json: ACTIONABLE (exit 2), {CREATE=1}, incomplete}");
  }
}
