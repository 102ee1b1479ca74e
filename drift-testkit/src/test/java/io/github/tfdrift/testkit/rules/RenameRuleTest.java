package io.github.tfdrift.testkit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tfdrift.core.model.ActionReason;
import io.github.tfdrift.core.model.InstanceId;
import io.github.tfdrift.core.model.Plan;
import io.github.tfdrift.rules.ClassifiedEntry;
import io.github.tfdrift.rules.engine.DriftEngine;
import io.github.tfdrift.rules.Finding;
import io.github.tfdrift.rules.Procedure;
import io.github.tfdrift.rules.Report;
import io.github.tfdrift.rules.Risk;
import io.github.tfdrift.rules.SuggestedMove;
import io.github.tfdrift.rules.Verdict;
import io.github.tfdrift.rules.builtin.RenameRule;
import io.github.tfdrift.testkit.builder.Json;
import io.github.tfdrift.testkit.builder.PlanBuilder;
import io.github.tfdrift.testkit.builder.Plans;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The built-in rename rule on built plans: IAM policies whose documents differ only in formatting. */
class RenameRuleTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
  private static final String OLD = "aws_iam_policy.readonly";
  private static final String NEW = "module.iam.aws_iam_policy.this[\"readonly\"]";
  private static final String COMPACT =
      "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":[\"s3:GetObject\",\"s3:ListBucket\"],\"Resource\":\"*\"}]}";
  private static final String INDENTED =
      "{\n  \"Statement\": [\n    {\n      \"Action\": [\n        \"s3:GetObject\",\n        \"s3:ListBucket\"\n      ],\n"
          + "      \"Effect\": \"Allow\",\n      \"Resource\": \"*\"\n    }\n  ],\n  \"Version\": \"2012-10-17\"\n}";

  /** The policy moved into a module: its document re-indented by jsonencode, everything else equal. */
  private static PlanBuilder moved(String newDocument) {
    PlanBuilder p = Plans.plan();
    p.resource(OLD)
        .delete()
        .reason(ActionReason.DELETE_BECAUSE_NO_RESOURCE_CONFIG)
        .before(Json.obj("arn", "arn:aws:iam::123456789012:policy/readonly", "id", "arn:aws:iam::123456789012:policy/readonly",
            "name", "readonly", "path", "/", "description", "Read the buckets", "policy", COMPACT, "policy_id", "ANPA0000", "tags", null));
    p.resource(NEW)
        .create()
        .after(Json.obj("name", "readonly", "path", "/", "description", "Read the buckets", "policy", newDocument, "tags", null))
        .unknown("arn", "id", "policy_id", "tags_all");
    return p;
  }

  @Test
  void aPolicyMovedIntoAModuleWithAReformattedDocumentIsARenameOnBothEntries() {
    String warning = "Looks like a rename of " + OLD + " to " + NEW + ": add `moved { from = " + OLD + " to = " + NEW + " }`";
    RuleTester.forRule(new RenameRule())
        .given(moved(INDENTED))
        .on(TODAY)
        .expectFinding(OLD).withVerdict(Verdict.DELETE).withRisk(Risk.HIGH).withProcedure(Procedure.STOP).withNoPaths().withWarningContaining(warning)
        .and()
        .expectFinding(NEW).withVerdict(Verdict.CREATE).withRisk(Risk.LOW).withProcedure(Procedure.APPLY).withWarningContaining(warning)
        .and()
        .expectNoOtherFindings()
        .verify();
  }

  @Test
  void theFindingsCarryTheBlockWithTheComparedAttributes() {
    Map<InstanceId, List<Finding>> findings = RuleTester.forRule(new RenameRule()).given(moved(INDENTED)).on(TODAY).findings();
    SuggestedMove m = findings.get(InstanceId.of(OLD)).get(0).suggestedMove().orElseThrow();
    assertThat(m.attributes()).containsExactly("description", "name", "path", "policy");
    assertThat(m.block()).isEqualTo("moved {\n  from = aws_iam_policy.readonly\n  to   = module.iam.aws_iam_policy.this[\"readonly\"]\n}\n");
    assertThat(findings.get(InstanceId.of(NEW)).get(0).suggestedMove()).contains(m);
  }

  @Test
  void theEngineKeepsDeleteAndCreateAndShowsTheSuggestionOnTheEntries() {
    Plan plan = moved(INDENTED).build();
    Report r = DriftEngine.builder().withBuiltInRules().today(TODAY).build().classify(plan);
    ClassifiedEntry old = r.entry(OLD).orElseThrow();
    assertThat(old.verdict()).isEqualTo(Verdict.DELETE);
    assertThat(old.ruleId()).isEqualTo("destructive-change");
    assertThat(old.suggestedMove().map(SuggestedMove::to)).contains(NEW);
    assertThat(r.entry(NEW).orElseThrow().verdict()).isEqualTo(Verdict.CREATE);
    assertThat(r.entry(NEW).orElseThrow().suggestedMove()).isEqualTo(old.suggestedMove());
    assertThat(r.exitCode()).isEqualTo(3);
  }

  @Test
  void aDocumentThatGrantsMoreIsNoRename() {
    RuleTester.forRule(new RenameRule()).given(moved(INDENTED.replace("s3:ListBucket", "s3:PutObject"))).on(TODAY).expectNoFindings().verify();
  }
}
