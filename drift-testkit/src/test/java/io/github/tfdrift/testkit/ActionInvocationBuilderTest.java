package io.github.tfdrift.testkit;

import static io.github.tfdrift.testkit.builder.Json.obj;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tfdrift.core.json.PlanReader;
import io.github.tfdrift.core.json.PlanWriter;
import io.github.tfdrift.core.model.Plan;
import io.github.tfdrift.core.value.JsonValue;
import io.github.tfdrift.core.value.JsonValues;
import io.github.tfdrift.rules.ClassifiedAction;
import io.github.tfdrift.rules.Report;
import io.github.tfdrift.rules.Verdict;
import io.github.tfdrift.rules.engine.DriftEngine;
import io.github.tfdrift.rules.fingerprint.PlanFingerprint;
import io.github.tfdrift.testkit.builder.Plans;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Action invocations written by the plan builder as Terraform 1.14–1.16 write them ({@code
 * internal/command/jsonplan}, summarised in the format reference §11), and classified: INVOKE, or
 * DEFERRED for a deferred one.
 */
class ActionInvocationBuilderTest {
  static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

  static Plan plan() {
    return Plans.plan()
        .terraform("1.16.0")
        .resource("aws_instance.web").create().after(obj("ami", "ami-1"))
        .and()
        .action("action.aws_lambda_invoke.notify").config(obj("function_name", "notify", "token", "t0k3n-secret")).sensitive("token")
            .triggeredBy("aws_instance.web", "AfterCreate").onFailure("ActionOnFailureContinue")
        .action("action.aws_lambda_invoke.warm").config(obj("function_name", "warm")).deferred("resource_config_unknown")
        .build();
  }

  static JsonValue written(Plan p) {
    return JsonValues.parseTrusted(PlanWriter.compact().toJson(p));
  }

  @Test
  void theBuilderWritesActionInvocationsAsTerraformDoes() {
    JsonValue json = written(plan());

    assertThat(JsonValues.toJson(json.get("action_invocations")))
        .isEqualTo("[{\"address\":\"action.aws_lambda_invoke.notify\",\"type\":\"aws_lambda_invoke\",\"name\":\"notify\","
            + "\"config_values\":{\"function_name\":\"notify\",\"token\":\"t0k3n-secret\"},"
            + "\"config_sensitive\":{\"token\":true},\"config_unknown\":{},"
            + "\"provider_name\":\"registry.terraform.io/hashicorp/aws\","
            + "\"lifecycle_action_trigger\":{\"triggering_resource_address\":\"aws_instance.web\",\"action_trigger_event\":\"AfterCreate\","
            + "\"action_trigger_block_index\":0,\"actions_list_index\":0,\"on_failure\":\"ActionOnFailureContinue\"}}]");
    assertThat(json.get("deferred_action_invocations").get(0).get("reason").asText()).contains("resource_config_unknown");
    assertThat(json.get("deferred_action_invocations").get(0).get("action_invocation").get("invoke_action_trigger")).isEqualTo(JsonValue.Obj.EMPTY);
    assertThat(json.get("complete")).isEqualTo(JsonValue.of(false));
  }

  @Test
  void aWrittenPlanReadsBackWithTheSameInvocations() {
    Plan p = plan();
    Plan back = PlanReader.create().read(PlanWriter.compact().toJson(p), "back.json").getOrElseThrow(e -> new AssertionError(e.describe()));

    assertThat(back.actionInvocations()).isEqualTo(p.actionInvocations());
    assertThat(PlanFingerprint.of(back)).isEqualTo(PlanFingerprint.of(p));
    assertThat(PlanFingerprint.of(back).actionInvocations()).isEqualTo(2);
  }

  @Test
  void builtInvocationsAreClassifiedInvokeAndDeferred() {
    Report r = DriftEngine.builder().withBuiltInRules().today(TODAY).build().classify(plan(), "plan.json");

    assertThat(r.actions()).extracting(ClassifiedAction::address, ClassifiedAction::verdict)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("action.aws_lambda_invoke.notify", Verdict.INVOKE),
            org.assertj.core.groups.Tuple.tuple("action.aws_lambda_invoke.warm", Verdict.DEFERRED));
    assertThat(r.actions().get(0).trigger()).isEqualTo("after create of aws_instance.web (on failure: continue)");
    assertThat(r.exitCode()).isEqualTo(2);
  }

  @Test
  void openTofuPlansHaveNoActions() {
    assertThatThrownBy(() -> Plans.plan().tofu().action("action.x_y.z").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("OpenTofu plans have no action invocations");
  }
}
