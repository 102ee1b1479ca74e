package io.github.tfdrift.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.github.tfdrift.core.value.JsonValue;
import io.github.tfdrift.core.value.JsonValues;
import io.github.tfdrift.report.ReportFormat;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * End-to-end: the built jar ({@code java -jar drift-cli/target/drift.jar}, path from the {@code
 * drift.jar} system property the pom sets) run as a process after {@code package}. Real terraform
 * plans are made in a temporary directory when terraform is on PATH; those tests skip visibly
 * otherwise.
 */
class DriftJarIT {
  private static final String VM = "module.jellyfin.proxmox_virtual_environment_vm.vm";
  private static Path jar;

  @TempDir Path tmp;

  @BeforeAll
  static void findTheJar() {
    String p = System.getProperty("drift.jar", "target/drift.jar");
    jar = Path.of(p).toAbsolutePath();
    assertThat(jar).as("the shaded jar (run mvn package first)").isRegularFile();
  }

  record Result(int status, String out, String err) {}

  /** Runs {@code java -jar drift.jar ARGS} in {@code dir} with extra environment (a null value removes a variable). */
  private Result run(Path dir, Map<String, String> env, byte[] stdin, List<String> javaArgs, String... args)
      throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(javaArgs);
    if (javaArgs.stream().noneMatch(a -> a.equals("-cp"))) {
      cmd.add("-jar");
      cmd.add(jar.toString());
    }
    cmd.addAll(List.of(args));
    Path io = Files.createTempDirectory(tmp, "io");
    Path in = Files.write(io.resolve("in"), stdin);
    ProcessBuilder pb =
        new ProcessBuilder(cmd)
            .directory(dir.toFile())
            .redirectInput(in.toFile())
            .redirectOutput(io.resolve("out").toFile())
            .redirectError(io.resolve("err").toFile());
    env.forEach((k, v) -> {
      if (v == null) {
        pb.environment().remove(k);
      } else {
        pb.environment().put(k, v);
      }
    });
    Process p = pb.start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("drift finished").isTrue();
    return new Result(
        p.exitValue(),
        Files.readString(io.resolve("out"), StandardCharsets.UTF_8),
        Files.readString(io.resolve("err"), StandardCharsets.UTF_8));
  }

  private Result drift(String... args) throws IOException, InterruptedException {
    return run(tmp, Map.of(), new byte[0], List.of(), args);
  }

  private static String plan(String name) {
    return CliRun.plan(name).toString();
  }

  private static Path corpus(String relative) {
    String dir = System.getProperty("tfdrift.corpus");
    Path p = dir == null ? Path.of("../../shared/corpus", relative) : Path.of(dir, relative);
    if (!Files.exists(p)) {
      System.err.println("[tfdrift] SKIPPED: corpus entry " + p + " not found (set -Dtfdrift.corpus=DIR)");
    }
    assumeTrue(Files.exists(p), "corpus absent: skipped");
    return p;
  }

  private static int jsonExit(String out) {
    return Integer.parseInt(((JsonValue.Num) JsonValues.parseTrusted(out).get("exit_code")).literal());
  }

  /** Checks what each format must be, whatever the plan. */
  private static void wellFormed(ReportFormat format, String out) throws Exception {
    switch (format) {
      case JSON -> assertThat(JsonValues.parse(out).isRight()).as(out).isTrue();
      case SARIF -> {
        JsonSchema schema;
        try (InputStream in = DriftJarIT.class.getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
          schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(new ObjectMapper().readTree(Objects.requireNonNull(in)));
        }
        assertThat(schema.validate(new ObjectMapper().readTree(out))).as(out).isEmpty();
      }
      case JUNIT -> {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        assertThat(f.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(out.getBytes(StandardCharsets.UTF_8))).getDocumentElement().getTagName())
            .isEqualTo("testsuites");
      }
      case MARKDOWN -> assertThat(out).startsWith("## ");
      default -> assertThat(out).startsWith("tfdrift ");
    }
  }

  // ---- a large plan: a JVM of its own ----------------------------------------------------------

  /** A runbook plan followed by 64 MB of spaces: still the same plan, and large enough. */
  private static Path padded(String name, Path large) throws IOException {
    Files.copy(CliRun.plan(name), large);
    try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(large, java.nio.file.StandardOpenOption.APPEND)) {
      java.nio.ByteBuffer spaces = java.nio.ByteBuffer.wrap(" ".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII));
      for (int i = 0; i < 64; i++) {
        spaces.rewind();
        while (spaces.hasRemaining()) {
          ch.write(spaces);
        }
      }
    }
    return large;
  }

  @Test
  void aPlanOf64MegabytesRunsInAJvmOfItsOwnWithTheSameReportAndExitCode() throws Exception {
    Path large = padded("s6-vm-deleted-outside.json", tmp.resolve("padded.json"));

    Result apart = drift("--debug", "analyze", "--no-progress", "--format", "json", large.toString());
    Result here = run(tmp, Map.of(), new byte[0], List.of("-Dtfdrift.relaunch=off"), "--debug", "analyze", "--no-progress", "--format", "json", large.toString());

    assertThat(apart.err()).contains("running in a JVM of its own");
    assertThat(here.err()).doesNotContain("running in a JVM of its own");
    assertThat(apart.status()).isEqualTo(3).isEqualTo(here.status());
    assertThat(apart.out()).isEqualTo(here.out()).contains("\"decision\" : \"destructive\"");

    // Options from the environment reach the new JVM once, with this JVM's: read once, noticed once.
    Result withEnv =
        run(tmp, Map.of("JAVA_TOOL_OPTIONS", "-Dtfdrift.test.tool=1", "JDK_JAVA_OPTIONS", "-Dtfdrift.test.jdk=1"), new byte[0], List.of(),
            "--debug", "analyze", "--no-progress", "--format", "json", large.toString());
    assertThat(withEnv.err()).contains("running in a JVM of its own");
    assertThat(withEnv.err().split("Picked up JAVA_TOOL_OPTIONS", -1)).hasSize(2);
    assertThat(withEnv.err().split("Picked up JDK_JAVA_OPTIONS", -1)).hasSize(2);
    assertThat(withEnv.status()).isEqualTo(3);
    assertThat(withEnv.out()).isEqualTo(here.out());
  }

  /**
   * A large plan's entries written as they are decided (JSON, text): the report is the one of the
   * same plan read whole, and the temporary file that held the entries is gone when drift exits.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource({"JSON", "TEXT"})
  void aLargePlansEntriesWrittenAsDecidedGiveTheWholeReportAndLeaveNoFileBehind(ReportFormat format) throws Exception {
    Path small = Files.createDirectories(tmp.resolve("small"));
    Path large = Files.createDirectories(tmp.resolve("large"));
    Path temporary = Files.createDirectories(tmp.resolve("java-tmp"));
    Files.copy(CliRun.plan("secrets.json"), small.resolve("plan.json"));
    padded("secrets.json", large.resolve("plan.json"));
    String f = format.id();

    Result whole = run(small, Map.of(), new byte[0], List.of(), "analyze", "--no-progress", "--format", f, "plan.json");
    Result spooled =
        run(large, Map.of(), new byte[0], List.of("-Xmx256m", "-Djava.io.tmpdir=" + temporary), "--debug", "analyze", "--no-progress", "--format", f,
            "plan.json");

    assertThat(spooled.err()).contains("plan.json: entries written to a temporary file as they were decided").doesNotContain("Zq9");
    assertThat(whole.err()).doesNotContain("temporary file");
    assertThat(spooled.status()).isEqualTo(whole.status());
    assertThat(spooled.out()).isEqualTo(whole.out()).doesNotContain("Zq9");
    try (java.util.stream.Stream<Path> left = Files.list(temporary)) {
      assertThat(left.filter(p -> p.getFileName().toString().startsWith("tfdrift-entries-"))).isEmpty();
    }
  }

  // ---- every format, every exit code ----------------------------------------------------------

  @ParameterizedTest(name = "{0} of {1} exits {2}")
  @CsvSource({
    "TEXT, clean.json, 0", "MARKDOWN, clean.json, 0", "JSON, clean.json, 0", "SARIF, clean.json, 0", "JUNIT, clean.json, 0",
    "TEXT, s1-memory-changed.json, 2", "MARKDOWN, s1-memory-changed.json, 2", "JSON, s1-memory-changed.json, 2",
    "SARIF, s1-memory-changed.json, 2", "JUNIT, s1-memory-changed.json, 2",
    "TEXT, s6-vm-deleted-outside.json, 3", "MARKDOWN, s6-vm-deleted-outside.json, 3", "JSON, s6-vm-deleted-outside.json, 3",
    "SARIF, s6-vm-deleted-outside.json, 3", "JUNIT, s6-vm-deleted-outside.json, 3",
    "TEXT, errored.json, 1", "MARKDOWN, errored.json, 1", "JSON, errored.json, 1", "SARIF, errored.json, 1", "JUNIT, errored.json, 1"
  })
  void everyFormatGivesTheDocumentedExitCode(ReportFormat format, String plan, int exit) throws Exception {
    Result r = drift("analyze", "--format", format.id(), plan(plan));
    assertThat(r.status()).as(r.err()).isEqualTo(exit);
    assertThat(r.err()).isEmpty();
    wellFormed(format, r.out());
  }

  @ParameterizedTest(name = "{0} of corpus plan {1} exits {2}")
  @CsvSource({
    "TEXT, ovsds__tf-plan-format/tests__data__plans__no-op__terraform.tfplan.json, 0",
    "JSON, hashicorp__terraform/testing__equivalence-tests__outputs__drift_simple__plan.json, 2",
    "SARIF, opentofu__opentofu/testing__equivalence-tests__outputs__drift_simple__plan.json, 2",
    "MARKDOWN, oocx__tfplan2md/examples__azuredevops__terraform_plan2.json, 3",
    "JUNIT, oocx__tfplan2md/examples__azuredevops__terraform_plan2.json, 3",
    "SARIF, oocx__tfplan2md/examples__azuredevops__terraform_plan2.json, 3"
  })
  void corpusPlansGiveTheirExitCodes(ReportFormat format, String relative, int exit) throws Exception {
    Result r = drift("analyze", "--format", format.id(), corpus(relative).toString());
    assertThat(r.status()).as(r.err()).isEqualTo(exit);
    wellFormed(format, r.out());
  }

  @Test
  void terraformExitCodeModeMapsThreeToTwo() throws Exception {
    assertThat(drift("analyze", "--exit-code", "terraform", plan("s6-vm-deleted-outside.json")).status()).isEqualTo(2);
    assertThat(drift("analyze", "--exit-code", "detailed", plan("s6-vm-deleted-outside.json")).status()).isEqualTo(3);
  }

  @Test
  void erroredPlanExitsOneAndItsChangesAreInTheJson() throws Exception {
    Result r = drift("analyze", "--format", "json", plan("errored.json"));
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.out()).contains("\"address\" : \"terraform_data.partial\"").contains("\"errored\" : true");
  }

  // ---- inputs ---------------------------------------------------------------------------------

  @Test
  void aDirectoryOfPlansExitsWithTheWorst() throws Exception {
    Path dir = Files.createDirectory(tmp.resolve("plans"));
    Files.copy(CliRun.plan("clean.json"), dir.resolve("dev.json"));
    Files.copy(CliRun.plan("s1-memory-changed.json"), dir.resolve("staging.json"));
    Files.copy(CliRun.plan("s6-vm-deleted-outside.json"), dir.resolve("prod.json"));
    Result r = drift("analyze", "--format", "json", dir.toString());
    assertThat(r.status()).isEqualTo(3);
    assertThat(jsonExit(r.out())).isEqualTo(3);
    assertThat(r.out()).contains("dev.json").contains("staging.json").contains("prod.json");
    assertThat(r.err()).as("no progress bar when standard error is not a terminal").isEmpty();
  }

  @Test
  void standardInputIsRead() throws Exception {
    Result r = run(tmp, Map.of(), Files.readAllBytes(CliRun.plan("s1-memory-changed.json")), List.of(), "analyze", "-");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.out()).contains("== <stdin> ==").contains("UPDATE  " + VM);
  }

  @Test
  void theDefaultPolicyIsDriftYamlInTheWorkingDirectory() throws Exception {
    Path dir = Files.createDirectory(tmp.resolve("repo"));
    assertThat(run(dir, Map.of(), new byte[0], List.of(), "analyze", plan("s1-memory-changed.json")).status()).isEqualTo(2);
    Files.copy(CliRun.plan("../policies/ignore-memory.yaml"), dir.resolve("drift.yaml"));
    Result r = run(dir, Map.of(), new byte[0], List.of(), "analyze", plan("s1-memory-changed.json"));
    assertThat(r.status()).isZero();
    assertThat(r.out()).contains("Policy: drift.yaml.").contains("False positive (ignore_changes) — no action needed.");
  }

  // ---- bad input: one line, exit 1 ------------------------------------------------------------

  private static void oneLine(Result r, String expected) {
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().lines().toList()).containsExactly(expected);
  }

  @Test
  void missingFile() throws Exception {
    oneLine(drift("analyze", tmp.resolve("nope.json").toString()), "drift: " + tmp.resolve("nope.json") + ": no such file");
  }

  @Test
  void emptyDirectory() throws Exception {
    Path dir = Files.createDirectory(tmp.resolve("empty"));
    oneLine(drift("analyze", dir.toString()), "drift: " + dir + ": no plans in this directory (expected *.json plans or binary plan files)");
  }

  @Test
  void malformedPlan() throws Exception {
    Result r = drift("analyze", plan("broken.json"));
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err().lines().toList()).singleElement().asString().startsWith("drift: " + plan("broken.json") + ":3:").doesNotContain("pa55");
    assertThat(r.err()).doesNotContain("\tat ");
  }

  @Test
  void binaryPlanWithANonexistentTfBin() throws Exception {
    Path bin = Files.write(tmp.resolve("plan.tfplan"), new byte[] {'P', 'K', 3, 4, 0, 0});
    oneLine(
        drift("analyze", "--tf-bin", "/nonexistent/terraform", bin.toString()),
        "drift: " + bin + " is a binary plan and --tf-bin '/nonexistent/terraform' is not an executable file");
  }

  @Test
  void binaryPlanWithoutTofuOrTerraformOnPath() throws Exception {
    Path bin = Files.write(tmp.resolve("plan.tfplan"), new byte[] {'P', 'K', 3, 4, 0, 0});
    Path emptyPath = Files.createDirectory(tmp.resolve("bin"));
    oneLine(
        run(tmp, Map.of("PATH", emptyPath.toString()), new byte[0], List.of(), "analyze", bin.toString()),
        "drift: " + bin + " is a binary plan and neither tofu nor terraform is on PATH (use --tf-bin)");
  }

  @Test
  void invalidPolicy() throws Exception {
    Path policy = CliRun.plan("../policies/invalid.yaml");
    oneLine(
        drift("analyze", "--policy", policy.toString(), plan("clean.json")),
        "drift: " + policy + ":1:1: unknown key 'ignore_change' (did you mean 'ignore_changes'?)");
  }

  @Test
  void unreadablePolicy() throws Exception {
    Path notAFile = Files.createDirectory(tmp.resolve("policy.yaml"));
    oneLine(drift("analyze", "--policy", notAFile.toString(), plan("clean.json")), "drift: " + notAFile + ": not a file");
    Path badYaml = Files.writeString(tmp.resolve("bad.yaml"), "ignore_changes: [\n");
    Result r = drift("analyze", "--policy", badYaml.toString(), plan("clean.json"));
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err().lines().toList()).singleElement().asString().startsWith("drift: " + badYaml + ":").contains("not valid YAML");
  }

  /** The four problems of src/test/resources/policies/several-problems.yaml, as drift prints them. */
  private static List<String> severalProblems(Path policy) {
    return List.of(
        "drift: " + policy + ":2:1: unknown key 'ignore_change' (did you mean 'ignore_changes'?)",
        "drift: " + policy + ":7:5: unknown key 'reasn' (did you mean 'reason'?)",
        "drift: " + policy + ":8:18: bad attribute path 'tags[Name]': expected an index or a quoted key at character 6",
        "drift: " + policy + ":9:14: bad date '2026-31-12' in 'expires' (expected YYYY-MM-DD)");
  }

  @Test
  void aPolicyWithSeveralProblemsGivesOneLineEachAndNoReport() throws Exception {
    Path policy = CliRun.plan("../policies/several-problems.yaml");
    Result r = drift("analyze", "--policy", policy.toString(), plan("s1-memory-changed.json"));
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().lines().toList()).containsExactlyElementsOf(severalProblems(policy));
  }

  // ---- policy check ---------------------------------------------------------------------------

  @Test
  void policyCheckOfAValidFileIsOneOkLine() throws Exception {
    Path policy = CliRun.plan("../policies/valid.yaml");
    Result r = drift("policy", "check", "--today", "2026-06-01", policy.toString());
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out())
        .isEqualTo(policy + ": OK: 2 ignore rules, 1 expectation (expires 2026-12-31), 1 accept rule, 1 import ID template\n");
  }

  @Test
  void policyCheckWarnsOfAnExpiredExpectationAndStillExitsZero() throws Exception {
    Path policy = CliRun.plan("../policies/valid.yaml");
    Result r = drift("policy", "check", "--today", "2027-01-15", policy.toString());
    assertThat(r.status()).isZero();
    assertThat(r.err().lines().toList())
        .containsExactly(
            "drift: warning: " + policy + ":9:5: the expected entry for module.jellyfin.proxmox_virtual_environment_vm.vm"
                + " expired on 2026-12-31 (today is 2027-01-15); it no longer applies");
    assertThat(r.out()).startsWith(policy + ": OK: ");
  }

  @Test
  void policyCheckOfAnInvalidFileListsEveryProblemAndExitsOne() throws Exception {
    Path policy = CliRun.plan("../policies/several-problems.yaml");
    Result r = drift("policy", "check", policy.toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().lines().toList()).containsExactlyElementsOf(severalProblems(policy));
  }

  @Test
  void policyCheckOfAValidAndAnInvalidFileChecksBoth() throws Exception {
    Path valid = CliRun.plan("../policies/valid.yaml");
    Path invalid = CliRun.plan("../policies/several-problems.yaml");
    Result r = drift("policy", "check", "--today", "2026-06-01", invalid.toString(), valid.toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.out()).startsWith(valid + ": OK: ");
    assertThat(r.err().lines().toList()).containsExactlyElementsOf(severalProblems(invalid));
  }

  @Test
  void debugAddsDetailsButStillNoSecrets() throws Exception {
    Result r = drift("--debug", "analyze", plan("broken.json"));
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err()).contains("MALFORMED_JSON").doesNotContain("pa55");
  }

  // ---- real terraform plans -------------------------------------------------------------------

  private static boolean terraformAvailable() {
    for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (!d.isEmpty() && Files.isExecutable(Path.of(d, "terraform"))) {
        return true;
      }
    }
    System.err.println("[tfdrift] SKIPPED: terraform not on PATH; the binary-plan and real-secret tests need it");
    return false;
  }

  private static void terraform(Path dir, Map<String, String> env, String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    cmd.add("terraform");
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
    pb.environment().put("TF_CLI_CONFIG_FILE", "/dev/null");
    pb.environment().put("CHECKPOINT_DISABLE", "1");
    pb.environment().put("TF_IN_AUTOMATION", "1");
    pb.environment().putAll(env);
    pb.redirectOutput(dir.resolve("tf.out").toFile()).redirectError(dir.resolve("tf.err").toFile());
    Process p = pb.start();
    assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as("terraform %s: %s", String.join(" ", args), Files.readString(dir.resolve("tf.err"))).isZero();
  }

  @Test
  void binaryPlanFromTerraformPlanOutIsConvertedWithTerraformShow() throws Exception {
    assumeTrue(terraformAvailable(), "terraform not on PATH");
    Path dir = Files.createDirectory(tmp.resolve("work"));
    Files.writeString(
        dir.resolve("main.tf"),
        """
        resource "terraform_data" "updated" { input = "v1" }
        resource "terraform_data" "replaced" { triggers_replace = ["v1"] }
        """);
    terraform(dir, Map.of(), "init", "-input=false", "-backend=false");
    terraform(dir, Map.of(), "apply", "-input=false", "-auto-approve");
    terraform(dir, Map.of(), "plan", "-input=false", "-out=nochange.tfplan");
    Files.writeString(
        dir.resolve("main.tf"),
        """
        resource "terraform_data" "updated" { input = "v2" }
        resource "terraform_data" "replaced" { triggers_replace = ["v2"] }
        """);
    terraform(dir, Map.of(), "plan", "-input=false", "-out=changes.tfplan");

    Result none = drift("analyze", dir.resolve("nochange.tfplan").toString());
    assertThat(none.status()).as(none.err()).isZero();
    assertThat(none.out()).contains("2 no change").contains("Terraform 1.");

    Result r = drift("analyze", "--format", "json", dir.resolve("changes.tfplan").toString());
    assertThat(r.status()).as(r.err()).isEqualTo(3);
    assertThat(r.out()).contains("\"address\" : \"terraform_data.replaced\"").contains("\"verdict\" : \"replace\"").contains("\"verdict\" : \"update\"");

    Result named = drift("analyze", "--tf-bin", "terraform", dir.resolve("changes.tfplan").toString());
    assertThat(named.status()).isEqualTo(3);

    Result dirRun = drift("analyze", "--format", "json", dir.toString());
    assertThat(dirRun.status()).as("a directory with both binary plans").isEqualTo(3);
    assertThat(dirRun.out()).contains("changes.tfplan").contains("nochange.tfplan");
  }

  @Test
  void theAppliedPlanIsComparedWithTheApprovedOneAndFingerprintsIgnoreTheTimestamp() throws Exception {
    assumeTrue(terraformAvailable(), "terraform not on PATH");
    Path dir = Files.createDirectory(tmp.resolve("approval"));
    Files.writeString(
        dir.resolve("main.tf"),
        """
        variable "size" {
          type    = number
          default = 10
        }
        resource "terraform_data" "app" { input = { size = var.size, policy = "{\\"a\\": 1}" } }
        """);
    terraform(dir, Map.of(), "init", "-input=false", "-backend=false");
    terraform(dir, Map.of(), "plan", "-input=false", "-out=approved.tfplan");
    terraform(dir, Map.of(), "show", "-json", "approved.tfplan");
    Path approved = Files.copy(dir.resolve("tf.out"), dir.resolve("approved.json"));
    Thread.sleep(1_100); // a later timestamp: terraform's has a resolution of one second
    terraform(dir, Map.of(), "plan", "-input=false", "-out=again.tfplan");
    terraform(dir, Map.of(), "show", "-json", "again.tfplan");
    Path again = Files.copy(dir.resolve("tf.out"), dir.resolve("again.json"));
    terraform(dir, Map.of(), "plan", "-input=false", "-var", "size=20", "-out=changed.tfplan");
    terraform(dir, Map.of(), "show", "-json", "changed.tfplan");
    Path changed = Files.copy(dir.resolve("tf.out"), dir.resolve("changed.json"));
    assertThat(Files.readString(approved)).isNotEqualTo(Files.readString(again));

    Result first = drift("fingerprint", approved.toString());
    assertThat(first.status()).as(first.err()).isZero();
    assertThat(first.out()).matches("[0-9a-f]{64}\n");
    assertThat(drift("fingerprint", again.toString()).out()).isEqualTo(first.out());
    assertThat(drift("fingerprint", changed.toString()).out()).isNotEqualTo(first.out());
    Result json = drift("fingerprint", "--format", "json", approved.toString());
    assertThat(JsonValues.parseTrusted(json.out()).get("fingerprint")).isEqualTo(JsonValue.of(first.out().strip()));

    Result same = drift("compare", approved.toString(), again.toString());
    assertThat(same.status()).as(same.err()).isZero();
    assertThat(same.out()).isEqualTo("same changes\n");
    Result different = drift("compare", approved.toString(), changed.toString());
    assertThat(different.status()).as(different.err()).isEqualTo(2);
    assertThat(different.out().lines()).contains("  terraform_data.app: different planned values at input.size");
    Result bad = drift("compare", approved.toString(), dir.resolve("missing.json").toString());
    assertThat(bad.status()).isEqualTo(1);
    assertThat(bad.err().lines().toList()).singleElement().asString().startsWith("drift: ");
  }

  @Test
  void aCorruptBinaryPlanIsOneLineFromTerraformShow() throws Exception {
    assumeTrue(terraformAvailable(), "terraform not on PATH");
    Path bin = Files.write(tmp.resolve("corrupt.tfplan"), new byte[] {'P', 'K', 3, 4, 1, 2, 3, 4, 5});
    Result r = drift("analyze", bin.toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err().lines().toList()).singleElement().asString().startsWith("drift: " + bin + ": 'terraform show -json' failed (exit 1)");
  }

  @Test
  void secretsOfARealTerraformPlanAppearInNoFormatAndNotOnStandardError() throws Exception {
    assumeTrue(terraformAvailable(), "terraform not on PATH");
    String oldSecret = "OldPw-7fK2q9-zeta";
    String newSecret = "NewPw-3xR8m1-kappa";
    Path dir = Files.createDirectory(tmp.resolve("secrets"));
    Files.writeString(
        dir.resolve("main.tf"),
        """
        variable "db_password" {
          type      = string
          sensitive = true
        }
        resource "terraform_data" "db" { input = var.db_password }
        resource "terraform_data" "dsn" { input = "postgres://app:${nonsensitive(var.db_password)}@db:5432/app" }
        output "dsn" { value = "postgres://app:${nonsensitive(var.db_password)}@db:5432/app" }
        output "password" {
          value     = var.db_password
          sensitive = true
        }
        """);
    terraform(dir, Map.of(), "init", "-input=false", "-backend=false");
    terraform(dir, Map.of("TF_VAR_db_password", oldSecret), "apply", "-input=false", "-auto-approve");
    terraform(dir, Map.of("TF_VAR_db_password", newSecret), "plan", "-input=false", "-out=tfplan");
    terraform(dir, Map.of(), "show", "-json", "tfplan");
    Path json = Files.copy(dir.resolve("tf.out"), dir.resolve("plan.json"));
    String raw = Files.readString(json);
    assertThat(raw).as("the plan holds both secrets in clear text").contains(oldSecret).contains(newSecret);

    for (ReportFormat f : ReportFormat.values()) {
      for (String input : List.of(json.toString(), dir.resolve("tfplan").toString())) {
        Result r = drift("analyze", "--format", f.id(), input);
        assertThat(r.status()).as(f + " " + input + ": " + r.err()).isEqualTo(2);
        assertThat(r.out() + r.err()).as(f + " " + input).doesNotContain(oldSecret).doesNotContain(newSecret).doesNotContain("7fK2q9").doesNotContain("3xR8m1");
        wellFormed(f, r.out());
      }
    }
    Result text = drift("analyze", json.toString());
    assertThat(text.out()).contains("(sensitive)").contains("terraform_data.dsn").contains("postgres://app:(sensitive)@db:5432/app");
  }

  // ---- apply logs -------------------------------------------------------------------------------

  /** The seed 003 fixture of drift-testkit (plan.json, apply.log), copied into {@code dir}. */
  private static void seed003(Path dir) throws IOException {
    Path fixture = Path.of("../drift-testkit/src/main/resources/io/github/tfdrift/testkit/fixtures/seed003-prod-already-exists");
    Files.copy(fixture.resolve("plan.json"), dir.resolve("plan.json"));
    Files.copy(fixture.resolve("apply.log"), dir.resolve("apply.log"));
  }

  @Test
  void anApplyLogTurnsTheSixteenCreatesOfSeed003IntoImports() throws Exception {
    seed003(tmp);
    Result r = drift("analyze", "--apply-log", "apply.log", "plan.json", "--format", "json");
    assertThat(r.status()).as(r.err()).isEqualTo(2);
    assertThat(r.err()).isEmpty();
    wellFormed(ReportFormat.JSON, r.out());
    JsonValue plan = ((JsonValue.Arr) JsonValues.parseTrusted(r.out()).get("plans")).elements().get(0);
    List<JsonValue> imports = ((JsonValue.Arr) plan.get("changes")).elements().stream().filter(c -> !c.get("import").isNullOrAbsent()).toList();
    assertThat(imports).hasSize(16).allSatisfy(c -> {
      assertThat(c.get("verdict").asText()).contains("import");
      assertThat(c.get("rule").asText()).contains("import-existing");
      assertThat(c.get("import").get("block").asText().orElseThrow()).startsWith("import {\n  to = " + c.get("address").asText().orElseThrow() + "\n");
    });
  }

  @Test
  void aPipelineFailureInTheApplyLogExitsOneWithOneLine() throws Exception {
    seed003(tmp);
    Files.writeString(tmp.resolve("ci.log"), "+ sops -d vault.yml\nFailed to get the data key required to decrypt the SOPS file.\n");
    Result r = drift("analyze", "--apply-log", "ci.log", "plan.json");
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err().lines().toList()).singleElement().asString().startsWith("drift: ci.log:2: SOPS decryption failed: ");
    assertThat(r.out()).contains("ERROR: ci.log:2: SOPS decryption failed");
  }

  // ---- rules, explain, demo ---------------------------------------------------------------------

  @Test
  void rulesListsPluginsOnTheClassPath() throws Exception {
    String testClasses;
    try {
      testClasses = Path.of(Objects.requireNonNull(DriftJarIT.class.getResource("/META-INF/services/io.github.tfdrift.rules.spi.RuleProvider")).toURI())
          .getParent().getParent().getParent().toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    Result plain = drift("rules");
    assertThat(plain.status()).isZero();
    assertThat(plain.out()).containsPattern("(?m)^real-drift +built-in ").doesNotContain("test-plugin-tags");
    Result withPlugin =
        run(tmp, Map.of(), new byte[0], List.of("-cp", jar + File.pathSeparator + testClasses, Main.class.getName()), "rules");
    assertThat(withPlugin.status()).as(withPlugin.err()).isZero();
    assertThat(withPlugin.out()).containsPattern("(?m)^test-plugin-tags +plugin +Test plug-in");
  }

  @Test
  void explainPrintsADocPageAndRejectsUnknownIds() throws Exception {
    Result r = drift("explain", "real-drift");
    assertThat(r.status()).isZero();
    assertThat(r.out()).startsWith("# real-drift\n");
    oneLine(drift("explain", "nope"), "drift: no rule 'nope' (run 'drift rules' to list the installed rules)");
  }

  @Test
  void demoRunsTheScenariosOfADirectory() throws Exception {
    Path demo;
    try {
      demo = Path.of(Objects.requireNonNull(DriftJarIT.class.getResource("/demo/index.txt")).toURI()).getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    Result r = run(tmp, Map.of(), new byte[0], List.of("-Dtfdrift.demo.dir=" + demo), "demo");
    assertThat(r.status()).isEqualTo(3);
    assertThat(r.out().lines()).containsSubsequence("== memory-changed ==", "== vm-deleted ==");
  }

  @Test
  void demoRunsTheBundledRunbookScenarios() throws Exception {
    boolean bundled;
    try (var zip = new java.util.zip.ZipFile(jar.toFile())) {
      bundled = zip.getEntry("io/github/tfdrift/cli/demo/index.txt") != null;
    }
    assertThat(bundled)
        .as("the jar bundles the demo scenarios (drift-testkit fixtures copied at generate-resources)")
        .isTrue();
    Result r = drift("demo");
    assertThat(r.status()).as(r.err()).isEqualTo(3);
    assertThat(r.out()).contains("== s1-memory-changed ==").contains("== s6-vm-deleted-outside ==").contains("STOP!").contains("run 'tofu apply'");
    assertThat(r.out()).as("the patch drift fix writes, made by the shaded configuration reader").contains("-  memory    = 8192 # MiB\n+  memory    = 10240 # MiB\n");
  }

  @Test
  void outputFileIsWrittenWhole() throws Exception {
    Path out = tmp.resolve("drift.sarif");
    Result r = drift("analyze", "--format", "sarif", "--output", out.toString(), plan("s6-vm-deleted-outside.json"));
    assertThat(r.status()).isEqualTo(3);
    assertThat(r.out()).isEmpty();
    wellFormed(ReportFormat.SARIF, Files.readString(out));
  }
}
