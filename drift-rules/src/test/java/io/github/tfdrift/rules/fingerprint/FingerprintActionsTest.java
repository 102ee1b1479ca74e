package io.github.tfdrift.rules.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tfdrift.core.json.PlanReader;
import io.github.tfdrift.core.model.Plan;
import org.junit.jupiter.api.Test;

/**
 * Action invocations (Terraform 1.14+) count: an approval cannot tell a plan that invokes an action
 * from an empty one unless the fingerprint covers them. Plans follow the format reference (§11).
 */
class FingerprintActionsTest {
  private static final String EMPTY = "{\"format_version\":\"1.2\",\"resource_changes\":[]}";

  private static Plan plan(String actions, String deferred) {
    String json = "{\"format_version\":\"1.2\",\"terraform_version\":\"1.16.0\",\"resource_changes\":[],"
        + "\"action_invocations\":[" + actions + "],\"deferred_action_invocations\":[" + deferred + "]}";
    return PlanReader.create().read(json, "plan.json").getOrElseThrow(e -> new AssertionError(e.describe()));
  }

  private static String invoked(String config) {
    return "{\"address\":\"action.aws_lambda_invoke.warm\",\"type\":\"aws_lambda_invoke\",\"name\":\"warm\","
        + "\"provider_name\":\"registry.terraform.io/hashicorp/aws\",\"config_values\":" + config + ","
        + "\"config_sensitive\":{},\"config_unknown\":{},\"invoke_action_trigger\":{}}";
  }

  private static String triggered(String event) {
    return "{\"address\":\"action.aws_lambda_invoke.warm\",\"type\":\"aws_lambda_invoke\",\"name\":\"warm\","
        + "\"config_values\":{\"function_name\":\"api\"},\"config_sensitive\":{},\"config_unknown\":{},"
        + "\"lifecycle_action_trigger\":{\"triggering_resource_address\":\"aws_instance.web\",\"action_trigger_event\":\"" + event + "\","
        + "\"action_trigger_block_index\":0,\"actions_list_index\":0}}";
  }

  @Test
  void aPlanThatInvokesAnActionDiffersFromAnEmptyPlan() {
    Plan empty = PlanReader.create().read(EMPTY, "p").get();
    Plan withAction = plan(invoked("{\"function_name\":\"api\"}"), "");

    assertThat(PlanFingerprint.of(withAction)).isNotEqualTo(PlanFingerprint.of(empty));
    assertThat(PlanFingerprint.of(withAction).actionInvocations()).isEqualTo(1);
    assertThat(PlanFingerprint.of(withAction).toString()).endsWith("(0 resource changes, 0 output changes, 1 action invocation)");
    assertThat(PlanComparison.of(empty, withAction).differences())
        .extracting(PlanComparison.Difference::describe)
        .containsExactly("action.aws_lambda_invoke.warm (invoke): added change: [invoke] is only in the applied plan");
  }

  @Test
  void anEmptyListOfActionsKeepsTheDigestOfVersionOne() {
    Plan empty = PlanReader.create().read(EMPTY, "p").get();

    assertThat(PlanFingerprint.of(plan("", ""))).isEqualTo(PlanFingerprint.of(empty));
  }

  @Test
  void anotherConfigValueIsAnotherFingerprintNamedByItsPath() {
    PlanComparison c = PlanComparison.of(plan(invoked("{\"function_name\":\"api\"}"), ""), plan(invoked("{\"function_name\":\"worker\"}"), ""));

    assertThat(c.differences()).extracting(PlanComparison.Difference::describe)
        .containsExactly("action.aws_lambda_invoke.warm (invoke): different planned values at function_name");
  }

  @Test
  void anotherTriggerEventIsAnotherInvocation() {
    PlanComparison c = PlanComparison.of(plan(triggered("AfterCreate"), ""), plan(triggered("AfterUpdate"), ""));

    assertThat(c.isSame()).isFalse();
    assertThat(c.differences()).extracting(PlanComparison.Difference::kind)
        .containsExactly(PlanComparison.Difference.Kind.REMOVED, PlanComparison.Difference.Kind.ADDED);
  }

  @Test
  void aDeferredInvocationDiffersFromAPlannedOne() {
    String action = invoked("{\"function_name\":\"api\"}");
    PlanComparison c = PlanComparison.of(plan("", "{\"reason\":\"deferred_prereq\",\"action_invocation\":" + action + "}"), plan(action, ""));

    assertThat(c.differences()).extracting(PlanComparison.Difference::describe)
        .containsExactly(
            "action.aws_lambda_invoke.warm (invoke): different actions: [defer] approved, [invoke] applied",
            "action.aws_lambda_invoke.warm (invoke): different action reason: deferred_prereq approved, none applied");
  }
}
