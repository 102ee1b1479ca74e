package io.github.tfdrift.testkit;

import static io.github.tfdrift.testkit.DriftAssertions.assertThat;
import static io.github.tfdrift.testkit.builder.Json.obj;

import io.github.tfdrift.core.model.Plan;
import io.github.tfdrift.rules.Decision;
import io.github.tfdrift.rules.engine.DriftEngine;
import io.github.tfdrift.rules.ExitCodeMode;
import io.github.tfdrift.rules.Procedure;
import io.github.tfdrift.rules.Report;
import io.github.tfdrift.rules.Source;
import io.github.tfdrift.rules.Verdict;
import io.github.tfdrift.testkit.builder.PlanBuilder;
import io.github.tfdrift.testkit.builder.Plans;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Deferred create, update and replace built with the plan builder, classified with the built-in
 * rules. Real Terraform cannot produce deferrals offline (it needs {@code plan -allow-deferral} and
 * providers whose configuration is unknown), so the builder writes what the format reference says
 * Terraform 1.10 writes.
 */
class DeferredClassificationTest {
  static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

  static PlanBuilder deferredCreateAndUpdate() {
    return Plans.plan()
        .terraform("1.10.5")
        .resource("aws_instance.worker[*]").create().after(obj("instance_type", "m7g.large")).deferred("instance_count_unknown")
        .resource("aws_lambda_function.api").update().before(obj("memory_size", 128)).after(obj("memory_size", 256)).deferred("deferred_prereq")
        .and();
  }

  static Report classify(Plan plan) {
    return DriftEngine.builder().withBuiltInRules().today(TODAY).build().classify(plan, "plan.json");
  }

  @Test
  void deferredCreateIsDeferredWithProcedureApply() {
    Report r = classify(deferredCreateAndUpdate().build());

    assertThat(r).entry("aws_instance.worker[*]")
        .hasVerdict(Verdict.DEFERRED)
        .hasProcedure(Procedure.APPLY)
        .isDecidedBy("deferred-change")
        .hasReasonContaining("would be created", "once its count or for_each is known", "deferral reason instance_count_unknown", "'terraform apply'");
  }

  @Test
  void deferredUpdateIsDeferredWithItsPaths() {
    Report r = classify(deferredCreateAndUpdate().build());

    assertThat(r).entry("aws_lambda_function.api")
        .hasVerdict(Verdict.DEFERRED)
        .hasProcedure(Procedure.APPLY)
        .hasPaths("memory_size")
        .hasReasonContaining("would be updated in place once the deferred changes it depends on are planned");
  }

  @Test
  void deferredCreateAndUpdateExitTwo() {
    Report r = classify(deferredCreateAndUpdate().build());

    assertThat(r).hasExitCode(2).hasDecision(Decision.ACTIONABLE);
  }

  @Test
  void deferredReplaceIsStillReplaceAndExitsThree() {
    Plan plan =
        deferredCreateAndUpdate()
            .resource("aws_db_instance.main").replace()
                .before(obj("engine_version", "15.4"))
                .after(obj("engine_version", "16.1"))
                .replacePath("engine_version")
                .deferred("provider_config_unknown")
            .build();

    Report r = classify(plan);

    assertThat(r).entry("aws_db_instance.main")
        .hasVerdict(Verdict.REPLACE)
        .hasProcedure(Procedure.STOP)
        .isDecidedBy("destructive-change")
        .hasReasonContaining("would be replaced", "the change is deferred until its provider's configuration is known");
    assertThat(r).hasExitCode(3);
    org.assertj.core.api.Assertions.assertThat(r.exitCode(ExitCodeMode.TERRAFORM)).isEqualTo(2);
  }

  @Test
  void driftOfADeferredInstanceIsJoinedToIt() {
    Plan plan =
        Plans.plan()
            .resource("aws_lambda_function.api").update()
                .before(obj("memory_size", 192))
                .after(obj("memory_size", 256))
                .drift(obj("memory_size", 128))
                .deferred("resource_config_unknown")
            .build();

    Report r = classify(plan);

    assertThat(r).entry("aws_lambda_function.api").hasVerdict(Verdict.DEFERRED).hasReasonContaining("memory_size (128 → 192) changed outside Terraform");
    org.assertj.core.api.Assertions.assertThat(r.entries().get(0).source()).isEqualTo(Source.DEFERRED_AND_DRIFT);
  }
}
