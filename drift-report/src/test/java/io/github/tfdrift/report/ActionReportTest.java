package io.github.tfdrift.report;

import static io.github.tfdrift.report.ReportFixtures.analyzed;
import static io.github.tfdrift.report.ReportFixtures.planFromJson;
import static io.github.tfdrift.report.ReportFixtures.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tfdrift.core.value.JsonValue;
import io.github.tfdrift.core.value.JsonValues;
import io.github.tfdrift.rules.policy.Policy;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Action invocations (Terraform 1.14+) and plans that are incomplete or not applyable, in every
 * report format. The plan follows the format reference (§11): Terraform 1.11, the one on the test
 * machines, cannot write actions.
 */
class ActionReportTest {
  static final String SECRET = "hook-s3cr3t-value-42";

  static final String PLAN =
      """
      {"format_version":"1.2","terraform_version":"1.16.0",
       "planned_values":{"root_module":{}},
       "resource_changes":[
         {"address":"aws_db_instance.main","mode":"managed","type":"aws_db_instance","name":"main",
          "provider_name":"registry.terraform.io/hashicorp/aws",
          "change":{"actions":["delete","create"],"before":{"engine_version":"15"},"after":{"engine_version":"16"},
            "after_unknown":{},"before_sensitive":{},"after_sensitive":{}},
          "action_reason":"replace_because_cannot_update"}],
       "action_invocations":[
         {"address":"action.aws_lambda_invoke.notify","type":"aws_lambda_invoke","name":"notify",
          "provider_name":"registry.terraform.io/hashicorp/aws",
          "config_values":{"function_name":"notify","webhook":"%s"},"config_sensitive":{"webhook":true},"config_unknown":{"payload":true},
          "lifecycle_action_trigger":{"triggering_resource_address":"aws_db_instance.main","action_trigger_event":"BeforeDestroy",
            "action_trigger_block_index":0,"actions_list_index":0,"on_failure":"ActionOnFailureHalt"}}],
       "deferred_action_invocations":[
         {"reason":"deferred_prereq","action_invocation":
           {"address":"action.aws_lambda_invoke.warm","type":"aws_lambda_invoke","name":"warm",
            "config_values":{"function_name":"warm"},"config_sensitive":{},"config_unknown":{},"invoke_action_trigger":{}}}],
       "configuration":{"root_module":{}},
       "timestamp":"2026-12-03T00:00:00Z","applyable":true,"complete":false,"errored":false}
      """
          .formatted(SECRET);

  static RunReport actions() {
    return run(analyzed("actions.json", planFromJson(PLAN, "actions.json"), Policy.empty()));
  }

  @Test
  void textShowsEachInvocationWithItsTriggerAndMaskedConfig() {
    String t = new TextReportWriter().render(actions());

    assertThat(t.lines())
        .containsSubsequence(
            "Decision: destructive changes, STOP and investigate (exit 3). 1 replace, 1 deferred, 1 invoke.",
            "NOTE: The plan is incomplete (complete: false): after applying it, plan and apply again (targeted or deferred changes remain).",
            "INVOKE  action.aws_lambda_invoke.notify  (action aws_lambda_invoke)",
            "  Trigger: before destroy of aws_db_instance.main (on failure: halt) — goes with a destroy or replacement of the triggering resource",
            "  Config: function_name = \"notify\", webhook = (sensitive), payload = (known after apply)",
            "  Why: action.aws_lambda_invoke.notify (aws_lambda_invoke) will be invoked, triggered by before destroy of aws_db_instance.main"
                + " (on failure: halt); its triggering resource is replaced; 'terraform apply' runs it.",
            "DEFERRED  action.aws_lambda_invoke.warm  (action aws_lambda_invoke)",
            "  Trigger: apply -invoke");
  }

  @Test
  void jsonHasAnActionEntryOfItsOwnThatMatchesTheSchema() {
    String json = new JsonReportWriter().render(actions());
    JsonValue plan = JsonValues.parseTrusted(json).get("plans").get(0);

    assertThat(ReportFixtures.validate(ReportFixtures.reportSchema(), json)).isEmpty();
    JsonValue a = plan.get("actions").get(0);
    assertThat(a.get("kind").asText()).contains("action");
    assertThat(a.get("address").asText()).contains("action.aws_lambda_invoke.notify");
    assertThat(a.get("verdict").asText()).contains("invoke");
    assertThat(a.get("trigger").get("kind").asText()).contains("lifecycle");
    assertThat(a.get("trigger").get("resource").asText()).contains("aws_db_instance.main");
    assertThat(a.get("trigger").get("event").asText()).contains("before destroy");
    assertThat(a.get("trigger").get("on_failure").asText()).contains("halt");
    assertThat(JsonValues.toJson(a.get("config").get(1)))
        .isEqualTo("{\"name\":\"webhook\",\"value\":\"(sensitive)\",\"sensitive\":true,\"unknown\":false}");
    assertThat(plan.get("actions").get(1).get("deferred").get("reason").asText()).contains("deferred_prereq");
    assertThat(plan.get("counts").get("invoke")).isEqualTo(JsonValue.of(1));
    assertThat(plan.get("complete")).isEqualTo(JsonValue.of(false));
  }

  @Test
  void markdownSarifAndJunitNameTheActionItsTypeAndTrigger() {
    RunReport r = actions();
    for (ReportWriter w : List.of(new MarkdownReportWriter(), new SarifReportWriter(), new JunitReportWriter())) {
      String out = w.render(r);
      assertThat(out).as(w.getClass().getSimpleName())
          .contains("action.aws_lambda_invoke.notify")
          .contains("aws_lambda_invoke")
          .contains("before destroy of aws_db_instance.main")
          .contains("action.aws_lambda_invoke.warm")
          .contains("incomplete");
    }
    assertThat(ReportFixtures.validate(ReportFixtures.sarifSchema(), new SarifReportWriter().render(r))).isEmpty();
  }

  @Test
  void noFormatShowsASensitiveConfigValue() {
    RunReport r = actions();
    for (ReportWriter w : List.of(new TextReportWriter(), new MarkdownReportWriter(), new JsonReportWriter(), new SarifReportWriter(),
        new JunitReportWriter())) {
      assertThat(w.render(r)).as(w.getClass().getSimpleName()).doesNotContain(SECRET);
    }
  }

  @Test
  void aPlanThatListsChangesButIsNotApplyableSaysSo() {
    String json = PLAN.replace("\"applyable\":true,\"complete\":false", "\"applyable\":false,\"complete\":true");
    RunReport r = run(analyzed("stale.json", planFromJson(json, "stale.json"), Policy.empty()));
    String sentence = "The plan is not applyable (applyable: false): 'terraform apply' of this plan file would do nothing; plan again.";

    for (ReportWriter w : List.of(new TextReportWriter(), new MarkdownReportWriter(), new JsonReportWriter(), new SarifReportWriter(),
        new JunitReportWriter())) {
      assertThat(w.render(r)).as(w.getClass().getSimpleName()).contains("not applyable (applyable: false)");
    }
    assertThat(new TextReportWriter().render(r)).contains("NOTE: " + sentence).doesNotContain("NOTE: The plan is incomplete");
  }
}
