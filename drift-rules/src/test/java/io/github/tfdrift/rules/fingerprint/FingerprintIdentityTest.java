package io.github.tfdrift.rules.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.tfdrift.core.json.PlanReader;
import io.github.tfdrift.core.model.Plan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Planned identities count (Terraform 1.12+): on the corpus plan of terraform-json's {@code identity}
 * test data (a {@code corner_user_identity} updated in place and imported by identity, {@code
 * after_identity} {@code {"email": …}}).
 */
class FingerprintIdentityTest {
  private static final String PLAN = "hashicorp__terraform-json/testdata__identity__plan.json";

  private static String corpusPlan() throws IOException {
    String prop = System.getProperty("tfdrift.corpus", "../shared/corpus");
    Path file = Path.of(prop).resolve(PLAN);
    assumeTrue(Files.isRegularFile(file), "corpus absent: skipped");
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  private static Plan read(String json) {
    return PlanReader.create().read(json, "plan.json").getOrElseThrow(e -> new AssertionError(e.describe()));
  }

  /** The plan with the change's {@code after_identity} email replaced. */
  private static String withPlannedEmail(String json, String email) {
    String changed = json.replaceFirst("(\"after_identity\":\\s*\\{\\s*\"email\":\\s*)\"a@example.com\"", "$1\"" + email + "\"");
    assertThat(changed).isNotEqualTo(json);
    return changed;
  }

  @Test
  void anotherPlannedIdentityIsAnotherFingerprint() throws IOException {
    String json = corpusPlan();

    assertThat(PlanFingerprint.of(read(withPlannedEmail(json, "b@example.com")))).isNotEqualTo(PlanFingerprint.of(read(json)));
  }

  @Test
  void theComparisonNamesTheIdentityAttributeThatDiffers() throws IOException {
    String json = corpusPlan();

    PlanComparison c = PlanComparison.of(read(json), read(withPlannedEmail(json, "b@example.com")));

    assertThat(c.differences()).extracting(PlanComparison.Difference::describe)
        .containsExactly("corner_user_identity.user: different identity at email");
  }

  @Test
  void anIdentityOnlyInOnePlanIsADifference() throws IOException {
    String json = corpusPlan();
    String without = json.replace("\"after_identity\"", "\"after_identity_not_written\"");

    PlanComparison c = PlanComparison.of(read(json), read(without));

    assertThat(c.differences()).extracting(PlanComparison.Difference::kind).containsExactly(PlanComparison.Difference.Kind.IDENTITY);
  }

  @Test
  void thePriorIdentityDoesNotCount() throws IOException {
    String json = corpusPlan();
    String otherBefore = json.replaceFirst("(\"before_identity\":\\s*\\{\\s*\"email\":\\s*)\"a@example.com\"", "$1\"old@example.com\"");
    assertThat(otherBefore).isNotEqualTo(json);

    assertThat(PlanFingerprint.of(read(otherBefore))).isEqualTo(PlanFingerprint.of(read(json)));
  }
}
