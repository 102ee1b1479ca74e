package io.github.tfdrift.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tfdrift.rules.policy.Policy;
import io.github.tfdrift.rules.policy.PolicyError;
import io.github.tfdrift.rules.policy.PolicyErrors;
import io.github.tfdrift.rules.policy.PolicyReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyReaderTest {
  static final String FULL =
      """
      version: 1
      ignore_changes:
        - type: proxmox_virtual_environment_vm
          address: "module.*.proxmox_virtual_environment_vm.*"
          attributes: ["initialization[0].user_account[0].keys", "clone"]
          reason: SSH key format and golden image rotation
      expected:
        - address: module.jellyfin.proxmox_virtual_environment_vm.vm
          attributes: [memory]
          reason: "INC-42 emergency memory bump"
          expires: 2026-12-31
      accept:
        - type: proxmox_virtual_environment_vm
          attributes: [tags]
      normalizers:
        - type: "aws_iam_*"
          path: policy
          kind: json
      required_tags:
        enabled: true
        tags: [ManagedBy, Workspace, Environment]
        types: ["aws_*"]
      """;

  static PolicyErrors errors(String yaml) {
    return PolicyReader.read(yaml, "drift-policy.yaml").swap().getOrElseThrow(p -> new AssertionError("accepted: " + p));
  }

  /** The one problem of a policy with exactly one. */
  static PolicyError error(String yaml) {
    PolicyErrors e = errors(yaml);
    assertThat(e.errors()).as(e.describe()).hasSize(1);
    return e.first();
  }

  @Test
  void fullPolicyIsRead() {
    Policy p = PolicyReader.read(FULL, "drift-policy.yaml").get();
    assertThat(p.ignoreChanges()).hasSize(1);
    assertThat(p.ignoreChanges().get(0).attributes()).extracting(a -> a.render())
        .containsExactly("initialization[0].user_account[0].keys", "clone");
    assertThat(p.ignoreChanges().get(0).appliesTo("proxmox_virtual_environment_vm", "module.jellyfin.proxmox_virtual_environment_vm.vm")).isTrue();
    assertThat(p.ignoreChanges().get(0).location().line()).isEqualTo(3);
    assertThat(p.expected().get(0).expires()).contains(LocalDate.of(2026, 12, 31));
    assertThat(p.accept()).hasSize(1);
    assertThat(p.normalizers().get(0).kind()).isEqualTo("json");
    assertThat(p.requiredTags().enabled()).isTrue();
    assertThat(p.requiredTags().checksType("aws_iam_role")).isTrue();
    assertThat(p.requiredTags().checksType("terraform_data")).isFalse();
  }

  @Test
  void expiryWarningDaysDefaultToFourteenAndCanBeSetOrTurnedOff() {
    assertThat(PolicyReader.read(FULL, "drift-policy.yaml").get().expiryWarningDays()).isEqualTo(14);
    assertThat(PolicyReader.read("", "empty.yaml").get().expiryWarningDays()).isEqualTo(Policy.DEFAULT_EXPIRY_WARNING_DAYS);
    assertThat(PolicyReader.read(FULL + "expiry_warning_days: 30\n", "drift-policy.yaml").get().expiryWarningDays()).isEqualTo(30);
    assertThat(PolicyReader.read("expiry_warning_days: 0\n", "drift-policy.yaml").get().expiryWarningDays()).isZero();
    assertThat(PolicyReader.read("{\"expiry_warning_days\": 7, \"expected\": []}", "p.json").get().expiryWarningDays()).isEqualTo(7);
  }

  @Test
  void aBadExpiryWarningDaysIsAProblemWithItsPosition() {
    assertThat(error("expiry_warning_days: soon\n").describe())
        .isEqualTo("drift-policy.yaml:1:22: 'expiry_warning_days' must be a whole number of days (0 turns the warnings off), not 'soon'");
    assertThat(error("version: 1\nexpiry_warning_days: -3\n").describe())
        .isEqualTo("drift-policy.yaml:2:22: 'expiry_warning_days' must be 0 or more, not '-3' (0 turns the warnings off)");
    assertThat(error("expiry_warning_days: 1.5\n").message()).isEqualTo("'expiry_warning_days' must be a whole number of days (0 turns the warnings off), not '1.5'");
    assertThat(error("expiry_warning_days: \"14\"\n").message()).endsWith("not '14'");
    assertThat(error("expiry_warning_days: true\n").message()).endsWith("not 'true'");
    assertThat(error("expiry_warning_days:\n").message()).endsWith("not empty");
    assertThat(error("expiry_warning_days: [14]\n").describe())
        .isEqualTo("drift-policy.yaml:1:22: 'expiry_warning_days' must be a single value, not a list");
    assertThat(error("expiry_warning_days: 99999999999\n").message())
        .isEqualTo("'expiry_warning_days' is too large: '99999999999' (at most 2147483647)");
    assertThat(PolicyReader.read("{\n  \"expiry_warning_days\": -1\n}", "p.json").getLeft().lines())
        .containsExactly("p.json:2:26: 'expiry_warning_days' must be 0 or more, not '-1' (0 turns the warnings off)");
  }

  @Test
  void aMistypedExpiryWarningDaysKeyGetsASuggestion() {
    assertThat(error("expiry_warning_day: 7\n").describe())
        .isEqualTo("drift-policy.yaml:1:1: unknown key 'expiry_warning_day' (did you mean 'expiry_warning_days'?)");
    assertThat(error("expiry_warnings_days: 7\n").message()).isEqualTo("unknown key 'expiry_warnings_days' (did you mean 'expiry_warning_days'?)");
    assertThat(error("expiry_warning_days: 7\nexpiry_warning_days: 8\n").describe())
        .isEqualTo("drift-policy.yaml:2:1: duplicate key 'expiry_warning_days' (first given at line 1)");
  }

  @Test
  void aBadExpiryWarningDaysIsReportedInDocumentOrderWithTheOtherProblems() {
    assertThat(errors("expected:\n  - address: a.b\nexpiry_warning_days: -1\naccept:\n  - atributes: [tags]\n").lines())
        .containsExactly(
            "drift-policy.yaml:2:5: an expected entry needs a 'reason' (incident, ticket, why)",
            "drift-policy.yaml:3:22: 'expiry_warning_days' must be 0 or more, not '-1' (0 turns the warnings off)",
            "drift-policy.yaml:5:5: unknown key 'atributes' (did you mean 'attributes'?)");
  }

  @Test
  void jsonPolicyIsReadToo() {
    Policy p =
        PolicyReader.read(
                "{\"ignore_changes\":[{\"type\":\"aws_instance\",\"attributes\":[\"tags[\\\"Name\\\"]\"]}]}", "p.json")
            .get();
    assertThat(p.ignoreChanges().get(0).attributes().get(0).render()).isEqualTo("tags[\"Name\"]");
  }

  @Test
  void emptyFileIsTheEmptyPolicy() {
    assertThat(PolicyReader.read("", "empty.yaml").get().ignoreChanges()).isEmpty();
  }

  @Test
  void unknownKeyIsReportedWithLineAndSuggestion() {
    PolicyError e = error("ignore_change:\n  - attributes: [clone]\n");
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.message()).isEqualTo("unknown key 'ignore_change' (did you mean 'ignore_changes'?)");
    assertThat(e.describe()).startsWith("drift-policy.yaml:1:1: unknown key");
  }

  @Test
  void aYamlAliasIsRejectedInsteadOfSilentlyReadAsItsName() {
    PolicyErrors e = errors("ignore_changes:\n  - attributes: &keys [clone]\n  - attributes: [*keys]\n");
    assertThat(e.first().line()).isEqualTo(3);
    assertThat(e.first().message()).isEqualTo("YAML aliases ('*keys') are not supported: write the value out");
  }

  @Test
  void aBillionLaughsPolicyIsRejectedQuickly() {
    StringBuilder y = new StringBuilder("ignore_changes:\n  - attributes: &a [x, x, x, x, x, x, x, x, x]\n");
    String prev = "a";
    for (String n : new String[] {"b", "c", "d", "e", "f", "g", "h"}) {
      y.append("  - attributes: &").append(n).append(" [").append(String.join(", ", java.util.Collections.nCopies(9, "*" + prev))).append("]\n");
      prev = n;
    }
    assertThat(errors(y.toString()).first().message()).startsWith("YAML aliases");
  }

  @Test
  void unknownNestedKeyIsReportedAtItsLine() {
    PolicyError e = error("ignore_changes:\n  - type: aws_instance\n    atributes: [tags]\n");
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.message()).contains("'atributes'").contains("did you mean 'attributes'");
  }

  @Test
  void badGlobIsReported() {
    PolicyError e = error("ignore_changes:\n  - address: \"module.**.vm\"\n    attributes: [clone]\n");
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.message()).startsWith("bad glob in 'address'");
  }

  @Test
  void badAttributePathIsReported() {
    PolicyError e = error("ignore_changes:\n  - type: aws_instance\n    attributes:\n      - \"tags[Name]\"\n");
    assertThat(e.line()).isEqualTo(4);
    assertThat(e.message()).startsWith("bad attribute path 'tags[Name]'");
  }

  @Test
  void badDateIsReported() {
    PolicyError e = error("expected:\n  - address: a.b\n    reason: test\n    expires: 2026-13-01\n");
    assertThat(e.line()).isEqualTo(4);
    assertThat(e.message()).isEqualTo("bad date '2026-13-01' in 'expires' (expected YYYY-MM-DD)");
  }

  @Test
  void expectationWithoutReasonIsRejected() {
    assertThat(error("expected:\n  - address: a.b\n").message()).contains("needs a 'reason'");
  }

  @Test
  void unknownNormalizerKindIsRejected() {
    PolicyError e = error("normalizers:\n  - path: policy\n    kind: yaml\n");
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.message()).startsWith("unknown normalizer kind 'yaml'");
  }

  @Test
  void customNormalizerKindsCanBeAllowed() {
    assertThat(
            PolicyReader.create()
                .withNormalizerKinds(java.util.Set.of("lower-case"))
                .readText("normalizers:\n  - path: name\n    kind: lower-case\n", "p.yaml")
                .isRight())
        .isTrue();
  }

  @Test
  void wrongShapeIsReported() {
    assertThat(error("ignore_changes: clone\n").message()).isEqualTo("'ignore_changes' must be a list, not a single value");
  }

  @Test
  void syntaxErrorIsReportedWithLine() {
    PolicyError e = error("ignore_changes:\n  - type: [unclosed\n");
    assertThat(e.line()).isGreaterThan(0);
    assertThat(e.message()).startsWith("not valid YAML");
  }

  @Test
  void missingFileIsAnErrorValue(@TempDir Path dir) {
    assertThat(PolicyReader.read(dir.resolve("nope.yaml")).isLeft()).isTrue();
  }

  @Test
  void fileIsReadWithItsName(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("drift-policy.yaml");
    Files.writeString(f, "accept:\n  - attributes: [tags]\n    typo: 1\n");
    PolicyError e = PolicyReader.read(f).getLeft().first();
    assertThat(e.source()).isEqualTo(f.toString());
    assertThat(e.line()).isEqualTo(3);
  }

  // ---- every problem of a file ----------------------------------------------------------------

  static final String MANY_PROBLEMS =
      """
      version: 2
      ignore_change:
        - attributes: [clone]
      ignore_changes:
        - type: aws_instance
          address: "module.**.vm"
          attributes: ["tags[Name]", memory]
          reson: typo
        - type: [a, b]
          attributes: [all]
      expected:
        - address: module.jellyfin.proxmox_virtual_environment_vm.vm
          attributes: [memory]
          expires: 2026-02-30
        - reason: INC-9
          address: a.b
          address: c.d
      normalizers:
        - path: policy
          kind: yaml
      required_tags:
        enabled: "yes"
        tags: ManagedBy
      """;

  @Test
  void everyProblemOfAFileIsReportedInDocumentOrderWithLineAndColumn() {
    PolicyErrors e = errors(MANY_PROBLEMS);
    assertThat(e.lines())
        .containsExactly(
            "drift-policy.yaml:1:10: unsupported version '2' (this reader knows version 1)",
            "drift-policy.yaml:2:1: unknown key 'ignore_change' (did you mean 'ignore_changes'?)",
            "drift-policy.yaml:6:14: bad glob in 'address': 'module.**.vm' contains '**' at character 8"
                + " (a single '*' already matches dots and brackets)",
            "drift-policy.yaml:7:18: bad attribute path 'tags[Name]': expected an index or a quoted key at character 6",
            "drift-policy.yaml:8:5: unknown key 'reson' (did you mean 'reason'?)",
            "drift-policy.yaml:9:11: 'type' must be a single value, not a list",
            "drift-policy.yaml:12:5: an expected entry needs a 'reason' (incident, ticket, why)",
            "drift-policy.yaml:14:14: bad date '2026-02-30' in 'expires' (expected YYYY-MM-DD)",
            "drift-policy.yaml:17:5: duplicate key 'address' (first given at line 16)",
            "drift-policy.yaml:20:11: unknown normalizer kind 'yaml' (known: json, ssh-public-key)",
            "drift-policy.yaml:22:12: 'enabled' must be true or false, not 'yes'");
    assertThat(e.count()).isEqualTo(11);
    assertThat(e.omitted()).isZero();
    assertThat(e.stoppedReading()).isFalse();
  }

  @Test
  void everyProblemOfAJsonPolicyIsReportedToo() {
    PolicyErrors e =
        PolicyReader.read(
                "{\"ignore_changes\": [{\"atributes\": [\"a..b\"]}],\n \"acept\": [], \"expected\": [{\"reason\": \"x\"}]}",
                "p.json")
            .getLeft();
    assertThat(e.lines())
        .containsExactly(
            "p.json:1:22: unknown key 'atributes' (did you mean 'attributes'?)",
            "p.json:2:2: unknown key 'acept' (did you mean 'accept'?)",
            "p.json:2:28: an expected entry needs 'address'");
  }

  @Test
  void aMistypedRequiredKeyIsOneProblemNotTwo() {
    PolicyError e = error("ignore_changes:\n  - type: aws_instance\n    atributes: [tags]\n");
    assertThat(e.message()).isEqualTo("unknown key 'atributes' (did you mean 'attributes'?)");
  }

  @Test
  void aMissingRequiredKeyIsReportedAtItsEntry() {
    PolicyError e = error("ignore_changes:\n  - type: aws_instance\n    reason: forgot the attributes\n");
    assertThat(e.describe())
        .isEqualTo("drift-policy.yaml:2:5: an ignore_changes entry needs 'attributes' (use [all] to ignore every attribute)");
  }

  @Test
  void aReasonOfTheWrongTypeIsOneProblemAndAnEmptyReasonIsAnother() {
    assertThat(errors("expected:\n  - address: a.b\n    reason: [INC-1]\n  - address: a.c\n    reason: \"  \"\n").lines())
        .containsExactly(
            "drift-policy.yaml:3:13: 'reason' must be a single value, not a list",
            "drift-policy.yaml:5:13: an expected entry needs a 'reason' (incident, ticket, why), not an empty one");
  }

  @Test
  void aDuplicateTopLevelKeyNamesTheFirstOne() {
    PolicyError e = error("accept:\n  - attributes: [tags]\naccept:\n  - attributes: [name]\n");
    assertThat(e.describe()).isEqualTo("drift-policy.yaml:3:1: duplicate key 'accept' (first given at line 1)");
  }

  @Test
  void anUnknownKeyFarFromEveryKnownOneListsThem() {
    assertThat(error("accept:\n  - colour: red\n").message())
        .isEqualTo("unknown key 'colour' (expected one of: type, address, attributes, reason)");
  }

  @Test
  void messagesQuoteOnlyAShortExcerptOfALongKeyOrValue() {
    String longKey = "k".repeat(500);
    String longGlob = "module.**." + "x".repeat(500);
    PolicyErrors e = errors(longKey + ": 1\naccept:\n  - address: \"" + longGlob + "\"\n");
    assertThat(e.errors()).extracting(PolicyError::message)
        .containsExactly(
            "unknown key '" + "k".repeat(40) + "…' (expected one of: version, ignore_changes, expected, expiry_warning_days, accept,"
                + " normalizers, required_tags, rules, import_ids, checks)",
            "bad glob in 'address': '" + longGlob.substring(0, 40) + "…' contains '**' at character 8"
                + " (a single '*' already matches dots and brackets)");
  }

  @Test
  void controlCharactersInAQuotedKeyArePrintedAsQuestionMarks() {
    assertThat(error("\"ignore\\u0007changes\": []\n").message()).startsWith("unknown key 'ignore?changes' (did you mean 'ignore_changes'?)");
  }

  @Test
  void theListIsCutAtFiftyProblemsWithACountOfTheRest() {
    StringBuilder yaml = new StringBuilder("accept:\n");
    for (int i = 1; i <= 60; i++) {
      yaml.append("  - attributes: [\"bad..path").append(i).append("\"]\n");
    }
    PolicyErrors e = errors(yaml.toString());
    assertThat(e.errors()).hasSize(PolicyErrors.LIMIT);
    assertThat(e.errors().get(49).line()).isEqualTo(51);
    assertThat(e.omitted()).isEqualTo(10);
    assertThat(e.count()).isEqualTo(60);
    assertThat(e.lines()).hasSize(51).last().isEqualTo("drift-policy.yaml: … and 10 more problems");
  }

  @Test
  void aSyntaxErrorStopsReadingAndIsTheOnlyProblem() {
    PolicyErrors e = errors("ignore_change:\n  - attributes: [clone]\naccept: [unclosed\n");
    assertThat(e.errors()).hasSize(1);
    assertThat(e.first().line()).isEqualTo(3);
    assertThat(e.first().message()).startsWith("not valid YAML: ");
    assertThat(e.stoppedReading()).isTrue();
  }

  @Test
  void aSecondDocumentIsAProblemAndTheFirstIsStillChecked() {
    PolicyErrors e = errors("acept: []\n---\naccept: []\n");
    assertThat(e.lines())
        .containsExactly(
            "drift-policy.yaml:1:1: unknown key 'acept' (did you mean 'accept'?)",
            "drift-policy.yaml:3:1: more than one document in the policy file (only the first is read)");
  }

  @Test
  void aMissingFileSaysSo(@TempDir Path dir) {
    PolicyErrors e = PolicyReader.read(dir.resolve("nope.yaml")).getLeft();
    assertThat(e.lines()).containsExactly(dir.resolve("nope.yaml") + ": no such file");
    assertThat(e.stoppedReading()).isTrue();
  }

  @Test
  void aDirectoryIsNotAPolicyFile(@TempDir Path dir) {
    assertThat(PolicyReader.read(dir).getLeft().lines()).containsExactly(dir + ": not a file");
  }

  @Test
  void rulesAllowPluginSuppressionIsReadAndDefaultsToTrue() {
    assertThat(PolicyReader.read("rules:\n  allow_plugin_suppression: false\n", "drift-policy.yaml").get().allowPluginSuppression()).isFalse();
    assertThat(PolicyReader.read("rules:\n  allow_plugin_suppression: true\n", "drift-policy.yaml").get().allowPluginSuppression()).isTrue();
    assertThat(PolicyReader.read("rules: {}\n", "drift-policy.yaml").get().allowPluginSuppression()).isTrue();
    assertThat(Policy.empty().allowPluginSuppression()).isTrue();
  }

  @Test
  void aRulesSwitchThatIsNotABooleanIsReportedWithItsPosition() {
    assertThat(errors("rules:\n  allow_plugin_suppression: \"no\"\n  allow_plugin_supression: false\n").lines())
        .containsExactly(
            "drift-policy.yaml:2:29: 'allow_plugin_suppression' must be true or false, not 'no'",
            "drift-policy.yaml:3:3: unknown key 'allow_plugin_supression' (did you mean 'allow_plugin_suppression'?)");
  }

  @Test
  void checksFailRunIsReadAndDefaultsToTrue() {
    assertThat(PolicyReader.read("checks:\n  fail_run: false\n", "drift-policy.yaml").get().checksFailRun()).isFalse();
    assertThat(PolicyReader.read("checks:\n  fail_run: true\n", "drift-policy.yaml").get().checksFailRun()).isTrue();
    assertThat(Policy.empty().checksFailRun()).isTrue();
  }

  @Test
  void aChecksSwitchThatIsNotABooleanIsReportedWithItsPosition() {
    assertThat(errors("checks:\n  fail_run: sometimes\n  failrun: false\n").lines())
        .containsExactly(
            "drift-policy.yaml:2:13: 'fail_run' must be true or false, not 'sometimes'",
            "drift-policy.yaml:3:3: unknown key 'failrun' (did you mean 'fail_run'?)");
  }
}
