package io.github.tfdrift.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.tfdrift.core.json.PlanReader;
import io.github.tfdrift.core.model.Plan;
import io.github.tfdrift.core.value.JsonValue;
import io.github.tfdrift.core.value.JsonValues;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code drift} run in-process through {@link Main#run}. */
class MainTest {
  private static final String SECRET = "pa55-Wd!sensitive-value";

  @TempDir Path tmp;

  private static Path corpusFile(String relative) {
    String dir = System.getProperty("tfdrift.corpus");
    Path p = dir == null ? Path.of("../shared/corpus", relative) : Path.of(dir, relative);
    if (!Files.exists(p)) {
      System.err.println("[tfdrift] SKIPPED: corpus entry " + p + " not found (set -Dtfdrift.corpus=DIR)");
    }
    assumeTrue(Files.exists(p), "corpus absent: skipped");
    return p;
  }

  // ---- show: text ------------------------------------------------------------------------------

  @Test
  void showPrintsTheSummaryOfAPlan() {
    CliRun r = CliRun.of("show", CliRun.plan("mixed.json").toString());
    assertThat(r.status()).isEqualTo(ExitCodes.OK);
    assertThat(r.err()).isEmpty();
    assertThat(r.out())
        .isEqualTo(
            """
            file:           %s
            producer:       terraform (the plan has applyable/complete, which OpenTofu never writes)
            tool version:   1.11.4
            format:         1.2
            changes:        5 resource changes
              no-op                        1
              create                       1
              update                       1
              replace (delete first)       2
            drift:          1 resource changed outside Terraform
            output changes: 1 of 2
            errored:        no
            complete:       yes
            applyable:      yes
            """
                .formatted(CliRun.plan("mixed.json")));
  }

  @Test
  void showNeverPrintsSecretValues() {
    CliRun r = CliRun.of("show", CliRun.plan("mixed.json").toString());
    assertThat(r.out()).doesNotContain(SECRET);
  }

  @Test
  void showSummarisesACorpusPlanWithEveryKindOfChange() {
    Path plan = corpusFile("oocx__tfplan2md/examples__azuredevops__terraform_plan2.json");
    CliRun r = CliRun.of("show", plan.toString());
    assertThat(r.status()).isEqualTo(ExitCodes.OK);
    assertThat(r.out())
        .contains("producer:       terraform (")
        .contains("tool version:   1.14.2\n")
        .contains("format:         1.2\n")
        .contains("changes:        7 resource changes\n")
        .contains("  no-op                        1\n")
        .contains("  create                       2\n")
        .contains("  read (data source)           1\n")
        .contains("  update                       1\n")
        .contains("  delete                       1\n")
        .contains("  replace (delete first)       1\n")
        .contains("drift:          0 resources changed outside Terraform\n")
        .contains("output changes: 2 of 6\n")
        .contains("errored:        no\n");
  }

  @Test
  void showSaysOpenTofuForAnOpenTofuPlan() {
    Path plan = Path.of("../drift-testkit/src/main/resources/io/github/tfdrift/testkit/fixtures/s1-memory-changed/plan.json");
    assertThat(CliRun.of("show", plan.toString()).out()).contains("drift:          1 resource changed outside OpenTofu\n");
  }

  @Test
  void showCountsDriftOfACorpusPlan() {
    Path plan = corpusFile("oocx__tfplan2md/examples__firewall-rules-demo__plan3.json");
    assertThat(CliRun.of("show", plan.toString()).out()).contains("drift:          6 resources changed outside Terraform\n");
  }

  @Test
  void showSaysWhenFlagsAreDerivedForOpenTofu() {
    Path plan = corpusFile("opentofu__opentofu/testing__equivalence-tests__outputs__drift_simple__plan.json");
    CliRun r = CliRun.of("show", plan.toString());
    assertThat(r.out())
        .contains("producer:       opentofu (providers come from registry.opentofu.org)")
        .contains("applyable:      yes (derived; the plan does not say)");
  }

  @Test
  void showReadsStandardInputForDash() throws IOException {
    CliRun r = CliRun.withStdin(Files.readAllBytes(CliRun.plan("mixed.json")), "show", "-");
    assertThat(r.status()).isEqualTo(ExitCodes.OK);
    assertThat(r.out()).startsWith("file:           <stdin>\n").contains("changes:        5 resource changes");
  }

  // ---- show: json ------------------------------------------------------------------------------

  @Test
  void showJsonWritesThePlanBackAsAnEqualTree() throws IOException {
    Path plan = CliRun.plan("mixed.json");
    CliRun r = CliRun.of("show", "--format", "json", plan.toString());
    assertThat(r.status()).isEqualTo(ExitCodes.OK);
    assertThat(r.out().lines()).hasSize(1);
    JsonValue written = JsonValues.parseTrusted(r.out());
    assertThat(written).isEqualTo(JsonValues.parseTrusted(Files.readString(plan)));
    assertThat(r.out()).contains("\"kept\":[1.50,2e10]");
  }

  @Test
  void showJsonWarnsWhenThePlanHoldsSecretsWrittenInClearText() {
    CliRun r = CliRun.of("show", "--format", "json", CliRun.plan("mixed.json").toString());
    assertThat(r.out()).contains(SECRET);
    assertThat(r.errLines())
        .singleElement()
        .satisfies(l -> assertThat(l).startsWith("drift: warning: ").contains("holds sensitive values").contains("--redact").doesNotContain(SECRET));
  }

  @Test
  void showJsonRedactMasksEverySecretAndStillReadsAsThePlan() {
    Path plan = CliRun.plan("mixed.json");
    CliRun r = CliRun.of("show", "--format", "json", "--redact", plan.toString());
    assertThat(r.status()).isEqualTo(ExitCodes.OK);
    assertThat(r.err()).isEmpty();
    assertThat(r.out().lines()).hasSize(1);
    assertThat(r.out()).doesNotContain(SECRET).contains("(sensitive");
    Plan original = PlanReader.create().read(plan).get();
    Plan back = PlanReader.create().read(r.out()).get();
    assertThat(back.resourceChanges()).extracting(rc -> rc.address() + " " + rc.change().actions())
        .isEqualTo(original.resourceChanges().stream().map(rc -> rc.address() + " " + rc.change().actions()).toList());
  }

  @Test
  void showRedactNeedsJsonFormat() {
    CliRun r = CliRun.of("show", "--redact", CliRun.plan("mixed.json").toString());
    assertThat(r.status()).isEqualTo(ExitCodes.ERROR);
    assertThat(r.out()).isEmpty();
    assertThat(r.errLines()).singleElement().asString().contains("--redact only applies with --format json");
  }

  @Test
  void showJsonOfAUtf16CorpusPlanFromStandardInputIsAnEqualTree() throws IOException {
    Path plan = corpusFile("bridgecrewio__checkov");
    Path utf16 = null;
    try (var files = Files.walk(plan)) {
      for (Path p : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
        byte[] head = Files.readAllBytes(p);
        if (head.length > 2 && (head[0] & 0xff) == 0xff && (head[1] & 0xff) == 0xfe) {
          utf16 = p;
          break;
        }
      }
    }
    assumeTrue(utf16 != null, "no UTF-16 plan in the corpus: skipped");
    byte[] bytes = Files.readAllBytes(utf16);
    CliRun r = CliRun.withStdin(bytes, "show", "--format=json", "-");
    assertThat(r.status()).isEqualTo(ExitCodes.OK);
    String original = new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
    assertThat(JsonValues.parseTrusted(r.out())).isEqualTo(JsonValues.parseTrusted(original));
  }

  // ---- show: errors ----------------------------------------------------------------------------

  @Test
  void badInputExitsOneWithOneLineAndNoSecret() {
    CliRun r = CliRun.of("show", CliRun.plan("broken.json").toString());
    assertThat(r.status()).isEqualTo(ExitCodes.ERROR);
    assertThat(r.out()).isEmpty();
    assertThat(r.errLines()).singleElement().satisfies(l -> {
      assertThat(l).startsWith("drift: " + CliRun.plan("broken.json") + ":3:");
      assertThat(l).contains("invalid JSON").contains("$.variables.db_password.value");
      assertThat(l).doesNotContain(SECRET).doesNotContain("pa55");
    });
  }

  @Test
  void missingFileExitsOneNamingIt() {
    Path missing = tmp.resolve("nope.json");
    CliRun r = CliRun.of("show", missing.toString());
    assertThat(r.status()).isEqualTo(ExitCodes.ERROR);
    assertThat(r.errLines()).containsExactly("drift: " + missing + ": no such file");
  }

  @Test
  void binaryPlanOnStandardInputExitsOneWithAdvice() {
    CliRun r = CliRun.withStdin(new byte[] {'P', 'K', 3, 4, 0, 0}, "show", "-");
    assertThat(r.status()).isEqualTo(ExitCodes.ERROR);
    assertThat(r.errLines()).singleElement().asString().startsWith("drift: <stdin>: this is a binary plan file").contains("show -json");
  }

  @Test
  void emptyStandardInputExitsOne() {
    CliRun r = CliRun.withStdin(new byte[0], "show", "-");
    assertThat(r.status()).isEqualTo(ExitCodes.ERROR);
    assertThat(r.errLines()).containsExactly("drift: <stdin>: the input is empty");
  }

  @Test
  void showWithoutAPlanExitsOne() {
    CliRun r = CliRun.of("show");
    assertThat(r.status()).isEqualTo(ExitCodes.ERROR);
    assertThat(r.errLines()).containsExactly("drift: show needs a PLAN file, or - for standard input (try 'drift show --help')");
  }

  @Test
  void showWithTwoPlansExitsOne() {
    CliRun r = CliRun.of("show", "a.json", "b.json");
    assertThat(r.status()).isEqualTo(ExitCodes.ERROR);
    assertThat(r.errLines()).containsExactly("drift: show takes one PLAN, got 2");
  }

  @Test
  void unknownFormatExitsOne() {
    CliRun r = CliRun.of("show", "--format", "yaml", "plan.json");
    assertThat(r.status()).isEqualTo(ExitCodes.ERROR);
    assertThat(r.errLines()).containsExactly("drift: show: --format must be text or json, not 'yaml'");
  }

  @Test
  void unknownOptionOfACommandExitsOne() {
    CliRun r = CliRun.of("show", "--colour", "plan.json");
    assertThat(r.status()).isEqualTo(ExitCodes.ERROR);
    assertThat(r.errLines()).containsExactly("drift: unknown option '--colour' (try 'drift show --help')");
  }

  // ---- program ---------------------------------------------------------------------------------

  @Test
  void helpListsTheCommands() {
    CliRun r = CliRun.of("--help");
    assertThat(r.status()).isEqualTo(ExitCodes.OK);
    assertThat(r.out()).startsWith("Usage: drift [--debug] COMMAND [ARGS...]\n")
        .containsPattern("\n  show +summarise a plan")
        .containsPattern("\n  analyze +classify plans")
        .containsPattern("\n  policy +check policy files without a plan")
        .containsPattern("\n  fingerprint +print a digest of what a plan will do")
        .containsPattern("\n  compare +check that an applied plan makes the same changes as the approved one")
        .containsPattern("\n  rules +list the installed rules")
        .containsPattern("\n  explain +print the documentation of a rule")
        .containsPattern("\n  demo +analyze the bundled runbook scenarios")
        .containsPattern("\n  import +turn apply's")
        .containsPattern("\n  generate-completion +print a bash completion script")
        .contains("compare: 0 same\nchanges, 2 different changes, 1 error.");
    assertThat(CliRun.of("-h").out()).isEqualTo(r.out());
    assertThat(CliRun.of("help").out()).isEqualTo(r.out());
  }

  @Test
  void commandHelpShowsItsUsageAndOptions() {
    CliRun r = CliRun.of("show", "--help");
    assertThat(r.status()).isEqualTo(ExitCodes.OK);
    assertThat(r.out())
        .startsWith("Usage: drift show [--format text|json [--redact]] PLAN\n")
        .contains("--redact")
        .contains("--format=FORMAT")
        .contains("-h, --help")
        .contains("--debug");
    assertThat(CliRun.of("help", "show").out()).isEqualTo(r.out());
    assertThat(CliRun.of("show", "x.json", "-h").out()).isEqualTo(r.out());
  }

  @Test
  void versionPrintsTheBuildVersion() {
    CliRun r = CliRun.of("--version");
    assertThat(r.status()).isEqualTo(ExitCodes.OK);
    assertThat(r.out()).matches("drift \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\n");
  }

  @Test
  void noCommandExitsOne() {
    CliRun r = CliRun.of();
    assertThat(r.status()).isEqualTo(ExitCodes.ERROR);
    assertThat(r.errLines()).containsExactly("drift: no command given (try 'drift --help')");
  }

  @Test
  void unknownCommandExitsOne() {
    CliRun r = CliRun.of("shwo", "plan.json");
    assertThat(r.status()).isEqualTo(ExitCodes.ERROR);
    assertThat(r.out()).isEmpty();
    assertThat(r.errLines()).containsExactly("drift: unknown command 'shwo'; did you mean 'show'? (try 'drift --help')");
  }

  @Test
  void unknownCommandFarFromEveryCommandGetsNoSuggestion() {
    CliRun r = CliRun.of("frobnicate");
    assertThat(r.status()).isEqualTo(ExitCodes.ERROR);
    assertThat(r.errLines()).containsExactly("drift: unknown command 'frobnicate' (try 'drift --help')");
  }

  @Test
  void unknownGlobalOptionExitsOne() {
    CliRun r = CliRun.of("--verbose", "show", "plan.json");
    assertThat(r.status()).isEqualTo(ExitCodes.ERROR);
    assertThat(r.errLines()).containsExactly("drift: unknown option '--verbose'; did you mean '--version'? (try 'drift --help')");
  }

  // ---- internal errors -------------------------------------------------------------------------

  @picocli.CommandLine.Command(name = "broken", header = "fails", description = "Always fails.")
  private static final class Broken implements Command {
    @Override
    public int run(Console console) {
      throw new IllegalStateException("boom " + SECRET);
    }
  }

  private static final Command BROKEN = new Broken();

  @Test
  void internalErrorIsOneLineWithoutTheExceptionMessage() {
    CliRun r = CliRun.in(CommandRegistry.of(BROKEN), new byte[0], "broken");
    assertThat(r.status()).isEqualTo(ExitCodes.ERROR);
    assertThat(r.errLines())
        .containsExactly(
            "drift: internal error in 'broken': this is a bug in drift, please report it; run with --debug for a stack trace");
  }

  @Test
  void debugAddsTheStackTraceToAnInternalError() {
    CliRun r = CliRun.in(CommandRegistry.of(BROKEN), new byte[0], "--debug", "broken");
    assertThat(r.status()).isEqualTo(ExitCodes.ERROR);
    assertThat(r.err()).contains("\tat ").endsWith("drift: internal error in 'broken': this is a bug in drift, please report it\n");
    assertThat(CliRun.in(CommandRegistry.of(BROKEN), new byte[0], "broken", "--debug").err()).contains("\tat ");
  }

  @Test
  void registryRejectsTwoCommandsWithOneName() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> CommandRegistry.of(new ShowCommand(), new ShowCommand()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
