package io.github.tfdrift.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tfdrift.rules.ClassifiedEntry;
import io.github.tfdrift.rules.Verdict;
import io.github.tfdrift.testkit.Fixture;
import io.github.tfdrift.testkit.PlanFixtures;
import java.io.InputStream;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runbook 003 through the facade: the production plan and the log of its failed apply. */
class ApplyLogAnalysisTest {
  static final String SCENARIO = "seed003-prod-already-exists";

  @TempDir Path tmp;
  Workspace ws;
  Fixture seed;

  @BeforeEach
  void workspace() {
    ws = Workspace.in(tmp);
    seed = PlanFixtures.fixture(SCENARIO);
  }

  @Test
  void theSixteenResourcesThatAlreadyExistBecomeImports() {
    AnalysisResult r =
        DriftAnalysis.builder()
            .plan(ws.plan(SCENARIO, "plan.json"))
            .applyLog(ws.write("apply.log", seed.applyLog().orElseThrow()))
            .build()
            .get()
            .run();
    assertThat(r.plans().get(0).report().entries()).filteredOn(e -> e.verdict() == Verdict.IMPORT).hasSize(16);
  }

  @Test
  void theHumanOutputOfTheApplyOnAStreamGivesTheSameImports() {
    AnalysisResult r =
        DriftAnalysis.builder()
            .plan(ws.plan(SCENARIO, "plan.json"))
            .applyLog(Workspace.stream(seed.applyText().orElseThrow()), "apply.txt")
            .build()
            .get()
            .run();
    assertThat(r.plans().get(0).report().entries())
        .filteredOn(e -> e.verdict() == Verdict.IMPORT)
        .extracting(ClassifiedEntry::address)
        .contains("module.notion_lambda.module.lambda_function.aws_iam_role.lambda[0]");
  }

  @Test
  void anApplyLogNeedsExactlyOnePlan() {
    assertThat(
            DriftAnalysis.builder()
                .plan(ws.plan(SCENARIO, "plan.json"))
                .plan(ws.plan("clean-run", "other.json"))
                .applyLog(ws.write("apply.log", seed.applyLog().orElseThrow()))
                .build()
                .getLeft())
        .isEqualTo(new AnalysisError.ApplyLogNeedsOnePlan(2));
  }

  @Test
  void anAwsAccountWithoutAnApplyLogIsRefused() {
    assertThat(DriftAnalysis.builder().plan(ws.plan(SCENARIO, "plan.json")).awsAccountId("123456789012").build().getLeft())
        .isInstanceOf(AnalysisError.ImportOptionsWithoutApplyLog.class);
  }

  @Test
  void aMalformedAwsAccountIsRefusedBeforeTheLogIsRead() {
    assertThat(
            DriftAnalysis.builder()
                .plan(ws.plan(SCENARIO, "plan.json"))
                .applyLog(ws.resolve("not-read.log"))
                .awsAccountId("12-34")
                .build()
                .getLeft())
        .isInstanceOfSatisfying(AnalysisError.ImportOptionInvalid.class, e -> assertThat(e.option()).isEqualTo("aws-account-id"));
  }

  @Test
  void aMissingApplyLogIsAnErrorValue() {
    assertThat(DriftAnalysis.builder().plan(ws.plan(SCENARIO, "plan.json")).applyLog(ws.resolve("nope.log")).build().getLeft())
        .isInstanceOf(AnalysisError.ApplyLogUnreadable.class);
  }

  @Test
  void aPlanAndItsApplyLogCannotBeTheSameStream() {
    InputStream stdin = Workspace.stream(seed.planJson());
    assertThat(DriftAnalysis.builder().plan(stdin, "<stdin>").applyLog(stdin, "<stdin>").build().getLeft())
        .isInstanceOf(AnalysisError.ApplyLogSharesPlanStream.class);
  }
}
