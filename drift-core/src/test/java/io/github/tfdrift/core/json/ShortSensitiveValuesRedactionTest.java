package io.github.tfdrift.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tfdrift.core.model.Plan;
import io.github.tfdrift.core.redact.Secrets;
import io.github.tfdrift.core.value.JsonValue;
import io.github.tfdrift.core.value.JsonValues;
import org.junit.jupiter.api.Test;

/**
 * {@code PlanWriter.redacting()} with sensitive values too short to be searched for in text: three
 * digit numbers (a PIN, a door code, a port). Only the structure of the plan can protect them (the
 * sensitivity mirrors, {@code sensitive = true} on variables and outputs), so each place of a plan
 * that carries such a mark is checked on its own.
 */
class ShortSensitiveValuesRedactionTest {
  private static final JsonValue MASK = JsonValue.of(Secrets.MASK);

  private static final String PLAN =
      """
      {"format_version":"1.2","terraform_version":"1.11.4",
       "variables":{"pin":{"value":731},"replicas":{"value":3}},
       "planned_values":{
         "outputs":{"door_code":{"sensitive":true,"value":519},"zone_count":{"sensitive":false,"value":2}},
         "root_module":{
           "resources":[{"address":"terraform_data.lock","mode":"managed","type":"terraform_data","name":"lock",
             "provider_name":"terraform.io/builtin/terraform","schema_version":0,
             "values":{"code":264,"ports":[80,647],"size":10},
             "sensitive_values":{"code":true,"ports":[false,true]}}],
           "child_modules":[{"address":"module.vault","resources":[{"address":"module.vault.terraform_data.seal",
             "mode":"managed","type":"terraform_data","name":"seal","provider_name":"terraform.io/builtin/terraform",
             "schema_version":0,"values":{"shares":173,"size":11},"sensitive_values":{"shares":true}}]}]}},
       "resource_changes":[],
       "deferred_changes":[{"reason":"resource_config_unknown",
         "resource_change":{"address":"terraform_data.later","mode":"managed","type":"terraform_data","name":"later",
           "provider_name":"terraform.io/builtin/terraform",
           "change":{"actions":["create"],"before":null,"after":{"code":385,"size":12},"after_unknown":{},
             "before_sensitive":false,"after_sensitive":{"code":true}}}}],
       "action_invocations":[{"address":"action.notify.x","type":"notify","name":"x",
         "config_values":{"pin":912,"retries":5},"config_sensitive":{"pin":true}}],
       "configuration":{"root_module":{
         "variables":{"pin":{"sensitive":true,"default":458},"replicas":{"default":3}},
         "outputs":{"door_code":{"sensitive":true,"expression":{"constant_value":519}},
                    "zone_count":{"expression":{"constant_value":2}}}}}}
      """;

  private final JsonValue tree = redacted(PLAN);

  private static JsonValue redacted(String json) {
    Plan plan = PlanReader.create().read(json).get();
    return JsonValues.parseTrusted(PlanWriter.compact().redacting().toJson(plan));
  }

  @Test
  void aDeferredChangeShowsWhichAttributeIsSensitiveButNotItsValue() {
    JsonValue after = tree.get("deferred_changes").get(0).get("resource_change").get("change").get("after");

    assertThat(after.get("code")).isEqualTo(JsonValue.of("(sensitive value 1)"));
    assertThat(after.get("size")).isEqualTo(JsonValue.of(12));
  }

  @Test
  void aSensitiveVariableKeepsItsNameAndLosesItsValue() {
    JsonValue variables = tree.get("variables");

    assertThat(variables.get("pin").get("value")).isEqualTo(MASK);
    assertThat(variables.get("replicas").get("value")).isEqualTo(JsonValue.of(3));
  }

  @Test
  void theDefaultOfASensitiveVariableIsMaskedInTheConfiguration() {
    JsonValue variables = tree.get("configuration").get("root_module").get("variables");

    assertThat(variables.get("pin").get("default")).isEqualTo(MASK);
    assertThat(variables.get("replicas").get("default")).isEqualTo(JsonValue.of(3));
  }

  @Test
  void aSensitiveOutputIsMaskedInPlannedValuesAndInItsConstantExpression() {
    JsonValue outputs = tree.get("planned_values").get("outputs");
    JsonValue declared = tree.get("configuration").get("root_module").get("outputs");

    assertThat(outputs.get("door_code").get("value")).isEqualTo(MASK);
    assertThat(outputs.get("zone_count").get("value")).isEqualTo(JsonValue.of(2));
    assertThat(declared.get("door_code").get("expression").get("constant_value")).isEqualTo(MASK);
    assertThat(declared.get("zone_count").get("expression").get("constant_value")).isEqualTo(JsonValue.of(2));
  }

  @Test
  void aMarkedResourceValueIsMaskedInPlannedValuesOfTheRootModuleAndOfChildModules() {
    JsonValue root = tree.get("planned_values").get("root_module");
    JsonValue lock = root.get("resources").get(0).get("values");
    JsonValue seal = root.get("child_modules").get(0).get("resources").get(0).get("values");

    assertThat(lock.get("code")).isEqualTo(MASK);
    assertThat(lock.get("size")).isEqualTo(JsonValue.of(10));
    assertThat(seal.get("shares")).isEqualTo(MASK);
    assertThat(seal.get("size")).isEqualTo(JsonValue.of(11));
  }

  @Test
  void onlyTheMarkedElementOfAListIsMasked() {
    JsonValue ports = tree.get("planned_values").get("root_module").get("resources").get(0).get("values").get("ports");

    assertThat(ports).isEqualTo(JsonValue.array(java.util.List.of(JsonValue.of(80), MASK)));
  }

  @Test
  void theMarkedConfigurationOfAnActionInvocationIsMasked() {
    JsonValue config = tree.get("action_invocations").get(0).get("config_values");

    assertThat(config.get("pin")).isEqualTo(MASK);
    assertThat(config.get("retries")).isEqualTo(JsonValue.of(5));
  }

  @Test
  void aPlanWithoutOutputMirrorsStillMasksTheChangeOfAnOutputDeclaredSensitive() {
    // Plans before format 1.0 carry no before_sensitive/after_sensitive in output_changes: only
    // planned_values, prior_state or the configuration say that an output is sensitive.
    JsonValue old =
        redacted(
            """
            {"format_version":"0.1","terraform_version":"0.13.7",
             "prior_state":{"format_version":"0.1","values":{"outputs":{"vault_shares":{"sensitive":true,"value":173}}}},
             "configuration":{"root_module":{"outputs":{"door_code":{"sensitive":true,"expression":{}}}}},
             "output_changes":{
               "door_code":{"actions":["create"],"before":null,"after":519,"after_unknown":false},
               "vault_shares":{"actions":["update"],"before":173,"after":174,"after_unknown":false},
               "zone_count":{"actions":["create"],"before":null,"after":2,"after_unknown":false}}}
            """);
    JsonValue changes = old.get("output_changes");

    assertThat(changes.get("door_code").get("after")).isEqualTo(JsonValue.of("(sensitive value 1)"));
    assertThat(changes.get("vault_shares").get("before")).isEqualTo(JsonValue.of("(sensitive value 1)"));
    assertThat(changes.get("vault_shares").get("after")).isEqualTo(JsonValue.of("(sensitive value 2)"));
    assertThat(changes.get("zone_count").get("after")).isEqualTo(JsonValue.of(2));
  }
}
