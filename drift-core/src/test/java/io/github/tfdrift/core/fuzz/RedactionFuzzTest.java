package io.github.tfdrift.core.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.tfdrift.core.json.PlanReader;
import io.github.tfdrift.core.json.PlanWriter;
import io.github.tfdrift.core.model.Plan;
import io.github.tfdrift.core.redact.Secrets;
import io.github.tfdrift.core.value.JsonValue;
import io.github.tfdrift.core.value.JsonValues;
import java.util.ArrayList;
import java.util.List;

/**
 * Fuzzes redaction: a plan with a sensitive variable whose value Terraform copied into an attribute
 * it does not mark (as {@code terraform_data}'s {@code output} mirrors {@code input}) is written
 * redacted, and no value in the output (the values of the change, the output and the variable)
 * equals the secret, whatever its length (values shorter than
 * the search minimum included). The seed corpus is under {@code
 * src/test/resources/io/github/tfdrift/core/fuzz/RedactionFuzzTestInputs}; see docs/fuzzing.md.
 */
class RedactionFuzzTest {

  @FuzzTest
  void noValueOfTheRedactedPlanEqualsASecret(FuzzedDataProvider data) {
    String secret = data.consumeString(24);
    String other = data.consumeRemainingAsString();
    if (secret.isEmpty() || isMask(secret)) {
      return; // nothing to hide, or a secret that reads like the mask itself (it stands in for the secret)
    }
    String s = JsonValues.toJson(JsonValue.of(secret));
    String o = JsonValues.toJson(JsonValue.of(other));
    String json =
        """
        {"format_version":"1.2","terraform_version":"1.11.4",
         "variables":{"pw":{"value":%1$s}},
         "resource_changes":[
          {"address":"terraform_data.db","mode":"managed","type":"terraform_data","name":"db",
           "provider_name":"terraform.io/builtin/terraform",
           "change":{"actions":["update"],
             "before":{"input":%1$s,"output":%1$s,"other":%2$s},
             "after":{"input":%1$s,"output":%1$s,"other":%2$s},
             "after_unknown":{},
             "before_sensitive":{"input":true},
             "after_sensitive":{"input":true}}}],
         "output_changes":{"copy":{"actions":["no-op"],"before":%1$s,"after":%1$s,"after_unknown":false,
           "before_sensitive":false,"after_sensitive":false}},
         "configuration":{"root_module":{"variables":{"pw":{"sensitive":true}}}}}
        """
            .formatted(s, o);
    Plan plan = PlanReader.create().read(json, "fuzz.json").get();
    String redacted = PlanWriter.compact().redacting().toJson(plan);
    JsonValue doc = JsonValues.parseTrusted(redacted);
    List<String> strings = new ArrayList<>();
    JsonValue change = doc.get("resource_changes").get(0).get("change");
    collect(change.get("before"), strings);
    collect(change.get("after"), strings);
    collect(doc.get("output_changes").get("copy").get("before"), strings);
    collect(doc.get("output_changes").get("copy").get("after"), strings);
    collect(doc.get("variables").get("pw").get("value"), strings);
    assertThat(strings).as("values of the redacted plan").doesNotContain(secret);
  }

  private static boolean isMask(String s) {
    return s.equals(Secrets.MASK) || s.matches("\\(sensitive value \\d+\\)");
  }

  private static void collect(JsonValue v, List<String> out) {
    if (v instanceof JsonValue.Str str) {
      out.add(str.value());
    } else if (v instanceof JsonValue.Arr arr) {
      arr.elements().forEach(e -> collect(e, out));
    } else if (v instanceof JsonValue.Obj obj) {
      obj.forEach((k, e) -> collect(e, out));
    }
  }
}
