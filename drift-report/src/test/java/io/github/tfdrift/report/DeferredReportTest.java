package io.github.tfdrift.report;

import static io.github.tfdrift.report.ReportFixtures.analyzed;
import static io.github.tfdrift.report.ReportFixtures.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tfdrift.core.value.JsonValue;
import io.github.tfdrift.core.value.JsonValues;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Deferred changes in every report format. The plan ({@code plans/deferred.json}) is hand-written
 * from the format reference: Terraform writes {@code deferred_changes} only with {@code plan
 * -allow-deferral} and providers whose configuration is unknown, which cannot run offline.
 */
class DeferredReportTest {
  static final String WORKER = "aws_instance.worker[*]";
  static final String API = "module.apps[\"blue\"].aws_lambda_function.api";
  static final String DB = "aws_db_instance.main";

  static RunReport deferred() {
    return run(analyzed("deferred"));
  }

  static String str(JsonValue v) {
    return ((JsonValue.Str) v).value();
  }

  static JsonValue change(JsonValue plan, String address) {
    for (JsonValue c : ((JsonValue.Arr) plan.get("changes")).elements()) {
      if (str(c.get("address")).equals(address)) {
        return c;
      }
    }
    throw new AssertionError("no change " + address);
  }

  @Test
  void textListsDeferredChangesAfterTheDestructiveOneWithApplyAndPlanAgain() {
    String t = new TextReportWriter().render(deferred());

    assertThat(t).contains("Decision: destructive changes, STOP and investigate (exit 3). 1 replace, 3 deferred, 1 create.");
    assertThat(t.lines())
        .containsSubsequence(
            "REPLACE  " + DB + "  engine_version",
            "  Deferred: this plan does not make the change yet (deferral reason provider_config_unknown); the plan after the next 'terraform apply' will, so investigate before applying.",
            "    engine_version: \"15.4\" → \"16.1\" (deferred)",
            "DEFERRED  " + WORKER,
            "  Deferred: Terraform could not plan this change yet (deferral reason instance_count_unknown), so the plan is incomplete."
                + " Run 'terraform apply' for the rest of the plan, then 'terraform plan' again to see this change planned, and review it then.",
            "  Why: " + WORKER + " would be created (for every instance: [*] stands for instance keys that are not known yet) once its count"
                + " or for_each is known (deferral reason instance_count_unknown); the plan is incomplete: run 'terraform apply', then plan"
                + " again to see the rest.");
  }

  @Test
  void anUnknownDeferralReasonIsShownAsWritten() {
    String t = new TextReportWriter().render(deferred());

    assertThat(t).contains("aws_s3_bucket.logs would be created in a later plan (deferral reason some_future_reason: a reason this version does not know)");
  }

  @Test
  void jsonCarriesTheDeferralReasonAndTheDeferredSource() {
    JsonValue plan = JsonValues.parseTrusted(new JsonReportWriter().render(deferred())).get("plans").get(0);

    JsonValue worker = change(plan, WORKER);
    assertThat(str(worker.get("verdict"))).isEqualTo("deferred");
    assertThat(str(worker.get("procedure"))).isEqualTo("apply");
    assertThat(str(worker.get("source"))).isEqualTo("deferred");
    assertThat(str(worker.get("rule"))).isEqualTo("deferred-change");
    assertThat(JsonValues.toJson(worker.get("actions"))).isEqualTo("[\"create\"]");
    assertThat(JsonValues.toJson(worker.get("deferred"))).isEqualTo("{\"reason\":\"instance_count_unknown\",\"index_unknown\":true}");
    JsonValue db = change(plan, DB);
    assertThat(str(db.get("verdict"))).isEqualTo("replace");
    assertThat(JsonValues.toJson(db.get("deferred"))).isEqualTo("{\"reason\":\"provider_config_unknown\",\"index_unknown\":false}");
    assertThat(change(plan, "terraform_data.cluster").get("deferred").isNull()).isTrue();
    assertThat(JsonValues.toJson(plan.get("counts").get("deferred"))).isEqualTo("3");
  }

  @Test
  void jsonReportWithDeferredChangesValidatesAgainstTheSchema() {
    String text = new JsonReportWriter().render(deferred());

    assertThat(ReportFixtures.validate(ReportFixtures.reportSchema(), text)).as(text).isEmpty();
  }

  @Test
  void schemaRejectsAnUnknownSource() {
    String text = new JsonReportWriter().render(deferred()).replace("\"source\" : \"deferred\"", "\"source\" : \"postponed\"");

    assertThat(ReportFixtures.validate(ReportFixtures.reportSchema(), text)).isNotEmpty();
  }

  @Test
  void sarifHasAWarningPerDeferredChangeWithItsReason() {
    String text = new SarifReportWriter().render(deferred());
    List<JsonValue> results = new ArrayList<>();
    ((JsonValue.Arr) JsonValues.parseTrusted(text).get("runs").get(0).get("results")).elements().forEach(results::add);

    assertThat(ReportFixtures.validate(ReportFixtures.sarifSchema(), text)).isEmpty();
    JsonValue worker =
        results.stream().filter(r -> str(r.get("properties").get("verdict")).equals("deferred")).findFirst().orElseThrow();
    assertThat(str(worker.get("level"))).isEqualTo("warning");
    assertThat(str(worker.get("ruleId"))).isEqualTo("deferred-change");
    assertThat(str(worker.get("properties").get("source"))).startsWith("deferred");
    assertThat(results).extracting(r -> r.get("properties").get("deferralReason").isAbsent() ? "-" : str(r.get("properties").get("deferralReason")))
        .contains("instance_count_unknown", "deferred_prereq", "provider_config_unknown", "some_future_reason", "-");
    assertThat(text).contains("\"id\" : \"deferred-change\"");
  }

  @Test
  void markdownRowsShowTheDeferredVerdictAndEscapeTheUnknownKey() {
    String m = new MarkdownReportWriter().render(deferred());

    assertThat(m).contains("| ⚠️ | **DEFERRED** | `" + WORKER + "` | 'terraform apply', then plan again | MEDIUM |");
    assertThat(m).contains("- Why: aws_instance.worker\\[\\*\\] would be created");
  }

  @Test
  void junitPassesDeferredChangesWithTheirAdvice() throws Exception {
    String xml = new JunitReportWriter().render(deferred());
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Document d = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));

    NodeList cases = d.getElementsByTagName("testcase");
    Element worker = null;
    for (int i = 0; i < cases.getLength(); i++) {
      Element c = (Element) cases.item(i);
      if (c.getAttribute("name").equals(WORKER)) {
        worker = c;
      }
    }
    assertThat(worker).isNotNull();
    assertThat(worker.getElementsByTagName("failure").getLength()).isZero();
    assertThat(worker.getElementsByTagName("system-out").item(0).getTextContent()).contains("DEFERRED  " + WORKER).contains("then 'terraform plan' again");
    assertThat(d.getDocumentElement().getAttribute("failures")).isEqualTo("1");
  }
}
