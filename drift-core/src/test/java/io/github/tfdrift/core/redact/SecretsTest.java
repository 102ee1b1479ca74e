package io.github.tfdrift.core.redact;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tfdrift.core.json.PlanReader;
import io.github.tfdrift.core.model.Plan;
import io.github.tfdrift.core.value.JsonValue;
import io.github.tfdrift.core.value.JsonValues;
import org.junit.jupiter.api.Test;

class SecretsTest {
  private static final String PLAN =
      """
      {"format_version":"1.2","terraform_version":"1.11.4",
       "variables":{"db_password":{"value":"hunter2-very-secret"},"region":{"value":"eu-west-1"},"pin":{"value":"42"}},
       "planned_values":{"root_module":{}},
       "resource_changes":[{"address":"terraform_data.db","mode":"managed","type":"terraform_data","name":"db",
         "provider_name":"terraform.io/builtin/terraform",
         "change":{"actions":["create"],"before":null,
           "after":{"input":"hunter2-very-secret","output":"postgres://admin:hunter2-very-secret@db","token":["tok-abcdef"],"short":"ab"},
           "after_unknown":{"id":true},"before_sensitive":false,
           "after_sensitive":{"input":true,"token":[true],"short":true}}}],
       "output_changes":{"conn":{"actions":["create"],"before":null,"after":"s3cr3t-output","after_unknown":false,
         "before_sensitive":true,"after_sensitive":true}},
       "configuration":{"root_module":{"variables":{"db_password":{"sensitive":true},"region":{},"pin":{"sensitive":true}}}}}
      """;

  private final Plan plan = PlanReader.create().read(PLAN).get();
  private final Secrets secrets = Secrets.of(plan);

  @Test
  void sensitiveVariableValueIsRedactedWherever_itAppears() {
    assertThat(secrets.redact("password is hunter2-very-secret!")).isEqualTo("password is (sensitive)!");
  }

  @Test
  void derivedUnmarkedCopyInsideALongerStringIsRedacted() {
    JsonValue after = plan.resourceChanges().get(0).change().after();
    JsonValue masked = secrets.mask(after, plan.resourceChanges().get(0).change().afterSensitive());
    String printed = JsonValues.toJson(masked);
    assertThat(printed).doesNotContain("hunter2").doesNotContain("tok-abcdef").contains("postgres://admin:(sensitive)@db");
  }

  @Test
  void shortSecretsAreMaskedWhereMarkedButNotSearchedElsewhere() {
    JsonValue after = plan.resourceChanges().get(0).change().after();
    JsonValue masked = secrets.mask(after, plan.resourceChanges().get(0).change().afterSensitive());
    assertThat(masked.get("short")).isEqualTo(JsonValue.of(Secrets.MASK));
    assertThat(secrets.redact("the answer is 42, ab")).isEqualTo("the answer is 42, ab");
  }

  @Test
  void aStringExactlyEqualToAShortSecretIsMaskedWhereverItStands() {
    assertThat(secrets.redact("ab")).isEqualTo(Secrets.MASK);
    assertThat(secrets.redact("42")).isEqualTo(Secrets.MASK);
    assertThat(secrets.containsSecret("ab")).isTrue();
    JsonValue unmarkedCopy = JsonValue.object(java.util.Map.of("copy", JsonValue.of("ab")));
    assertThat(secrets.mask(unmarkedCopy, JsonValue.of(false)).get("copy")).isEqualTo(JsonValue.of(Secrets.MASK));
  }

  @Test
  void emptyStringsAreNeverSecrets() {
    Secrets s = Secrets.of(java.util.List.of("", "x"));
    assertThat(s.redact("")).isEmpty();
    assertThat(s.redact("x")).isEqualTo(Secrets.MASK);
  }

  @Test
  void sensitiveOutputsAreSecrets() {
    assertThat(secrets.containsSecret("x s3cr3t-output y")).isTrue();
  }

  @Test
  void nonSensitiveValuesStayVisible() {
    assertThat(secrets.redact("eu-west-1")).isEqualTo("eu-west-1");
    assertThat(secrets.toString()).doesNotContain("hunter2");
  }

  @Test
  void jsonEscapedCopiesAreRedactedToo() {
    Secrets s = Secrets.of(java.util.List.of("pa\"ss\\word"));
    assertThat(s.redact("{\"p\":\"pa\\\"ss\\\\word\"}")).doesNotContain("ss");
  }

  @Test
  void unionOfTwoPlansRedactsTheSecretsOfBothLongestFirst() {
    Secrets other = Secrets.of(java.util.List.of("hunter2-very-secret-and-longer", "other-plan-token"));
    Secrets both = secrets.union(other);
    assertThat(both.redact("a hunter2-very-secret-and-longer b other-plan-token c hunter2-very-secret"))
        .isEqualTo("a (sensitive) b (sensitive) c (sensitive)");
    assertThat(Secrets.none().union(secrets)).isSameAs(secrets);
    assertThat(secrets.union(Secrets.none())).isSameAs(secrets);
  }

  @Test
  void aUnionOverManyPlansKeepsEachSecretInItsTwoFormsOnly() {
    Secrets quoted = Secrets.of(java.util.List.of("pa\"ss\\word"));
    Secrets run = Secrets.none();
    for (int i = 0; i < 600; i++) {
      run = run.union(quoted).union(Secrets.of(java.util.List.of("token-of-plan-" + i)));
    }
    assertThat(run.size()).isEqualTo(2 + 600);
  }

  @Test
  void actionConfigMarkedSensitiveAndDefaultsOfSensitiveVariablesAreSecrets() {
    Plan p =
        PlanReader.create()
            .read(
                """
                {"format_version":"1.2","resource_changes":[],
                 "action_invocations":[{"address":"action.notify.x","type":"notify","name":"x",
                   "config_values":{"key":"action-key-5555","channel":"ops"},"config_sensitive":{"key":true}}],
                 "configuration":{"root_module":{"variables":{"token":{"sensitive":true,"default":"default-pass-9876"}},
                   "module_calls":{"m":{"source":"./m","module":{"variables":{"inner":{"sensitive":true,"default":"inner-default-42"}}}}}}}}
                """)
            .get();
    Secrets s = Secrets.of(p);
    assertThat(s.redact("a action-key-5555 b default-pass-9876 c inner-default-42 d ops"))
        .isEqualTo("a (sensitive) b (sensitive) c (sensitive) d ops");
  }
}
