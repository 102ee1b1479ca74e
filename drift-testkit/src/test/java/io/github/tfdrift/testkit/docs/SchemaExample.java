package io.github.tfdrift.testkit.docs;

import static io.github.tfdrift.testkit.DriftAssertions.assertThat;

import io.github.tfdrift.core.model.Plan;
import io.github.tfdrift.rules.Report;
import io.github.tfdrift.rules.engine.DriftEngine;
import io.github.tfdrift.testkit.gen.Gen;
import io.github.tfdrift.testkit.gen.SchemaGens;
import io.github.tfdrift.testkit.junit.From;
import io.github.tfdrift.testkit.junit.PlanProperty;
import io.github.tfdrift.testkit.schema.ProviderSchemas;

// DOCS-BEGIN
class SchemaExample {
  static Gen<Plan> awsPlans() {
    return SchemaGens.plans(ProviderSchemas.awsExcerpt(), 4);
  }

  @PlanProperty(tries = 100)
  void noSensitiveAttributeReachesAReport(@From("awsPlans") Plan plan) {
    Report report = DriftEngine.builder().withBuiltInRules().build().classify(plan, "plan.json");
    assertThat(report).revealsNoSensitiveValueOf(plan);
  }
}
// DOCS-END
