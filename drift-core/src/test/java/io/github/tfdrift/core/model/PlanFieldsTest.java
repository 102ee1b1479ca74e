package io.github.tfdrift.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tfdrift.core.json.PlanReader;
import io.github.tfdrift.core.json.PlanWriter;
import io.github.tfdrift.core.value.JsonValue;
import io.github.tfdrift.core.value.JsonValues;
import org.junit.jupiter.api.Test;

/**
 * A field added to {@link PlanFields} with an accessor on its model type is read, typed and written
 * back with no change to the reader or the writer: OpenTofu 1.11's {@code type} and {@code required}
 * on a configuration variable.
 */
class PlanFieldsTest {
  private static final String PLAN =
      """
      {"format_version":"1.2","terraform_version":"1.11.0",
       "configuration":{"root_module":{"variables":{
         "region":{"default":"eu-west-1","description":"Where","type":"string","required":false},
         "db_password":{"sensitive":true,"type":"string","required":true},
         "tags":{"type":["map","string"]},
         "legacy":{"description":"Terraform writes neither"}}}}}
      """;

  private static VariableConfig variable(Plan plan, String name) {
    return plan.configuration().orElseThrow().rootModule().orElseThrow().variables().get(name);
  }

  @Test
  void openTofusVariableTypeAndRequiredAreReadAsTypedFields() {
    Plan plan = PlanReader.create().read(PLAN).get();

    assertThat(variable(plan, "db_password").required()).contains(true);
    assertThat(variable(plan, "region").required()).contains(false);
    assertThat(variable(plan, "tags").type()).isEqualTo(JsonValues.parseTrusted("[\"map\",\"string\"]"));
  }

  @Test
  void aVariableWithoutThemHasNeither() {
    VariableConfig legacy = variable(PlanReader.create().read(PLAN).get(), "legacy");

    assertThat(legacy.required()).isEmpty();
    assertThat(legacy.type().isAbsent()).isTrue();
  }

  @Test
  void theFieldsAreWrittenBackAsTheyWereRead() {
    Plan plan = PlanReader.create().read(PLAN).get();

    JsonValue written = JsonValues.parseTrusted(PlanWriter.compact().toJson(plan));

    assertThat(written).isEqualTo(JsonValues.parseTrusted(PLAN));
  }
}
