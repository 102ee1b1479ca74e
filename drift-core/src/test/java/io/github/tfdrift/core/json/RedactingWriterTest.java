package io.github.tfdrift.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.tfdrift.core.Corpus;
import io.github.tfdrift.core.model.Change;
import io.github.tfdrift.core.model.Plan;
import io.github.tfdrift.core.model.ResourceChange;
import io.github.tfdrift.core.read.PlanError;
import io.github.tfdrift.core.redact.Secrets;
import io.github.tfdrift.core.value.JsonValue;
import io.github.tfdrift.core.value.JsonValues;
import io.vavr.control.Either;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** {@code PlanWriter.redacting()}: a plan to share or archive, with every secret masked. */
class RedactingWriterTest {
  private static final String PASSWORD = "hunter2-very-secret";
  private static final String OLD_PASSWORD = "older-hunter1-secret";
  private static final String TOKEN = "tok-abcdef-123";
  private static final String DEFAULT = "default-pass-9876";
  private static final String ACTION_KEY = "action-key-5555";

  private static final String PLAN =
      """
      {"format_version":"1.2","terraform_version":"1.11.4",
       "variables":{"db_password":{"value":"hunter2-very-secret"},"region":{"value":"eu-west-1"}},
       "planned_values":{
         "outputs":{"conn":{"sensitive":true,"value":"tok-abcdef-123"},"region":{"sensitive":false,"value":"eu-west-1"}},
         "root_module":{"resources":[{"address":"terraform_data.db","mode":"managed","type":"terraform_data","name":"db",
           "provider_name":"terraform.io/builtin/terraform","schema_version":0,
           "values":{"input":"hunter2-very-secret","pin":4829137,"same":"kept-secret-same","name":"db"},
           "sensitive_values":{"input":true,"pin":true,"same":true}}]}},
       "resource_changes":[
        {"address":"terraform_data.db","mode":"managed","type":"terraform_data","name":"db",
         "provider_name":"terraform.io/builtin/terraform",
         "change":{"actions":["update"],
           "before":{"input":"older-hunter1-secret","pin":4829137,"same":"kept-secret-same","name":"db","nothing":null},
           "after":{"input":"hunter2-very-secret","pin":4829137,"same":"kept-secret-same","name":"db","nothing":null},
           "after_unknown":{},
           "before_sensitive":{"input":true,"pin":true,"same":true,"nothing":true},
           "after_sensitive":{"input":true,"pin":true,"same":true,"nothing":true}}},
        {"address":"terraform_data.copy[\\"hunter2-very-secret\\"]","mode":"managed","type":"terraform_data","name":"copy",
         "index":"hunter2-very-secret","provider_name":"terraform.io/builtin/terraform",
         "change":{"actions":["create"],"before":null,
           "after":{"input":"postgres://app:hunter2-very-secret@db/app","tags":{"Name":"copy"}},
           "after_unknown":{"id":true},"before_sensitive":false,"after_sensitive":{"tags":{}}}}],
       "output_changes":{"conn":{"actions":["create"],"before":null,"after":"tok-abcdef-123","after_unknown":false,
         "before_sensitive":true,"after_sensitive":true}},
       "action_invocations":[{"address":"action.notify.x","type":"notify","name":"x",
         "config_values":{"key":"action-key-5555","channel":"ops"},"config_sensitive":{"key":true},
         "lifecycle_action_trigger":{"triggering_resource_address":"terraform_data.db","action_trigger_event":"after_update",
           "action_trigger_block_index":0,"actions_list_index":0}}],
       "configuration":{"root_module":{
         "variables":{"db_password":{"sensitive":true,"default":"default-pass-9876"},"region":{"default":"eu-west-1"}},
         "resources":[{"address":"terraform_data.db","mode":"managed","type":"terraform_data","name":"db",
           "expressions":{"input":{"constant_value":"hunter2-very-secret"}}}]}},
       "x_vendor_audit":{"note":"rotated from older-hunter1-secret"},
       "timestamp":"2026-12-02T10:00:00Z","applyable":true,"complete":true,"errored":false}
      """;

  private final Plan plan = PlanReader.create().read(PLAN).get();
  private final String redacted = PlanWriter.compact().redacting().toJson(plan);
  private final JsonValue tree = JsonValues.parseTrusted(redacted);

  @Test
  void noSecretSurvivesAnywhere() {
    assertThat(redacted)
        .doesNotContain(PASSWORD)
        .doesNotContain(OLD_PASSWORD)
        .doesNotContain(TOKEN)
        .doesNotContain(DEFAULT)
        .doesNotContain(ACTION_KEY)
        .doesNotContain("kept-secret-same")
        .doesNotContain("4829137");
  }

  @Test
  void thePlainWriterStillWritesThePlanAsItCame() {
    assertThat(PlanWriter.compact().toJson(plan)).contains(PASSWORD).contains("4829137");
    assertThat(PlanWriter.compact().isRedacting()).isFalse();
    assertThat(PlanWriter.pretty().redacting().isRedacting()).isTrue();
  }

  @Test
  void changedSensitiveValuesStayDifferentAndUnchangedOnesStayEqual() {
    JsonValue change = tree.get("resource_changes").get(0).get("change");
    JsonValue before = change.get("before");
    JsonValue after = change.get("after");
    assertThat(before.get("input")).isNotEqualTo(after.get("input"));
    assertThat(before.get("pin")).isEqualTo(after.get("pin"));
    assertThat(before.get("same")).isEqualTo(after.get("same"));
    assertThat(List.of(before.get("input"), after.get("input"), after.get("pin"), after.get("same")))
        .allSatisfy(v -> assertThat(((JsonValue.Str) v).value()).matches("\\(sensitive value \\d+\\)"));
    assertThat(before.get("nothing").isNull()).as("a marked null stays null").isTrue();
    assertThat(after.get("name")).isEqualTo(JsonValue.of("db"));
  }

  @Test
  void derivedCopiesAddressesConstantsAndUnknownMembersAreMasked() {
    JsonValue copy = tree.get("resource_changes").get(1);
    assertThat(copy.get("address")).isEqualTo(JsonValue.of("terraform_data.copy[\"(sensitive)\"]"));
    assertThat(copy.get("change").get("after").get("input")).isEqualTo(JsonValue.of("postgres://app:(sensitive)@db/app"));
    assertThat(copy.get("change").get("after").get("tags")).isEqualTo(JsonValue.object(java.util.Map.of("Name", JsonValue.of("copy"))));
    assertThat(tree.get("configuration").get("root_module").get("resources").get(0).get("expressions").get("input").get("constant_value"))
        .isEqualTo(JsonValue.of(Secrets.MASK));
    assertThat(tree.get("x_vendor_audit").get("note")).isEqualTo(JsonValue.of("rotated from (sensitive)"));
  }

  @Test
  void sensitiveOutputsVariablesDefaultsAndActionConfigAreMasked() {
    JsonValue mask = JsonValue.of(Secrets.MASK);
    assertThat(tree.get("variables").get("db_password").get("value")).isEqualTo(mask);
    assertThat(tree.get("variables").get("region").get("value")).isEqualTo(JsonValue.of("eu-west-1"));
    assertThat(tree.get("planned_values").get("outputs").get("conn").get("value")).isEqualTo(mask);
    assertThat(tree.get("planned_values").get("outputs").get("region").get("value")).isEqualTo(JsonValue.of("eu-west-1"));
    assertThat(tree.get("configuration").get("root_module").get("variables").get("db_password").get("default")).isEqualTo(mask);
    assertThat(tree.get("action_invocations").get(0).get("config_values").get("key")).isEqualTo(mask);
    assertThat(tree.get("action_invocations").get(0).get("config_values").get("channel")).isEqualTo(JsonValue.of("ops"));
    JsonValue values = tree.get("planned_values").get("root_module").get("resources").get(0).get("values");
    assertThat(values.get("pin")).isEqualTo(mask);
    assertThat(values.get("name")).isEqualTo(JsonValue.of("db"));
  }

  @Test
  void theRedactedPlanReadsBackWithTheSameChangesAndMirrors() {
    Either<PlanError, Plan> back = PlanReader.create().read(redacted);
    assertThat(back.isRight()).isTrue();
    List<ResourceChange> original = plan.resourceChanges();
    List<ResourceChange> again = back.get().resourceChanges();
    assertThat(again).hasSameSizeAs(original);
    for (int i = 0; i < original.size(); i++) {
      Change a = original.get(i).change();
      Change b = again.get(i).change();
      assertThat(b.actions()).isEqualTo(a.actions());
      assertThat(b.beforeSensitive()).isEqualTo(a.beforeSensitive());
      assertThat(b.afterSensitive()).isEqualTo(a.afterSensitive());
      assertThat(b.afterUnknown()).isEqualTo(a.afterUnknown());
    }
    assertThat(back.get().timestamp()).isEqualTo(plan.timestamp());
  }

  @Test
  void aPlanWithoutSecretsIsWrittenUnchanged() {
    Plan clean = PlanReader.create().read("{\"format_version\":\"1.2\",\"resource_changes\":[],\"variables\":{\"a\":{\"value\":\"b\"}}}").get();
    assertThat(PlanWriter.compact().redacting().toJson(clean)).isEqualTo(PlanWriter.compact().toJson(clean));
  }

  @Test
  void anObjectHoldingTheSameMemberNameTwiceKeepsBothMembersEachMasked() {
    String json =
        """
        {"format_version":"1.2","resource_changes":[{"address":"google_storage_bucket.b","mode":"managed",
          "type":"google_storage_bucket","name":"b","change":{"actions":["update"],
          "before":{"uniform_bucket_level_access":false,"key":"old-secret-value","uniform_bucket_level_access":true},
          "after":{"uniform_bucket_level_access":true,"key":"new-secret-value","uniform_bucket_level_access":true},
          "after_unknown":{},"before_sensitive":{"key":true},"after_sensitive":{"key":true}}}]}
        """;
    Plan dup = PlanReader.create().read(json).get();
    assertThat(PlanWriter.compact().toJson(dup)).as("the plain writer keeps both").containsOnlyOnce(
        "\"before\":{\"uniform_bucket_level_access\":false,\"key\":\"old-secret-value\",\"uniform_bucket_level_access\":true}");

    String out = PlanWriter.compact().redacting().toJson(dup);

    assertThat(out)
        .doesNotContain("secret-value")
        .contains("\"before\":{\"uniform_bucket_level_access\":false,\"key\":\"(sensitive value 1)\",\"uniform_bucket_level_access\":true}");
    JsonValue.Obj before = (JsonValue.Obj) PlanReader.create().read(out).get().resourceChanges().get(0).change().before();
    assertThat(before.size()).isEqualTo(3);
    assertThat(before.get("uniform_bucket_level_access")).as("the last of duplicates counts").isEqualTo(JsonValue.of(true));
  }

  @Test
  void aNumberEqualToASecretIsMaskedWhereTheCopyIsNotMarkedAndOtherNumbersStay() {
    Plan p =
        PlanReader.create()
            .read(
                """
                {"format_version":"1.2","resource_changes":[{"address":"terraform_data.pin","mode":"managed",
                  "type":"terraform_data","name":"pin","change":{"actions":["create"],"before":null,
                  "after":{"input":4829137,"output":4829137,"count":4829138},"after_unknown":{},
                  "before_sensitive":false,"after_sensitive":{"input":true}}}]}
                """)
            .get();

    JsonValue after = JsonValues.parseTrusted(PlanWriter.compact().redacting().toJson(p)).get("resource_changes").get(0).get("change").get("after");

    assertThat(after.get("output")).isEqualTo(JsonValue.of(Secrets.MASK));
    assertThat(after.get("count")).isEqualTo(JsonValue.of(4829138));
  }

  @Tag("corpus")
  @TestFactory
  Stream<DynamicTest> everyCorpusPlanRedactsToAPlanWithoutItsSecrets() {
    Optional<Path> dir = Corpus.dir();
    assumeTrue(dir.isPresent(), "corpus absent: skipped");
    return Corpus.files(dir.get()).stream()
        .map(f -> DynamicTest.dynamicTest(dir.get().relativize(f).toString(), () -> redactsCorpusPlan(f)));
  }

  private static void redactsCorpusPlan(Path file) {
    Plan original = PlanReader.create().read(file).get();
    Secrets secrets = Secrets.of(original);
    String out = PlanWriter.compact().redacting().toJson(original);
    assertThat(secrets.containsSecret(out)).as("a secret is left").isFalse();
    Either<PlanError, Plan> back = PlanReader.create().read(out);
    assertThat(back.isRight()).as("reads back: %s", back.isLeft() ? back.getLeft().describe() : "").isTrue();
    Plan b = back.get();
    assertThat(b.resourceChanges()).hasSameSizeAs(original.resourceChanges());
    assertThat(b.resourceDrift()).hasSameSizeAs(original.resourceDrift());
    for (int i = 0; i < original.resourceChanges().size(); i++) {
      assertThat(b.resourceChanges().get(i).change().actions()).isEqualTo(original.resourceChanges().get(i).change().actions());
    }
    assertThat(b.outputChanges().keySet()).hasSameSizeAs(original.outputChanges().keySet());
    List<String> problems = new java.util.ArrayList<>();
    onlyMasked("$", JsonValues.parseTrusted(PlanWriter.compact().toJson(original)), JsonValues.parseTrusted(out), problems);
    assertThat(problems).as("redaction changes nothing but masked values").isEmpty();
  }

  /** Walks both trees: same shape and member names; a leaf may differ only by being (partly) masked. */
  private static void onlyMasked(String at, JsonValue plain, JsonValue red, List<String> problems) {
    if (plain instanceof JsonValue.Obj po && red instanceof JsonValue.Obj ro) {
      if (po.size() != ro.size()) {
        problems.add(at + ": members " + po.size() + " became " + ro.size());
        return;
      }
      for (int i = 0; i < po.size(); i++) {
        String k = ro.keyAt(i);
        if (!k.equals(po.keyAt(i)) && !k.contains(Secrets.MASK)) {
          problems.add(at + ": member name changed");
        }
        onlyMasked(at + "." + k, po.valueAt(i), ro.valueAt(i), problems);
      }
    } else if (plain instanceof JsonValue.Arr pa && red instanceof JsonValue.Arr ra) {
      if (pa.size() != ra.size()) {
        problems.add(at + ": elements " + pa.size() + " became " + ra.size());
        return;
      }
      for (int i = 0; i < pa.size(); i++) {
        onlyMasked(at + "[" + i + "]", pa.get(i), ra.get(i), problems);
      }
    } else if (!plain.equals(red) && !(red instanceof JsonValue.Str s && s.value().contains("(sensitive"))) {
      problems.add(at + ": changed without a mask");
    }
  }
}
