package io.github.tfdrift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tfdrift.core.value.JsonValue;
import io.github.tfdrift.core.value.JsonValues;
import io.github.tfdrift.report.ReportFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code drift analyze --apply-log}, in-process, on runbook 003's plan and failed apply. */
class AnalyzeApplyLogTest {
  /** The seed 003 test data of drift-rules (plan.json, apply.log as apply -json, apply.txt as human output). */
  private static final Path SEED = Path.of("../drift-imports/src/test/resources/seed003").toAbsolutePath().normalize();

  private static final String PLAN = SEED.resolve("plan.json").toString();
  private static final String JSON_LOG = SEED.resolve("apply.log").toString();
  private static final String TEXT_LOG = SEED.resolve("apply.txt").toString();
  private static final String SECRET = "secret_n0t10nK3yDoNotPrint";
  private static final String ROLE = "module.notion_lambda.module.lambda_function.aws_iam_role.lambda[0]";

  @TempDir Path tmp;

  @BeforeAll
  static void seedDataIsThere() {
    assertThat(SEED.resolve("apply.log")).as("seed 003 test data of drift-rules").exists();
  }

  private Path write(String name, String text) throws IOException {
    Path p = tmp.resolve(name);
    Files.writeString(p, text);
    return p;
  }

  private static List<JsonValue> imports(CliRun r) {
    JsonValue plan = ((JsonValue.Arr) JsonValues.parseTrusted(r.out()).get("plans")).elements().get(0);
    return ((JsonValue.Arr) plan.get("changes")).elements().stream().filter(c -> !c.get("import").isNullOrAbsent()).toList();
  }

  @Test
  void theJsonReportHasSixteenImportsAndStillExitsTwo() {
    CliRun r = CliRun.of("analyze", "--apply-log", JSON_LOG, "--format", "json", PLAN);
    assertThat(r.status()).as(r.err()).isEqualTo(ExitCodes.ACTIONABLE);
    assertThat(r.err()).isEmpty();
    assertThat(imports(r)).hasSize(16);
    assertThat(imports(r)).filteredOn(c -> c.get("address").asText().orElseThrow().equals(ROLE)).singleElement().satisfies(c -> {
      assertThat(c.get("import").get("id").asText()).contains("notion_lambda");
      assertThat(c.get("import").get("source").asText()).contains("EntityAlreadyExists at " + JSON_LOG + ":60");
      assertThat(c.get("reason").asText().orElseThrow()).endsWith("): import it instead of creating it.");
    });
  }

  @Test
  void theTextReportShowsTheBlockAndTheImportProcedure() {
    CliRun r = CliRun.of("analyze", "--apply-log", TEXT_LOG, PLAN);
    assertThat(r.status()).isEqualTo(ExitCodes.ACTIONABLE);
    assertThat(r.out())
        .contains("IMPORT  " + ROLE + "\n")
        .contains("Import it: add the block to your configuration, or run the 'terraform import' command: terraform import '" + ROLE
            + "' 'notion_lambda'.")
        .contains("  Import block:\n    import {\n      to = " + ROLE + "\n      id = \"notion_lambda\"\n    }\n");
  }

  @ParameterizedTest
  @EnumSource(ReportFormat.class)
  void noFormatPrintsTheSecretOfThePlanOrTheLog(ReportFormat f) throws IOException {
    String log = Files.readString(Path.of(JSON_LOG)).replace("Role with name notion_lambda already exists.",
        "Role with name notion_lambda already exists (" + SECRET + ").");
    CliRun r = CliRun.of("analyze", "--apply-log", write("apply.log", log).toString(), "--format", f.id(), PLAN);
    assertThat(r.status()).isEqualTo(ExitCodes.ACTIONABLE);
    assertThat(r.out() + r.err()).doesNotContain(SECRET).contains("notion_lambda");
  }

  @Test
  void anAwsAccountIdCompletesPolicyArnsWhenThePlanCannotTell() throws IOException {
    CliRun r = CliRun.of("analyze", "--apply-log", JSON_LOG, "--aws-account-id", "210987654321", "--format", "json", PLAN);
    assertThat(r.status()).isEqualTo(ExitCodes.ACTIONABLE);
    assertThat(imports(r)).extracting(c -> c.get("import").get("id").asText().orElseThrow())
        .contains("arn:aws:iam::210987654321:policy/get_visualization_data-inline");
  }

  @Test
  void aPipelineFailureExitsOneWithOneLineOnStandardError() throws IOException {
    Path log = write("ci.log", Files.readString(Path.of(TEXT_LOG)) + "Failed to get the data key required to decrypt the SOPS file.\n");
    CliRun r = CliRun.of("analyze", "--apply-log", log.toString(), "--format", "json", PLAN);
    assertThat(r.status()).isEqualTo(ExitCodes.ERROR);
    assertThat(r.errLines()).singleElement().asString().startsWith("drift: " + log + ":").contains("SOPS decryption failed").contains("(hint: ");
    JsonValue doc = JsonValues.parseTrusted(r.out());
    assertThat(((JsonValue.Num) doc.get("exit_code")).literal()).isEqualTo("1");
    assertThat(imports(r)).hasSize(16);
  }

  @Test
  void anUnreadableLogIsOneLineAndExitOne() {
    CliRun r = CliRun.of("analyze", "--apply-log", tmp.resolve("missing.log").toString(), PLAN);
    assertThat(r.status()).isEqualTo(ExitCodes.ERROR);
    assertThat(r.errLines()).singleElement().asString().startsWith("drift: ").contains("missing.log");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void severalPlansWithAnApplyLogAreOneLineAndExitOne() {
    CliRun r = CliRun.of("analyze", "--apply-log", JSON_LOG, PLAN, CliRun.plan("clean.json").toString());
    assertThat(r.status()).isEqualTo(ExitCodes.ERROR);
    assertThat(r.errLines()).containsExactly("drift: analyze: --apply-log needs exactly one PLAN (the plan whose apply failed), got 2");
  }

  @Test
  void anAwsAccountIdWithoutAnApplyLogIsRejected() {
    CliRun r = CliRun.of("analyze", "--aws-account-id", "210987654321", PLAN);
    assertThat(r.status()).isEqualTo(ExitCodes.ERROR);
    assertThat(r.errLines()).containsExactly("drift: analyze: --aws-account-id, --aws-region and --identity only apply with --apply-log LOG");
  }

  @Test
  void identityWithoutAnApplyLogIsRejected() {
    CliRun r = CliRun.of("analyze", "--identity", PLAN);
    assertThat(r.status()).isEqualTo(ExitCodes.ERROR);
    assertThat(r.errLines()).containsExactly("drift: analyze: --aws-account-id, --aws-region and --identity only apply with --apply-log LOG");
  }

  @Test
  void withIdentityTheReportsImportBlockNamesTheRoleByItsIdentity() {
    CliRun r = CliRun.of("analyze", "--apply-log", JSON_LOG, "--identity", "--format", "json", PLAN);

    assertThat(imports(r)).filteredOn(c -> c.get("address").asText().orElseThrow().equals(ROLE)).singleElement()
        .satisfies(c -> assertThat(c.get("import").get("block").asText().orElseThrow())
            .isEqualTo("import {\n  to = " + ROLE + "\n  identity = {\n    name       = \"notion_lambda\"\n    account_id = \"123456789012\"\n  }\n}\n"));
  }

  @Test
  void withIdentityTheJsonReportCarriesTheIdentityObject() {
    CliRun r = CliRun.of("analyze", "--apply-log", JSON_LOG, "--identity", "--format", "json", PLAN);

    assertThat(imports(r)).filteredOn(c -> c.get("address").asText().orElseThrow().equals(ROLE)).singleElement()
        .satisfies(c -> assertThat(c.get("import").get("identity").get("name")).isEqualTo(JsonValue.of("notion_lambda")));
  }

  @Test
  void withoutIdentityTheJsonReportsImportHasANullIdentity() {
    CliRun r = CliRun.of("analyze", "--apply-log", JSON_LOG, "--format", "json", PLAN);

    assertThat(imports(r)).filteredOn(c -> c.get("address").asText().orElseThrow().equals(ROLE)).singleElement()
        .satisfies(c -> assertThat(c.get("import").get("identity").isNull()).isTrue());
  }

  @Test
  void aBadAwsAccountIdIsOneLine() {
    CliRun r = CliRun.of("analyze", "--apply-log", JSON_LOG, "--aws-account-id", "12ab", PLAN);
    assertThat(r.status()).isEqualTo(ExitCodes.ERROR);
    assertThat(r.errLines()).singleElement().asString().startsWith("drift: analyze: --aws-account-id: ");
  }
}
