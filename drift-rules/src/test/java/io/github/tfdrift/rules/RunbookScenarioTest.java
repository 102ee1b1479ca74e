package io.github.tfdrift.rules;

import io.github.tfdrift.rules.engine.DriftEngine;
import static io.github.tfdrift.rules.Plans.VM;
import static io.github.tfdrift.rules.Plans.plan;
import static io.github.tfdrift.rules.Plans.vm;
import static io.github.tfdrift.rules.Plans.vmChange;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tfdrift.core.model.Plan;
import io.github.tfdrift.rules.policy.Expectation;
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
    assertThat(e.procedure()).isEqualTo(Procedure.NO_ACTION);
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
    assertThat(e.procedure()).isEqualTo(Procedure.NO_ACTION);
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
    assertThat(e.procedure()).isEqualTo(Procedure.NO_ACTION);
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

  static Report memoryBump(String extraPolicy, LocalDate today) {
    Plan p = revertedDrift(vm(), vm(10240, 1, "[\"media\"]", 9000, KEYS));
    return DriftEngine.builder().policy(policy(EXPECTED_POLICY + extraPolicy)).withBuiltInRules().today(today).build().classify(p);
  }

  @Test
  void expectedMemoryBumpIsExpiringOnItsLastDayAndStillAccepted() {
    Report r = memoryBump(LocalDate.of(2026, 12, 31));
    assertThat(r.expiringExpectations()).extracting(x -> x.reason()).containsExactly("INC-42 emergency memory bump");
    assertThat(r.expiringExpectations().get(0).daysUntilExpiry(r.evaluationDate())).hasValue(0);
    assertThat(vmEntry(r).verdict()).isEqualTo(Verdict.EXPECTED);
    assertThat(r.exitCode()).isZero();
  }

  @Test
  void expectedMemoryBumpIsExpiringExactlyTheWarningDaysAhead() {
    Report r = memoryBump(LocalDate.of(2026, 12, 17));
    assertThat(r.expiringExpectations()).extracting(x -> x.reason()).containsExactly("INC-42 emergency memory bump");
    assertThat(r.expiringExpectations().get(0).daysUntilExpiry(r.evaluationDate())).hasValue(14);
    assertThat(r.exitCode()).isZero();
  }

  @Test
  void expectedMemoryBumpIsNotExpiringOneDayBeforeTheWindow() {
    Report r = memoryBump(LocalDate.of(2026, 12, 16));
    assertThat(r.expiringExpectations()).isEmpty();
    assertThat(vmEntry(r).verdict()).isEqualTo(Verdict.EXPECTED);
  }

  @Test
  void expectedMemoryBumpOnceExpiredIsOnlyExpired() {
    Report r = memoryBump(LocalDate.of(2027, 1, 1));
    assertThat(r.expiringExpectations()).isEmpty();
    assertThat(r.expiredExpectations()).extracting(x -> x.reason()).containsExactly("INC-42 emergency memory bump");
    assertThat(r.expiredExpectations().get(0).daysUntilExpiry(r.evaluationDate())).hasValue(-1);
  }

  @Test
  void expiryWarningDaysOfTheFileSetTheWindowAndZeroTurnsItOff() {
    assertThat(memoryBump("expiry_warning_days: 0\n", LocalDate.of(2026, 12, 31)).expiringExpectations()).isEmpty();
    assertThat(memoryBump("expiry_warning_days: 30\n", LocalDate.of(2026, 12, 1)).expiringExpectations()).hasSize(1);
    assertThat(memoryBump("expiry_warning_days: 30\n", LocalDate.of(2026, 11, 30)).expiringExpectations()).isEmpty();
    Report off = memoryBump("expiry_warning_days: 0\n", LocalDate.of(2026, 12, 31));
    Report on = memoryBump(LocalDate.of(2026, 12, 31));
    assertThat(off.exitCode()).isEqualTo(on.exitCode()).isZero();
    assertThat(off.entries()).isEqualTo(on.entries());
  }

  @Test
  void anExpiringExpectationThatMatchesNothingIsBothExpiringAndStaleInPolicyOrder() {
    String more =
        """
          - address: module.sonarr.proxmox_virtual_environment_vm.vm
            reason: "INC-44 matches nothing, expires soon"
            expires: 2026-12-20
          - address: module.radarr.proxmox_virtual_environment_vm.vm
            reason: "INC-45 expires later"
            expires: 2027-06-30
        """;
    Report r = memoryBump(more, LocalDate.of(2026, 12, 20));
    assertThat(r.expiringExpectations()).extracting(x -> x.reason())
        .containsExactly("INC-42 emergency memory bump", "INC-44 matches nothing, expires soon");
    assertThat(r.staleExpectations()).extracting(x -> x.reason())
        .containsExactly("INC-40, long resolved", "INC-44 matches nothing, expires soon", "INC-45 expires later");
    assertThat(r.exitCode()).isZero();
  }

  @Test
  void aPolicyBuiltInCodeHasTheDefaultWindowUnlessSet() {
    Plan p = revertedDrift(vm(), vm(10240, 1, "[\"media\"]", 9000, KEYS));
    Expectation x = Expectation.of(VM, java.util.List.of("memory"), "INC-42", LocalDate.of(2026, 11, 25));
    Policy byDefault = Policy.builder().addExpected(x).build();
    assertThat(byDefault.expiryWarningDays()).isEqualTo(Policy.DEFAULT_EXPIRY_WARNING_DAYS).isEqualTo(14);
    assertThat(classify(p, byDefault).expiringExpectations()).containsExactly(x);
    Policy twoDays = byDefault.toBuilder().expiryWarningDays(2).build();
    assertThat(twoDays.expiryWarningDays()).isEqualTo(2);
    assertThat(twoDays.toBuilder().build().expiryWarningDays()).isEqualTo(2);
    assertThat(classify(p, twoDays).expiringExpectations()).isEmpty();
    assertThat(classify(p, byDefault.toBuilder().expiryWarningDays(3).build()).expiringExpectations()).containsExactly(x);
    assertThatThrownBy(() -> Policy.builder().expiryWarningDays(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void daysUntilExpiryCountsToTheLastDayAndIsEmptyWithoutExpiry() {
    Expectation x = Expectation.of(VM, java.util.List.of("memory"), "INC-42", LocalDate.of(2026, 12, 31));
    assertThat(x.daysUntilExpiry(LocalDate.of(2026, 12, 1))).hasValue(30);
    assertThat(x.daysUntilExpiry(LocalDate.of(2027, 1, 31))).hasValue(-31);
    assertThat(x.isExpiringWithin(LocalDate.of(2026, 12, 31), 1)).isTrue();
    assertThat(x.isExpiringWithin(LocalDate.of(2026, 12, 31), 0)).isFalse();
    assertThat(x.isExpiringWithin(LocalDate.of(2027, 1, 1), 14)).isFalse();
    Expectation open = Expectation.of(VM, java.util.List.of("memory"), "INC-42", null);
    assertThat(open.daysUntilExpiry(LocalDate.of(2026, 12, 1))).isEmpty();
    assertThat(open.isExpiringWithin(LocalDate.of(2026, 12, 1), 365)).isFalse();
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
