package io.github.tfdrift.rules;

import io.github.tfdrift.rules.engine.DriftEngine;
import static io.github.tfdrift.rules.Plans.vm;
import static io.github.tfdrift.rules.Plans.vmChange;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tfdrift.core.model.Plan;
import io.github.tfdrift.core.model.Producer;
import io.github.tfdrift.rules.normalize.NormalizerRegistry;
import io.github.tfdrift.rules.policy.Policy;
import io.github.tfdrift.rules.spi.PlanContext;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Reasons name the tool that wrote the plan: OpenTofu for OpenTofu plans, Terraform for Terraform
 * plans and for plans whose producer cannot be told. The runbook's plans are OpenTofu plans
 * (providers from registry.opentofu.org).
 */
class ToolNameTest {
  static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
  static final String KEYS = "[\"" + Plans.KEY + "\"]";

  /** The same plan written by another tool: its provider host says which. */
  static Plan as(String host, String drift, String changes) {
    return Plans.read(Plans.planJson(drift, changes).replace("registry.opentofu.org", host));
  }

  static Plan tofu(String drift, String changes) {
    return as("registry.opentofu.org", drift, changes);
  }

  static Plan terraform(String drift, String changes) {
    return as("registry.terraform.io", drift, changes);
  }

  /** Neither host nor format feature tells (a private registry, format 1.2, no applyable). */
  static Plan unknownTool(String drift, String changes) {
    return as("registry.example.com", drift, changes);
  }

  static ClassifiedEntry vmEntry(Plan p) {
    return DriftEngine.builder().withBuiltInRules().today(TODAY).build().classify(p).entry(Plans.VM).orElseThrow();
  }

  static PlanContext context(Plan p) {
    return PlanContext.of(p, Policy.empty(), TODAY, NormalizerRegistry.defaults());
  }

  static final String ACTUAL = vm(10240, 1, "[\"media\"]", 9000, KEYS);
  static final String DRIFT = vmChange("[\"update\"]", vm(), ACTUAL, "");
  static final String REVERT = vmChange("[\"update\"]", ACTUAL, vm(), "");

  @Test
  void openTofuPlanNamesOpenTofuAndTofu() {
    PlanContext ctx = context(tofu(DRIFT, REVERT));

    assertThat(ctx.tool()).isEqualTo(Producer.Tool.OPENTOFU);
    assertThat(ctx.toolName()).isEqualTo("OpenTofu");
    assertThat(ctx.toolCommand()).isEqualTo("tofu");
  }

  @Test
  void terraformPlanNamesTerraform() {
    PlanContext ctx = context(terraform(DRIFT, REVERT));

    assertThat(ctx.toolName()).isEqualTo("Terraform");
    assertThat(ctx.toolCommand()).isEqualTo("terraform");
  }

  @Test
  void unknownProducerNamesTerraform() {
    PlanContext ctx = context(unknownTool(DRIFT, REVERT));

    assertThat(ctx.tool()).isEqualTo(Producer.Tool.UNKNOWN);
    assertThat(ctx.toolName()).isEqualTo("Terraform");
    assertThat(ctx.toolCommand()).isEqualTo("terraform");
  }

  @Test
  void realDriftInAnOpenTofuPlanChangedOutsideOpenTofu() {
    assertThat(vmEntry(tofu(DRIFT, REVERT)).reason()).startsWith("memory[0].dedicated changed outside OpenTofu (8192 → 10240);");
  }

  @Test
  void realDriftInATerraformPlanChangedOutsideTerraform() {
    assertThat(vmEntry(terraform(DRIFT, REVERT)).reason()).startsWith("memory[0].dedicated changed outside Terraform (8192 → 10240);");
  }

  @Test
  void realDriftOfAnUnknownProducerChangedOutsideTerraform() {
    assertThat(vmEntry(unknownTool(DRIFT, REVERT)).reason()).startsWith("memory[0].dedicated changed outside Terraform (8192 → 10240);");
  }

  @Test
  void driftNotActedOnInAnOpenTofuPlanNamesOpenTofuTwice() {
    ClassifiedEntry e = vmEntry(tofu(DRIFT, vmChange("[\"no-op\"]", ACTUAL, ACTUAL, "")));

    assertThat(e.ruleId()).isEqualTo("drift-not-acted-on");
    assertThat(e.reason()).isEqualTo("memory[0].dedicated changed outside OpenTofu (8192 → 10240), but OpenTofu will not act on it (the planned change is a no-op): no action needed.");
  }

  @Test
  void vmDeletedOutsideOpenTofuIsSaidSo() {
    ClassifiedEntry e = vmEntry(tofu(vmChange("[\"delete\"]", vm(), "null", ""), vmChange("[\"create\"]", "null", vm(), "")));

    assertThat(e.verdict()).isEqualTo(Verdict.RECREATE);
    assertThat(e.reason()).startsWith(Plans.VM + " was deleted outside OpenTofu and apply would create it again: STOP");
  }

  @Test
  void theEngineOwnReasonsNameTheToolToo() {
    // Without rules, the engine decides: drift with nothing planned is IGNORED in its own words.
    ClassifiedEntry tofuEntry = DriftEngine.builder().today(TODAY).build().classify(tofu(DRIFT, "")).entries().get(0);
    ClassifiedEntry tfEntry = DriftEngine.builder().today(TODAY).build().classify(terraform(DRIFT, "")).entries().get(0);

    assertThat(tofuEntry.reason()).isEqualTo(Plans.VM + " changed outside OpenTofu, but OpenTofu will not act on it.");
    assertThat(tfEntry.reason()).isEqualTo(Plans.VM + " changed outside Terraform, but Terraform will not act on it.");
  }

  @Test
  void theEngineRecreateFloorNamesTheTool() {
    Plan p = tofu(vmChange("[\"delete\"]", vm(), "null", ""), vmChange("[\"create\"]", "null", vm(), ""));

    ClassifiedEntry e = DriftEngine.builder().today(TODAY).build().classify(p).entries().get(0);

    assertThat(e.ruleId()).isEqualTo("engine");
    assertThat(e.reason()).isEqualTo(Plans.VM + " was deleted outside OpenTofu and apply would create it again: STOP, investigate before applying.");
  }
}
