package io.github.tfdrift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tfdrift.core.json.PlanReader;
import io.github.tfdrift.core.json.PlanWriter;
import io.github.tfdrift.core.value.JsonValue;
import io.github.tfdrift.core.value.JsonValues;
import io.github.tfdrift.rules.fingerprint.PlanFingerprint;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import io.github.tfdrift.testkit.builder.Json;
import io.github.tfdrift.testkit.builder.Plans;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code drift fingerprint} and {@code drift compare}, in process. */
class FingerprintCommandTest {
  private static final String S1 = CliRun.plan("s1-memory-changed.json").toString();
  private static final String CLEAN = CliRun.plan("clean.json").toString();
  private static final String SECRETS = CliRun.plan("secrets.json").toString();

  @TempDir Path tmp;

  @Test
  void fingerprintPrintsTheDigestOnOneLine() {
    CliRun r = CliRun.of("fingerprint", S1);
    assertThat(r.status()).isZero();
    assertThat(r.err()).isEmpty();
    String expected = PlanFingerprint.of(PlanReader.create().read(CliRun.plan("s1-memory-changed.json")).get()).hex();
    assertThat(r.out()).isEqualTo(expected + "\n").matches("[0-9a-f]{64}\n");
  }

  @Test
  void fingerprintOfStandardInputIsTheSameAsOfTheFile() throws IOException {
    CliRun r = CliRun.withStdin(Files.readAllBytes(CliRun.plan("s1-memory-changed.json")), "fingerprint", "-");
    assertThat(r.out()).isEqualTo(CliRun.of("fingerprint", S1).out());
  }

  @Test
  void fingerprintAsJsonHasTheDigestAndTheCounts() {
    CliRun r = CliRun.of("fingerprint", "--format", "json", S1);
    assertThat(r.status()).isZero();
    JsonValue json = JsonValues.parseTrusted(r.out());
    assertThat(json.get("fingerprint")).isEqualTo(JsonValue.of(CliRun.of("fingerprint", S1).out().strip()));
    assertThat(json.get("algorithm")).isEqualTo(JsonValue.of("SHA-256"));
    assertThat(json.get("version")).isEqualTo(JsonValue.of(1));
    assertThat(json.get("resource_changes")).isEqualTo(JsonValue.of(1));
    assertThat(r.out().lines()).hasSize(1);
  }

  @Test
  void fingerprintAsJsonCountsTheActionInvocations() throws IOException {
    Path plan = tmp.resolve("actions.json");
    Files.writeString(
        plan,
        PlanWriter.pretty()
            .toJson(
                Plans.plan().terraform("1.14.0")
                    .resource("aws_instance.web").create().after(Json.obj("ami", "ami-1"))
                    .and()
                    .action("action.aws_lambda_invoke.warm").config(Json.obj("function_name", "api"))
                    .triggeredBy("aws_instance.web", "after_create")
                    .build()),
        StandardCharsets.UTF_8);

    JsonValue json = JsonValues.parseTrusted(CliRun.of("fingerprint", "--format", "json", plan.toString()).out());

    assertThat(json.get("action_invocations")).isEqualTo(JsonValue.of(1));
  }

  @Test
  void fingerprintNeverPrintsASecret() {
    CliRun r = CliRun.of("fingerprint", "--format", "json", SECRETS);
    assertThat(r.status()).isZero();
    assertThat(r.out() + r.err()).doesNotContain("Zq9").doesNotContain("secret");
  }

  @Test
  void fingerprintOfABrokenPlanIsOneLineAndExitsOne() {
    CliRun r = CliRun.of("fingerprint", CliRun.plan("broken.json").toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.errLines()).singleElement().asString().startsWith("drift: ");
    assertThat(CliRun.of("fingerprint", "--format", "yaml", S1).errLines())
        .containsExactly("drift: fingerprint: --format must be text or json, not 'yaml'");
    assertThat(CliRun.of("fingerprint").errLines())
        .containsExactly("drift: fingerprint takes one PLAN, or - for standard input (try 'drift fingerprint --help')");
  }

  @Test
  void comparePrintsSameChangesForAPlanWrittenBackPrettyAndExitsZero() throws IOException {
    Path pretty = tmp.resolve("pretty.json");
    Files.writeString(pretty, PlanWriter.pretty().toJson(PlanReader.create().read(Path.of(S1)).get()), StandardCharsets.UTF_8);
    CliRun r = CliRun.of("compare", S1, pretty.toString());
    assertThat(r.status()).isZero();
    assertThat(r.out()).isEqualTo("same changes\n");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void compareListsTheDifferencesAndExitsTwo() {
    CliRun r = CliRun.of("compare", CLEAN, S1);
    assertThat(r.status()).isEqualTo(ExitCodes.DIFFERENT).isEqualTo(2);
    assertThat(r.out().lines())
        .containsExactly(
            "1 difference between " + CLEAN + " (approved) and " + S1 + " (applied):",
            "  module.jellyfin.proxmox_virtual_environment_vm.vm: added change: [update] is only in the applied plan");
  }

  @Test
  void compareNamesPathsButNeverSecrets() throws IOException {
    String changed = Files.readString(Path.of(SECRETS)).replace("Zq9-secret-Alpha-7731", "Zq9-secret-Delta-0000");
    Path applied = Files.writeString(tmp.resolve("applied.json"), changed);
    CliRun r = CliRun.of("compare", SECRETS, applied.toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.out()).contains("different planned values at").doesNotContain("Zq9").doesNotContain("Alpha").doesNotContain("Delta");
  }

  @Test
  void compareOfBadInputIsOneLineAndExitsOne() {
    assertThat(CliRun.of("compare", S1).errLines()).containsExactly("drift: compare takes two plans, APPROVED and APPLIED (try 'drift compare --help')");
    assertThat(CliRun.of("compare", "-", "-").errLines()).containsExactly("drift: compare can read only one of the plans from standard input");
    CliRun missing = CliRun.of("compare", S1, tmp.resolve("nope.json").toString());
    assertThat(missing.status()).isEqualTo(1);
    assertThat(missing.errLines()).singleElement().asString().startsWith("drift: ");
  }

  @Test
  void helpDescribesBothCommands() {
    assertThat(CliRun.of("fingerprint", "--help").out()).startsWith("Usage: drift fingerprint [--format text|json] PLAN\n");
    assertThat(CliRun.of("compare", "--help").out()).startsWith("Usage: drift compare APPROVED APPLIED\n").contains("exits 2");
  }
}
