package io.github.tfdrift.report;

import static io.github.tfdrift.report.ReportFixtures.VM;
import static io.github.tfdrift.report.ReportFixtures.analyzed;
import static io.github.tfdrift.report.ReportFixtures.policy;
import static io.github.tfdrift.report.ReportFixtures.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tfdrift.core.value.JsonValue;
import io.github.tfdrift.core.value.JsonValues;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** SARIF 2.1.0, validated against the OASIS JSON schema. */
class SarifReportWriterTest {
  private static String sarif(RunReport r) {
    return new SarifReportWriter().render(r);
  }

  private static String str(JsonValue v) {
    return ((JsonValue.Str) v).value();
  }

  private static List<JsonValue> results(String sarif) {
    List<JsonValue> l = new ArrayList<>();
    ((JsonValue.Arr) JsonValues.parseTrusted(sarif).get("runs").get(0).get("results")).elements().forEach(l::add);
    return l;
  }

  @Test
  void everyReportIsValidSarif210() {
    var schema = ReportFixtures.sarifSchema();
    List<RunReport> reports =
        List.of(
            run(analyzed("s1-memory-changed")),
            run(analyzed("s6-vm-deleted-outside"), analyzed("clean"), analyzed("errored"), analyzed("secrets")),
            run(analyzed("deferred")),
            run(analyzed("renamed")),
            run(analyzed("s1-memory-changed", policy(ReportFixtures.WAIVERS))),
            RunReport.builder().addInputError(new InputError("x.json", "x.json: no such file")).build());
    for (RunReport r : reports) {
      String text = sarif(r);
      assertThat(ReportFixtures.validate(schema, text)).as(text).isEmpty();
    }
  }

  @Test
  void schemaCatchesAnInvalidLevel() {
    String text = sarif(run(analyzed("s6-vm-deleted-outside"))).replace("\"level\" : \"error\"", "\"level\" : \"fatal\"");
    assertThat(ReportFixtures.validate(ReportFixtures.sarifSchema(), text)).isNotEmpty();
  }

  @Test
  void oneResultPerActionableOrDestructiveEntryWithTheLevelFromTheRisk() {
    String text = sarif(run(analyzed("s6-vm-deleted-outside"), analyzed("s1-memory-changed"), analyzed("clean"), analyzed("errored")));
    List<JsonValue> results = results(text);
    assertThat(results).hasSize(3);
    assertThat(results).extracting(r -> str(r.get("level"))).containsExactly("error", "warning", "note");
    assertThat(results).extracting(r -> str(r.get("ruleId"))).containsExactly("deleted-outside", "real-drift", "planned-change");
    assertThat(str(results.get(0).get("message").get("text"))).startsWith("RECREATE " + VM + ": ").contains("STOP!");
  }

  @Test
  void ruleIndexPointsAtTheRuleWithItsDocumentation() {
    JsonValue run = JsonValues.parseTrusted(sarif(run(analyzed("s1-memory-changed")))).get("runs").get(0);
    JsonValue driver = run.get("tool").get("driver");
    assertThat(str(driver.get("name"))).isEqualTo("tfdrift");
    assertThat(str(driver.get("version"))).isEqualTo("9.9.9");
    JsonValue result = run.get("results").get(0);
    int index = Integer.parseInt(((JsonValue.Num) result.get("ruleIndex")).literal());
    JsonValue rule = driver.get("rules").get(index);
    assertThat(str(rule.get("id"))).isEqualTo("real-drift");
    assertThat(str(rule.get("shortDescription").get("text"))).startsWith("Drift that the planned update reverts");
    assertThat(str(rule.get("fullDescription").get("text"))).isNotBlank().doesNotStartWith("#");
    assertThat(str(rule.get("help").get("markdown"))).startsWith("# real-drift");
  }

  @Test
  void resultsNameTheResourceAndThePlanFile() {
    JsonValue loc = results(sarif(run(analyzed("s1-memory-changed")))).get(0).get("locations").get(0);
    assertThat(str(loc.get("physicalLocation").get("artifactLocation").get("uri"))).isEqualTo("plans/s1-memory-changed.json");
    assertThat(str(loc.get("logicalLocations").get(0).get("fullyQualifiedName"))).isEqualTo(VM);
    assertThat(str(loc.get("logicalLocations").get(0).get("kind"))).isEqualTo("resource");
  }

  @Test
  void unreadableInputsAndErroredPlansAreFailedToolNotifications() {
    RunReport r = RunReport.builder().addPlan(analyzed("errored")).addInputError(new InputError("x.json", "x.json: no such file")).build();
    JsonValue inv = JsonValues.parseTrusted(sarif(r)).get("runs").get(0).get("invocations").get(0);
    assertThat(inv.get("executionSuccessful")).isEqualTo(JsonValue.of(false));
    assertThat(JsonValues.toJson(inv.get("toolExecutionNotifications"))).contains("x.json: no such file").contains("errored");
  }

  @Test
  void policyEntriesExpiringSoonAreNotResultsLikeExpiredAndStaleOnes() {
    String withWarnings = sarif(run(analyzed("s1-memory-changed", policy(ReportFixtures.WAIVERS))));
    String withoutWarnings = sarif(run(analyzed("s1-memory-changed", policy(ReportFixtures.WAIVERS + "expiry_warning_days: 0\n"))));
    assertThat(results(withWarnings)).isEmpty();
    assertThat(withWarnings).isEqualTo(withoutWarnings).doesNotContain("INC-0 last day").doesNotContain("INC-9 gone");
  }

  @Test
  void aRenameCarriesTheMovedBlockInBothResults() {
    List<JsonValue> results = results(sarif(run(analyzed("renamed"))));
    assertThat(results).extracting(r -> str(r.get("properties").get("verdict"))).containsExactly("create", "delete");
    assertThat(results).extracting(r -> str(r.get("level"))).containsExactly("note", "error");
    for (JsonValue r : results) {
      assertThat(str(r.get("properties").get("movedBlock"))).isEqualTo("moved {\n  from = terraform_data.old\n  to   = module.m.terraform_data.new\n}\n");
      assertThat(str(r.get("message").get("text"))).contains("WARNING: Looks like a rename of terraform_data.old to module.m.terraform_data.new");
    }
  }
}
