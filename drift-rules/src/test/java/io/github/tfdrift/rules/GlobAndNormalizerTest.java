package io.github.tfdrift.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tfdrift.core.address.AttributePath;
import io.github.tfdrift.core.value.JsonValue;
import io.github.tfdrift.rules.normalize.JsonDocumentNormalizer;
import io.github.tfdrift.rules.normalize.NormalizerRegistry;
import io.github.tfdrift.rules.normalize.SshPublicKeyNormalizer;
import io.github.tfdrift.rules.policy.Glob;
import io.github.tfdrift.rules.policy.PathPattern;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GlobAndNormalizerTest {
  @Test
  void starCrossesDotsAndBrackets() {
    Glob g = Glob.of("module.*.proxmox_virtual_environment_vm.*");
    assertThat(g.matches("module.jellyfin.proxmox_virtual_environment_vm.vm")).isTrue();
    assertThat(g.matches("module.a[\"x\"].proxmox_virtual_environment_vm.vm[0]")).isTrue();
    assertThat(g.matches("proxmox_virtual_environment_vm.vm")).isFalse();
    assertThat(Glob.of("aws_iam_?ole").matches("aws_iam_role")).isTrue();
    assertThat(Glob.of("aws_iam_role").matches("aws_iam_roles")).isFalse();
  }

  @Test
  void badGlobsAreRejected() {
    assertThat(Glob.compile("").isLeft()).isTrue();
    assertThat(Glob.compile("a b").isLeft()).isTrue();
    assertThat(Glob.compile("module.**").isLeft()).isTrue();
  }

  static final String KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHb1nF3xkOQk8c2pW7sLq9vRj0dZyT4mEuXaB6oC5hGi admin@host";

  @Test
  void sshKeyWhitespaceCrlfAndTrailingNewlineDoNotCount() {
    String messy = "  " + KEY.replace(" ", " \t ") + "\r\n";
    assertThat(SshPublicKeyNormalizer.canonical(messy)).isEqualTo(SshPublicKeyNormalizer.canonical(KEY));
  }

  @Test
  void sshKeyCommentAndKeyCount() {
    assertThat(SshPublicKeyNormalizer.canonical(KEY)).isNotEqualTo(SshPublicKeyNormalizer.canonical(KEY.replace("admin@host", "root@host")));
    assertThat(SshPublicKeyNormalizer.canonical(KEY)).isNotEqualTo(SshPublicKeyNormalizer.canonical(KEY.replace("AAAAC3", "BBBBC3")));
    assertThat(SshPublicKeyNormalizer.canonical("not a key at all")).isEmpty();
  }

  @Test
  void jsonPolicyKeyOrderAndWhitespaceDoNotCount() {
    JsonValue a = JsonValue.of("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"*\"}]}");
    JsonValue b = JsonValue.of("{\n  \"Statement\": [ {\"Resource\": \"*\", \"Action\": \"s3:GetObject\", \"Effect\": \"Allow\"} ],\n  \"Version\": \"2012-10-17\"\n}\n");
    JsonValue c = JsonValue.of("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Deny\",\"Action\":\"s3:GetObject\",\"Resource\":\"*\"}]}");
    NormalizerRegistry reg = NormalizerRegistry.defaults();
    AttributePath policy = AttributePath.parse("policy").get();
    assertThat(reg.equalUnder("aws_iam_policy", policy, a, b)).map(n -> n.id()).contains(JsonDocumentNormalizer.ID);
    assertThat(reg.equalUnder("aws_iam_policy", policy, a, c)).isEmpty();
    assertThat(JsonDocumentNormalizer.instance().normalize(JsonValue.of("{broken"))).isEqualTo(Optional.empty());
  }

  @Test
  void attachedNormalizerAppliesByTypeAndPathGlob() {
    io.github.tfdrift.rules.normalize.Normalizer lower =
        new io.github.tfdrift.rules.normalize.Normalizer() {
          @Override
          public String id() {
            return "lower-case";
          }

          @Override
          public Optional<JsonValue> normalize(JsonValue v) {
            return v.asText().map(s -> JsonValue.of(s.toLowerCase(java.util.Locale.ROOT)));
          }
        };
    NormalizerRegistry reg = NormalizerRegistry.builder().attach(Glob.of("aws_route53_*"), PathPattern.of("name"), lower).build();
    AttributePath name = AttributePath.parse("name").get();
    assertThat(reg.equalUnder("aws_route53_record", name, JsonValue.of("WWW"), JsonValue.of("www"))).isPresent();
    assertThat(reg.equalUnder("aws_instance", name, JsonValue.of("WWW"), JsonValue.of("www"))).isEmpty();
  }

  @Test
  void attachmentsAreFoundByTypeAndPathOrAParentPath() {
    NormalizerRegistry reg =
        NormalizerRegistry.builder().attach(Glob.of("aws_iam_*"), PathPattern.of("policy"), JsonDocumentNormalizer.instance()).build();
    assertThat(reg.isAttached("aws_iam_policy", AttributePath.parse("policy").get())).isTrue();
    assertThat(reg.isAttached("aws_iam_policy", AttributePath.parse("policy.Statement[0]").get())).isTrue();
    assertThat(reg.isAttached("aws_iam_policy", AttributePath.parse("name").get())).isFalse();
    assertThat(reg.isAttached("aws_s3_bucket_policy", AttributePath.parse("policy").get())).isFalse();
    assertThat(NormalizerRegistry.defaults().isAttached("aws_iam_policy", AttributePath.parse("policy").get())).isFalse();
  }

  @Test
  void detectedValuesAreJsonDocumentsAndSshKeysInStrings() {
    NormalizerRegistry reg = NormalizerRegistry.defaults();
    assertThat(reg.isDetected(JsonValue.of("{\"a\": 1}"))).isTrue();
    assertThat(reg.isDetected(JsonValue.of(KEY))).isTrue();
    assertThat(reg.isDetected(JsonValue.of("reader"))).isFalse();
    assertThat(reg.isDetected(JsonValue.of(5))).isFalse();
  }
}
