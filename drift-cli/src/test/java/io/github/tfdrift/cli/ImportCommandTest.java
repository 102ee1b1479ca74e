package io.github.tfdrift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tfdrift.core.value.JsonValue;
import io.github.tfdrift.core.value.JsonValues;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code drift import}, run in-process on runbook 003's plan and apply output. */
class ImportCommandTest {
  /** The seed 003 test data of drift-rules (plan.json, apply.log as apply -json, apply.txt as human output). */
  private static final Path SEED = Path.of("../drift-imports/src/test/resources/seed003").toAbsolutePath().normalize();

  private static final String PLAN = SEED.resolve("plan.json").toString();
  private static final String JSON_LOG = SEED.resolve("apply.log").toString();
  private static final String TEXT_LOG = SEED.resolve("apply.txt").toString();
  private static final String SECRET = "secret_n0t10nK3yDoNotPrint";
  private static final String SUMMARY = "drift: import: 16 to import, 0 already in the state, 0 unmatched errors";

  @TempDir Path tmp;

  @BeforeAll
  static void seedDataIsThere() {
    assertThat(SEED.resolve("plan.json")).as("seed 003 test data of drift-rules").exists();
  }

  private Path write(String name, String text) throws IOException {
    Path p = tmp.resolve(name);
    Files.writeString(p, text);
    return p;
  }

  @Test
  void importWritesOneImportBlockPerExistingResource() {
    CliRun r = CliRun.of("import", "--plan", PLAN, "--log", JSON_LOG);
    assertThat(r.status()).isEqualTo(ExitCodes.OK);
    assertThat(r.out().split("\nimport \\{\n", -1)).hasSize(17);
    assertThat(r.out())
        .contains("import {\n  to = module.put_todoist_lambda.module.lambda_function.aws_iam_role.lambda[0]\n  id = \"put_todoist_lambda\"\n}\n")
        .contains("  id = \"arn:aws:iam::123456789012:policy/get_visualization_data-inline\"\n");
    assertThat(r.errLines()).containsExactly(SUMMARY);
  }

  @Test
  void withIdentityAnIamRoleIsImportedByItsIdentity() {
    CliRun r = CliRun.of("import", "--plan", PLAN, "--log", JSON_LOG, "--identity");
    assertThat(r.status()).isEqualTo(ExitCodes.OK);
    assertThat(r.out())
        .contains("import {\n  to = module.put_todoist_lambda.module.lambda_function.aws_iam_role.lambda[0]\n  identity = {\n"
            + "    name       = \"put_todoist_lambda\"\n    account_id = \"123456789012\"\n  }\n}\n");
  }

  @Test
  void withIdentityATypeWithoutOneKeepsItsIdAndSaysWhy() {
    CliRun r = CliRun.of("import", "--plan", PLAN, "--log", JSON_LOG, "--identity");
    assertThat(r.out())
        .contains("# no identity known for aws_iam_policy: imported by id (add its identity with an ImportIdProvider)\n"
            + "import {\n  to = module.get_visualization_data.module.lambda_function.aws_iam_policy.additional_inline[0]\n"
            + "  id = \"arn:aws:iam::123456789012:policy/get_visualization_data-inline\"\n}\n");
  }

  @Test
  void shFormatWritesQuotedCommandsForTheToolGiven() {
    CliRun r = CliRun.of("import", "--plan", PLAN, "--log", TEXT_LOG, "--format", "sh", "--tf-bin", "tofu");
    assertThat(r.status()).isEqualTo(ExitCodes.OK);
    assertThat(r.out().lines().filter(l -> l.startsWith("tofu import '"))).hasSize(16);
    assertThat(r.out()).contains("tofu import 'aws_s3_bucket.wyatt-datalake-35315550' 'step-function-bucket-35315550'\n");
  }

  @Test
  void jsonFormatIsOneDocumentWithSixteenEntries() {
    CliRun r = CliRun.of("import", "--format=json", "--plan", PLAN, "--log", JSON_LOG);
    JsonValue doc = JsonValues.parseTrusted(r.out());
    assertThat(((JsonValue.Arr) doc.get("entries")).size()).isEqualTo(16);
    assertThat(doc.get("tool").asText()).contains("terraform");
  }

  @Test
  void outputGoesToTheFileGiven() throws IOException {
    Path out = tmp.resolve("imports.tf");
    CliRun r = CliRun.of("import", "--plan", PLAN, "--log", JSON_LOG, "--output", out.toString());
    assertThat(r.status()).isEqualTo(ExitCodes.OK);
    assertThat(r.out()).isEmpty();
    assertThat(Files.readString(out)).isEqualTo(CliRun.of("import", "--plan", PLAN, "--log", JSON_LOG).out());
  }

  @Test
  void theLogCanComeFromStandardInput() throws IOException {
    CliRun r = CliRun.withStdin(Files.readAllBytes(Path.of(TEXT_LOG)), "import", "--plan", PLAN, "--log", "-");
    assertThat(r.status()).isEqualTo(ExitCodes.OK);
    assertThat(r.out()).contains("BucketAlreadyOwnedByYou at <stdin>:124\n");
  }

  @Test
  void noOutputShowsTheSensitiveValueOfThePlan() {
    for (String f : new String[] {"hcl", "sh", "json"}) {
      CliRun r = CliRun.of("import", "--plan", PLAN, "--log", JSON_LOG, "--format", f);
      assertThat(r.out() + r.err()).doesNotContain(SECRET);
    }
  }

  @Test
  void anAccountIdGivenIsUsedAndTheDifferenceReported() {
    CliRun r = CliRun.of("import", "--plan", PLAN, "--log", JSON_LOG, "--aws-account-id", "210987654321");
    assertThat(r.status()).isEqualTo(ExitCodes.OK);
    assertThat(r.out()).contains("arn:aws:iam::210987654321:policy/put_visualization_data-inline");
    assertThat(r.errLines()).first().asString().startsWith("drift: warning: the AWS account ID given (210987654321)");
  }

  @Test
  void aPolicyFilesImportIdsReplaceTheCatalogue() throws IOException {
    Path policy = write("policy.yaml", "rules: []\nimport_ids:\n  aws_cloudwatch_log_group: \"logs:{name}\"\n");
    CliRun r = CliRun.of("import", "--plan", PLAN, "--log", JSON_LOG, "--policy", policy.toString());
    assertThat(r.status()).isEqualTo(ExitCodes.OK);
    assertThat(r.out()).contains("  id = \"logs:/aws/lambda/notion_lambda\"\n");
  }

  @Test
  void aBadPolicyExitsOneNamingTheEntry() throws IOException {
    Path policy = write("policy.yaml", "import_ids:\n  aws_iam_role: \"{name\"\n");
    CliRun r = CliRun.of("import", "--plan", PLAN, "--log", JSON_LOG, "--policy", policy.toString());
    assertThat(r.status()).isEqualTo(ExitCodes.ERROR);
    assertThat(r.out()).isEmpty();
    assertThat(r.errLines()).containsExactly("drift: " + policy + ": import_ids.aws_iam_role: unclosed '{' at character 1 of \"{name\"");
  }

  // ---- bad input --------------------------------------------------------------------------------

  @Test
  void anEmptyLogExitsOne() throws IOException {
    Path log = write("apply.log", "");
    CliRun r = CliRun.of("import", "--plan", PLAN, "--log", log.toString());
    assertThat(r.status()).isEqualTo(ExitCodes.ERROR);
    assertThat(r.out()).isEmpty();
    assertThat(r.errLines()).containsExactly("drift: " + log + ": the log is empty");
  }

  @Test
  void anUnrelatedLogExitsOne() throws IOException {
    Path log = write("notes.txt", "Lunch at noon.\nBring the slides.\n");
    CliRun r = CliRun.of("import", "--plan", PLAN, "--log", log.toString());
    assertThat(r.status()).isEqualTo(ExitCodes.ERROR);
    assertThat(r.errLines()).singleElement().asString().startsWith("drift: " + log + ": nothing in it is Terraform or OpenTofu output");
  }

  @Test
  void theLogOfAnotherPlanExitsOneAndInventsNothing() throws IOException {
    Path log = write("other.log", "╷\n│ Error: creating IAM Role (billing): operation error IAM: CreateRole, https response error"
        + " StatusCode: 409, RequestID: r, EntityAlreadyExists: Role with name billing already exists.\n│ \n"
        + "│   with module.billing.aws_iam_role.this[0],\n│ \n╵\n");
    CliRun r = CliRun.of("import", "--plan", PLAN, "--log", log.toString());
    assertThat(r.status()).isEqualTo(ExitCodes.ERROR);
    assertThat(r.out()).doesNotContain("\nimport {");
    assertThat(r.errLines())
        .containsExactly(
            "drift: warning: " + log + ":2: the plan has no resource module.billing.aws_iam_role.this[0] (is the log of another plan?)",
            "drift: import: 0 to import, 0 already in the state, 1 unmatched errors",
            "drift: " + log + ": none of its 1 \"already exists\" errors names a resource this plan creates or holds; is the log of another plan?");
  }

  @Test
  void aTruncatedJsonLineIsAWarningAndTheRestIsImported() throws IOException {
    String full = Files.readString(Path.of(JSON_LOG));
    Path log = write("cut.log", full.substring(0, full.length() - 200));
    CliRun r = CliRun.of("import", "--plan", PLAN, "--log", log.toString());
    assertThat(r.status()).isEqualTo(ExitCodes.OK);
    assertThat(r.out().split("\nimport \\{\n", -1)).hasSize(16);
    assertThat(r.errLines()).hasSize(2);
    assertThat(r.errLines().get(0)).startsWith("drift: warning: " + log + ":75:").endsWith("; an error reported on that line, if any, is not used");
    assertThat(r.errLines().get(1)).isEqualTo("drift: import: 15 to import, 0 already in the state, 0 unmatched errors");
  }

  @Test
  void aPlanGivenAsTheLogExitsOneWithAdvice() {
    CliRun r = CliRun.of("import", "--plan", PLAN, "--log", PLAN);
    assertThat(r.status()).isEqualTo(ExitCodes.ERROR);
    assertThat(r.errLines()).containsExactly("drift: " + PLAN + ": this is a plan (show -json), not the output of apply; give it as the plan");
  }

  @Test
  void aLogGivenAsThePlanExitsOne() {
    CliRun r = CliRun.of("import", "--plan", JSON_LOG, "--log", JSON_LOG);
    assertThat(r.status()).isEqualTo(ExitCodes.ERROR);
    assertThat(r.errLines()).singleElement().asString().startsWith("drift: " + JSON_LOG);
  }

  @Test
  void aHeldStateLockExitsOneWithTheRunbooksHint() throws IOException {
    Path log = write("locked.log", "╷\n│ Error: Error acquiring the state lock\n│ \n│ Error message: ConditionalCheckFailedException\n"
        + "│ Lock Info:\n│   ID:        6e8f1d2a-8a7b-1c3d-9e0f-1a2b3c4d5e6f\n│ \n╵\n");
    CliRun r = CliRun.of("import", "--plan", PLAN, "--log", log.toString());
    assertThat(r.status()).isEqualTo(ExitCodes.ERROR);
    assertThat(r.errLines())
        .containsExactly(
            "drift: import: nothing to import",
            "drift: " + log + ":2: state lock held: Error acquiring the state lock (lock ID 6e8f1d2a-8a7b-1c3d-9e0f-1a2b3c4d5e6f)"
                + " (hint: another run holds the state lock: wait for it to finish; if no run is active any more, release"
                + " the lock with force-unlock and the lock ID)");
  }

  @Test
  void aSopsFailureBeforeTerraformRanExitsOne() throws IOException {
    Path log = write("ci.log", "+ sops -d secrets.enc.yaml\nFailed to get the data key required to decrypt the SOPS file.\n");
    CliRun r = CliRun.of("import", "--plan", PLAN, "--log", log.toString());
    assertThat(r.status()).isEqualTo(ExitCodes.ERROR);
    assertThat(r.errLines().get(1)).startsWith("drift: " + log + ":2: SOPS decryption failed: ").contains("SOPS_AGE_KEY");
  }

  @Test
  void aSuccessfulApplyHasNothingToImport() throws IOException {
    Path log = write("ok.log", "aws_s3_bucket.b: Creating...\naws_s3_bucket.b: Creation complete after 1s [id=b]\n\n"
        + "Apply complete! Resources: 1 added, 0 changed, 0 destroyed.\n");
    CliRun r = CliRun.of("import", "--plan", PLAN, "--log", log.toString(), "--format", "sh");
    assertThat(r.status()).isEqualTo(ExitCodes.OK);
    assertThat(r.out()).startsWith("#!/bin/sh\n").doesNotContain("terraform import '");
    assertThat(r.errLines()).containsExactly("drift: import: nothing to import: the log has no \"already exists\" error");
  }

  @Test
  void usageErrorsExitOneWithOneLine() {
    assertThat(CliRun.of("import", "--plan", PLAN).errLines())
        .containsExactly("drift: import needs --plan PLAN and --log APPLY_LOG (try 'drift import --help')");
    assertThat(CliRun.of("import", "--plan", PLAN, "--log", JSON_LOG, "--format", "tf").errLines())
        .containsExactly("drift: import: --format must be hcl, sh or json, not 'tf'");
    assertThat(CliRun.of("import", "--plan", PLAN, "--log", JSON_LOG, "--aws-account-id", "12-34").errLines())
        .containsExactly("drift: import: --aws-account-id: an AWS account ID is 12 digits, not '12-34'");
    assertThat(CliRun.of("import", "--plan", "-", "--log", "-").errLines())
        .containsExactly("drift: import: only one of --plan and --log can be - (standard input)");
    assertThat(CliRun.of("import", "--plan", PLAN, "--log", JSON_LOG, "extra").status()).isEqualTo(ExitCodes.ERROR);
  }

  @Test
  void helpListsImportAndItsOptions() {
    assertThat(CliRun.of("--help").out()).containsPattern("(?m)^  import +turn apply's \"already exists\" errors into import blocks or commands$");
    assertThat(CliRun.of("import", "--help").out())
        .startsWith("Usage: drift import --plan PLAN --log APPLY_LOG [--format hcl|sh|json]")
        .contains("--aws-account-id ID")
        .contains("--tf-bin=BINARY");
  }
}
