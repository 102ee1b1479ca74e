package io.github.tfdrift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tfdrift.rules.policy.Policy;
import io.github.tfdrift.rules.policy.PolicyReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code drift policy check} in-process: valid and invalid files, warnings, usage errors. */
class PolicyCommandTest {
  @TempDir Path tmp;

  private static String policy(String name) {
    return CliRun.plan("../policies/" + name).toString();
  }

  @Test
  void aValidPolicyIsOneOkLineWithWhatItHolds() {
    CliRun r = CliRun.of("policy", "check", "--today", "2026-06-01", policy("valid.yaml"));
    assertThat(r.status()).isEqualTo(ExitCodes.OK);
    assertThat(r.err()).isEmpty();
    assertThat(r.out())
        .isEqualTo(policy("valid.yaml") + ": OK: 2 ignore rules, 1 expectation (expires 2026-12-31), 1 accept rule, 1 import ID template\n");
  }

  @Test
  void aPolicyWrittenAsAListIsOneLineSayingSo() throws IOException {
    Path list = Files.writeString(tmp.resolve("list.yaml"), "- ignore\n- accept\n");
    CliRun r = CliRun.of("policy", "check", list.toString());
    assertThat(r.status()).isEqualTo(ExitCodes.ERROR);
    assertThat(r.errLines()).containsExactly("drift: " + list + ":1:1: the policy must be a mapping of keys to values, not a list");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void anExpiredExpectationIsAWarningAndThePolicyIsStillValid() {
    CliRun r = CliRun.of("policy", "check", "--today", "2027-01-15", policy("valid.yaml"));
    assertThat(r.status()).isEqualTo(ExitCodes.OK);
    assertThat(r.errLines())
        .containsExactly(
            "drift: warning: " + policy("valid.yaml") + ":9:5: the expected entry for module.jellyfin.proxmox_virtual_environment_vm.vm"
                + " expired on 2026-12-31 (today is 2027-01-15); it no longer applies");
    assertThat(r.out()).contains(": OK: 2 ignore rules, 1 expectation (expired 2026-12-31), ");
  }

  @Test
  void theLastDayOfAnExpectationIsNotExpiredButExpiresToday() {
    CliRun r = CliRun.of("policy", "check", "--today", "2026-12-31", policy("valid.yaml"));
    assertThat(r.status()).isEqualTo(ExitCodes.OK);
    assertThat(r.errLines())
        .containsExactly(
            "drift: warning: " + policy("valid.yaml") + ":9:5: the expected entry for module.jellyfin.proxmox_virtual_environment_vm.vm"
                + " expires today (2026-12-31); renew it or fix the drift before it lapses");
    assertThat(r.out()).contains("1 expectation (expires 2026-12-31)");
  }

  @Test
  void anExpectationExpiringWithinFourteenDaysIsAWarningAndThePolicyIsStillValid() {
    CliRun r = CliRun.of("policy", "check", "--today", "2026-12-28", policy("valid.yaml"));
    assertThat(r.status()).isEqualTo(ExitCodes.OK);
    assertThat(r.errLines())
        .containsExactly(
            "drift: warning: " + policy("valid.yaml") + ":9:5: the expected entry for module.jellyfin.proxmox_virtual_environment_vm.vm"
                + " expires in 3 days (2026-12-31); renew it or fix the drift before it lapses");
    assertThat(r.out())
        .isEqualTo(policy("valid.yaml") + ": OK: 2 ignore rules, 1 expectation (expires 2026-12-31), 1 accept rule, 1 import ID template\n");
  }

  @Test
  void theWarningWindowIsFourteenDaysInclusive() {
    assertThat(CliRun.of("policy", "check", "--today", "2026-12-17", policy("valid.yaml")).errLines())
        .singleElement()
        .asString()
        .endsWith(" expires in 14 days (2026-12-31); renew it or fix the drift before it lapses");
    assertThat(CliRun.of("policy", "check", "--today", "2026-12-30", policy("valid.yaml")).errLines())
        .singleElement()
        .asString()
        .endsWith(" expires in 1 day (2026-12-31); renew it or fix the drift before it lapses");
    CliRun before = CliRun.of("policy", "check", "--today", "2026-12-16", policy("valid.yaml"));
    assertThat(before.status()).isEqualTo(ExitCodes.OK);
    assertThat(before.err()).isEmpty();
  }

  @Test
  void expiryWarningDaysSetTheWindowAndZeroTurnsTheWarningsOff() throws IOException {
    String expected = "expected:\n  - address: a.b\n    reason: INC-1\n    expires: 2026-12-31\n";
    Path off = Files.writeString(tmp.resolve("off.yaml"), expected + "expiry_warning_days: 0\n");
    Path month = Files.writeString(tmp.resolve("month.yaml"), expected + "expiry_warning_days: 30\n");
    CliRun r = CliRun.of("policy", "check", "--today", "2026-12-31", off.toString());
    assertThat(r.status()).isEqualTo(ExitCodes.OK);
    assertThat(r.err()).isEmpty();
    CliRun m = CliRun.of("policy", "check", "--today", "2026-12-01", month.toString(), off.toString());
    assertThat(m.status()).isEqualTo(ExitCodes.OK);
    assertThat(m.errLines())
        .containsExactly("drift: warning: " + month + ":2:5: the expected entry for a.b expires in 30 days (2026-12-31);"
            + " renew it or fix the drift before it lapses");
  }

  @Test
  void aNormalizerPathInTraversalSyntaxIsValidAndQuiet() throws IOException {
    Path f = Files.writeString(tmp.resolve("managed-by.yaml"), "normalizers:\n  - {type: \"aws_*\", path: 'tags[\"ManagedBy\"]', kind: json}\n");
    CliRun r = CliRun.of("policy", "check", f.toString());
    assertThat(r.status()).isEqualTo(ExitCodes.OK);
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).isEqualTo(f + ": OK: 1 normalizer\n");
  }

  @Test
  void pathsThatCanNeverMatchAreWarningsWithTheirPositionsAndThePolicyIsStillValid() throws IOException {
    Path f =
        Files.writeString(
            tmp.resolve("never.yaml"),
            """
            ignore_changes:
              - attributes: [id, count, tags]
            accept:
              - attributes: [tags.Team.name]
            normalizers:
              - {path: "policy[", kind: json}
            """);
    CliRun r = CliRun.of("policy", "check", f.toString());
    assertThat(r.status()).isEqualTo(ExitCodes.OK);
    assertThat(r.errLines())
        .containsExactly(
            "drift: warning: " + f + ":2:18: the path 'id' can never match: Terraform does not ignore changes to 'id'"
                + " (the provider sets it; a new id means a new object)",
            "drift: warning: " + f + ":2:22: the path 'count' can never match: 'count' is a meta-argument of the resource block,"
                + " not an attribute; plans never hold it",
            "drift: warning: " + f + ":4:18: the path 'tags.Team.name' can never match: a single value of 'tags' is a string,"
                + " with nothing below it",
            "drift: warning: " + f + ":6:12: the path 'policy[' can never match: it is not a valid attribute path"
                + " (expected an index or a quoted key at character 8); the normalizer is left out");
    assertThat(r.out()).isEqualTo(f + ": OK: 1 ignore rule, 1 accept rule\n");
  }

  @Test
  void aBadExpiryWarningDaysIsAPositionedProblem() throws IOException {
    Path f = Files.writeString(tmp.resolve("bad.yaml"), "version: 1\nexpiry_warning_days: -7\n");
    CliRun r = CliRun.of("policy", "check", f.toString());
    assertThat(r.status()).isEqualTo(ExitCodes.ERROR);
    assertThat(r.out()).isEmpty();
    assertThat(r.errLines())
        .containsExactly("drift: " + f + ":2:22: 'expiry_warning_days' must be 0 or more, not '-7' (0 turns the warnings off)");
  }

  @Test
  void everyProblemOfAnInvalidPolicyIsOneLineOnStandardErrorInFileOrder() {
    String f = policy("several-problems.yaml");
    CliRun r = CliRun.of("policy", "check", f);
    assertThat(r.status()).isEqualTo(ExitCodes.ERROR);
    assertThat(r.out()).isEmpty();
    assertThat(r.errLines())
        .containsExactly(
            "drift: " + f + ":2:1: unknown key 'ignore_change' (did you mean 'ignore_changes'?)",
            "drift: " + f + ":7:5: unknown key 'reasn' (did you mean 'reason'?)",
            "drift: " + f + ":8:18: bad attribute path 'tags[Name]': expected an index or a quoted key at character 6",
            "drift: " + f + ":9:14: bad date '2026-31-12' in 'expires' (expected YYYY-MM-DD)");
  }

  @Test
  void importIdsAreCheckedWithTheRestOfTheFile() {
    String f = policy("bad-import-ids.yaml");
    CliRun r = CliRun.of("policy", "check", f);
    assertThat(r.status()).isEqualTo(ExitCodes.ERROR);
    assertThat(r.errLines())
        .containsExactly(
            "drift: " + f + ":2:5: unknown key 'atributes' (did you mean 'attributes'?)",
            "drift: " + f + ": import_ids.aws_iam_role: unclosed '{' at character 1 of \"{nam\"");
  }

  @Test
  void everyFileIsCheckedAndOneInvalidFileMakesTheStatusOne() {
    CliRun r = CliRun.of("policy", "check", "--today", "2026-06-01", policy("several-problems.yaml"), policy("valid.yaml"));
    assertThat(r.status()).isEqualTo(ExitCodes.ERROR);
    assertThat(r.out()).startsWith(policy("valid.yaml") + ": OK: ");
    assertThat(r.errLines()).hasSize(4).allSatisfy(l -> assertThat(l).startsWith("drift: " + policy("several-problems.yaml") + ":"));
  }

  @Test
  void aSyntaxErrorIsOneLineWithItsPosition() throws IOException {
    Path f = Files.writeString(tmp.resolve("bad.yaml"), "acept: []\nignore_changes: [\n");
    CliRun r = CliRun.of("policy", "check", f.toString());
    assertThat(r.status()).isEqualTo(ExitCodes.ERROR);
    assertThat(r.errLines()).singleElement().asString().startsWith("drift: " + f + ":2:18: not valid YAML: ");
  }

  @Test
  void aMissingFileIsOneLine() {
    CliRun r = CliRun.of("policy", "check", tmp.resolve("none.yaml").toString());
    assertThat(r.status()).isEqualTo(ExitCodes.ERROR);
    assertThat(r.errLines()).containsExactly("drift: " + tmp.resolve("none.yaml") + ": no such file");
  }

  @Test
  void aDirectoryIsNotAPolicyFile() {
    CliRun r = CliRun.of("policy", "check", tmp.toString());
    assertThat(r.errLines()).containsExactly("drift: " + tmp + ": not a file");
  }

  @Test
  void aHundredProblemsAreCutAtFiftyLinesAndACount() throws IOException {
    StringBuilder yaml = new StringBuilder("accept:\n");
    for (int i = 0; i < 100; i++) {
      yaml.append("  - adress: x\n");
    }
    Path f = Files.writeString(tmp.resolve("many.yaml"), yaml);
    CliRun r = CliRun.of("policy", "check", f.toString());
    assertThat(r.status()).isEqualTo(ExitCodes.ERROR);
    assertThat(r.errLines()).hasSize(51);
    assertThat(r.errLines().get(49)).isEqualTo("drift: " + f + ":51:5: unknown key 'adress' (did you mean 'address'?)");
    assertThat(r.errLines().get(50)).isEqualTo("drift: " + f + ": … and 50 more problems");
  }

  @Test
  void standardInputIsReadForDash() {
    CliRun r =
        CliRun.withStdin("ignore_changes:\n  - attributes: [memory]\n".getBytes(StandardCharsets.UTF_8), "policy", "check", "-");
    assertThat(r.status()).isEqualTo(ExitCodes.OK);
    assertThat(r.out()).isEqualTo("<stdin>: OK: 1 ignore rule\n");
    CliRun bad = CliRun.withStdin("ignore_change: []\n".getBytes(StandardCharsets.UTF_8), "policy", "check", "-");
    assertThat(bad.errLines()).containsExactly("drift: <stdin>:1:1: unknown key 'ignore_change' (did you mean 'ignore_changes'?)");
  }

  @Test
  void anEmptyFileIsTheEmptyPolicy() throws IOException {
    Path f = Files.writeString(tmp.resolve("empty.yaml"), "");
    assertThat(CliRun.of("policy", "check", f.toString()).out()).isEqualTo(f + ": OK: empty policy\n");
  }

  @Test
  void withoutAnActionOrFilesThePolicyCommandSaysWhatItNeeds() {
    assertThat(CliRun.of("policy").errLines()).containsExactly("drift: policy needs an action: policy check FILE... (try 'drift policy --help')");
    assertThat(CliRun.of("policy", "lint", "p.yaml").errLines())
        .containsExactly("drift: policy: unknown action 'lint' (expected check; try 'drift policy --help')");
    assertThat(CliRun.of("policy", "check").errLines()).containsExactly("drift: policy check needs at least one FILE (try 'drift policy --help')");
    assertThat(CliRun.of("policy", "check", "--today", "soon", policy("valid.yaml")).errLines())
        .containsExactly("drift: policy check: --today must be a date like 2026-12-31, not 'soon'");
    assertThat(CliRun.of("policy", "check", "-", "-").errLines()).containsExactly("drift: policy check: standard input (-) can be read only once");
  }

  @Test
  void helpShowsTheCheckAction() {
    CliRun r = CliRun.of("policy", "--help");
    assertThat(r.status()).isEqualTo(ExitCodes.OK);
    assertThat(r.out()).startsWith("Usage: drift policy check [--today YYYY-MM-DD] FILE...\n").contains("--today=DATE");
    assertThat(CliRun.of("--help").out()).containsPattern("\n  policy +check policy files without a plan");
  }

  // ---- the summary ------------------------------------------------------------------------------

  private static Policy read(String yaml) {
    return PolicyReader.read(yaml, "p.yaml").get();
  }

  @Test
  void theSummaryGivesTheNextExpiryAndCountsExpiredAndOpenEndedExpectations() {
    Policy p =
        read(
            """
            expected:
              - {address: a.b, reason: r1, expires: 2026-03-01}
              - {address: a.c, reason: r2, expires: 2026-09-30}
              - {address: a.d, reason: r3, expires: 2026-07-31}
              - {address: a.e, reason: r4}
            normalizers:
              - {path: policy, kind: json}
            required_tags:
              enabled: true
            """);
    assertThat(PolicyCommand.summary(p, 0, LocalDate.of(2026, 6, 1)))
        .isEqualTo(
            "4 expectations (next expires 2026-07-31, 1 expired, 1 without expiry), 1 normalizer,"
                + " required tags (ManagedBy, Workspace, Environment)");
  }

  @Test
  void theSummaryOfOneOpenEndedExpectationSaysSo() {
    assertThat(PolicyCommand.summary(read("expected:\n  - {address: a.b, reason: r}\n"), 0, LocalDate.of(2026, 6, 1)))
        .isEqualTo("1 expectation (no expiry)");
  }
}
