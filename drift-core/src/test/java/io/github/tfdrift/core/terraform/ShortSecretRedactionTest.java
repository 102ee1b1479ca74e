package io.github.tfdrift.core.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tfdrift.core.Terraform;
import io.github.tfdrift.core.json.PlanReader;
import io.github.tfdrift.core.json.PlanWriter;
import io.github.tfdrift.core.model.Plan;
import io.github.tfdrift.core.model.ResourceChange;
import io.github.tfdrift.core.value.JsonValue;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sensitive value shorter than the search minimum, copied by Terraform into an attribute it does
 * not mark: {@code terraform_data}'s {@code output} mirrors {@code input}, and {@code
 * before_sensitive} marks only {@code input}. The redacted plan must not show it anywhere. Real
 * terraform plan; skips visibly when terraform is absent.
 */
class ShortSecretRedactionTest {
  private static final String PIN = "q7z";

  @TempDir Path dir;

  @Test
  void aThreeCharacterSecretCopiedIntoAnUnmarkedOutputIsMaskedWhenRedacted() {
    Terraform.assumeAvailable(1, 8);
    Terraform tf =
        Terraform.in(dir)
            .config(
                """
                variable "pin" {
                  type      = string
                  sensitive = true
                }
                resource "terraform_data" "pin" {
                  input = var.pin
                }
                """)
            .init()
            .apply("-var", "pin=" + PIN);
    Plan plan = PlanReader.create().read(tf.plan("-var", "pin=r8w"), "short-secret").get();
    ResourceChange rc = plan.resourceChanges().get(0);
    assertThat(rc.change().before().get("output"))
        .as("terraform copies the secret into output without marking it")
        .isEqualTo(JsonValue.of(PIN));
    assertThat(rc.change().beforeSensitive().get("output").equals(JsonValue.of(true))).isFalse();

    String redacted = PlanWriter.compact().redacting().toJson(plan);

    assertThat(redacted).doesNotContain(PIN).doesNotContain("r8w");
    assertThat(PlanReader.create().read(redacted).get().resourceChanges().get(0).change().actions())
        .isEqualTo(rc.change().actions());
  }
}
