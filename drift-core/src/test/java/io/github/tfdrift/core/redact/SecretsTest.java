package io.github.tfdrift.core.redact;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tfdrift.core.json.PlanReader;
import io.github.tfdrift.core.model.Plan;
import io.github.tfdrift.core.value.JsonValue;
import io.github.tfdrift.core.value.JsonValues;
import io.github.tfdrift.core.address.ResourceMode;
import io.github.tfdrift.core.model.ImmutableResourceValues;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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
  void aUnionWithNothingNewIsTheSameSetSoItsAutomatonIsBuiltOnce() {
    Secrets outline = Secrets.of(java.util.List.of("hunter2-very-secret", "abc"));
    Secrets changes = Secrets.of(java.util.List.of("abc", "hunter2-very-secret"));
    assertThat(outline.union(changes)).isSameAs(outline);
    assertThat(outline.union(Secrets.of(java.util.List.of("abc", "new-secret-value")))).isNotSameAs(outline);
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

  private static Secrets secretsOf(String json) {
    return Secrets.of(PlanReader.create().read(json).get());
  }

  @Test
  void theOldValueOfASensitiveOutputIsASecretToo() {
    Secrets s =
        secretsOf(
            """
            {"format_version":"1.2","output_changes":{"conn":{"actions":["update"],
              "before":"rotated-out-token","after":"rotated-in-token","after_unknown":false,
              "before_sensitive":true,"after_sensitive":true}}}
            """);

    assertThat(s.redact("was rotated-out-token")).isEqualTo("was (sensitive)");
  }

  @Test
  void aValueMarkedInPlannedValuesOfAChildModuleIsASecret() {
    Secrets s =
        secretsOf(
            """
            {"format_version":"1.2","planned_values":{"root_module":{"child_modules":[{"address":"module.db",
              "resources":[{"address":"module.db.terraform_data.pw","mode":"managed","type":"terraform_data","name":"pw",
                "values":{"input":"child-module-secret","name":"pw"},"sensitive_values":{"input":true}}]}]}}}
            """);

    assertThat(s.redact("dsn with child-module-secret, pw")).isEqualTo("dsn with (sensitive), pw");
  }

  @Test
  void aValueMarkedInPlannedValuesOfTheRootModuleIsASecret() {
    Secrets s =
        secretsOf(
            """
            {"format_version":"1.2","planned_values":{"root_module":{
              "resources":[{"address":"terraform_data.pw","mode":"managed","type":"terraform_data","name":"pw",
                "values":{"input":"root-module-secret"},"sensitive_values":{"input":true}}]}}}
            """);

    assertThat(s.redact("root-module-secret")).isEqualTo(Secrets.MASK);
  }

  @Test
  void aSensitiveOutputKnownOnlyFromThePriorStateIsASecret() {
    Secrets s =
        secretsOf(
            """
            {"format_version":"1.2","prior_state":{"format_version":"1.0","values":{
              "outputs":{"old_conn":{"sensitive":true,"value":"prior-state-token"},"region":{"sensitive":false,"value":"eu-west-1"}}}}}
            """);

    assertThat(s.redact("prior-state-token in eu-west-1")).isEqualTo("(sensitive) in eu-west-1");
  }

  @Test
  void anAttributeMarkedSensitiveAsAWholeMakesEveryLeafInsideASecret() {
    Secrets s =
        secretsOf(
            """
            {"format_version":"1.2","resource_changes":[{"address":"terraform_data.c","mode":"managed",
              "type":"terraform_data","name":"c","change":{"actions":["create"],"before":null,
              "after":{"creds":{"user":"admin-user-7","keys":["key-one-1111",31415926]}},"after_unknown":{},
              "before_sensitive":false,"after_sensitive":{"creds":true}}}]}
            """);

    assertThat(s.redact("admin-user-7 key-one-1111 31415926")).isEqualTo("(sensitive) (sensitive) (sensitive)");
  }

  @Test
  void aMarkedElementOfAListIsASecretAndItsUnmarkedNeighbourIsNot() {
    Secrets s =
        secretsOf(
            """
            {"format_version":"1.2","resource_changes":[{"address":"terraform_data.t","mode":"managed",
              "type":"terraform_data","name":"t","change":{"actions":["create"],"before":null,
              "after":{"tokens":["public-label","list-token-9"]},"after_unknown":{},
              "before_sensitive":false,"after_sensitive":{"tokens":[false,true]}}}]}
            """);

    assertThat(s.redact("public-label list-token-9")).isEqualTo("public-label (sensitive)");
  }

  @Test
  void aFourCharacterSecretIsFoundInsideLongerText() {
    Secrets s = Secrets.of(java.util.List.of("k9Qz"));

    assertThat(s.redact("key=k9Qz;")).isEqualTo("key=(sensitive);");
  }

  @Test
  void textWithoutASecretDoesNotContainOne() {
    assertThat(secrets.containsSecret("eu-west-1")).isFalse();
  }

  @Test
  void aNumberLiteralEqualToASearchableSecretIsOneButShortSecretsAreNot() {
    Secrets s = Secrets.of(java.util.List.of("4829137", "42"));

    assertThat(java.util.List.of(s.isSecret("4829137"), s.isSecret("42"), s.isSecret("4829138"))).containsExactly(true, false, false);
  }

  @Test
  void sizeCountsSearchableAndShortSecretsAndToStringShowsOnlyTheCount() {
    Secrets s = Secrets.of(java.util.List.of("long-secret-value", "ab", "cd"));

    assertThat(s.toString()).isEqualTo("Secrets(3 values)");
  }

  @Test
  void maskingAnUnmarkedObjectRedactsSecretsInItsStringsAndNumbers() {
    Secrets s = Secrets.of(java.util.List.of("hunter2-very-secret", "4829137"));
    JsonValue value =
        JsonValues.parseTrusted("{\"dsn\":\"pg://u:hunter2-very-secret@db\",\"pin\":4829137,\"port\":5432}");

    assertThat(JsonValues.toJson(s.mask(value, JsonValue.absent())))
        .isEqualTo("{\"dsn\":\"pg://u:(sensitive)@db\",\"pin\":\"(sensitive)\",\"port\":5432}");
  }

  @Test
  void aLongRedactedCauseIsCutWithAnEllipsisAndAShortOneIsKept() {
    Secrets s = Secrets.of(java.util.List.of("hunter2-very-secret"));

    assertThat(java.util.List.of(s.redactAndTruncate("auth hunter2-very-secret failed", 20), s.redactAndTruncate("ok", 2)))
        .containsExactly("auth (sensitive) fa…", "ok");
  }

  @Test
  void maskingAListMasksItsMarkedElementAndKeepsTheOthers() {
    Secrets s = Secrets.of(java.util.List.of("list-token-9"));
    JsonValue tokens = JsonValues.parseTrusted("[\"public-label\",\"list-token-9\"]");

    assertThat(JsonValues.toJson(s.mask(tokens, JsonValues.parseTrusted("[false,true]"))))
        .isEqualTo("[\"public-label\",\"(sensitive)\"]");
  }

  @Test
  void aCollectorAddsToSecretsExactlyWhenTheirUnionWithWhatItFoundDiffers() {
    Random random = new Random(20261209L);
    String letters = "ab\"\\é\n";
    for (int trial = 0; trial < 3000; trial++) {
      List<String> known = words(random, letters, random.nextInt(6));
      List<String> found = words(random, letters, random.nextInt(4));
      if (random.nextBoolean()) {
        found.addAll(known.subList(0, random.nextInt(known.size() + 1))); // often nothing new
      }
      Secrets secrets = Secrets.of(known);
      Secrets.Collector collector = Secrets.collector();
      for (String f : found) {
        collector.add(markedSensitive(f));
      }

      assertThat(collector.addsTo(secrets))
          .as("known %s, found %s", known, found)
          .isEqualTo(!secrets.union(collector.build()).equals(secrets));
    }
  }

  @Test
  void aValueEqualToTheEscapedFormOfAKnownSecretStillAddsItsOwnEscapedForm() {
    Secrets known = Secrets.of(List.of("pass\"word")); // holds pass"word and pass\"word
    Secrets.Collector collector = Secrets.collector();
    collector.add(markedSensitive("pass\\\"word"));

    assertThat(collector.addsTo(known)).isTrue();
  }

  /** A resource of planned values whose one attribute, {@code value}, is marked sensitive. */
  private static io.github.tfdrift.core.model.ResourceValues markedSensitive(String value) {
    return ImmutableResourceValues.builder()
        .address("t.n")
        .mode(ResourceMode.MANAGED)
        .type("t")
        .name("n")
        .values(JsonValue.object(java.util.Map.of("v", JsonValue.of(value))))
        .sensitiveValues(JsonValue.object(java.util.Map.of("v", JsonValue.of(true))))
        .build();
  }

  private static List<String> words(Random random, String letters, int n) {
    List<String> l = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      StringBuilder b = new StringBuilder();
      for (int k = 1 + random.nextInt(6); k > 0; k--) {
        b.append(letters.charAt(random.nextInt(letters.length())));
      }
      l.add(b.toString());
    }
    return l;
  }
}
