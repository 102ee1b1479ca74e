package io.github.tfdrift.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tfdrift.core.model.ImmutableChange;
import io.github.tfdrift.core.model.ImmutablePlan;
import io.github.tfdrift.core.model.ImmutableResourceChange;
import io.github.tfdrift.core.model.Plan;
import io.github.tfdrift.core.model.ResourceChange;
import io.github.tfdrift.core.value.JsonValue;
import io.github.tfdrift.testkit.builder.Json;
import io.github.tfdrift.testkit.builder.Plans;
import org.junit.jupiter.api.Test;

/** What {@link PlanValidity} rejects: plans no Terraform or OpenTofu run could write. */
class PlanValidityTest {

  static Plan update() {
    return Plans.plan().resource("aws_s3_bucket.a").update().before(Json.obj("acl", "private")).after(Json.obj("acl", "public-read")).build();
  }

  static Plan withChange(Plan plan, ResourceChange rc) {
    return ImmutablePlan.copyOf(plan).withResourceChanges(rc);
  }

  @Test
  void aBuiltPlanIsValid() {
    assertThat(PlanValidity.problems(update())).isEmpty();
  }

  @Test
  void anUnkeyedAndACountedInstanceOfOneResourceDisagree() {
    Plan plan =
        Plans.plan().resource("aws_s3_bucket.a").create().after(Json.obj("acl", "private"))
            .resource("aws_s3_bucket.a[0]").create().after(Json.obj("acl", "private")).build();
    assertThat(PlanValidity.problems(plan))
        .contains("instance keys of aws_s3_bucket.a disagree: no key (aws_s3_bucket.a) and count indexes (aws_s3_bucket.a[0])");
  }

  @Test
  void anInstanceDeletedBecauseItsRepetitionChangedMayKeepItsOldKey() {
    Plan plan =
        Plans.plan().resource("aws_s3_bucket.a").delete().before(Json.obj("acl", "private")).reason("delete_because_wrong_repetition")
            .resource("aws_s3_bucket.a[0]").create().after(Json.obj("acl", "private")).build();
    assertThat(PlanValidity.problems(plan)).noneMatch(p -> p.startsWith("instance keys"));
  }

  @Test
  void moduleInstancesOfOneCallDisagree() {
    Plan plan =
        Plans.plan().resource("module.net.aws_s3_bucket.a").create().after(Json.obj())
            .resource("module.net[\"x\"].aws_s3_bucket.b").create().after(Json.obj()).build();
    assertThat(PlanValidity.problems(plan)).anyMatch(p -> p.startsWith("instance keys of the module call module.net disagree"));
  }

  @Test
  void aCreateWithABeforeDisagreesWithItsActions() {
    Plan plan = Plans.plan().resource("aws_s3_bucket.a").create().after(Json.obj("acl", "private")).build();
    ResourceChange rc = plan.resourceChanges().get(0);
    ResourceChange bad = ImmutableResourceChange.copyOf(rc).withChange(ImmutableChange.copyOf(rc.change()).withBefore(Json.obj("acl", "old")));
    assertThat(PlanValidity.problems(withChange(plan, bad)))
        .contains("resource_changes aws_s3_bucket.a: actions [create] disagree with the values: a create has no before and an after");
  }

  @Test
  void aBeforeThatPriorStateDoesNotHoldIsReported() {
    Plan plan = update();
    ResourceChange rc = plan.resourceChanges().get(0);
    ResourceChange other = ImmutableResourceChange.copyOf(rc).withChange(ImmutableChange.copyOf(rc.change()).withBefore(Json.obj("acl", "log-delivery-write")));
    assertThat(PlanValidity.problems(withChange(plan, other))).contains("prior_state of aws_s3_bucket.a differs from its change's before");
  }

  @Test
  void aCountedAddressNeedsCountInItsConfiguration() {
    Plan counted = Plans.plan().resource("aws_s3_bucket.a[0]").create().after(Json.obj()).build();
    Plan unkeyed = Plans.plan().resource("aws_s3_bucket.a").create().after(Json.obj()).build();
    Plan mixed = ImmutablePlan.copyOf(counted).withConfiguration(unkeyed.configuration());
    assertThat(PlanValidity.problems(mixed))
        .contains("the resource block of aws_s3_bucket.a[0] has neither count nor for_each, but the address has count indexes (count)");
    assertThat(PlanValidity.problems(counted)).isEmpty();
  }

  @Test
  void masksThatDoNotMirrorTheirValuesAreReported() {
    Plan plan = update();
    ResourceChange rc = plan.resourceChanges().get(0);
    ResourceChange bad =
        ImmutableResourceChange.copyOf(rc).withChange(ImmutableChange.copyOf(rc.change()).withAfterSensitive(Json.obj("policy", JsonValue.of(true))));
    assertThat(PlanValidity.problems(withChange(plan, bad))).anyMatch(p -> p.contains("after_sensitive") && p.contains("policy"));
  }

  @Test
  void anActionRunByAnEventOfAChangedResourceIsValid() {
    Plan plan = Plans.plan().resource("aws_s3_bucket.a").create().after(Json.obj("acl", "private")).and()
        .action("action.aws_lambda_invoke.notify").triggeredBy("aws_s3_bucket.a", "AfterCreate")
        .action("action.aws_lambda_invoke.now").deferred("deferred_prereq").build();
    assertThat(PlanValidity.problems(plan)).isEmpty();
  }

  @Test
  void anActionTriggeredByAResourceThePlanDoesNotChangeIsInvalid() {
    Plan plan = Plans.plan().resource("aws_s3_bucket.a").create().after(Json.obj("acl", "private")).and()
        .action("action.aws_lambda_invoke.notify").triggeredBy("aws_s3_bucket.b", "AfterCreate").build();
    assertThat(PlanValidity.problems(plan))
        .containsExactly("action invocation action.aws_lambda_invoke.notify: its lifecycle trigger names aws_s3_bucket.b, which the plan does not change");
  }

  @Test
  void anActionEventThatDoesNotHappenToItsResourceIsInvalid() {
    Plan plan = Plans.plan().resource("aws_s3_bucket.a").create().after(Json.obj("acl", "private")).and()
        .action("action.aws_lambda_invoke.notify").triggeredBy("aws_s3_bucket.a", "BeforeUpdate").deferred("deferred_prereq").build();
    assertThat(PlanValidity.problems(plan))
        .containsExactly("action invocation action.aws_lambda_invoke.notify: event BeforeUpdate does not happen to aws_s3_bucket.a, whose change is CREATE");
  }
}
