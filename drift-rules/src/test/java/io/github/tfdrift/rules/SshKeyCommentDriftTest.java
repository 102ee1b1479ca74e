package io.github.tfdrift.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tfdrift.rules.policy.Policy;
import org.junit.jupiter.api.Test;

/**
 * The comment of an SSH public key is part of the key as far as drift goes: a provider that only
 * reformats a key makes a cosmetic change (runbook scenario 4), but a comment edited outside
 * Terraform is real drift that apply reverts.
 */
class SshKeyCommentDriftTest {
  @Test
  void aKeyCommentChangedOutsideTerraformIsRealDriftNotCosmetic() {
    String edited = "[\"" + Plans.KEY.replace("admin@jellybuntu", "root@jellybuntu") + "\"]";
    ClassifiedEntry e =
        RunbookScenarioTest.vmEntry(
            RunbookScenarioTest.classify(
                RunbookScenarioTest.revertedDrift(Plans.vm(), Plans.vm(8192, 1, "[\"media\"]", 9000, edited)), Policy.empty()));

    assertThat(e.verdict()).isEqualTo(Verdict.UPDATE);
  }
}
