package io.github.tfdrift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tfdrift.core.value.JsonValue;
import io.github.tfdrift.core.value.JsonValues;
import io.github.tfdrift.report.ReportFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code drift analyze} in-process: formats, exit codes, inputs, policy, output, errors. */
class AnalyzeCommandTest {
  private static final String VM = "module.jellyfin.proxmox_virtual_environment_vm.vm";

  @TempDir Path tmp;

  private static String plan(String name) {
    return CliRun.plan(name).toString();
  }

  private static Path policyFile(String name) {
    return CliRun.plan("../policies/" + name);
  }

  private static JsonValue json(CliRun r) {
    return JsonValues.parseTrusted(r.out());
  }

  private static int exitCodeOf(JsonValue v) {
    return Integer.parseInt(((JsonValue.Num) v.get("exit_code")).literal());
  }

  // ---- formats and exit codes -----------------------------------------------------------------

  @ParameterizedTest
  @EnumSource(ReportFormat.class)
  void memoryDriftExitsTwoInEveryFormat(ReportFormat format) {
    CliRun r = CliRun.of("analyze", "--format", format.id(), plan("s1-memory-changed.json"));
    assertThat(r.status()).isEqualTo(ExitCodes.ACTIONABLE);
    assertThat(r.err()).isEmpty();
    switch (format) {
      case TEXT -> assertThat(r.out()).contains("UPDATE  " + VM + "  memory[0].dedicated").contains("run 'tofu apply'");
      case MARKDOWN -> assertThat(r.out()).startsWith("## ⚠️ tfdrift: changes to act on (exit 2)");
      case JSON -> assertThat(exitCodeOf(json(r))).isEqualTo(2);
      case SARIF -> assertThat(r.out()).contains("\"version\" : \"2.1.0\"").contains("\"ruleId\" : \"real-drift\"");
      case JUNIT -> assertThat(r.out()).startsWith("<?xml").contains("<testcase classname=\"" + plan("s1-memory-changed.json") + "\" name=\"" + VM + "\"");
    }
  }

  @Test
  void cleanPlanExitsZero() {
    CliRun r = CliRun.of("analyze", plan("clean.json"));
    assertThat(r.status()).isEqualTo(ExitCodes.OK);
    assertThat(r.out()).contains("nothing to do (exit 0)");
  }

  @Test
  void vmDeletedOutsideExitsThreeWithStop() {
    CliRun r = CliRun.of("analyze", plan("s6-vm-deleted-outside.json"));
    assertThat(r.status()).isEqualTo(ExitCodes.DESTRUCTIVE);
    assertThat(r.out()).contains("RECREATE  " + VM).contains("STOP!").contains("data loss");
  }

  @Test
  void terraformExitCodeModeTurnsThreeIntoTwo() {
    CliRun r = CliRun.of("analyze", "--exit-code", "terraform", plan("s6-vm-deleted-outside.json"));
    assertThat(r.status()).isEqualTo(2);
    assertThat(CliRun.of("analyze", "--exit-code=terraform", plan("clean.json")).status()).isZero();
  }

  // A Terraform 1.10 plan with deferred_changes, written by hand from the format reference: real
  // Terraform writes them only with `plan -allow-deferral` and providers whose configuration is
  // unknown, which cannot run offline. One deferred change replaces (exit 3); without it, exit 2.

  @Test
  void deferredChangesAreReportedAndADeferredReplaceStillExitsThree() {
    CliRun r = CliRun.of("analyze", plan("deferred.json"));

    assertThat(r.status()).isEqualTo(ExitCodes.DESTRUCTIVE);
    assertThat(r.out())
        .contains("DEFERRED  aws_instance.worker[*]\n")
        .contains("REPLACE  aws_db_instance.main  engine_version\n")
        .contains("1 replace, 3 deferred, 1 create.");
  }

  @Test
  void deferredChangesAloneExitTwo() throws IOException {
    JsonValue plan = JsonValues.parseTrusted(Files.readString(CliRun.plan("deferred.json")));
    JsonValue.Arr deferred = (JsonValue.Arr) plan.get("deferred_changes");
    java.util.List<JsonValue> kept = new java.util.ArrayList<>();
    deferred.elements().forEach(d -> {
      if (!((JsonValue.Str) d.get("reason")).value().equals("provider_config_unknown")) {
        kept.add(d);
      }
    });
    Path file = tmp.resolve("deferred-no-replace.json");
    Files.writeString(file, JsonValues.toJson(((JsonValue.Obj) plan).with("deferred_changes", JsonValue.array(kept))));

    CliRun r = CliRun.of("analyze", "--format", "json", file.toString());

    assertThat(r.status()).isEqualTo(ExitCodes.ACTIONABLE);
    JsonValue report = json(r);
    assertThat(exitCodeOf(report)).isEqualTo(2);
    assertThat(JsonValues.toJson(report.get("counts").get("deferred"))).isEqualTo("3");
    assertThat(CliRun.of("analyze", file.toString()).out())
        .contains("  Why: aws_instance.worker[*] would be created (for every instance: [*] stands for instance keys that are not known yet)"
            + " once its count or for_each is known (deferral reason instance_count_unknown); the plan is incomplete: run 'terraform apply',"
            + " then plan again to see the rest.");
  }

  @Test
  void erroredPlanExitsOneButItsChangesAreListed() {
    CliRun r = CliRun.of("analyze", "--format", "json", plan("errored.json"));
    assertThat(r.status()).isEqualTo(ExitCodes.ERROR);
    JsonValue p = json(r).get("plans").get(0);
    assertThat(p.get("errored")).isEqualTo(JsonValue.of(true));
    assertThat(JsonValues.toJson(p.get("changes").get(0).get("address"))).isEqualTo("\"terraform_data.partial\"");
  }

  @Test
  void severalPlansMakeOneReportWithTheWorstExitCode() {
    CliRun r = CliRun.of("analyze", "--format", "json", plan("clean.json"), plan("s6-vm-deleted-outside.json"), plan("s1-memory-changed.json"));
    assertThat(r.status()).isEqualTo(3);
    assertThat(((JsonValue.Arr) json(r).get("plans")).size()).isEqualTo(3);
  }

  @Test
  void theSameDriftInTwoPlanFilesIsShownOnceUnderCauses() throws IOException {
    Path prod = Files.copy(CliRun.plan("s1-memory-changed.json"), tmp.resolve("prod.json"));
    Path staging = Files.copy(CliRun.plan("s1-memory-changed.json"), tmp.resolve("staging.json"));
    CliRun r = CliRun.of("analyze", prod.toString(), staging.toString());
    assertThat(r.status()).isEqualTo(ExitCodes.ACTIONABLE);
    assertThat(r.out()).contains("\n\n== Causes: the same change on several resources ==\n"
        + "UPDATE  proxmox_virtual_environment_vm  memory[*].dedicated  — 2 resources in 2 plans: " + VM + "\n\n== " + prod + " ==\n");
  }

  @Test
  void aDirectoryOfWorkspacePlansGivesJsonCauses() throws IOException {
    Path dir = Files.createDirectory(tmp.resolve("plans"));
    Files.copy(CliRun.plan("s1-memory-changed.json"), dir.resolve("a.json"));
    Files.copy(CliRun.plan("s1-memory-changed.json"), dir.resolve("b.json"));
    Files.copy(CliRun.plan("clean.json"), dir.resolve("c.json"));
    JsonValue cause = json(CliRun.of("analyze", "--format", "json", dir.toString())).get("causes").get(0);
    assertThat(JsonValues.toJson(cause)).isEqualTo("{\"verdict\":\"update\",\"type\":\"proxmox_virtual_environment_vm\",\"paths\":[\"memory[*].dedicated\"],"
        + "\"count\":2,\"plan_count\":2,\"addresses\":[\"" + VM + "\"],\"address_count\":1}");
  }

  @Test
  void standardInputIsAPlan() throws IOException {
    CliRun r = CliRun.withStdin(Files.readAllBytes(CliRun.plan("s1-memory-changed.json")), "analyze", "-");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.out()).contains("== <stdin> ==");
  }

  // ---- directories ----------------------------------------------------------------------------

  @Test
  void directoryMeansEveryPlanInItSortedByName() throws IOException {
    Path dir = Files.createDirectory(tmp.resolve("workspaces"));
    Files.copy(CliRun.plan("s1-memory-changed.json"), dir.resolve("b-staging.json"));
    Files.copy(CliRun.plan("clean.json"), dir.resolve("a-dev.json"));
    Files.writeString(dir.resolve("README.md"), "not a plan");
    CliRun r = CliRun.of("analyze", "--format", "json", dir.toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(JsonValues.toJson(json(r).get("plans").get(0).get("file"))).contains("a-dev.json");
    assertThat(JsonValues.toJson(json(r).get("plans").get(1).get("file"))).contains("b-staging.json");
  }

  @Test
  void aNonPlanInADirectoryIsAnErrorWhileTheOtherPlansAreStillReported() throws IOException {
    Path dir = Files.createDirectory(tmp.resolve("mixed"));
    Files.copy(CliRun.plan("s6-vm-deleted-outside.json"), dir.resolve("prod.json"));
    Files.writeString(dir.resolve("package.json"), "{\"name\": \"x\"}");
    CliRun r = CliRun.of("analyze", dir.toString());
    assertThat(r.status()).isEqualTo(ExitCodes.ERROR);
    assertThat(r.errLines()).singleElement().asString().startsWith("drift: " + dir.resolve("package.json") + ":").contains("not a `show -json` plan");
    assertThat(r.out()).contains("RECREATE  " + VM).contains("ERROR: " + dir.resolve("package.json"));
  }

  @Test
  void emptyDirectoryExitsOne() throws IOException {
    Path dir = Files.createDirectory(tmp.resolve("empty"));
    CliRun r = CliRun.of("analyze", dir.toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.errLines()).containsExactly("drift: " + dir + ": no plans in this directory (expected *.json plans or binary plan files)");
  }

  // ---- bad input ------------------------------------------------------------------------------

  @Test
  void missingFileExitsOneWithOneLine() {
    Path missing = tmp.resolve("nope.json");
    CliRun r = CliRun.of("analyze", missing.toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.errLines()).containsExactly("drift: " + missing + ": no such file");
  }

  @Test
  void malformedPlanExitsOneWithOneLineAndNoSecret() {
    CliRun r = CliRun.of("analyze", plan("broken.json"));
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.errLines()).singleElement().asString().startsWith("drift: " + plan("broken.json") + ":3:").doesNotContain("pa55");
  }

  @Test
  void debugAddsTheKindOfAPlanError() {
    CliRun r = CliRun.of("analyze", "--debug", plan("broken.json"));
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err()).contains("drift: debug: " + plan("broken.json") + ": MALFORMED_JSON").doesNotContain("pa55");
  }

  @Test
  void binaryPlanWithAMissingTfBinExitsOne() throws IOException {
    Path bin = Files.write(tmp.resolve("plan.tfplan"), new byte[] {'P', 'K', 3, 4, 0, 0, 0, 0});
    CliRun r = CliRun.of("analyze", "--tf-bin", "/nonexistent/terraform", bin.toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.errLines()).containsExactly("drift: " + bin + " is a binary plan and --tf-bin '/nonexistent/terraform' is not an executable file");
  }

  @Test
  void binaryPlanWithoutTofuOrTerraformOnPathExitsOne() throws IOException {
    Path bin = Files.write(tmp.resolve("plan.bin"), new byte[] {'P', 'K', 3, 4, 0, 0, 0, 0});
    CommandRegistry registry = CommandRegistry.of(new AnalyzeCommand(Map.of("PATH", tmp.toString())));
    CliRun r = CliRun.in(registry, new byte[0], "analyze", bin.toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.errLines()).containsExactly("drift: " + bin + " is a binary plan and neither tofu nor terraform is on PATH (use --tf-bin)");
  }

  @Test
  void aFailingShowIsOneLineWithItsFirstErrorLine() throws IOException {
    Path bin = Files.write(tmp.resolve("plan.tfplan"), new byte[] {'P', 'K', 3, 4, 0, 0, 0, 0});
    Path fake = tmp.resolve("terraform");
    Files.writeString(fake, "#!/bin/sh\necho '' >&2\necho 'Error: Failed to read the given file as a state or plan file' >&2\necho more >&2\nexit 1\n");
    assertThat(fake.toFile().setExecutable(true)).isTrue();
    CliRun r = CliRun.of("analyze", "--tf-bin", fake.toString(), bin.toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.errLines())
        .containsExactly("drift: " + bin + ": 'terraform show -json' failed (exit 1): Error: Failed to read the given file as a state or plan file");
  }

  @Test
  void missingPolicyExitsOne() {
    CliRun r = CliRun.of("analyze", "--policy", tmp.resolve("none.yaml").toString(), plan("clean.json"));
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.errLines()).containsExactly("drift: " + tmp.resolve("none.yaml") + ": no such file");
  }

  @Test
  void invalidPolicyExitsOneNamingTheLine() {
    CliRun r = CliRun.of("analyze", "--policy", policyFile("invalid.yaml").toString(), plan("clean.json"));
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.errLines()).containsExactly("drift: " + policyFile("invalid.yaml") + ":1:1: unknown key 'ignore_change' (did you mean 'ignore_changes'?)");
  }

  @Test
  void aPolicyWithSeveralProblemsGivesOneLineEachAndNoReport() {
    String f = policyFile("several-problems.yaml").toString();
    CliRun r = CliRun.of("analyze", "--policy", f, plan("s1-memory-changed.json"));
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.errLines())
        .containsExactly(
            "drift: " + f + ":2:1: unknown key 'ignore_change' (did you mean 'ignore_changes'?)",
            "drift: " + f + ":7:5: unknown key 'reasn' (did you mean 'reason'?)",
            "drift: " + f + ":8:18: bad attribute path 'tags[Name]': expected an index or a quoted key at character 6",
            "drift: " + f + ":9:14: bad date '2026-31-12' in 'expires' (expected YYYY-MM-DD)");
  }

  @Test
  void policyIgnoringTheDriftMakesItAFalsePositive() {
    CliRun r = CliRun.of("analyze", "--policy", policyFile("ignore-memory.yaml").toString(), plan("s1-memory-changed.json"));
    assertThat(r.status()).isZero();
    assertThat(r.out()).contains("False positive (ignore_changes) — no action needed.");
  }

  @Test
  void anExpectationExpiringSoonIsReportedAsOfTodayAndTheExitCodeStaysZero() throws IOException {
    Path p = Files.writeString(
        tmp.resolve("drift.yaml"),
        "expected:\n  - address: \"" + VM + "\"\n    attributes: [memory]\n    reason: INC-42 bump\n    expires: 2026-12-05\n");
    CliRun text = CliRun.of("analyze", "--policy", p.toString(), "--today", "2026-12-02", plan("s1-memory-changed.json"));
    assertThat(text.status()).isZero();
    assertThat(text.out().lines())
        .containsSubsequence(
            "Policy entries expiring soon (renew them or fix the drift before they lapse):",
            "  " + VM + " [memory]: INC-42 bump (expires 2026-12-05) at " + p + ":2:5 — in 3 days");
    CliRun json = CliRun.of("analyze", "--policy", p.toString(), "--today", "2026-12-02", "--format", "json", plan("s1-memory-changed.json"));
    assertThat(json.status()).isZero();
    JsonValue expiring = json(json).get("plans").get(0).get("expiring_expectations").get(0);
    assertThat(((JsonValue.Str) expiring.get("reason")).value()).isEqualTo("INC-42 bump");
    assertThat(((JsonValue.Num) expiring.get("days_left")).literal()).isEqualTo("3");
    CliRun earlier = CliRun.of("analyze", "--policy", p.toString(), "--today", "2026-11-20", plan("s1-memory-changed.json"));
    assertThat(earlier.status()).isZero();
    assertThat(earlier.out()).doesNotContain("expiring soon");
  }

  @Test
  void badOptionValuesExitOne() {
    assertThat(CliRun.of("analyze", "--format", "yaml", plan("clean.json")).errLines())
        .containsExactly("drift: analyze: --format must be text, markdown, json, sarif or junit, not 'yaml'");
    assertThat(CliRun.of("analyze", "--exit-code", "strict", plan("clean.json")).errLines())
        .containsExactly("drift: analyze: --exit-code must be detailed or terraform, not 'strict'");
    assertThat(CliRun.of("analyze", "--today", "tomorrow", plan("clean.json")).status()).isEqualTo(1);
    assertThat(CliRun.of("analyze").errLines())
        .containsExactly("drift: analyze needs at least one PLAN (a file, a directory, or - for standard input) (try 'drift analyze --help')");
  }

  // ---- output -------------------------------------------------------------------------------

  @Test
  void outputGoesToTheFileAndNothingToStandardOutput() throws IOException {
    Path report = tmp.resolve("report.json");
    Files.writeString(report, "old");
    CliRun r = CliRun.of("analyze", "--format", "json", "--output", report.toString(), plan("s1-memory-changed.json"));
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(exitCodeOf(JsonValues.parseTrusted(Files.readString(report)))).isEqualTo(2);
    try (var files = Files.list(tmp)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("report.json");
    }
  }

  @Test
  void aFailedRunLeavesTheOutputFileAlone() throws IOException {
    Path report = tmp.resolve("report.txt");
    Files.writeString(report, "previous report");
    CliRun r = CliRun.of("analyze", "--output", report.toString(), tmp.resolve("missing.json").toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(Files.readString(report)).isEqualTo("previous report");
  }

  @Test
  void outputInAMissingDirectoryExitsOne() {
    CliRun r = CliRun.of("analyze", "--output", tmp.resolve("no/such/dir/r.txt").toString(), plan("clean.json"));
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.errLines()).singleElement().asString().endsWith("its directory does not exist");
  }

  // ---- secrets -------------------------------------------------------------------------------

  @ParameterizedTest
  @EnumSource(ReportFormat.class)
  void secretsAppearInNoFormat(ReportFormat format) {
    CliRun r = CliRun.of("analyze", "--format", format.id(), plan("secrets.json"), plan("mixed.json"));
    assertThat(r.status()).isEqualTo(3);
    assertThat(r.out() + r.err())
        .doesNotContain("Zq9-secret-Alpha-7731")
        .doesNotContain("Zq9-secret-Bravo-4402")
        .doesNotContain("Zq9")
        .doesNotContain("pa55-Wd!sensitive-value")
        .doesNotContain("4829137");
  }

  @Test
  void helpDescribesTheExitCodes() {
    CliRun r = CliRun.of("analyze", "--help");
    assertThat(r.status()).isZero();
    assertThat(r.out())
        .startsWith("Usage: drift analyze [--policy FILE] [--format text|markdown|json|sarif|junit]")
        .contains("0 nothing actionable, 2 actionable changes, 3 destructive changes");
  }
}
