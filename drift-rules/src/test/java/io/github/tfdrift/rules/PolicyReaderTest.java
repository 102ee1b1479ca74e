package io.github.tfdrift.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tfdrift.rules.policy.Policy;
import io.github.tfdrift.rules.policy.PolicyError;
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

  static PolicyError error(String yaml) {
    return PolicyReader.read(yaml, "drift-policy.yaml").swap().getOrElseThrow(p -> new AssertionError("accepted: " + p));
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
    assertThat(error("ignore_changes: clone\n").message()).isEqualTo("'ignore_changes' must be a list");
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
    PolicyError e = PolicyReader.read(f).getLeft();
    assertThat(e.source()).isEqualTo(f.toString());
    assertThat(e.line()).isEqualTo(3);
  }
}
