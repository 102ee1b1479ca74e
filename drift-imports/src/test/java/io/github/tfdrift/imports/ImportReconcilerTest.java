package io.github.tfdrift.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.github.tfdrift.core.model.Plan;
import io.github.tfdrift.report.AnalyzedPlan;
import io.github.tfdrift.rules.PlanNote;
import io.github.tfdrift.report.ReportFormat;
import io.github.tfdrift.report.RuleCatalog;
import io.github.tfdrift.report.RunReport;
import io.github.tfdrift.rules.ClassifiedEntry;
import io.github.tfdrift.rules.Decision;
import io.github.tfdrift.rules.engine.DriftEngine;
import io.github.tfdrift.rules.Finding;
import io.github.tfdrift.rules.Procedure;
import io.github.tfdrift.rules.Report;
import io.github.tfdrift.rules.Verdict;
import io.github.tfdrift.rules.spi.EntryFacts;
import io.github.tfdrift.rules.spi.PlanContext;
import io.github.tfdrift.rules.spi.Rule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Runbook 003 in the report: the creates the apply log shows already exist become IMPORT with their blocks. */
class ImportReconcilerTest {
  private static final String ROLE = "module.notion_lambda.module.lambda_function.aws_iam_role.lambda[0]";
  private static final DriftEngine ENGINE = DriftEngine.builder().withInstalledRules().today(LocalDate.of(2026, 11, 22)).build();

  private static ImportReconciler.Result reconcile(Plan plan, ApplyLog log) {
    return ImportReconciler.classify(ENGINE, plan, "plan.json", ImportPlanner.plan(plan, log, ImportOptions.defaults()));
  }

  private static RunReport run(Plan plan, ImportReconciler.Result r) {
    AnalyzedPlan ap = AnalyzedPlan.of("plan.json", Optional.of(Path.of("plan.json")), plan, r.report(), Optional.empty()).withNotes(r.notes());
    return RunReport.builder().addPlan(ap).build();
  }

  @Test
  void theSixteenCreatesOfTheApplyLogBecomeImportsWithTheRunbooksIdsInTheirBlocks() {
    ImportReconciler.Result r = reconcile(Seed003.plan(), Seed003.jsonLog());
    Map<String, String> ids = new LinkedHashMap<>();
    for (ClassifiedEntry e : r.report().entries(Verdict.IMPORT)) {
      assertThat(e.procedure()).isEqualTo(Procedure.IMPORT);
      assertThat(e.ruleId()).isEqualTo("import-existing");
      assertThat(e.importBlock().orElseThrow())
          .isEqualTo("import {\n  to = " + e.address() + "\n  id = \"" + e.generatedImport().orElseThrow().id() + "\"\n}\n");
      ids.put(e.address(), e.generatedImport().orElseThrow().id());
    }
    assertThat(ids).containsExactlyInAnyOrderEntriesOf(Seed003.EXPECTED);
    assertThat(r.imported()).isEqualTo(16);
  }

  @Test
  void theCreatesApplyNeverReachedStayCreateAndTheExitCodeIsStillTwo() {
    Report before = ENGINE.classify(Seed003.plan(), "plan.json");
    ImportReconciler.Result r = reconcile(Seed003.plan(), Seed003.jsonLog());
    assertThat(r.report().countsByVerdict().get(Verdict.CREATE)).isEqualTo(before.countsByVerdict().get(Verdict.CREATE) - 16);
    assertThat(r.report().entries(Verdict.CREATE)).allSatisfy(e -> assertThat(e.generatedImport()).isEmpty());
    assertThat(r.report().exitCode()).isEqualTo(2);
    assertThat(r.notes()).isEmpty();
    assertThat(run(Seed003.plan(), r).exitCode()).isEqualTo(2);
  }

  @Test
  void theReasonIsInTheRunbooksWordsAndNamesTheLogLine() {
    ClassifiedEntry e = reconcile(Seed003.plan(), Seed003.jsonLog()).report().entry(ROLE).orElseThrow();
    assertThat(e.reason())
        .isEqualTo(ROLE + " already exists outside the state (EntityAlreadyExists at " + Seed003.file("apply.log")
            + ":60): import it instead of creating it.");
    assertThat(e.generatedImport().orElseThrow().command()).isEqualTo("terraform import '" + ROLE + "' 'notion_lambda'");
    assertThat(e.findings().get(0).ruleId()).isEqualTo("import-existing");
    assertThat(e.findings()).hasSizeGreaterThan(1);
  }

  @Test
  void theHumanOutputGivesTheSameImports() {
    Map<String, String> ids = new LinkedHashMap<>();
    reconcile(Seed003.plan(), Seed003.textLog()).report().entries(Verdict.IMPORT)
        .forEach(e -> ids.put(e.address(), e.generatedImport().orElseThrow().id()));
    assertThat(ids).containsExactlyInAnyOrderEntriesOf(Seed003.EXPECTED);
  }

  @Test
  void anAddressAlreadyInThePriorStateStaysCreateAndIsAnInfoNote() {
    Plan plan = PlanEdits.read(PlanEdits.moveIntoPriorState(PlanEdits.json(Seed003.text("plan.json")), ROLE, false));
    ImportReconciler.Result r = reconcile(plan, Seed003.jsonLog());
    assertThat(r.report().entry(ROLE).orElseThrow().verdict()).isEqualTo(Verdict.CREATE);
    assertThat(r.imported()).isEqualTo(15);
    assertThat(r.notes()).singleElement().satisfies(n -> {
      assertThat(n.level()).isEqualTo(PlanNote.Level.INFO);
      assertThat(n.message()).startsWith(ROLE + ": not imported: ").contains("EntityAlreadyExists at ");
    });
    assertThat(r.hasErrors()).isFalse();
  }

  /** A team rule that stops every IAM role create for review: a verdict above CREATE. */
  private static final class ReviewIamRoles implements Rule {
    @Override
    public String id() {
      return "review-iam-roles";
    }

    @Override
    public String summary() {
      return "IAM roles are reviewed before they are created.";
    }

    @Override
    public List<Finding> evaluate(EntryFacts e, PlanContext ctx) {
      return e.type().equals("aws_iam_role")
          ? List.of(Finding.propose(Verdict.REPLACE, e.address() + " needs a review.").build())
          : List.of();
    }
  }

  @Test
  void anImportWhoseEntryIsNotACreateKeepsItsVerdictWithAWarningNote() {
    DriftEngine engine = DriftEngine.builder().withBuiltInRules().addRule(new ReviewIamRoles()).today(LocalDate.of(2026, 11, 22)).build();
    Plan plan = Seed003.plan();
    ImportReconciler.Result r = ImportReconciler.classify(engine, plan, "plan.json", ImportPlanner.plan(plan, Seed003.jsonLog(), ImportOptions.defaults()));
    assertThat(r.report().entry(ROLE).orElseThrow().verdict()).isEqualTo(Verdict.REPLACE);
    assertThat(r.imported()).isEqualTo(10);
    assertThat(r.report().exitCode()).isEqualTo(3);
    assertThat(r.notes()).hasSize(6).allSatisfy(n -> {
      assertThat(n.level()).isEqualTo(PlanNote.Level.WARNING);
      assertThat(n.message()).contains("aws_iam_role").contains("classified REPLACE, not CREATE: the verdict is kept");
    });
  }

  @Test
  void aPipelineFailureInTheLogIsAnErrorNoteAndTheRunExitsOne() {
    String log = Seed003.text("apply.txt") + "Failed to get the data key required to decrypt the SOPS file.\n";
    ImportReconciler.Result r = reconcile(Seed003.plan(), Seed003.log(log, "apply.txt"));
    assertThat(r.hasErrors()).isTrue();
    assertThat(r.notes()).filteredOn(n -> n.level() == PlanNote.Level.ERROR).singleElement()
        .satisfies(n -> assertThat(n.message()).contains("SOPS decryption failed"));
    RunReport run = run(Seed003.plan(), r);
    assertThat(run.decision()).isEqualTo(Decision.ERROR);
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(ReportFormat.TEXT.writer().render(run)).contains("ERROR: apply.txt:").contains("SOPS decryption failed");
  }

  @Test
  void aLogOfAnotherPlanIsAnError() {
    String log = "╷\n│ Error: creating IAM Role (other): EntityAlreadyExists: Role with name other already exists.\n│ \n│   with aws_iam_role.other,\n╵\n";
    ImportReconciler.Result r = reconcile(Seed003.plan(), Seed003.log(log, "other.txt"));
    assertThat(r.imported()).isZero();
    assertThat(r.notes()).extracting(PlanNote::level).contains(PlanNote.Level.ERROR, PlanNote.Level.WARNING);
    assertThat(r.notes()).anySatisfy(n -> assertThat(n.message()).contains("is the log of another plan?"));
  }

  @Test
  void everyFormatShowsTheImportsAndNoSecret() throws Exception {
    String log = Seed003.text("apply.log").replace("Role with name notion_lambda already exists.",
        "Role with name notion_lambda already exists (" + Seed003.SECRET + ").");
    String extra = "\n{\"@level\":\"error\",\"@message\":\"Error: reading config " + Seed003.SECRET + "\",\"@module\":\"terraform.ui\","
        + "\"type\":\"diagnostic\",\"diagnostic\":{\"severity\":\"error\",\"summary\":\"reading config " + Seed003.SECRET + "\",\"detail\":\"\"}}\n";
    ImportReconciler.Result r = reconcile(Seed003.plan(), Seed003.log(log.stripTrailing() + extra, "apply.log"));
    assertThat(r.notes()).anySatisfy(n -> assertThat(n.level()).isEqualTo(PlanNote.Level.WARNING));
    RunReport run = run(Seed003.plan(), r);
    for (ReportFormat f : ReportFormat.values()) {
      String out = f.writer().render(run);
      assertThat(out).as(f.name()).doesNotContain(Seed003.SECRET).contains("notion_lambda");
    }
    assertThat(ReportFormat.TEXT.writer().render(run)).contains("  Import block:\n    import {\n      to = " + ROLE + "\n      id = \"notion_lambda\"\n    }\n");
    assertThat(ReportFormat.MARKDOWN.writer().render(run)).contains("```hcl\nimport {\n  to = " + ROLE + "\n  id = \"notion_lambda\"\n}\n```");
    assertThat(ReportFormat.SARIF.writer().render(run)).contains("terraform import '" + ROLE + "' 'notion_lambda'");
    assertThat(ReportFormat.JUNIT.writer().render(run)).contains("failures=\"0\"").doesNotContain("<failure");
  }

  @Test
  void theJsonReportCarriesTheImportOnEachChangeAndValidatesAgainstTheSchema() throws Exception {
    ImportReconciler.Result r = reconcile(Seed003.plan(), Seed003.jsonLog());
    String json = ReportFormat.JSON.writer().render(run(Seed003.plan(), r));
    ObjectMapper m = new ObjectMapper();
    JsonNode schema = m.readTree(Files.readString(Path.of(System.getProperty("user.dir")).resolve("../docs/drift-report-1.schema.json")));
    JsonNode doc = m.readTree(json);
    assertThat(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(schema).validate(doc)).isEmpty();
    Map<String, String> ids = new LinkedHashMap<>();
    for (JsonNode c : doc.get("plans").get(0).get("changes")) {
      if (!c.get("import").isNull()) {
        assertThat(c.get("verdict").asText()).isEqualTo("import");
        assertThat(c.get("import").get("block").asText()).contains("id = \"" + c.get("import").get("id").asText() + "\"");
        assertThat(c.get("import").get("source").asText()).contains(" at ");
        ids.put(c.get("address").asText(), c.get("import").get("id").asText());
      }
    }
    assertThat(ids).containsExactlyInAnyOrderEntriesOf(Seed003.EXPECTED);
    assertThat(doc.get("exit_code").asInt()).isEqualTo(2);
  }

  @Test
  void theCatalogueDocumentsImportExisting() {
    RuleCatalog.Entry e = RuleCatalog.builtIn().find(ImportReconciler.RULE_ID).orElseThrow();
    assertThat(e.origin()).isEqualTo(RuleCatalog.Origin.BUILT_IN);
    assertThat(e.documentation()).startsWith("# import-existing\n").contains("import it instead of creating it");
  }

  @Test
  void theEngineGivenTheLogsExistingObjectsMakesTheSameReport() {
    Plan plan = Seed003.plan();
    ImportPlan imports = ImportPlanner.plan(plan, Seed003.jsonLog(), ImportOptions.defaults());
    Report r = ENGINE.classify(plan, "plan.json", imports.existingObjects());
    assertThat(r.entries(Verdict.IMPORT)).hasSize(16);
    assertThat(r.entries()).extracting(ClassifiedEntry::id).isSorted();
    assertThat(ImportReconciler.review(r, imports).notes()).isEmpty();
  }

  @Test
  void aReportClassifiedWithoutTheLogsEvidenceKeepsItsCreatesWithAWarningNoteEach() {
    Plan plan = Seed003.plan();
    ImportReconciler.Result r = ImportReconciler.review(ENGINE.classify(plan, "plan.json"), ImportPlanner.plan(plan, Seed003.jsonLog(), ImportOptions.defaults()));
    assertThat(r.imported()).isZero();
    assertThat(r.report().entries(Verdict.IMPORT)).isEmpty();
    assertThat(r.notes()).hasSize(16).allSatisfy(n -> {
      assertThat(n.level()).isEqualTo(PlanNote.Level.WARNING);
      assertThat(n.message()).contains("says it already exists, but it is still classified CREATE");
    });
  }
}
