package io.github.tfdrift.rules;

import static io.github.tfdrift.rules.Plans.rc;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tfdrift.rules.policy.Policy;
import org.junit.jupiter.api.Test;

/**
 * The explanation each built-in rule gives for the entries it decides: the rule that decided and the
 * reason a report prints, which say more than the verdict (why an object is forgotten, which
 * attributes the configuration changes, which actions are unknown).
 */
class BuiltInReasonsTest {
  private static final String OBJ = "{\"ami\":\"ami-1\",\"tags\":{\"Team\":\"ops\"}}";

  private static ClassifiedEntry only(String change) {
    return CheckDecisionTest.classify(Plans.plan("", change), Policy.empty()).entries().get(0);
  }

  /** A forget of {@code aws_instance.kept} with Terraform's (or OpenTofu's) {@code action_reason}. */
  private static String forget(String actionReason) {
    return rc("aws_instance.kept", "aws_instance", "[\"forget\"]", OBJ, "null", "")
        .replaceFirst("\"change\":", "\"action_reason\":\"" + actionReason + "\",\"change\":");
  }

  @Test
  void anObjectForgottenBecauseOfItsConfigurationSaysSo() {
    ClassifiedEntry e =
        only(forget("forgot_because_lifecycle_destroy_in_config"));

    assertThat(e.reason())
        .isEqualTo("aws_instance.kept will be removed from state without being destroyed (lifecycle destroy = false in the configuration); the object keeps running, unmanaged.");
  }

  @Test
  void anObjectForgottenBecauseOfItsStateSaysSo() {
    ClassifiedEntry e =
        only(forget("forgot_because_lifecycle_destroy_in_state"));

    assertThat(e.reason()).contains("(destroy = false recorded in state)");
  }

  @Test
  void anObjectForgottenByARemovedBlockSaysSo() {
    ClassifiedEntry e = only(rc("aws_instance.kept", "aws_instance", "[\"forget\"]", OBJ, "null", ""));

    assertThat(e.reason()).contains("(a removed block with destroy = false)");
  }

  @Test
  void aNoOpIsDecidedByTheNoChangeRule() {
    ClassifiedEntry e = only(rc("aws_instance.web", "aws_instance", "[\"no-op\"]", OBJ, OBJ, ""));

    assertThat(e.ruleId()).isEqualTo("no-change");
  }

  @Test
  void aConfigurationDrivenUpdateNamesTheAttributeItChanges() {
    ClassifiedEntry e =
        only(rc("aws_instance.web", "aws_instance", "[\"update\"]", OBJ, "{\"ami\":\"ami-2\",\"tags\":{\"Team\":\"ops\"}}", ""));

    assertThat(e.reason()).startsWith("The configuration changes ami").endsWith("; apply updates aws_instance.web in place.");
  }

  @Test
  void anUpdateWithoutAttributeDifferenceSaysThePlanShowsNone() {
    ClassifiedEntry e = only(rc("aws_instance.web", "aws_instance", "[\"update\"]", OBJ, OBJ, ""));

    assertThat(e.reason()).isEqualTo("aws_instance.web will be updated in place; the plan shows no attribute difference.");
  }

  @Test
  void actionsThisVersionDoesNotKnowAreNamedInTheReason() {
    ClassifiedEntry e = only(rc("aws_instance.web", "aws_instance", "[\"teleport\"]", OBJ, OBJ, ""));

    assertThat(e.reason()).contains("has actions this version does not know (").contains("teleport").endsWith("review the plan before applying.");
  }

  @Test
  void aCreateIsDecidedByThePlannedChangeRule() {
    ClassifiedEntry e = only(rc("aws_instance.web", "aws_instance", "[\"create\"]", "null", OBJ, ""));

    assertThat(e.ruleId()).isEqualTo("planned-change");
  }

  /** A replacement of {@code aws_instance.web} (ami-1 to ami-2) with the given {@code action_reason}. */
  private static ClassifiedEntry replaced(String actionReason) {
    return only(
        rc("aws_instance.web", "aws_instance", "[\"delete\",\"create\"]", OBJ, "{\"ami\":\"ami-2\",\"tags\":{\"Team\":\"ops\"}}", "")
            .replaceFirst("\"change\":", "\"action_reason\":\"" + actionReason + "\",\"change\":"));
  }

  @Test
  void theReplacementOfATaintedObjectSaysItIsTainted() {
    assertThat(replaced("replace_because_tainted").reason()).contains(" because the object is tainted");
  }

  @Test
  void aReplacementRequestedWithDashReplaceSaysSo() {
    assertThat(replaced("replace_by_request").reason()).contains(" because replacement was requested (-replace)");
  }

  @Test
  void aReplacementTriggeredByAnotherResourceSaysSo() {
    assertThat(replaced("replace_by_triggers").reason()).contains(" because lifecycle replace_triggered_by fired");
  }

  @Test
  void aReplacementForcedByAnAttributeNamesIt() {
    ClassifiedEntry e =
        only(rc("aws_instance.web", "aws_instance", "[\"delete\",\"create\"]", OBJ, "{\"ami\":\"ami-2\",\"tags\":{\"Team\":\"ops\"}}", "\"replace_paths\":[[\"ami\"]]"));

    assertThat(e.reason()).contains(" because ami forces replacement");
  }

  @Test
  void aConfigurationUpdateOfASensitiveAttributeIsMediumRisk() {
    String before = "{\"password\":\"old-password-1\",\"ami\":\"ami-1\"}";
    String after = "{\"password\":\"new-password-2\",\"ami\":\"ami-1\"}";
    String change =
        rc("aws_db_instance.db", "aws_db_instance", "[\"update\"]", before, after, "")
            .replace("\"before_sensitive\":{}", "\"before_sensitive\":{\"password\":true}")
            .replace("\"after_sensitive\":{}", "\"after_sensitive\":{\"password\":true}");

    assertThat(only(change).risk()).isEqualTo(Risk.MEDIUM);
  }

  @Test
  void anUpdateOfManyAttributesListsFourAndCountsTheRest() {
    String before = "{\"a\":1,\"b\":1,\"c\":1,\"d\":1,\"e\":1,\"f\":1}";
    String after = "{\"a\":2,\"b\":2,\"c\":2,\"d\":2,\"e\":2,\"f\":2}";

    assertThat(only(rc("aws_instance.web", "aws_instance", "[\"update\"]", before, after, "")).reason())
        .isEqualTo("The configuration changes a (1 → 2), b (1 → 2), c (1 → 2), d (1 → 2) and 2 more; apply updates aws_instance.web in place.");
  }
}
