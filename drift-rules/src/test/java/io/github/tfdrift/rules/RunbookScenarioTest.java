package io.github.tfdrift.rules;

import static io.github.tfdrift.rules.Plans.VM;
import static io.github.tfdrift.rules.Plans.plan;
import static io.github.tfdrift.rules.Plans.vm;
import static io.github.tfdrift.rules.Plans.vmChange;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tfdrift.core.model.Plan;
import io.github.tfdrift.rules.policy.IgnoreRule;
import io.github.tfdrift.rules.policy.Policy;
import io.github.tfdrift.rules.policy.PolicyReader;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The scenarios of the drift resolution runbook (seed 000), one expectation each. */
class RunbookScenarioTest {
  static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
  static final String KEYS = "[\"" + Plans.KEY + "\"]";

  static final String RUNBOOK_POLICY =
      """
      ignore_changes:
        - type: proxmox_virtual_environment_vm
          address: "module.*.proxmox_virtual_environment_vm.*"
          attributes: ["initialization[0].user_account[0].keys", "clone"]
      """;

  static Policy policy(String yaml) {
    return PolicyReader.read(yaml, "drift-policy.yaml").getOrElseThrow((x) -> new AssertionError(x.describe()));
  }

  static Report classify(Plan plan, Policy policy) {
    return DriftEngine.builder().policy(policy).withBuiltInRules().today(TODAY).build().classify(plan, "plan.json");
  }

  static ClassifiedEntry vmEntry(Report r) {
    return r.entry(VM).orElseThrow();
  }

  /** Drift from {@code before} to {@code actual}; the plan reverts it to {@code before}. */
  static Plan revertedDrift(String before, String actual) {
    return plan(vmChange("[\"update\"]", before, actual, ""), vmChange("[\"update\"]", actual, before, ""));
  }

  @Test
  void memoryChangedInProxmoxIsDriftToApply() {
    Report r = classify(revertedDrift(vm(), vm(10240, 1, "[\"media\"]", 9000, KEYS)), Policy.empty());
    ClassifiedEntry e = vmEntry(r);
    assertThat(e.verdict()).isEqualTo(Verdict.UPDATE);
    assertThat(e.procedure()).isEqualTo(Procedure.APPLY);
    assertThat(e.renderedPaths()).containsExactly("memory[0].dedicated");
    assertThat(e.ruleId()).isEqualTo("real-drift");
    assertThat(e.reason())
        .isEqualTo(
            "memory[0].dedicated changed outside OpenTofu (8192 → 10240); apply restores the configuration, or update the configuration to accept it.");
    assertThat(r.exitCode()).isEqualTo(2);
  }

  @Test
  void ignoreChangesAllMakesAnyDriftOnTheVmAFalsePositive() {
    Policy all = Policy.builder().addIgnore(IgnoreRule.of("proxmox_virtual_environment_vm", "*", "all")).build();
    Report r = classify(revertedDrift(vm(), vm(10240, 2, "[\"new-tag\"]", 9000, KEYS)), all);
    ClassifiedEntry e = vmEntry(r);
    assertThat(e.verdict()).isEqualTo(Verdict.IGNORED);
    assertThat(e.procedure()).isEqualTo(Procedure.NONE);
    assertThat(e.renderedPaths()).containsExactly("memory[0].dedicated", "startup[0].order", "tags[0]");
    assertThat(r.exitCode()).isZero();
  }

  @Test
  void ignoreChangesOnABlockCoversEverythingBelowIt() {
    Policy memory = Policy.builder().addIgnore(IgnoreRule.of("*", "module.*.proxmox_virtual_environment_vm.*", "memory")).build();
    ClassifiedEntry e = vmEntry(classify(revertedDrift(vm(), vm(10240, 1, "[\"media\"]", 9000, KEYS)), memory));
    assertThat(e.verdict()).isEqualTo(Verdict.IGNORED);
    assertThat(e.reason()).contains("memory[0].dedicated").contains("ignore_changes (memory)");
  }

  @Test
  void driftOutsideTheIgnoredAttributesIsStillDriftToApply() {
    Policy memory = Policy.builder().addIgnore(IgnoreRule.of("*", "*", "memory")).build();
    Report r = classify(revertedDrift(vm(), vm(10240, 2, "[\"media\"]", 9000, KEYS)), memory);
    ClassifiedEntry e = vmEntry(r);
    assertThat(e.verdict()).isEqualTo(Verdict.UPDATE);
    assertThat(e.procedure()).isEqualTo(Procedure.APPLY);
    assertThat(e.renderedPaths()).contains("startup[0].order");
    assertThat(r.exitCode()).isEqualTo(2);
  }

  @Test
  void ignoreChangesForAnotherAddressDoesNotApply() {
    Policy other = Policy.builder().addIgnore(IgnoreRule.of("*", "module.sonarr.*", "memory")).build();
    ClassifiedEntry e = vmEntry(classify(revertedDrift(vm(), vm(10240, 1, "[\"media\"]", 9000, KEYS)), other));
    assertThat(e.verdict()).isEqualTo(Verdict.UPDATE);
  }

  @Test
  void startupOrderChangedIsDriftToApply() {
    ClassifiedEntry e = vmEntry(classify(revertedDrift(vm(), vm(8192, 2, "[\"media\"]", 9000, KEYS)), Policy.empty()));
    assertThat(e.verdict()).isEqualTo(Verdict.UPDATE);
    assertThat(e.procedure()).isEqualTo(Procedure.APPLY);
    assertThat(e.renderedPaths()).containsExactly("startup[0].order");
  }

  @Test
  void tagsModifiedIsDriftOnTags() {
    ClassifiedEntry e =
        vmEntry(classify(revertedDrift(vm(8192, 1, "[\"old-tag\"]", 9000, KEYS), vm(8192, 1, "[\"new-tag\"]", 9000, KEYS)), Policy.empty()));
    assertThat(e.verdict()).isEqualTo(Verdict.UPDATE);
    assertThat(e.renderedPaths()).containsExactly("tags[0]");
    assertThat(e.procedure()).isEqualTo(Procedure.APPLY);
  }

  @Test
  void tagsModifiedIsAcceptedIntoConfigurationWhenThePolicyAcceptsTags() {
    Policy p = policy("accept:\n  - type: proxmox_virtual_environment_vm\n    attributes: [tags]\n");
    ClassifiedEntry e =
        vmEntry(classify(revertedDrift(vm(8192, 1, "[\"old-tag\"]", 9000, KEYS), vm(8192, 1, "[\"new-tag\"]", 9000, KEYS)), p));
    assertThat(e.verdict()).isEqualTo(Verdict.UPDATE);
    assertThat(e.procedure()).isEqualTo(Procedure.ACCEPT);
    assertThat(e.reason()).contains("update the configuration to match");
  }

  /** Scenario 4: the provider reformats the key (extra spaces, CRLF); the plan does not act (ignored). */
  static Plan sshKeyReformatted() {
    String reformatted = "[\"" + Plans.KEY.replace(" ", "  ") + "\\r\\n\"]";
    String actual = vm(8192, 1, "[\"media\"]", 9000, reformatted);
    return plan(vmChange("[\"update\"]", vm(), actual, ""), vmChange("[\"no-op\"]", actual, actual, ""));
  }

  @Test
  void sshKeyFormatChangeUnderIgnoreChangesIsFalsePositive() {
    Report r = classify(sshKeyReformatted(), policy(RUNBOOK_POLICY));
    ClassifiedEntry e = vmEntry(r);
    assertThat(e.verdict()).isEqualTo(Verdict.IGNORED);
    assertThat(e.procedure()).isEqualTo(Procedure.NONE);
    assertThat(e.ruleId()).isEqualTo("ignore-changes");
    assertThat(e.reason())
        .startsWith("Drift in initialization[0].user_account[0].keys[0] is covered by ignore_changes")
        .endsWith(": false positive, no action needed.");
    assertThat(r.exitCode()).isZero();
  }

  @Test
  void sshKeyFormatChangeWithoutPolicyIsCosmetic() {
    Report r = classify(sshKeyReformatted(), Policy.empty());
    ClassifiedEntry e = vmEntry(r);
    assertThat(e.verdict()).isEqualTo(Verdict.COSMETIC);
    assertThat(e.procedure()).isEqualTo(Procedure.NONE);
    assertThat(e.reason()).contains("SSH public key");
    assertThat(r.exitCode()).isZero();
  }

  static Plan goldenImageRotated() {
    String actual = vm(8192, 1, "[\"media\"]", 9001, KEYS);
    return plan(vmChange("[\"update\"]", vm(), actual, ""), vmChange("[\"no-op\"]", actual, actual, ""));
  }

  @Test
  void goldenImageRotationUnderIgnoreChangesIsFalsePositive() {
    ClassifiedEntry e = vmEntry(classify(goldenImageRotated(), policy(RUNBOOK_POLICY)));
    assertThat(e.verdict()).isEqualTo(Verdict.IGNORED);
    assertThat(e.renderedPaths()).containsExactly("clone[0].vm_id");
    assertThat(e.reason()).contains("ignore_changes (clone)");
  }

  @Test
  void goldenImageRotationNotActedOnIsIgnoredEvenWithoutPolicy() {
    ClassifiedEntry e = vmEntry(classify(goldenImageRotated(), Policy.empty()));
    assertThat(e.verdict()).isEqualTo(Verdict.IGNORED);
    assertThat(e.ruleId()).isEqualTo("drift-not-acted-on");
    assertThat(e.reason()).contains("the planned change is a no-op");
  }

  @Test
  void goldenImageRotationForcingReplacementIsStopEvenUnderIgnoreChanges() {
    String actual = vm(8192, 1, "[\"media\"]", 9001, KEYS);
    Plan p =
        plan(
            vmChange("[\"update\"]", vm(), actual, ""),
            vmChange("[\"delete\",\"create\"]", actual, vm(), "\"replace_paths\":[[\"clone\",0,\"vm_id\"]]")
                .replace("}}\n", "},\"action_reason\":\"replace_because_cannot_update\"}\n"));
    Report r = classify(p, policy(RUNBOOK_POLICY));
    ClassifiedEntry e = vmEntry(r);
    assertThat(e.verdict()).isEqualTo(Verdict.REPLACE);
    assertThat(e.procedure()).isEqualTo(Procedure.STOP);
    assertThat(e.renderedPaths()).containsExactly("clone[0].vm_id");
    assertThat(e.reason()).contains("covered by ignore_changes").contains("check lifecycle ignore_changes");
    assertThat(r.exitCode()).isEqualTo(3);
    assertThat(r.exitCode(ExitCodeMode.TERRAFORM)).isEqualTo(2);
  }

  @Test
  void vmDeletedOutsideIsRecreateWithDataLossWarning() {
    Plan p = plan(vmChange("[\"delete\"]", vm(), "null", ""), vmChange("[\"create\"]", "null", vm(), ""));
    Report r = classify(p, policy(RUNBOOK_POLICY));
    ClassifiedEntry e = vmEntry(r);
    assertThat(e.verdict()).isEqualTo(Verdict.RECREATE);
    assertThat(e.procedure()).isEqualTo(Procedure.STOP);
    assertThat(e.risk()).isEqualTo(Risk.CRITICAL);
    assertThat(e.warnings()).anyMatch(w -> w.contains("data loss") && w.contains("NFS storage is safe"));
    assertThat(r.exitCode()).isEqualTo(3);
  }

  static final String EXPECTED_POLICY =
      """
      expected:
        - address: module.jellyfin.proxmox_virtual_environment_vm.vm
          attributes: [memory]
          reason: "INC-42 emergency memory bump"
          expires: 2026-12-31
        - address: module.plex.proxmox_virtual_environment_vm.vm
          attributes: [memory]
          reason: "INC-40, long resolved"
      """;

  static Report memoryBump(LocalDate today) {
    Plan p = revertedDrift(vm(), vm(10240, 1, "[\"media\"]", 9000, KEYS));
    return DriftEngine.builder().policy(policy(EXPECTED_POLICY)).withBuiltInRules().today(today).build().classify(p);
  }

  @Test
  void expectedMemoryBumpIsAcceptedUntilItExpires() {
    Report r = memoryBump(LocalDate.of(2026, 12, 31));
    ClassifiedEntry e = vmEntry(r);
    assertThat(e.verdict()).isEqualTo(Verdict.EXPECTED);
    assertThat(e.procedure()).isEqualTo(Procedure.ACCEPT);
    assertThat(e.reason()).contains("INC-42 emergency memory bump").contains("2026-12-31");
    assertThat(r.exitCode()).isZero();
    assertThat(r.expiredExpectations()).isEmpty();
  }

  @Test
  void expectedMemoryBumpIsDriftAgainAfterExpiry() {
    Report r = memoryBump(LocalDate.of(2027, 1, 1));
    assertThat(vmEntry(r).verdict()).isEqualTo(Verdict.UPDATE);
    assertThat(r.expiredExpectations()).extracting(x -> x.reason()).containsExactly("INC-42 emergency memory bump");
    assertThat(r.exitCode()).isEqualTo(2);
  }

  @Test
  void expectationsThatMatchNothingAreStale() {
    Report r = memoryBump(LocalDate.of(2026, 12, 1));
    assertThat(r.staleExpectations()).extracting(x -> x.reason()).containsExactly("INC-40, long resolved");
  }

  @Test
  void expectedDriftOutranksIgnoredAndCosmetic() {
    String actual = vm(10240, 1, "[\"media\"]", 9001, KEYS);
    Plan p =
        plan(
            vmChange("[\"update\"]", vm(), actual, ""),
            vmChange("[\"update\"]", actual, vm(8192, 1, "[\"media\"]", 9001, KEYS), ""));
    Policy pol = policy(RUNBOOK_POLICY + EXPECTED_POLICY);
    ClassifiedEntry e = vmEntry(classify(p, pol));
    assertThat(e.verdict()).isEqualTo(Verdict.EXPECTED);
    assertThat(e.findings()).extracting(Finding::verdict).contains(Verdict.IGNORED);
  }
}
