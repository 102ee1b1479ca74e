package io.github.tfdrift.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What a report tells about an action invocation besides its verdict: its type, trigger and deferral. */
class ClassifiedActionTest {
  @Test
  void anInvokedActionGivesItsTypeAndTriggerAndIsNotDeferred() {
    ClassifiedAction a = ActionInvocationTest.classify(ActionInvocationTest.plan("", ActionInvocationTest.INVOKED, "")).actions().get(0);

    assertThat(List.of(a.type(), a.trigger(), a.isDeferred())).containsExactly("aws_lambda_invoke", "apply -invoke", false);
  }

  @Test
  void aDeferredInvocationSaysItIsDeferred() {
    ClassifiedAction a =
        ActionInvocationTest.classify(
                ActionInvocationTest.plan("", "", "{\"reason\":\"resource_config_unknown\",\"action_invocation\":" + ActionInvocationTest.INVOKED + "}"))
            .actions()
            .get(0);

    assertThat(a.isDeferred()).isTrue();
  }
}
