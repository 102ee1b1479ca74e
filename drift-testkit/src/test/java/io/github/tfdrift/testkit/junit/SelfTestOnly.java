package io.github.tfdrift.testkit.junit;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Enables the example test classes only when {@link Launch} runs them (configuration parameter
 * {@code tfdrift.selfTest=true}); some of them fail on purpose.
 */
public final class SelfTestOnly implements ExecutionCondition {
  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    return context.getConfigurationParameter("tfdrift.selfTest").filter("true"::equals).isPresent()
        ? ConditionEvaluationResult.enabled("run by a testkit self-test")
        : ConditionEvaluationResult.disabled("example for the testkit's own tests; runs only inside them");
  }
}
