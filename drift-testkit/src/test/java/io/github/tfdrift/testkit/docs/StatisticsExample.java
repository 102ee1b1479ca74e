package io.github.tfdrift.testkit.docs;

import static io.github.tfdrift.testkit.DriftAssertions.assertThat;

import io.github.tfdrift.core.model.Plan;
import io.github.tfdrift.core.model.ResourceChange;
import io.github.tfdrift.rules.Report;
import io.github.tfdrift.rules.Verdict;
import io.github.tfdrift.rules.engine.DriftEngine;
import io.github.tfdrift.testkit.gen.Statistics;
import io.github.tfdrift.testkit.junit.PlanProperty;

// DOCS-BEGIN
class StatisticsExample {
  @PlanProperty(tries = 200)
  void destructiveChangesAreNeverQuiet(Plan plan) {
    Statistics.cover(5.0, plan.resourceChanges().stream().anyMatch(rc -> rc.kind().isReplace()), "plan has a replacement");
    Statistics.label(plan.resourceChanges().isEmpty() ? "empty plan" : "plan with changes");
    Statistics.collect(plan.producer().tool());
    Report report = DriftEngine.builder().withBuiltInRules().build().classify(plan, "plan.json");
    for (ResourceChange rc : plan.resourceChanges()) {
      if (rc.kind().isDestructive()) {
        assertThat(report.entry(rc.id()).orElseThrow()).isAtLeast(Verdict.REPLACE);
      }
    }
  }
}
// DOCS-END
