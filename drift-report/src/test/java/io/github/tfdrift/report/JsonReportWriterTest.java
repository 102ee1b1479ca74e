package io.github.tfdrift.report;

import static io.github.tfdrift.report.ReportFixtures.VM;
import static io.github.tfdrift.report.ReportFixtures.analyzed;
import static io.github.tfdrift.report.ReportFixtures.policy;
import static io.github.tfdrift.report.ReportFixtures.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tfdrift.core.value.JsonValue;
import io.github.tfdrift.core.value.JsonValues;
import io.github.tfdrift.rules.ExitCodeMode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The JSON report: schema drift-report/1, validated against docs/drift-report-1.schema.json. */
class JsonReportWriterTest {
  private static JsonValue json(RunReport r) {
    return JsonValues.parseTrusted(new JsonReportWriter().render(r));
  }

  private static String str(JsonValue v) {
    return ((JsonValue.Str) v).value();
  }

  private static int num(JsonValue v) {
    return Integer.parseInt(((JsonValue.Num) v).literal());
  }

  @Test
  void memoryDriftIsOneUpdateEntryWithEveryDocumentedField() {
    JsonValue root = json(run(analyzed("s1-memory-changed")));
    assertThat(str(root.get("schema"))).isEqualTo("drift-report/1");
    assertThat(num(root.get("exit_code"))).isEqualTo(2);
    assertThat(str(root.get("decision"))).isEqualTo("actionable");
    JsonValue plan = root.get("plans").get(0);
    assertThat(str(plan.get("file"))).isEqualTo("s1-memory-changed.json");
    assertThat(str(plan.get("producer"))).isEqualTo("opentofu");
    assertThat(str(plan.get("tool_version"))).isEqualTo("1.8.7");
    assertThat(str(plan.get("format_version"))).isEqualTo("1.2");
    assertThat(num(plan.get("counts").get("update"))).isEqualTo(1);
    JsonValue c = plan.get("changes").get(0);
    assertThat(str(c.get("address"))).isEqualTo(VM);
    assertThat(c.get("deposed").isNull()).isTrue();
    assertThat(c.get("previous_address").isNull()).isTrue();
    assertThat(str(c.get("type"))).isEqualTo("proxmox_virtual_environment_vm");
    assertThat(str(c.get("source"))).isEqualTo("both");
    assertThat(JsonValues.toJson(c.get("actions"))).isEqualTo("[\"update\"]");
    assertThat(JsonValues.toJson(c.get("drift_actions"))).isEqualTo("[\"update\"]");
    assertThat(str(c.get("verdict"))).isEqualTo("update");
    assertThat(str(c.get("risk"))).isEqualTo("medium");
    assertThat(str(c.get("procedure"))).isEqualTo("apply");
    assertThat(JsonValues.toJson(c.get("paths"))).isEqualTo("[\"memory[0].dedicated\"]");
    assertThat(str(c.get("rule"))).isEqualTo("real-drift");
    assertThat(str(c.get("reason"))).contains("memory[0].dedicated changed outside");
    assertThat(JsonValues.toJson(c.get("values").get(0)))
        .isEqualTo("{\"path\":\"memory[0].dedicated\",\"before\":\"8192\",\"after\":\"10240\",\"outside\":true,\"sensitive\":false,\"unknown_after\":false}");
  }

  @Test
  void everyReportValidatesAgainstTheDocumentedSchema() {
    var schema = ReportFixtures.reportSchema();
    List<RunReport> reports =
        List.of(
            run(analyzed("s1-memory-changed")),
            run(analyzed("s6-vm-deleted-outside"), analyzed("clean"), analyzed("errored"), analyzed("secrets")),
            run(ExitCodeMode.TERRAFORM, analyzed("s6-vm-deleted-outside")),
            run(analyzed("deferred"), analyzed("s1-memory-changed")),
            run(
                analyzed(
                    "s1-memory-changed",
                    policy("expected:\n  - address: \"" + VM + "\"\n    reason: INC-1\n    expires: 2020-01-01\n  - address: a.b\n    reason: stale\n"))),
            run(analyzed("renamed")),
            run(analyzed("s1-memory-changed", policy(ReportFixtures.WAIVERS)), analyzed("clean", policy(ReportFixtures.WAIVERS))),
            RunReport.builder().addInputError(new InputError("x.json", "x.json: no such file")).build());
    for (RunReport r : reports) {
      String text = new JsonReportWriter().render(r);
      assertThat(ReportFixtures.validate(schema, text)).as(text).isEmpty();
    }
  }

  @Test
  void schemaRejectsAReportWithoutItsVersion() {
    String text = new JsonReportWriter().render(run(analyzed("clean"))).replace("\"drift-report/1\"", "\"drift-report/0\"");
    assertThat(ReportFixtures.validate(ReportFixtures.reportSchema(), text)).isNotEmpty();
  }

  @Test
  void terraformModeReportsDestructiveAsTwoAtTopAndPerPlan() {
    JsonValue root = json(run(ExitCodeMode.TERRAFORM, analyzed("s6-vm-deleted-outside")));
    assertThat(num(root.get("exit_code"))).isEqualTo(2);
    assertThat(str(root.get("exit_code_mode"))).isEqualTo("terraform");
    assertThat(str(root.get("decision"))).isEqualTo("destructive");
    assertThat(num(root.get("plans").get(0).get("exit_code"))).isEqualTo(2);
  }

  @Test
  void erroredPlanIsExitOneButItsChangesAreStillListed() {
    JsonValue root = json(run(analyzed("errored")));
    assertThat(num(root.get("exit_code"))).isEqualTo(1);
    JsonValue plan = root.get("plans").get(0);
    assertThat(plan.get("errored")).isEqualTo(JsonValue.of(true));
    assertThat(str(plan.get("changes").get(0).get("address"))).isEqualTo("terraform_data.partial");
    assertThat(str(plan.get("changes").get(0).get("verdict"))).isEqualTo("create");
  }

  @Test
  void severalPlansGiveTheWorstExitCode() {
    JsonValue root = json(run(analyzed("clean"), analyzed("s1-memory-changed"), analyzed("s6-vm-deleted-outside")));
    assertThat(num(root.get("exit_code"))).isEqualTo(3);
    assertThat(num(root.get("counts").get("recreate"))).isEqualTo(1);
    assertThat(num(root.get("counts").get("update"))).isEqualTo(1);
    assertThat(num(root.get("counts").get("no_change"))).isEqualTo(1);
    assertThat(((JsonValue.Arr) root.get("plans")).size()).isEqualTo(3);
  }

  @Test
  void expiredAndStaleExpectationsAreListedPerPlan() {
    JsonValue plan =
        json(run(analyzed("s1-memory-changed",
                policy("expected:\n  - address: \"" + VM + "\"\n    reason: INC-1\n    expires: 2020-01-01\n  - address: a.b\n    reason: stale one\n"))))
            .get("plans").get(0);
    assertThat(str(plan.get("expired_expectations").get(0).get("reason"))).isEqualTo("INC-1");
    assertThat(str(plan.get("expired_expectations").get(0).get("expires"))).isEqualTo("2020-01-01");
    assertThat(str(plan.get("stale_expectations").get(0).get("address"))).isEqualTo("a.b");
    assertThat(str(plan.get("policy"))).isEqualTo("drift.yaml");
  }

  @Test
  void expiringExpectationsAreListedPerPlanWithTheDaysLeft() {
    JsonValue plan = json(run(analyzed("s1-memory-changed", policy(ReportFixtures.WAIVERS)))).get("plans").get(0);
    assertThat(JsonValues.toJson(plan.get("expiring_expectations")))
        .isEqualTo(
            "[{\"type\":\"*\",\"address\":\"" + VM + "\",\"attributes\":[\"memory\"],\"reason\":\"INC-3 bump\","
                + "\"expires\":\"2026-11-25\",\"location\":\"drift.yaml:2:5\",\"days_left\":3},"
                + "{\"type\":\"*\",\"address\":\"module.today.x.y\",\"attributes\":[\"all\"],\"reason\":\"INC-0 last day\","
                + "\"expires\":\"2026-11-22\",\"location\":\"drift.yaml:6:5\",\"days_left\":0}]");
    assertThat(((JsonValue.Arr) plan.get("expired_expectations")).size()).isEqualTo(1);
    assertThat(plan.get("expired_expectations").get(0).get("days_left").isAbsent()).isTrue();
    assertThat(((JsonValue.Arr) plan.get("stale_expectations")).elements())
        .extracting(x -> str(x.get("reason")))
        .containsExactly("INC-0 last day", "INC-15 later");
    assertThat(num(plan.get("exit_code"))).isZero();
  }

  @Test
  void withoutAPolicyExpiringExpectationsIsAnEmptyList() {
    assertThat(JsonValues.toJson(json(run(analyzed("clean"))).get("plans").get(0).get("expiring_expectations"))).isEqualTo("[]");
  }

  @Test
  void theSchemaChecksExpiringEntriesButDoesNotRequireTheList() {
    var schema = ReportFixtures.reportSchema();
    String text = new JsonReportWriter(false).render(run(analyzed("s1-memory-changed", policy(ReportFixtures.WAIVERS))));
    assertThat(ReportFixtures.validate(schema, text)).isEmpty();
    assertThat(ReportFixtures.validate(schema, text.replace("\"days_left\":3", "\"days_left\":-3"))).isNotEmpty();
    assertThat(ReportFixtures.validate(schema, text.replace(",\"days_left\":3", ""))).isNotEmpty();
    String older = new JsonReportWriter(false).render(run(analyzed("clean"))).replace("\"expiring_expectations\":[],", "");
    assertThat(older).doesNotContain("expiring_expectations");
    assertThat(ReportFixtures.validate(schema, older)).as("a report written before expiring_expectations existed").isEmpty();
  }

  @Test
  void outputChangesCarryTheirActionAndSensitivity() {
    JsonValue outs = json(run(analyzed("secrets"))).get("plans").get(0).get("output_changes");
    assertThat(JsonValues.toJson(outs))
        .isEqualTo("[{\"name\":\"dsn\",\"action\":\"update\",\"sensitive\":false},{\"name\":\"password\",\"action\":\"update\",\"sensitive\":true}]");
  }

  @Test
  void aRenameCarriesTheSuggestedMoveOnBothEntriesWhichStayDeleteAndCreate() {
    JsonValue root = json(run(analyzed("renamed")));
    assertThat(num(root.get("exit_code"))).isEqualTo(3);
    JsonValue changes = root.get("plans").get(0).get("changes");
    String expected =
        "{\"from\":\"terraform_data.old\",\"to\":\"module.m.terraform_data.new\","
            + "\"block\":\"moved {\\n  from = terraform_data.old\\n  to   = module.m.terraform_data.new\\n}\\n\","
            + "\"attributes\":[\"input\"],\"identity\":[]}";
    for (int i = 0; i < 3; i++) {
      JsonValue c = changes.get(i);
      switch (str(c.get("address"))) {
        case "terraform_data.old":
          assertThat(str(c.get("verdict"))).isEqualTo("delete");
          assertThat(str(c.get("procedure"))).isEqualTo("stop");
          assertThat(JsonValues.toJson(c.get("suggested_move"))).isEqualTo(expected);
          assertThat(str(c.get("warnings").get(0))).startsWith("Looks like a rename of terraform_data.old to module.m.terraform_data.new: add `moved {");
          break;
        case "module.m.terraform_data.new":
          assertThat(str(c.get("verdict"))).isEqualTo("create");
          assertThat(JsonValues.toJson(c.get("suggested_move"))).isEqualTo(expected);
          break;
        default:
          assertThat(str(c.get("verdict"))).isEqualTo("no_change");
          assertThat(c.get("suggested_move").isNull()).isTrue();
      }
    }
  }

  @Test
  void compactWriterWritesOneLine() {
    assertThat(new JsonReportWriter(false).render(run(analyzed("clean"))).lines()).hasSize(1);
  }

  /**
   * A plan of 3,000 entries (updates with drift, replaces, deletes, creates and no-ops; a sensitive
   * password on every tenth) as Terraform writes it; enough for twelve chunks of rendering.
   */
  private static AnalyzedPlan manyEntries() {
    StringBuilder drift = new StringBuilder();
    StringBuilder changes = new StringBuilder();
    String[] actions = {"[\"update\"]", "[\"delete\",\"create\"]", "[\"delete\"]", "[\"create\"]", "[\"no-op\"]"};
    for (int i = 0; i < 3000; i++) {
      String address = "terraform_data.r" + i;
      String secret = i % 10 == 0 ? "\"hunter2-secret-" + i + "\"" : "\"open-" + i + "\"";
      String sensitive = i % 10 == 0 ? "{\"input\":{\"password\":true}}" : "{}";
      String before = "{\"input\":{\"password\":" + secret + ",\"size\":" + i + "}}";
      String after = "{\"input\":{\"password\":" + secret + ",\"size\":" + (i + i % 3) + "}}";
      String a = actions[i % actions.length];
      if (a.startsWith("[\"create")) {
        before = "null";
      } else if (a.equals("[\"delete\"]")) {
        after = "null";
      }
      String head = "{\"address\":\"" + address + "\",\"mode\":\"managed\",\"type\":\"terraform_data\",\"name\":\"r" + i
          + "\",\"provider_name\":\"terraform.io/builtin/terraform\",";
      changes.append(i == 0 ? "" : ",").append(head).append("\"change\":{\"actions\":").append(a)
          .append(",\"before\":").append(before).append(",\"after\":").append(after)
          .append(",\"after_unknown\":{},\"before_sensitive\":").append(before.equals("null") ? "false" : sensitive)
          .append(",\"after_sensitive\":").append(after.equals("null") ? "false" : sensitive).append("}}");
      if (i % 5 == 0) {
        drift.append(drift.length() == 0 ? "" : ",").append(head).append("\"change\":{\"actions\":[\"update\"],\"before\":")
            .append(after).append(",\"after\":").append(before.equals("null") ? after : before)
            .append(",\"after_unknown\":{},\"before_sensitive\":").append(sensitive).append(",\"after_sensitive\":").append(sensitive)
            .append("}}");
      }
    }
    String json = "{\"format_version\":\"1.2\",\"terraform_version\":\"1.11.0\",\"resource_drift\":[" + drift
        + "],\"resource_changes\":[" + changes + "],\"applyable\":true,\"complete\":true,\"errored\":false}";
    return ReportFixtures.analyzed("many.json", ReportFixtures.planFromJson(json, "many.json"), io.github.tfdrift.rules.policy.Policy.empty());
  }

  @Test
  void aLongReportRenderedOnOtherThreadsIsTheSameBytesAsOneWrittenInOrder() {
    AnalyzedPlan many = manyEntries();
    RunReport report = run(many, analyzed("secrets"), many);
    assertThat(many.report().entries()).hasSize(3000);
    for (boolean pretty : new boolean[] {true, false}) {
      String inOrder = new JsonReportWriter(pretty, false).render(report);
      String parallel = new JsonReportWriter(pretty, true).render(report);
      assertThat(parallel).as("pretty=" + pretty).isEqualTo(inOrder);
      assertThat(parallel).contains("terraform_data.r2999").doesNotContain("hunter2-secret");
    }
  }
}
