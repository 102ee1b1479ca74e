package io.github.tfdrift.core.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tfdrift.core.Terraform;
import io.github.tfdrift.core.json.PlanReader;
import io.github.tfdrift.core.model.Plan;
import io.github.tfdrift.core.read.PlanError;
import io.vavr.control.Either;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files that terraform writes and people feed to plan readers by mistake: the binary plan, a state
 * shown as JSON, the raw state file, the UI log stream, {@code validate -json} output and the empty
 * state. Each is made by the real binary and each is rejected with its own kind, without echoing the
 * secret the configuration holds.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TerraformLookAlikesTest {
  private static final String SECRET = "s3cr3t-Wq8-terraform";
  private static final PlanReader READER = PlanReader.create();

  @TempDir static Path root;
  private Terraform tf;

  @BeforeAll
  void applyOnce() {
    Terraform.assumeAvailable(1, 8);
    tf =
        Terraform.in(root.resolve("applied"))
            .config(
                """
                variable "password" {
                  type      = string
                  sensitive = true
                  default   = "%s"
                }
                resource "terraform_data" "db" {
                  input = var.password
                }
                """
                    .formatted(SECRET))
            .init()
            .apply();
  }

  private static PlanError rejected(Either<PlanError, Plan> read) {
    assertThat(read.isLeft()).as("rejected").isTrue();
    PlanError e = read.getLeft();
    assertThat(e.describe()).doesNotContain(SECRET);
    return e;
  }

  @Test
  void binaryPlanFileIsRecognised() {
    tf.run("plan", "-input=false", "-no-color", "-out=tfplan", "-var", "password=" + SECRET + "-2").orFail();
    PlanError e = rejected(READER.read(tf.dir().resolve("tfplan")));
    assertThat(e.kind()).isEqualTo(PlanError.Kind.BINARY_PLAN);
    assertThat(e.describe()).startsWith(tf.dir().resolve("tfplan").toString() + ": ");
  }

  @Test
  void stateShownAsJsonIsAStateFile() {
    byte[] state = tf.run("show", "-json", "-no-color").orFail().stdout();
    assertThat(new String(state, StandardCharsets.UTF_8)).contains(SECRET);
    assertThat(rejected(READER.read(state, "state.json")).kind()).isEqualTo(PlanError.Kind.STATE_FILE);
  }

  @Test
  void rawTerraformStateFileIsAStateFile() {
    Path tfstate = tf.dir().resolve("terraform.tfstate");
    assertThat(tfstate).exists();
    PlanError e = rejected(READER.read(tfstate));
    assertThat(e.kind()).isEqualTo(PlanError.Kind.STATE_FILE);
    assertThat(e.message()).contains("terraform.tfstate");
  }

  @Test
  void planJsonLogStreamIsAUiStream() {
    byte[] stream =
        tf.run("plan", "-json", "-input=false", "-var", "password=" + SECRET + "-3").orFail().stdout();
    assertThat(new String(stream, StandardCharsets.UTF_8).lines().count()).isGreaterThan(2);
    assertThat(rejected(READER.read(stream, "plan.log")).kind()).isEqualTo(PlanError.Kind.UI_STREAM);
  }

  @Test
  void validateJsonOutputIsRecognised() {
    byte[] out = tf.run("validate", "-json", "-no-color").orFail().stdout();
    assertThat(rejected(READER.read(out, "validate.json")).kind()).isEqualTo(PlanError.Kind.VALIDATE_OUTPUT);
  }

  @Test
  void failedValidationWithTheSecretInItsSnippetIsRecognisedWithoutEchoingIt() throws Exception {
    Terraform broken =
        Terraform.in(root.resolve("broken"))
            .config("resource \"terraform_data\" \"x\" {\n  password = \"" + SECRET + "\"\n}\n")
            .init();
    Terraform.Result r = broken.run("validate", "-json", "-no-color");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.out()).contains(SECRET);
    Path file = Files.write(root.resolve("validate.json"), r.stdout());
    assertThat(rejected(READER.read(file)).kind()).isEqualTo(PlanError.Kind.VALIDATE_OUTPUT);
  }

  @Test
  void showJsonWithoutStateIsAnEmptyStateNotAnEmptyPlan() {
    byte[] empty =
        Terraform.in(root.resolve("empty")).run("show", "-json", "-no-color").orFail().stdout();
    PlanError e = rejected(READER.read(empty, "plan.json"));
    assertThat(e.kind()).isEqualTo(PlanError.Kind.STATE_FILE);
    assertThat(e.message()).contains("empty state");
  }
}
