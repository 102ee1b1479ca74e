package io.github.tfdrift.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tfdrift.core.json.PlanReader;
import io.github.tfdrift.core.model.Plan;
import io.github.tfdrift.rules.engine.DriftEngine;
import io.github.tfdrift.rules.spi.ActionFacts;
import io.github.tfdrift.rules.spi.EntryFacts;
import io.github.tfdrift.rules.spi.PlanContext;
import io.github.tfdrift.rules.spi.Rule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@code action_invocations} and {@code deferred_action_invocations} (Terraform 1.14+): every
 * invocation is an entry of its own, INVOKE (or DEFERRED), and makes the run actionable. The plans
 * follow the format reference (§11); Terraform 1.11, the one on the test machines, cannot write them.
 */
class ActionInvocationTest {
  static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

  static final String INVOKED =
      """
      {"address":"action.aws_lambda_invoke.warm","type":"aws_lambda_invoke","name":"warm",
       "provider_name":"registry.terraform.io/hashicorp/aws",
       "config_values":{"function_name":"api","payload":"{}"},"config_sensitive":{},"config_unknown":{},
       "invoke_action_trigger":{}}
      """;

  static String lifecycle(String resource, String event, String onFailure) {
    return """
        {"address":"action.aws_lambda_invoke.notify","type":"aws_lambda_invoke","name":"notify",
         "provider_name":"registry.terraform.io/hashicorp/aws",
         "config_values":{"function_name":"notify","token":"s3cr3t-t0ken-value"},"config_sensitive":{"token":true},"config_unknown":{},
         "lifecycle_action_trigger":{"triggering_resource_address":"%s","action_trigger_event":"%s",
           "action_trigger_block_index":0,"actions_list_index":0%s}}
        """
        .formatted(resource, event, onFailure.isEmpty() ? "" : ",\"on_failure\":\"" + onFailure + "\"");
  }

  static final String REPLACED_DB =
      """
      {"address":"aws_db_instance.main","mode":"managed","type":"aws_db_instance","name":"main",
       "provider_name":"registry.terraform.io/hashicorp/aws",
       "change":{"actions":["delete","create"],"before":{"engine_version":"15"},"after":{"engine_version":"16"},
         "after_unknown":{},"before_sensitive":{},"after_sensitive":{}},
       "action_reason":"replace_because_cannot_update"}
      """;

  static Plan plan(String changes, String actions, String deferredActions) {
    String json =
        """
        {"format_version":"1.2","terraform_version":"1.16.0",
         "planned_values":{"root_module":{}},
         "resource_changes":[%s],
         "action_invocations":[%s],
         "deferred_action_invocations":[%s],
         "configuration":{"root_module":{}},
         "timestamp":"2026-12-03T00:00:00Z","applyable":true,"complete":%s,"errored":false}
        """
            .formatted(changes, actions, deferredActions, deferredActions.isEmpty());
    return PlanReader.create().read(json, "actions.json").getOrElseThrow(e -> new AssertionError(e.describe()));
  }

  static Report classify(Plan plan) {
    return DriftEngine.builder().withBuiltInRules().today(TODAY).build().classify(plan, "actions.json");
  }

  @Test
  void anInvokedActionIsAnEntryOfItsOwnThatMakesTheRunActionable() {
    Report r = classify(plan("", INVOKED, ""));

    assertThat(r.entries()).isEmpty();
    assertThat(r.actions()).hasSize(1);
    ClassifiedAction a = r.actions().get(0);
    assertThat(a.verdict()).isEqualTo(Verdict.INVOKE);
    assertThat(a.ruleId()).isEqualTo("action-invocation");
    assertThat(a.procedure()).isEqualTo(Procedure.APPLY);
    assertThat(a.reason())
        .isEqualTo("action.aws_lambda_invoke.warm (aws_lambda_invoke) will be invoked, triggered by apply -invoke; 'terraform apply' runs it.");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.countsByVerdict()).containsEntry(Verdict.INVOKE, 1);
  }

  @Test
  void aLifecycleTriggerNamesTheResourceTheEventAndTheOnFailureMode() {
    Report r = classify(plan("", lifecycle("aws_instance.web", "AfterCreate", "ActionOnFailureContinue"), ""));

    assertThat(r.actions().get(0).reason())
        .isEqualTo("action.aws_lambda_invoke.notify (aws_lambda_invoke) will be invoked, triggered by after create of aws_instance.web"
            + " (on failure: continue); 'terraform apply' runs it.");
  }

  @Test
  void anActionTiedToAReplacementSaysSo() {
    Report r = classify(plan(REPLACED_DB, lifecycle("aws_db_instance.main", "BeforeUpdate", ""), ""));

    ClassifiedAction a = r.actions().get(0);
    assertThat(a.reason()).contains("triggered by before update of aws_db_instance.main; its triggering resource is replaced");
    assertThat(a.risk()).isEqualTo(Risk.HIGH);
    assertThat(r.exitCode()).isEqualTo(3);
  }

  @Test
  void anActionOnADestroyEventSaysItsResourceIsDestroyed() {
    Report r = classify(plan("", lifecycle("aws_instance.old", "BeforeDestroy", ""), ""));

    assertThat(r.actions().get(0).reason()).contains("triggered by before destroy of aws_instance.old; its triggering resource is destroyed");
  }

  @Test
  void aDeferredInvocationIsDeferred() {
    Report r = classify(plan("", "", "{\"reason\":\"resource_config_unknown\",\"action_invocation\":" + INVOKED + "}"));

    ClassifiedAction a = r.actions().get(0);
    assertThat(a.verdict()).isEqualTo(Verdict.DEFERRED);
    assertThat(a.deferralReason()).contains("resource_config_unknown");
    assertThat(a.reason()).contains("would be invoked").contains("the plan is incomplete");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.complete()).isFalse();
  }

  @Test
  void noReasonOrToStringShowsASensitiveConfigValue() {
    Report r = classify(plan("", lifecycle("aws_instance.web", "AfterCreate", ""), ""));

    assertThat(r.actions().get(0).reason()).doesNotContain("s3cr3t");
    assertThat(r.actions().get(0).toString()).doesNotContain("s3cr3t");
    assertThat(r.toString()).doesNotContain("s3cr3t");
  }

  @Test
  void aRuleSeesEveryInvocationAndCannotLowerIt() {
    Rule quiet =
        new Rule() {
          @Override
          public String id() {
            return "quiet-actions";
          }

          @Override
          public String summary() {
            return "Tries to make actions quiet.";
          }

          @Override
          public List<Finding> evaluate(EntryFacts entry, PlanContext context) {
            return List.of();
          }

          @Override
          public List<Finding> evaluateAction(ActionFacts action, PlanContext context) {
            return List.of(Finding.propose(Verdict.READ, action.address() + " is harmless.").build());
          }
        };
    Report r = DriftEngine.builder().withBuiltInRules().addRule(quiet).today(TODAY).build().classify(plan("", INVOKED, ""), "a.json");

    ClassifiedAction a = r.actions().get(0);
    assertThat(a.verdict()).isEqualTo(Verdict.INVOKE);
    assertThat(a.findings()).extracting(Finding::ruleId).containsExactly("action-invocation", "quiet-actions");
  }

  @Test
  void theCorpusActionsPlanNowExitsTwoInsteadOfZero() throws Exception {
    Optional<Path> dir = CorpusPlans.dir();
    org.junit.jupiter.api.Assumptions.assumeTrue(dir.isPresent(), "corpus absent");
    Path p = dir.get().resolve("hashicorp__terraform-json/testdata__actions__plan.json");
    Plan plan = PlanReader.create().read(Files.readString(p), p.toString()).getOrElseThrow(e -> new AssertionError(e.describe()));

    Report r = classify(plan);

    assertThat(r.actions()).extracting(ClassifiedAction::address).containsExactly("action.bufo_print.success");
    assertThat(r.actions().get(0).verdict()).isEqualTo(Verdict.INVOKE);
    assertThat(r.exitCode()).as("an apply of this plan invokes action.bufo_print.success").isEqualTo(2);
  }
}
