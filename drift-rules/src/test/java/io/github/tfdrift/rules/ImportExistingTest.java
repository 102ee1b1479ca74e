package io.github.tfdrift.rules;

import io.github.tfdrift.rules.engine.DriftEngine;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tfdrift.core.model.Plan;
import io.github.tfdrift.core.model.Producer;
import io.github.tfdrift.rules.builtin.ImportExistingRule;
import io.github.tfdrift.rules.policy.Policy;
import io.github.tfdrift.rules.spi.EntryFacts;
import io.github.tfdrift.rules.spi.ExistingObject;
import io.github.tfdrift.rules.spi.ExistingObjects;
import io.github.tfdrift.rules.spi.PlanContext;
import io.github.tfdrift.rules.spi.Rule;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Seed 003, phase 2, as a rule: the engine is told which objects already exist, and their creates become IMPORT. */
class ImportExistingTest {
  private static final String ROLE = "module.notion_lambda.module.lambda_function.aws_iam_role.lambda[0]";
  private static final ExistingObject.Origin LINE_60 = new ExistingObject.Origin("EntityAlreadyExists", "apply.log", 60);

  /** Six IAM role creates, in a plan OpenTofu made. */
  private static Plan sixRoleCreates() {
    return EngineTest.seed003(false, "{}");
  }

  private static ExistingObjects theNotionRoleExists() {
    return ExistingObjects.of(List.of(ExistingObject.of(ROLE, "notion_lambda", LINE_60)), Producer.Tool.TERRAFORM);
  }

  private static DriftEngine engine(Rule... more) {
    DriftEngine.Builder b = DriftEngine.builder().withBuiltInRules().today(EngineTest.TODAY);
    for (Rule r : more) {
      b.addRule(r);
    }
    return b.build();
  }

  /** A team rule with an opinion on every IAM role create. */
  private record RoleRule(Verdict verdict, Risk risk) implements Rule {
    @Override
    public String id() {
      return "team-roles";
    }

    @Override
    public String summary() {
      return "The team's opinion on IAM role creates.";
    }

    @Override
    public List<Finding> evaluate(EntryFacts e, PlanContext ctx) {
      return e.type().equals("aws_iam_role") ? List.of(Finding.propose(verdict, e.address() + ": team says so.")
          .risk(risk)
          .procedure(Procedure.STOP)
          .build()) : List.of();
    }
  }

  @Test
  void aCreateOfAnObjectThatAlreadyExistsIsImportWithTheBlockAndCommandToImportIt() {
    Report r = engine().classify(sixRoleCreates(), "plan.json", theNotionRoleExists());
    ClassifiedEntry e = r.entry(ROLE).orElseThrow();
    assertThat(e.verdict()).isEqualTo(Verdict.IMPORT);
    assertThat(e.procedure()).isEqualTo(Procedure.IMPORT);
    assertThat(e.ruleId()).isEqualTo(ImportExistingRule.ID);
    assertThat(e.reason()).isEqualTo(ROLE + " already exists outside the state (EntityAlreadyExists at apply.log:60): import it instead of creating it.");
    assertThat(e.importBlock()).contains("import {\n  to = " + ROLE + "\n  id = \"notion_lambda\"\n}\n");
    assertThat(e.generatedImport().orElseThrow().command()).isEqualTo("tofu import '" + ROLE + "' 'notion_lambda'");
    assertThat(e.generatedImport().orElseThrow().source()).isEqualTo("EntityAlreadyExists at apply.log:60");
    assertThat(e.findings()).extracting(Finding::ruleId).containsExactly("import-existing", "planned-change");
    assertThat(r.entries(Verdict.CREATE)).hasSize(5).allSatisfy(c -> assertThat(c.generatedImport()).isEmpty());
    assertThat(r.exitCode()).isEqualTo(2);
  }

  @Test
  void withoutEvidenceTheSameCreateStaysCreate() {
    ClassifiedEntry e = engine().classify(sixRoleCreates(), "plan.json").entry(ROLE).orElseThrow();
    assertThat(e.verdict()).isEqualTo(Verdict.CREATE);
    assertThat(e.findings()).extracting(Finding::ruleId).doesNotContain("import-existing");
  }

  @Test
  void theCorrectionGoesAheadOfACreateOfHigherRisk() {
    ClassifiedEntry e = engine(new RoleRule(Verdict.CREATE, Risk.CRITICAL)).classify(sixRoleCreates(), "plan.json", theNotionRoleExists()).entry(ROLE).orElseThrow();
    assertThat(e.verdict()).isEqualTo(Verdict.IMPORT);
    assertThat(e.findings().get(0).corrects()).contains(Verdict.CREATE);
  }

  @Test
  void aHigherVerdictIsKeptAndTheImportIsOnlyAFindingBehindIt() {
    ClassifiedEntry e = engine(new RoleRule(Verdict.REPLACE, Risk.HIGH)).classify(sixRoleCreates(), "plan.json", theNotionRoleExists()).entry(ROLE).orElseThrow();
    assertThat(e.verdict()).isEqualTo(Verdict.REPLACE);
    assertThat(e.ruleId()).isEqualTo("team-roles");
    assertThat(e.generatedImport()).isEmpty();
    assertThat(e.findings()).extracting(Finding::ruleId).containsExactly("team-roles", "import-existing", "planned-change");
  }

  @Test
  void anUpdateOfAnObjectTheLogNamesIsNotCorrected() {
    String after = EngineTest.roleAfter("notion_lambda", "{\"Team\":\"a\"}");
    Plan update = Plans.plan("", EngineTest.role("notion_lambda", "[\"update\"]", EngineTest.roleAfter("notion_lambda", "{}"), after, ""));
    ClassifiedEntry e = engine().classify(update, "plan.json", theNotionRoleExists()).entry(ROLE).orElseThrow();
    assertThat(e.verdict()).isEqualTo(Verdict.UPDATE);
    assertThat(e.findings()).extracting(Finding::ruleId).doesNotContain("import-existing");
  }

  @Test
  void aVmDeletedOutsideOpenTofuStaysRecreateWhateverTheLogSays() {
    Plan recreate = Plans.plan(Plans.vmChange("[\"delete\"]", Plans.vm(), "null", ""), Plans.vmChange("[\"create\"]", "null", Plans.vm(), ""));
    ExistingObjects existing = ExistingObjects.of(List.of(ExistingObject.of(Plans.VM, "pve/qemu/101", LINE_60)));
    ClassifiedEntry e = engine().classify(recreate, "plan.json", existing).entry(Plans.VM).orElseThrow();
    assertThat(e.verdict()).isEqualTo(Verdict.RECREATE);
    assertThat(e.findings()).extracting(Finding::ruleId).doesNotContain("import-existing");
  }

  @Test
  void aPlaceholderLeftInTheIdIsAWarningToCompleteItBeforeUsingTheBlock() {
    ExistingObject o =
        new ExistingObject(
            ROLE,
            Optional.of("arn:aws:iam::<AWS_ACCOUNT_ID>:role/notion"),
            List.of("<AWS_ACCOUNT_ID>"),
            List.of(LINE_60, new ExistingObject.Origin("EntityAlreadyExists", "apply.log", 90)),
            List.of("no ARN in the plan shows the AWS account"));
    ClassifiedEntry e = engine().classify(sixRoleCreates(), "plan.json", ExistingObjects.of(List.of(o))).entry(ROLE).orElseThrow();
    assertThat(e.reason()).contains("(EntityAlreadyExists at apply.log:60, and 1 more)");
    assertThat(e.warnings())
        .containsExactly("no ARN in the plan shows the AWS account", "complete <AWS_ACCOUNT_ID> in the import ID before using the block");
    assertThat(e.generatedImport().orElseThrow().id()).isEqualTo("arn:aws:iam::<AWS_ACCOUNT_ID>:role/notion");
  }

  @Test
  void anObjectWhoseImportIdIsNotKnownIsImportWithoutABlock() {
    ExistingObjects existing = ExistingObjects.of(List.of(ExistingObject.withoutId(ROLE, LINE_60)));
    ClassifiedEntry e = engine().classify(sixRoleCreates(), "plan.json", existing).entry(ROLE).orElseThrow();
    assertThat(e.verdict()).isEqualTo(Verdict.IMPORT);
    assertThat(e.generatedImport()).isEmpty();
  }

  @Test
  void theImportCommandIsThePlansToolEvenWhenTheLogIsAnotherTools() {
    Plan vmCreate = Plans.plan("", Plans.vmChange("[\"create\"]", "null", Plans.vm(), ""));
    ExistingObjects existing = ExistingObjects.of(List.of(ExistingObject.of(Plans.VM, "pve/qemu/101", LINE_60)), Producer.Tool.TERRAFORM);
    ClassifiedEntry e = engine().classify(vmCreate, "plan.json", existing).entry(Plans.VM).orElseThrow();
    assertThat(e.generatedImport().orElseThrow().command()).isEqualTo("tofu import '" + Plans.VM + "' 'pve/qemu/101'");
  }

  @Test
  void theEvidenceIsInTheContextEveryRuleSeesAndAddressesAreComparedAsTerraformWritesThem() {
    ExistingObjects existing = ExistingObjects.of(List.of(ExistingObject.of("  " + ROLE + " ", "notion_lambda", LINE_60)));
    PlanContext ctx = engine().evidence(sixRoleCreates(), existing).context();
    assertThat(ctx.existingObject(ROLE)).map(ExistingObject::address).contains(ROLE);
    assertThat(ctx.existingObject("aws_iam_role.other")).isEmpty();
    assertThat(engine().evidence(sixRoleCreates()).context().existingObjects().isEmpty()).isTrue();
    assertThat(existing.all().get(0).toString()).doesNotContain("notion_lambda\"").contains("id known");
  }
}
