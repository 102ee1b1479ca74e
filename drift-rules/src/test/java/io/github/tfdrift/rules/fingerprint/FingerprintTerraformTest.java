package io.github.tfdrift.rules.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tfdrift.core.Terraform;
import io.github.tfdrift.core.json.PlanReader;
import io.github.tfdrift.core.model.Plan;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fingerprints and comparisons of plans made by the real terraform (the built-in terraform_data
 * resource, offline). Skipped, visibly, when terraform is not on the PATH.
 */
class FingerprintTerraformTest {
  private static final String CONFIG =
      """
      variable "doc" {
        type    = string
        default = "{\\"Version\\": \\"2012-10-17\\", \\"Statement\\": [{\\"Effect\\": \\"Allow\\", \\"Action\\": \\"s3:GetObject\\"}]}"
      }
      variable "name" {
        type    = string
        default = "app"
      }
      variable "password" {
        type      = string
        sensitive = true
        default   = "Hunter2-x9Q-zulu"
      }
      resource "terraform_data" "policy" { input = var.doc }
      resource "terraform_data" "app" { input = { name = var.name, size = 10 } }
      resource "terraform_data" "db" { input = var.password }
      output "name" { value = terraform_data.app.output }
      """;

  @TempDir Path dir;

  @BeforeEach
  void needsTerraform() {
    Terraform.assumeAvailable();
  }

  private Plan plan(String... flags) {
    byte[] json = Terraform.in(dir).plan(flags);
    return PlanReader.create().read(json, "plan.json").getOrElseThrow(e -> new AssertionError(e.describe()));
  }

  private Terraform configured() {
    return Terraform.in(dir).config(CONFIG).init();
  }

  @Test
  void planningTheSameConfigurationTwiceGivesTheSameFingerprint() throws InterruptedException {
    configured();
    Plan first = plan();
    Thread.sleep(1_100); // terraform's timestamp has a resolution of one second
    Plan second = plan();
    assertThat(first.timestamp()).isNotEqualTo(second.timestamp());
    assertThat(PlanFingerprint.of(second)).isEqualTo(PlanFingerprint.of(first));
    assertThat(PlanComparison.of(first, second).isSame()).isTrue();
  }

  @Test
  void changingAnInputChangesTheFingerprintAndTheComparisonNamesThePath() {
    configured();
    Plan approved = plan();
    Plan applied = plan("-var", "name=web");
    assertThat(PlanFingerprint.of(applied)).isNotEqualTo(PlanFingerprint.of(approved));
    PlanComparison c = PlanComparison.of(approved, applied);
    assertThat(c.isSame()).isFalse();
    assertThat(c.differences())
        .extracting(PlanComparison.Difference::describe)
        .containsExactly("terraform_data.app: different planned values at input.name");
  }

  @Test
  void aJsonDocumentReformattedOnlyKeepsTheFingerprint() {
    configured();
    Plan approved = plan();
    String reformatted =
        "{\"Statement\":[{\"Action\":\"s3:GetObject\",\"Effect\":\"Allow\"}],\n  \"Version\":\"2012-10-17\"}";
    Plan applied = plan("-var", "doc=" + reformatted);
    assertThat(applied.resourceChanges().stream().filter(rc -> rc.address().equals("terraform_data.policy")).findFirst().orElseThrow().change().after())
        .as("terraform plans the re-formatted text")
        .isNotEqualTo(approved.resourceChanges().stream().filter(rc -> rc.address().equals("terraform_data.policy")).findFirst().orElseThrow().change().after());
    assertThat(PlanFingerprint.of(applied)).isEqualTo(PlanFingerprint.of(approved));
  }

  @Test
  void aJsonDocumentWithAnotherValueChangesTheFingerprint() {
    configured();
    Plan approved = plan();
    Plan applied = plan("-var", "doc={\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Deny\",\"Action\":\"s3:GetObject\"}]}");
    assertThat(PlanFingerprint.of(applied)).isNotEqualTo(PlanFingerprint.of(approved));
    assertThat(PlanComparison.of(approved, applied).differences())
        .extracting(PlanComparison.Difference::describe)
        .containsExactly("terraform_data.policy: different planned values at input");
  }

  @Test
  void aChangedSecretChangesTheFingerprintAndIsNeverPrinted() {
    configured();
    Plan approved = plan();
    Plan applied = plan("-var", "password=Other-p4ss-kilo");
    PlanFingerprint a = PlanFingerprint.of(approved);
    PlanFingerprint b = PlanFingerprint.of(applied);
    assertThat(b).isNotEqualTo(a);
    PlanComparison c = PlanComparison.of(approved, applied);
    assertThat(c.differences())
        .extracting(PlanComparison.Difference::describe)
        .containsExactly("terraform_data.db: different planned values at input (sensitive)");
    String everything = a + " " + b + " " + c + " " + c.differences();
    assertThat(everything).doesNotContain("Hunter2").doesNotContain("x9Q").doesNotContain("Other-p4ss").doesNotContain("kilo");
  }

  @Test
  void anAppliedPlanWithAnotherResourceAndActionIsListedPerAddress() {
    configured().apply();
    Plan approved = plan("-var", "name=web");
    Terraform.in(dir).config(CONFIG.replace("resource \"terraform_data\" \"db\" { input = var.password }\n", "")
        + "resource \"terraform_data\" \"extra\" { input = \"x\" }\n");
    Plan applied = plan();
    PlanComparison c = PlanComparison.of(approved, applied);
    assertThat(c.differences())
        .extracting(PlanComparison.Difference::describe)
        .containsExactly(
            "terraform_data.app: removed change: [update] is only in the approved plan",
            "terraform_data.db: added change: [delete] is only in the applied plan",
            "terraform_data.extra: added change: [create] is only in the applied plan",
            "output.name: removed change: [update] is only in the approved plan");
    assertThat(c.approved()).isNotEqualTo(c.applied());
  }
}
