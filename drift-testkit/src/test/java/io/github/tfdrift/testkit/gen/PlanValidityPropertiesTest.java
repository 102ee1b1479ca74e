package io.github.tfdrift.testkit.gen;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tfdrift.core.model.Plan;
import io.github.tfdrift.testkit.PlanValidity;
import io.github.tfdrift.testkit.junit.From;
import io.github.tfdrift.testkit.junit.PlanProperty;

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
}
