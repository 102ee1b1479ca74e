package io.github.tfdrift.testkit.properties;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tfdrift.testkit.PlanValidity;
import io.github.tfdrift.testkit.gen.Gen;
import io.github.tfdrift.testkit.junit.From;
import io.github.tfdrift.testkit.junit.PlanProperty;
import io.github.tfdrift.testkit.properties.DriftCases.Case;
import io.github.tfdrift.testkit.properties.DriftCases.Reformatted;

/** The plans of the classification properties' own generators are plans Terraform or OpenTofu could produce. */
class DriftCasesValidityTest {
  static Gen<Case> cases() {
    return DriftCases.cases(true);
  }

  static Gen<Reformatted> reformatted() {
    return DriftCases.reformatted();
  }

  static Gen<Case> secretCases() {
    return DriftCases.secretCases();
  }

  @PlanProperty(tries = 50)
  void casePlansAreValid(@From("cases") Case c) {
    assertThat(PlanValidity.problems(c.plan())).isEmpty();
  }

  @PlanProperty(tries = 50)
  void reformattedPlansAreValid(@From("reformatted") Reformatted r) {
    assertThat(PlanValidity.problems(r.base().plan())).isEmpty();
    assertThat(PlanValidity.problems(r.variant())).isEmpty();
  }

  @PlanProperty(tries = 50)
  void secretPlansAreValid(@From("secretCases") Case c) {
    assertThat(PlanValidity.problems(c.plan())).isEmpty();
  }
}
