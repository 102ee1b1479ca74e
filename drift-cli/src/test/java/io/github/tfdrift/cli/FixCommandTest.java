package io.github.tfdrift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tfdrift.testkit.PlanFixtures;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code drift fix} on the runbook's Proxmox configuration (drift-testkit's {@code
 * configurations/jellybuntu}) and scenario plans: the diff on standard output, the edits with
 * {@code --write}, refusals on standard error with exit 2, errors with exit 1 and nothing written.
 */
class FixCommandTest {
  private static final String ROOT = "/io/github/tfdrift/testkit/fixtures/configurations/jellybuntu/";
  @TempDir Path tmp;
  private Path config;
  private Path plan;

  @BeforeEach
  void configurationAndPlan() throws IOException {
    config = tmp.resolve("terraform");
    for (String f : files()) {
      try (InputStream in = Objects.requireNonNull(FixCommandTest.class.getResourceAsStream(ROOT + f), f)) {
        Files.createDirectories(config.resolve(f).getParent());
        Files.copy(in, config.resolve(f));
      }
    }
    plan = tmp.resolve("s1.json");
    Files.writeString(plan, PlanFixtures.fixture("s1-memory-changed").planJson(), StandardCharsets.UTF_8);
  }

  @Test
  void acceptPrintsTheDiffOfTheModuleArgument() {
    CliRun r = CliRun.of("fix", "--config", config.toString(), "--procedure", "accept", plan.toString());

    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("--- a/vms.tf\n+++ b/vms.tf\n").contains("-  memory    = 8192 # MiB\n+  memory    = 10240 # MiB\n");
    assertThat(r.errLines()).containsExactly("drift: fix: accept: 1 patched, 0 refused, 0 with nothing to do; the diff edits vms.tf");
  }

  @Test
  void writeEditsTheFileInPlaceAndPrintsNoDiff() throws IOException {
    CliRun r = CliRun.of("fix", "--config", config.toString(), "--procedure", "ignore", "--write", plan.toString());

    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(Files.readString(config.resolve("modules/vm/main.tf"))).contains("      clone,                                  # Golden image rotation\n      memory[0].dedicated,\n    ]\n");
    assertThat(r.errLines()).containsExactly("drift: fix: ignore: 1 patched, 0 refused, 0 with nothing to do; wrote modules/vm/main.tf");
  }

  @Test
  void aValueThatIsNotALiteralIsRefusedOnStandardErrorWithExitTwo() throws IOException {
    Path vms = config.resolve("vms.tf");
    Files.writeString(vms, Files.readString(vms).replace("memory    = 8192 # MiB", "memory    = max(8192, 1024)"));

    CliRun r = CliRun.of("fix", "--config", config.toString(), "--procedure", "accept", plan.toString());

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.errLines()).first().asString()
        .startsWith("drift: fix: refused: module.jellyfin.proxmox_virtual_environment_vm.vm: memory[0].dedicated does not resolve to a literal: computed by a function call");
  }

  @Test
  void anAddressGlobThatMatchesNothingHasNothingToDo() {
    CliRun r = CliRun.of("fix", "--config", config.toString(), "--procedure", "accept", "--address", "module.sonarr.*", plan.toString());

    assertThat(r.status()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(r.errLines()).containsExactly("drift: fix: accept: 0 patched, 0 refused, 0 with nothing to do; the diff edits no file");
  }

  @Test
  void moveWithoutARenameInThePlanHasNothingToDo() {
    CliRun r = CliRun.of("fix", "--config", config.toString(), "--procedure", "move", plan.toString());

    assertThat(r.status()).isZero();
    assertThat(r.out()).isEmpty();
  }

  @Test
  void anUnknownProcedureIsAnErrorAndNothingIsWritten() throws IOException {
    String before = Files.readString(config.resolve("vms.tf"));

    CliRun r = CliRun.of("fix", "--config", config.toString(), "--procedure", "apply", "--write", plan.toString());

    assertThat(r.status()).isEqualTo(1);
    assertThat(r.errLines()).containsExactly("drift: fix: --procedure must be accept, ignore or move, not 'apply'");
    assertThat(Files.readString(config.resolve("vms.tf"))).isEqualTo(before);
  }

  @Test
  void aMissingConfigurationDirectoryIsAnError() {
    CliRun r = CliRun.of("fix", "--config", tmp.resolve("nope").toString(), "--procedure", "accept", plan.toString());

    assertThat(r.status()).isEqualTo(1);
    assertThat(r.errLines()).singleElement().asString().startsWith("drift: fix: --config: ").endsWith("is not a directory");
  }

  @Test
  void withoutConfigOrProcedureTheCommandSaysWhatItNeeds() {
    CliRun r = CliRun.of("fix", plan.toString());

    assertThat(r.status()).isEqualTo(1);
    assertThat(r.errLines()).containsExactly("drift: fix needs --config DIR and --procedure accept|ignore|move (try 'drift fix --help')");
  }

  @Test
  void anUnreadablePlanIsAnErrorWithItsPosition() throws IOException {
    Path bad = tmp.resolve("bad.json");
    Files.writeString(bad, "{\"format_version\": ");

    CliRun r = CliRun.of("fix", "--config", config.toString(), "--procedure", "accept", "--write", bad.toString());

    assertThat(r.status()).isEqualTo(1);
    assertThat(r.errLines()).singleElement().asString().startsWith("drift: " + bad);
  }

  /** The fixture's files, as its {@code files.txt} lists them. */
  private static List<String> files() throws IOException {
    try (InputStream in = Objects.requireNonNull(FixCommandTest.class.getResourceAsStream(ROOT + "files.txt"))) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
          .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }
  }
}
