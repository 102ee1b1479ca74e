package io.github.tfdrift.testkit.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tfdrift.core.model.Plan;
import io.github.tfdrift.testkit.PlanValidity;
import io.github.tfdrift.testkit.gen.EdgeCases;
import io.github.tfdrift.testkit.junit.BeforeTry;
import io.github.tfdrift.testkit.junit.PlanProperty;
import io.github.tfdrift.testkit.junit.Size;
import io.github.tfdrift.testkit.junit.WithoutEdgeCases;
import java.util.HashSet;
import java.util.Set;

// DOCS-BEGIN
class EdgeCasesExample {
  private final Set<String> ids = new HashSet<>();

  @BeforeTry
  void forgetTheLastTry() {
    ids.clear();
  }

  @PlanProperty(tries = 30, edgeCases = EdgeCases.FIRST)
  void everyPlanIsOneTerraformCouldWrite(Plan plan, @WithoutEdgeCases @Size(min = 1, max = 3) Plan ordinary) {
    assertThat(PlanValidity.problems(plan)).isEmpty();
    plan.resourceChanges().forEach(rc -> assertThat(ids.add(rc.id().toString())).as(rc.id().toString()).isTrue());
    assertThat(ordinary.resourceChanges()).isNotEmpty();
  }
}
// DOCS-END
