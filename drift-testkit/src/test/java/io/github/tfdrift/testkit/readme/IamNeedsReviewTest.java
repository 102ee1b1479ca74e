package io.github.tfdrift.testkit.readme;

import static io.github.tfdrift.rules.Risk.HIGH;
import static io.github.tfdrift.rules.Verdict.UPDATE;

import io.github.tfdrift.core.model.ChangeKind;
import io.github.tfdrift.core.model.Plan;
import io.github.tfdrift.rules.Finding;
import io.github.tfdrift.rules.spi.EntryFacts;
import io.github.tfdrift.rules.spi.PlanContext;
import io.github.tfdrift.rules.spi.Rule;
import io.github.tfdrift.testkit.builder.Json;
import io.github.tfdrift.testkit.builder.Plans;
import io.github.tfdrift.testkit.junit.PlanProperty;
import io.github.tfdrift.testkit.rules.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The testkit example of the README, compiled and run so it cannot rot (see {@link ReadmeExampleTest}). */
// README-BEGIN
class IamNeedsReviewTest {
  /** A custom rule: a change to an IAM role needs a security review. */
  static final class IamNeedsReview implements Rule {
    public String id() { return "iam-needs-review"; }
    public String summary() { return "Changes to IAM roles need a security review."; }
    public List<Finding> evaluate(EntryFacts e, PlanContext ctx) {
      if (!e.type().equals("aws_iam_role") || e.plannedKind() != ChangeKind.UPDATE) return List.of();
      return List.of(Finding.propose(UPDATE, e.address() + " changes an IAM role: get a security review.").risk(HIGH).build());
    }
  }

  @Test
  void iamRoleUpdateNeedsReview() {
    RuleTester.forRule(new IamNeedsReview())
        .given(Plans.plan()
            .resource("aws_iam_role.x").update().before(Json.obj("name", "x")).after(Json.obj("name", "y"))
            .resource("aws_s3_bucket.b").update().before(Json.obj("acl", "private")).after(Json.obj("acl", "public-read")))
        .expectFinding("aws_iam_role.x").withVerdict(UPDATE).withRisk(HIGH)
        .and().expectNoFindingFor("aws_s3_bucket.b").expectNoOtherFindings().verify();
  }

  @PlanProperty(tries = 200)
  void flagsEveryIamRoleUpdateAndNothingElse(Plan plan) {
    RuleTester tester = RuleTester.forRule(new IamNeedsReview()).given(plan);
    plan.resourceChanges().stream().filter(rc -> rc.type().equals("aws_iam_role") && rc.kind() == ChangeKind.UPDATE)
        .forEach(rc -> tester.expectFinding(rc.id()).withRisk(HIGH));
    tester.expectNoOtherFindings().verify();
  }
}
// README-END
