package io.github.tfdrift.report;

import static io.github.tfdrift.report.ReportFixtures.analyzed;
import static io.github.tfdrift.report.ReportFixtures.policy;
import static io.github.tfdrift.report.ReportFixtures.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tfdrift.core.Terraform;
import io.github.tfdrift.core.json.PlanReader;
import io.github.tfdrift.core.model.Plan;
import io.github.tfdrift.core.value.JsonValue;
import io.github.tfdrift.core.value.JsonValues;
import io.github.tfdrift.rules.policy.Policy;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Failing {@code check} blocks in every report format, on plans made by the real terraform (the
 * built-in terraform_data resource, offline). Skipped, visibly, when terraform is not on the PATH.
 * The check's message quotes a secret through {@code nonsensitive()}: the reports mask it anyway,
 * since the plan marks the same value sensitive elsewhere.
 */
class CheckReportTest {
  static final String SECRET = "tok-very-secret-123";

  static final String CONFIG =
      """
      variable "token" {
        type      = string
        sensitive = true
        default   = "%s"
      }
      resource "terraform_data" "web" { input = "v1" }
      resource "terraform_data" "auth" { input = var.token }
      check "health" {
        assert {
          condition     = terraform_data.web.input == "v2"
          error_message = "web input is ${terraform_data.web.input}, expected v2 (token ${nonsensitive(var.token)})"
        }
      }
      """
          .formatted(SECRET);

  static final List<ReportWriter> WRITERS =
      List.of(new TextReportWriter(), new MarkdownReportWriter(), new JsonReportWriter(), new SarifReportWriter(), new JunitReportWriter());

  @TempDir Path dir;

  @BeforeEach
  void needsTerraform() {
    Terraform.assumeAvailable();
  }

  /** A plan of the applied configuration: nothing to change, one failing check. */
  Plan planWithFailingCheck() {
    Terraform tf = Terraform.in(dir).config(CONFIG).init().apply();
    byte[] json = tf.plan();
    return PlanReader.create().read(json, "plan.json").getOrElseThrow(e -> new AssertionError(e.describe()));
  }

  @Test
  void aFailingCheckMakesAPlanWithoutChangesActionable() {
    RunReport r = run(analyzed("plan.json", planWithFailingCheck(), Policy.empty()));

    assertThat(r.exitCode()).isEqualTo(2);
    String text = new TextReportWriter().render(r);
    assertThat(text.lines())
        .containsSubsequence(
            "NOTE: 1 check failed; the run is at least actionable.",
            "Checks that did not pass:",
            "  FAIL  check.health (check)",
            "    web input is v1, expected v2 (token (sensitive))");
  }

  @Test
  void everyFormatShowsTheFailedCheckAndItsMessageWithoutTheSecret() {
    RunReport r = run(analyzed("plan.json", planWithFailingCheck(), Policy.empty()));

    for (ReportWriter w : WRITERS) {
      String out = w.render(r);
      assertThat(out).as(w.getClass().getSimpleName()).contains("check.health").contains("web input is v1, expected v2").doesNotContain(SECRET);
    }
  }

  @Test
  void theJsonReportHasAChecksArrayThatMatchesTheSchema() {
    String json = new JsonReportWriter().render(run(analyzed("plan.json", planWithFailingCheck(), Policy.empty())));
    JsonValue check = JsonValues.parseTrusted(json).get("plans").get(0).get("checks").get(0);

    assertThat(ReportFixtures.validate(ReportFixtures.reportSchema(), json)).isEmpty();
    assertThat(check.get("address").asText()).contains("check.health");
    assertThat(check.get("kind").asText()).contains("check");
    assertThat(check.get("status").asText()).contains("fail");
    assertThat(JsonValues.toJson(check.get("problems"))).isEqualTo("[\"web input is v1, expected v2 (token (sensitive))\"]");
  }

  @Test
  void aPolicyCanMakeChecksReportOnly() {
    Policy reportOnly = policy("checks:\n  fail_run: false\n");
    RunReport r = run(analyzed("plan.json", planWithFailingCheck(), reportOnly));

    assertThat(r.exitCode()).isZero();
    assertThat(new TextReportWriter().render(r))
        .contains("Checks that did not pass (reported only, the policy says checks: {fail_run: false}):")
        .contains("  FAIL  check.health (check)");
    assertThat(new JunitReportWriter().render(r)).contains("failures=\"0\"");
  }

  @Test
  void junitCountsAFailedCheckAsAFailure() {
    String xml = new JunitReportWriter().render(run(analyzed("plan.json", planWithFailingCheck(), Policy.empty())));

    assertThat(xml).contains("<testcase classname=\"plan.json\" name=\"check check.health\"").contains("type=\"check-fail\"");
  }
}
