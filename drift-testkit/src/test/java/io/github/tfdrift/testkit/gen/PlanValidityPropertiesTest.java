package io.github.tfdrift.testkit.gen;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tfdrift.core.model.ImmutablePlan;
import io.github.tfdrift.core.model.Plan;
import io.github.tfdrift.testkit.PlanValidity;
import io.github.tfdrift.testkit.junit.From;
import io.github.tfdrift.testkit.junit.PlanProperty;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every plan generator of the testkit makes plans Terraform or OpenTofu could produce. */
class PlanValidityPropertiesTest {

  static Gen<Plan> smallPlans() {
    return PlanGens.plans(3);
  }

  @PlanProperty(tries = 300)
  void plansAreValid(Plan plan) {
    assertThat(PlanValidity.problems(plan)).isEmpty();
  }

  @PlanProperty(tries = 200)
  void smallPlansAreValid(@From("smallPlans") Plan plan) {
    assertThat(PlanValidity.problems(plan)).isEmpty();
  }

  static Gen<Plan> plansWithActionInvocations() {
    return PlanGens.plansWithActionInvocations(6, 3);
  }

  @PlanProperty(tries = 100)
  void plansWithActionInvocationsAreValid(@From("plansWithActionInvocations") Plan plan) {
    assertThat(PlanValidity.problems(plan)).isEmpty();
    assertThat(plan.actionInvocations().size() + (plan.deferredActionInvocations() instanceof io.github.tfdrift.core.value.JsonValue.Arr a ? a.size() : 0)).isBetween(1, 3);
  }

  @PlanProperty(tries = 20, edgeCases = EdgeCases.FIRST)
  void plansAreValidFromTheirEdgeCasesOn(Plan plan) {
    assertThat(PlanValidity.problems(plan)).isEmpty();
  }

  @TestFactory
  Stream<DynamicTest> everyPlanEdgeCaseGeneratesValidPlans() {
    return PlanGens.planEdgeCases().stream()
        .map(ec -> DynamicTest.dynamicTest(ec.name(), () ->
            Property.forAll(ec.gen()).named(ec.name()).tries(40).verify(plan -> assertThat(PlanValidity.problems(plan)).isEmpty())));
  }

  @Test
  void resourceChangesAndDriftEntriesAgreeWithTheirValues() {
    Property.forAll(PlanGens.resourceChanges()).tries(200).verify(rc -> {
      Plan plan = ImmutablePlan.builder().formatVersion("1.2").addResourceChanges(rc).build();
      assertThat(PlanValidity.problems(plan)).isEmpty();
    });
  }
}
