package io.github.tfdrift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tfdrift.cli.testplugin.TestRuleProvider;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@code drift rules}, {@code drift explain} and {@code drift demo}. */
class OtherCommandsTest {
  private static Path demoDir() {
    try {
      return Path.of(Objects.requireNonNull(OtherCommandsTest.class.getResource("/demo/index.txt")).toURI()).getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static CliRun demo(String... args) {
    String[] all = new String[args.length + 1];
    all[0] = "demo";
    System.arraycopy(args, 0, all, 1, args.length);
    return CliRun.in(CommandRegistry.of(new DemoCommand(Optional.of(demoDir()))), new byte[0], all);
  }

  @Test
  void rulesListsBuiltInRulesPluginsAndTheEngine() {
    CliRun r = CliRun.of("rules");
    assertThat(r.status()).isZero();
    assertThat(r.out().lines().findFirst()).hasValueSatisfying(l -> assertThat(l).matches("ID +ORIGIN +SUMMARY"));
    assertThat(r.out())
        .containsPattern("(?m)^deleted-outside +built-in +An object deleted outside Terraform")
        .containsPattern("(?m)^" + TestRuleProvider.ID + " +plugin +Test plug-in")
        .containsPattern("(?m)^engine +engine +The engine's own verdicts");
  }

  @Test
  void explainPrintsTheRulesDocumentation() {
    CliRun r = CliRun.of("explain", "deleted-outside");
    assertThat(r.status()).isZero();
    assertThat(r.out()).startsWith("# deleted-outside\n").contains("Runbook scenario 6");
    assertThat(CliRun.of("explain", "engine").out()).startsWith("# engine\n");
    assertThat(CliRun.of("explain", TestRuleProvider.ID).out()).startsWith("# " + TestRuleProvider.ID + "\n");
  }

  @Test
  void deferredChangeRuleIsListedAndExplained() {
    assertThat(CliRun.of("rules").out()).containsPattern("(?m)^deferred-change +built-in +Changes the plan defers");
    assertThat(CliRun.of("explain", "deferred-change").out()).startsWith("# deferred-change\n").contains("Danger is never downgraded");
  }

  @Test
  void explainOfAnUnknownRuleExitsOne() {
    CliRun r = CliRun.of("explain", "no-such-rule");
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.errLines()).containsExactly("drift: no rule 'no-such-rule' (run 'drift rules' to list the installed rules)");
    assertThat(CliRun.of("explain").errLines()).containsExactly("drift: explain takes one RULE_ID (run 'drift rules' to list them)");
  }

  @Test
  void demoPrintsOneSectionPerScenarioAndExitsWithTheWorst() {
    CliRun r = demo();
    assertThat(r.status()).isEqualTo(3);
    assertThat(r.err()).isEmpty();
    assertThat(r.out().lines())
        .containsSubsequence(
            "== memory-changed ==",
            "UPDATE  module.jellyfin.proxmox_virtual_environment_vm.vm  memory[0].dedicated",
            "== vm-deleted ==",
            "RECREATE  module.jellyfin.proxmox_virtual_environment_vm.vm");
    assertThat(r.out()).contains("Policy: memory-changed/policy.yaml.");
  }

  @Test
  void demoTakesTheFormatAndExitCodeOptions() {
    CliRun r = demo("--format", "json", "--exit-code", "terraform");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.out()).contains("\"file\" : \"vm-deleted\"");
  }

  @Test
  void theBundledDemoEndsWithThePatchThatAcceptsScenario1InTheRunbooksConfiguration() {
    CliRun r = CliRun.of("demo");
    assertThat(r.status()).as(r.err()).isEqualTo(3);
    assertThat(r.out().lines()).containsSubsequence(
        "== Accepting the drift of s1-memory-changed in the runbook's configuration ==",
        "$ drift fix --config terraform --procedure accept s1-memory-changed.json",
        "--- a/vms.tf",
        "+++ b/vms.tf",
        "-  memory    = 8192 # MiB",
        "+  memory    = 10240 # MiB");
  }

  @Test
  void theDemosPatchIsLeftOutOfMachineFormats() {
    CliRun r = CliRun.of("demo", "--format", "json");
    assertThat(r.out()).doesNotContain("--- a/vms.tf").endsWith("}\n");
  }

  @Test
  void demoWithoutScenariosExitsOne() {
    CliRun r = CliRun.in(CommandRegistry.of(new DemoCommand(Optional.of(demoDir().resolve("memory-changed")))), new byte[0], "demo");
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.errLines()).singleElement().asString().startsWith("drift: no demo scenarios are bundled in this build");
  }
}
