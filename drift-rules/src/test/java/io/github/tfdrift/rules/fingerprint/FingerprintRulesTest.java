package io.github.tfdrift.rules.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tfdrift.core.json.PlanReader;
import io.github.tfdrift.core.model.Plan;
import org.junit.jupiter.api.Test;

/**
 * What the fingerprint counts and what it ignores, one rule per test, on plans in the JSON form
 * terraform writes.
 */
class FingerprintRulesTest {
  private static final String KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHb1nF3xkOQk8c2pW7sLq9vRj0dZyT4mEuXaB6oC5hGi admin@host";

  /** A plan with one resource change of terraform_data.x; {@code change} is the JSON of its change object. */
  private static Plan plan(String header, String change) {
    String json =
        "{\"format_version\":\"1.2\"," + header + "\"resource_changes\":[{\"address\":\"terraform_data.x\",\"mode\":\"managed\","
            + "\"type\":\"terraform_data\",\"name\":\"x\",\"provider_name\":\"terraform.io/builtin/terraform\",\"change\":" + change + "}]}";
    return PlanReader.create().read(json, "plan.json").getOrElseThrow(e -> new AssertionError(e.describe()));
  }

  private static Plan plan(String change) {
    return plan("\"terraform_version\":\"1.11.0\",\"timestamp\":\"2026-01-01T00:00:00Z\",", change);
  }

  private static String update(String after) {
    return "{\"actions\":[\"update\"],\"before\":{\"input\":\"old\"},\"after\":" + after + ",\"after_unknown\":{},"
        + "\"before_sensitive\":{},\"after_sensitive\":{}}";
  }

  private static PlanFingerprint print(Plan p) {
    return PlanFingerprint.of(p);
  }

  @Test
  void timestampAndTerraformVersionDoNotCount() {
    String change = update("{\"input\":\"new\"}");
    Plan a = plan("\"terraform_version\":\"1.11.0\",\"timestamp\":\"2026-01-01T00:00:00Z\",", change);
    Plan b = plan("\"terraform_version\":\"1.11.4\",\"timestamp\":\"2026-03-09T12:30:00Z\",", change);
    assertThat(print(b)).isEqualTo(print(a));
  }

  @Test
  void keyOrderAndNumberSpellingDoNotCount() {
    Plan a = plan(update("{\"input\":{\"a\":1,\"b\":[1.50,2]}}"));
    Plan b = plan(update("{\"input\":{\"b\":[1.5,2e0],\"a\":1.0}}"));
    assertThat(print(b)).isEqualTo(print(a));
  }

  @Test
  void aNullMemberEqualsAMissingOne() {
    assertThat(print(plan(update("{\"input\":\"new\",\"triggers_replace\":null}")))).isEqualTo(print(plan(update("{\"input\":\"new\"}"))));
  }

  @Test
  void anSshKeyWithOtherWhitespaceKeepsTheFingerprint() {
    Plan a = plan(update("{\"input\":\"" + KEY + "\"}"));
    Plan b = plan(update("{\"input\":\"  " + KEY.replace(" ", "   ") + "\\n\"}"));
    assertThat(print(b)).isEqualTo(print(a));
  }

  @Test
  void aValueKnownOnlyAfterApplyDiffersFromAKnownOne() {
    Plan known = plan(update("{\"input\":\"new\",\"output\":\"new\"}"));
    Plan unknown = plan("{\"actions\":[\"update\"],\"before\":{\"input\":\"old\"},\"after\":{\"input\":\"new\"},\"after_unknown\":{\"output\":true}}");
    assertThat(print(unknown)).isNotEqualTo(print(known));
    assertThat(PlanComparison.of(known, unknown).differences())
        .extracting(PlanComparison.Difference::describe)
        .containsExactly("terraform_data.x: different planned values at output");
  }

  @Test
  void theBeforeValueDoesNotCount() {
    Plan a = plan(update("{\"input\":\"new\"}"));
    Plan b = plan(update("{\"input\":\"new\"}").replace("\"before\":{\"input\":\"old\"}", "\"before\":{\"input\":\"drifted\"}"));
    assertThat(print(b)).isEqualTo(print(a));
  }

  @Test
  void otherActionsOrReplacePathsCount() {
    Plan updated = plan(update("{\"input\":\"new\"}"));
    Plan replaced =
        plan("{\"actions\":[\"delete\",\"create\"],\"before\":{\"input\":\"old\"},\"after\":{\"input\":\"new\"},\"replace_paths\":[[\"input\"]]}");
    assertThat(print(replaced)).isNotEqualTo(print(updated));
    assertThat(PlanComparison.of(updated, replaced).differences())
        .extracting(PlanComparison.Difference::describe)
        .containsExactly(
            "terraform_data.x: different actions: [update] approved, [delete, create] applied",
            "terraform_data.x: different attributes forcing replacement: input");
  }

  @Test
  void aNoOpChangeDoesNotCountButAnImportDoes() {
    Plan empty = PlanReader.create().read("{\"format_version\":\"1.2\",\"resource_changes\":[]}", "p").get();
    Plan noop = plan("{\"actions\":[\"no-op\"],\"before\":{\"input\":\"a\"},\"after\":{\"input\":\"a\"}}");
    Plan imported = plan("{\"actions\":[\"no-op\"],\"before\":{\"input\":\"a\"},\"after\":{\"input\":\"a\"},\"importing\":{\"id\":\"i-1\"}}");
    assertThat(print(noop)).isEqualTo(print(empty));
    assertThat(print(imported)).isNotEqualTo(print(empty));
    assertThat(print(imported).resourceChanges()).isEqualTo(1);
  }
}
