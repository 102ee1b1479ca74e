package io.github.tfdrift.rules;

import io.github.tfdrift.rules.engine.DriftEngine;
import static io.github.tfdrift.rules.Plans.rc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tfdrift.core.model.Plan;
import io.github.tfdrift.rules.builtin.BuiltInRules;
import io.github.tfdrift.rules.examples.LastScannedIsCosmetic;
import io.github.tfdrift.rules.examples.S3AclPublicIsStop;
import io.github.tfdrift.rules.policy.Policy;
import io.github.tfdrift.rules.policy.PolicyReader;
import io.github.tfdrift.rules.spi.EntryFacts;
import io.github.tfdrift.rules.spi.PlanContext;
import io.github.tfdrift.rules.spi.Rule;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rules that suppress and escalate: precedence, never-downgrade, the policy switch (docs/rules.md). */
class SuppressionAndEscalationTest {
  static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
  static final String BUCKET = "aws_s3_bucket.logs";

  static String bucket(String acl, String scanned) {
    return """
        {"bucket":"logs","acl":"%s","tags":{"Team":"ops","LastScanned":"%s"},"tags_all":{"Team":"ops","LastScanned":"%s"}}"""
        .formatted(acl, scanned, scanned);
  }

  /** The scanner rewrote LastScanned outside Terraform, and the plan updates the bucket to the configuration. */
  static Plan bucketPlan(String actions, String configuredAcl, String actualAcl) {
    String actual = bucket(actualAcl, "2026-11-21");
    String configured = bucket(configuredAcl, "2026-11-01");
    return Plans.plan(
        rc(BUCKET, "aws_s3_bucket", "[\"update\"]", bucket(actualAcl, "2026-11-01"), actual, ""),
        rc(BUCKET, "aws_s3_bucket", actions, actual, configured, ""));
  }

  static Report classify(Plan plan, Policy policy, Rule... rules) {
    DriftEngine.Builder b = DriftEngine.builder().withBuiltInRules().policy(policy).today(TODAY);
    for (Rule r : rules) {
      b.addRule(r);
    }
    return b.build().classify(plan);
  }

  static Report classify(Plan plan, Rule... rules) {
    return classify(plan, Policy.empty(), rules);
  }

  static ClassifiedEntry bucketEntry(Report r) {
    return r.entry(BUCKET).orElseThrow();
  }

  /** A rule that suppresses every entry as a whole. */
  static final class HushEverything implements Rule {
    public String id() {
      return "hush-everything";
    }

    public String summary() {
      return "Suppresses everything.";
    }

    public List<Finding> evaluate(EntryFacts e, PlanContext ctx) {
      return List.of(Finding.suppress(Verdict.IGNORED, "nothing to see").build());
    }
  }

  @Test
  void aChangeOnlyToLastScannedIsCosmeticAndExitsZero() {
    Report r = classify(bucketPlan("[\"update\"]", "private", "private"), new LastScannedIsCosmetic());
    ClassifiedEntry e = bucketEntry(r);

    assertThat(e.verdict()).isEqualTo(Verdict.COSMETIC);
    assertThat(e.procedure()).isEqualTo(Procedure.NO_ACTION);
    assertThat(e.ruleId()).isEqualTo("lastscanned-is-cosmetic");
    assertThat(e.reason()).contains("written by the nightly scanner");
    assertThat(e.suppression()).isPresent();
    assertThat(e.suppressedVerdict()).contains(Verdict.UPDATE);
    assertThat(r.suppressed()).containsExactly(e);
    assertThat(r.exitCode()).isZero();
  }

  @Test
  void withoutTheRuleTheSameChangeIsAnUpdate() {
    Report r = classify(bucketPlan("[\"update\"]", "private", "private"));
    assertThat(bucketEntry(r).verdict()).isEqualTo(Verdict.UPDATE);
    assertThat(r.exitCode()).isEqualTo(2);
  }

  @Test
  void anotherChangedPathStillCountsAndTheEntryStaysAnUpdate() {
    Report r = classify(bucketPlan("[\"update\"]", "private", "log-delivery-write"), new LastScannedIsCosmetic());
    ClassifiedEntry e = bucketEntry(r);

    assertThat(e.verdict()).isEqualTo(Verdict.UPDATE);
    assertThat(e.suppression()).isEmpty();
    assertThat(e.findings()).anyMatch(f -> f.isSuppression() && f.ruleId().equals("lastscanned-is-cosmetic"));
    assertThat(r.exitCode()).isEqualTo(2);
  }

  @Test
  void aReplacementIsNeverSuppressed() {
    Report r = classify(bucketPlan("[\"delete\",\"create\"]", "private", "private"), new LastScannedIsCosmetic(), new HushEverything());
    ClassifiedEntry e = bucketEntry(r);

    assertThat(e.verdict()).isEqualTo(Verdict.REPLACE);
    assertThat(e.procedure()).isEqualTo(Procedure.STOP);
    assertThat(e.suppression()).isEmpty();
    assertThat(r.exitCode()).isEqualTo(3);
  }

  @Test
  void aWholeEntrySuppressionLowersACreate() {
    Plan p = Plans.plan("", rc("aws_s3_bucket.new", "aws_s3_bucket", "[\"create\"]", "null", bucket("private", "x"), ""));
    Report r = classify(p, new HushEverything());

    assertThat(r.entry("aws_s3_bucket.new").orElseThrow().verdict()).isEqualTo(Verdict.IGNORED);
    assertThat(r.entry("aws_s3_bucket.new").orElseThrow().suppressedVerdict()).contains(Verdict.CREATE);
    assertThat(r.exitCode()).isZero();
  }

  @Test
  void aPublicAclKeepsTheUpdateButStops() {
    Report r = classify(bucketPlan("[\"update\"]", "public-read", "private"), new S3AclPublicIsStop());
    ClassifiedEntry e = bucketEntry(r);

    assertThat(e.verdict()).isEqualTo(Verdict.UPDATE);
    assertThat(e.procedure()).isEqualTo(Procedure.STOP);
    assertThat(e.risk()).isEqualTo(Risk.CRITICAL);
    assertThat(e.isEscalated()).isTrue();
    assertThat(e.escalation().orElseThrow().ruleId()).isEqualTo("s3-acl-public-is-stop");
    assertThat(e.decision()).isEqualTo(Decision.DESTRUCTIVE);
    assertThat(r.escalated()).containsExactly(e);
    assertThat(r.destructive()).isEmpty();
    assertThat(r.exitCode()).isEqualTo(3);
    assertThat(r.exitCode(ExitCodeMode.TERRAFORM)).isEqualTo(2);
  }

  @Test
  void anEscalationBlocksEverySuppression() {
    Report r = classify(bucketPlan("[\"update\"]", "public-read", "private"), new S3AclPublicIsStop(), new HushEverything());
    ClassifiedEntry e = bucketEntry(r);

    assertThat(e.verdict()).isEqualTo(Verdict.UPDATE);
    assertThat(e.suppression()).isEmpty();
    assertThat(e.procedure()).isEqualTo(Procedure.STOP);
    assertThat(r.exitCode()).isEqualTo(3);
  }

  @Test
  void thePolicyCanForbidSuppressionByPluginRules() {
    Policy strict = PolicyReader.read("rules:\n  allow_plugin_suppression: false\n", "drift-policy.yaml").get();
    Report r = classify(bucketPlan("[\"update\"]", "private", "private"), strict, new LastScannedIsCosmetic());
    ClassifiedEntry e = bucketEntry(r);

    assertThat(e.verdict()).isEqualTo(Verdict.UPDATE);
    assertThat(e.suppression()).isEmpty();
    assertThat(e.findings()).anyMatch(f -> f.isSuppression() && f.ruleId().equals("lastscanned-is-cosmetic"));
    assertThat(r.exitCode()).isEqualTo(2);
  }

  @Test
  void onlyTheShippedRulesAreBuiltIn() {
    assertThat(BuiltInRules.all()).allMatch(BuiltInRules::isBuiltIn);
    assertThat(BuiltInRules.isBuiltIn(new LastScannedIsCosmetic())).isFalse();
  }

  @Test
  void aSuppressionIsOnlyIgnoredCosmeticOrExpected() {
    assertThatThrownBy(() -> Finding.suppress(Verdict.UPDATE, "no")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Finding.suppress(Verdict.COSMETIC, "no").procedure(Procedure.STOP).build()).isInstanceOf(IllegalArgumentException.class);
    assertThat(Finding.suppress(Verdict.EXPECTED, "ok").build()).extracting(Finding::risk, Finding::procedure).containsExactly(Risk.LOW, Procedure.ACCEPT);
  }

  @Test
  void anEscalationIsAStopOfAtLeastMediumRisk() {
    assertThatThrownBy(() -> Finding.escalate("no").risk(Risk.LOW).build()).isInstanceOf(IllegalArgumentException.class);
    assertThat(Finding.escalate("yes").build()).extracting(Finding::verdict, Finding::risk, Finding::procedure)
        .containsExactly(Verdict.NO_CHANGE, Risk.HIGH, Procedure.STOP);
  }

  @Test
  void theBuilderLeavesTheRuleIdToTheEngine() {
    Finding f = Finding.propose(Verdict.UPDATE, "x").build();
    assertThat(f.ruleId()).isEmpty();
    assertThat(f).extracting(Finding::kind, Finding::risk, Finding::procedure).containsExactly(FindingKind.PROPOSAL, Risk.LOW, Procedure.APPLY);
    Report r = classify(bucketPlan("[\"update\"]", "public-read", "private"), new S3AclPublicIsStop());
    assertThat(bucketEntry(r).findings()).allMatch(x -> !x.ruleId().isEmpty());
  }
}
