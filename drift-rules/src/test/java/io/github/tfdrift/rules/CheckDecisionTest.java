package io.github.tfdrift.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tfdrift.core.json.PlanReader;
import io.github.tfdrift.core.model.CheckStatus;
import io.github.tfdrift.core.model.Plan;
import io.github.tfdrift.rules.engine.DriftEngine;
import io.github.tfdrift.rules.policy.Policy;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Checks ({@code checks}) and the plan's {@code complete}/{@code applyable} in the report: a failed
 * or errored check makes the decision at least actionable unless the policy says {@code checks:
 * {fail_run: false}}; unknown checks are reported only. The plans are Terraform 1.11's JSON form
 * (drift-report's CheckReportTest runs the real terraform).
 */
class CheckDecisionTest {
  static Plan plan(String checks, String flags) {
    String json =
        """
        {"format_version":"1.2","terraform_version":"1.11.4","planned_values":{"root_module":{}},"resource_changes":[],
         "checks":[%s],"configuration":{"root_module":{}},"timestamp":"2026-12-03T00:00:00Z",%s"errored":false}
        """
            .formatted(checks, flags);
    return PlanReader.create().read(json, "checks.json").getOrElseThrow(e -> new AssertionError(e.describe()));
  }

  static String check(String name, String status, String message) {
    return """
        {"address":{"kind":"check","name":"%1$s","to_display":"check.%1$s"},"status":"%2$s",
         "instances":[{"address":{"to_display":"check.%1$s"},"status":"%2$s","problems":[{"message":"%3$s"}]}]}
        """
        .formatted(name, status, message);
  }

  static Report classify(Plan p, Policy policy) {
    return DriftEngine.builder().withBuiltInRules().policy(policy).today(LocalDate.of(2026, 12, 3)).build().classify(p, "checks.json");
  }

  @Test
  void aFailedCheckMakesTheRunActionable() {
    Report r = classify(plan(check("health", "fail", "web is down"), ""), Policy.empty());

    assertThat(r.checks()).containsExactly(new CheckResult("check.health", "check", CheckStatus.FAIL, java.util.List.of("web is down")));
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.planStatus("terraform")).containsExactly("1 check failed; the run is at least actionable.");
  }

  @Test
  void anErroredCheckMakesTheRunActionableToo() {
    assertThat(classify(plan(check("health", "error", "cannot evaluate"), ""), Policy.empty()).exitCode()).isEqualTo(2);
  }

  @Test
  void anUnknownCheckIsReportedButLeavesTheDecision() {
    Report r = classify(plan(check("health", "unknown", "x"), ""), Policy.empty());

    assertThat(r.checks()).hasSize(1);
    assertThat(r.exitCode()).isZero();
  }

  @Test
  void aPassingCheckIsNotReported() {
    assertThat(classify(plan(check("health", "pass", "x"), ""), Policy.empty()).checks()).isEmpty();
  }

  @Test
  void checksFailRunFalseReportsFailedChecksOnly() {
    Report r = classify(plan(check("health", "fail", "web is down"), ""), Policy.builder().checksFailRun(false).build());

    assertThat(r.failedChecks()).hasSize(1);
    assertThat(r.exitCode()).isZero();
    assertThat(r.planStatus("terraform")).containsExactly("1 check failed (reported only: the policy says checks: {fail_run: false}).");
  }

  @Test
  void anIncompletePlanSaysSo() {
    Report r = classify(plan("", "\"applyable\":true,\"complete\":false,"), Policy.empty());

    assertThat(r.complete()).isFalse();
    assertThat(r.planStatus("terraform"))
        .containsExactly("The plan is incomplete (complete: false): after applying it, plan and apply again (targeted or deferred changes remain).");
  }

  @Test
  void aPlanWithNothingToDoIsNotFlaggedAsNotApplyable() {
    Report r = classify(plan("", "\"applyable\":false,\"complete\":true,"), Policy.empty());

    assertThat(r.applyable()).isFalse();
    assertThat(r.planStatus("terraform")).isEmpty();
  }
}
