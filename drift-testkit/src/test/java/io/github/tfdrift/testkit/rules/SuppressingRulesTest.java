package io.github.tfdrift.testkit.rules;

import static io.github.tfdrift.testkit.DriftAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tfdrift.core.model.ChangeKind;
import io.github.tfdrift.core.model.Plan;
import io.github.tfdrift.rules.engine.DriftEngine;
import io.github.tfdrift.rules.Finding;
import io.github.tfdrift.rules.Report;
import io.github.tfdrift.rules.Verdict;
import io.github.tfdrift.rules.spi.EntryFacts;
import io.github.tfdrift.rules.spi.PlanContext;
import io.github.tfdrift.rules.spi.Rule;
import io.github.tfdrift.testkit.builder.Json;
import io.github.tfdrift.testkit.builder.Plans;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The testkit speaks about suppressing and escalating rules: RuleTester and the entry assertions. */
class SuppressingRulesTest {
  static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

  /** Renaming a bucket's name tag is noise; making it public is a STOP. */
  static final Rule BUCKETS =
      new Rule() {
        public String id() {
          return "buckets";
        }

        public String summary() {
          return "Bucket renames are ignored; public buckets stop.";
        }

        public List<Finding> evaluate(EntryFacts e, PlanContext ctx) {
          if (!e.type().equals("aws_s3_bucket") || e.plannedKind() != ChangeKind.UPDATE) {
            return List.of();
          }
          if (e.plannedTouches(io.github.tfdrift.core.address.AttributePath.parse("acl").get())) {
            return List.of(Finding.escalate(e.address() + " becomes public.").build());
          }
          return List.of(Finding.suppress(Verdict.IGNORED, e.address() + " only changes its name.").build());
        }
      };

  static Plan buckets() {
    return Plans.plan()
        .resource("aws_s3_bucket.public").update().before(Json.obj("acl", "private", "bucket", "p")).after(Json.obj("acl", "public-read", "bucket", "p"))
        .resource("aws_s3_bucket.renamed").update().before(Json.obj("acl", "private", "bucket", "x")).after(Json.obj("acl", "private", "bucket", "y"))
        .build();
  }

  static Report classify() {
    return DriftEngine.builder().withBuiltInRules().addRule(BUCKETS).today(TODAY).build().classify(buckets());
  }

  @Test
  void ruleTesterExpectsASuppressionAndAnEscalation() {
    RuleTester.forRule(BUCKETS)
        .given(buckets())
        .on(TODAY)
        .expectFinding("aws_s3_bucket.renamed").asSuppression(Verdict.IGNORED).withReasonContaining("only changes its name")
        .and().expectFinding("aws_s3_bucket.public").asEscalation().withReasonContaining("becomes public")
        .and().expectNoOtherFindings().verify();
  }

  @Test
  void ruleTesterTellsAProposalFromASuppression() {
    assertThatThrownBy(() -> RuleTester.forRule(BUCKETS).given(buckets()).on(TODAY)
            .expectFinding("aws_s3_bucket.public").asSuppression(Verdict.IGNORED).verify())
        .hasMessageContaining("an escalation, not a suppression")
        .hasMessageContaining("escalation NO_CHANGE / HIGH / STOP");
  }

  @Test
  void entryAssertionsNameTheSuppressingAndTheEscalatingRule() {
    Report r = classify();
    assertThat(r).entry("aws_s3_bucket.renamed").hasVerdict(Verdict.IGNORED).isSuppressedBy("buckets");
    assertThat(r).entry("aws_s3_bucket.public").hasVerdict(Verdict.UPDATE).isEscalatedBy("buckets");
    assertThat(r).hasExitCode(3);
  }

  @Test
  void anEntryThatIsNotSuppressedFailsWithItsFindings() {
    assertThatThrownBy(() -> assertThat(classify()).entry("aws_s3_bucket.public").isSuppressedBy("buckets"))
        .hasMessageContaining("to be suppressed by buckets, but it is UPDATE / STOP")
        .hasMessageContaining("buckets escalation NO_CHANGE");
    assertThatThrownBy(() -> assertThat(classify()).entry("aws_s3_bucket.renamed").isEscalatedBy("buckets"))
        .hasMessageContaining("to be escalated to STOP by buckets, but it is IGNORED / NO_ACTION");
  }
}
