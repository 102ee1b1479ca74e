package io.github.tfdrift.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tfdrift.core.model.Plan;
import io.github.tfdrift.report.AnalyzedPlan;
import io.github.tfdrift.report.DriftCause;
import io.github.tfdrift.report.RunReport;
import io.github.tfdrift.report.TextReportWriter;
import io.github.tfdrift.rules.engine.DriftEngine;
import io.github.tfdrift.rules.Verdict;
import io.github.tfdrift.rules.policy.Policy;
import io.github.tfdrift.testkit.builder.Json;
import io.github.tfdrift.testkit.builder.Plans;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Fleet runs: one plan per workspace in one {@link RunReport}, where the same drift on many resources
 * becomes one {@link DriftCause}. Built from the runbook's scenario 3 (tags changed in Proxmox) and
 * from plans written with the testkit builder.
 */
class FleetCausesTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
  private static final String VM = "module.jellyfin.proxmox_virtual_environment_vm.vm";

  private static AnalyzedPlan analyzed(String name, Plan plan, Policy policy) {
    DriftEngine engine = DriftEngine.builder().withBuiltInRules().policy(policy).today(TODAY).build();
    return AnalyzedPlan.of(name, Optional.of(Path.of(name)), plan, engine.classify(plan, name), policy.source());
  }

  /** Scenario 3 of the runbook in one workspace: the VM's first tag was changed in the Proxmox UI. */
  private static AnalyzedPlan scenario3(String workspace) {
    Fixture f = PlanFixtures.fixture("s3-tags-modified");
    return analyzed(workspace + ".json", f.plan(), f.policy());
  }

  /** Another VM whose second tag was changed outside OpenTofu. */
  private static AnalyzedPlan secondTagChanged(String workspace, String address) {
    Plan plan = Plans.plan().tofu()
        .resource(address).update()
            .before(Json.obj("name", "media", "tags", Json.arr("media", "manual")))
            .after(Json.obj("name", "media", "tags", Json.arr("media", "prod")))
            .drift(Json.obj("name", "media", "tags", Json.arr("media", "prod")))
        .build();
    return analyzed(workspace + ".json", plan, Policy.empty());
  }

  /** An IAM policy document that refresh found written with other whitespace and key order. */
  private static AnalyzedPlan policyReformatted(String workspace) {
    String compact = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"*\"}]}";
    String reformatted = "{\n  \"Statement\": [\n    {\n      \"Action\": \"s3:GetObject\",\n      \"Effect\": \"Allow\",\n      \"Resource\": \"*\"\n    }\n  ],\n"
        + "  \"Version\": \"2012-10-17\"\n}";
    Plan plan = Plans.plan()
        .resource("aws_iam_policy.read_assets").update()
            .before(Json.obj("name", "read-assets", "policy", reformatted))
            .after(Json.obj("name", "read-assets", "policy", compact))
            .drift(Json.obj("name", "read-assets", "policy", compact))
        .build();
    return analyzed(workspace + ".json", plan, Policy.empty());
  }

  private static RunReport run(AnalyzedPlan... plans) {
    RunReport.Builder b = RunReport.builder().toolVersion("9.9.9");
    for (AnalyzedPlan p : plans) {
      b.addPlan(p);
    }
    return b.build();
  }

  @Test
  void scenarioThreeInThreeWorkspacesIsOneCauseListingTheAddressOnce() {
    RunReport r = run(scenario3("prod"), scenario3("staging"), scenario3("dev"));
    assertThat(r.causes()).singleElement().satisfies(c -> {
      assertThat(c.verdict()).isEqualTo(Verdict.UPDATE);
      assertThat(c.type()).isEqualTo("proxmox_virtual_environment_vm");
      assertThat(c.paths()).containsExactly("tags[*]");
      assertThat(c.count()).isEqualTo(3);
      assertThat(c.planCount()).isEqualTo(3);
      assertThat(c.addresses()).containsExactly(VM);
    });
  }

  @Test
  void aChangeToAnotherTagOfTheListGroupsWithScenarioThree() {
    RunReport r = run(scenario3("prod"), secondTagChanged("media", "module.media.proxmox_virtual_environment_vm.vm"));
    assertThat(r.plans().get(1).report().entry("module.media.proxmox_virtual_environment_vm.vm").orElseThrow().renderedPaths())
        .containsExactly("tags[1]");
    assertThat(r.causes()).singleElement().satisfies(c -> {
      assertThat(c.paths()).containsExactly("tags[*]");
      assertThat(c.addresses()).containsExactly(VM, "module.media.proxmox_virtual_environment_vm.vm");
    });
  }

  @Test
  void anIamPolicyReformattedEverywhereIsOneCosmeticCauseAfterTheRealDrift() {
    RunReport r = run(policyReformatted("a"), policyReformatted("b"), scenario3("c"), policyReformatted("d"), scenario3("e"),
        policyReformatted("f"));
    assertThat(r.causes()).extracting(c -> c.verdict() + " " + c.type() + " " + c.paths() + " " + c.count() + "/" + c.planCount())
        .containsExactly("UPDATE proxmox_virtual_environment_vm [tags[*]] 2/2", "COSMETIC aws_iam_policy [policy] 4/4");
  }

  @Test
  void theTextReportOpensWithTheCauses() throws IOException {
    StringWriter out = new StringWriter();
    new TextReportWriter().write(run(policyReformatted("a"), policyReformatted("b"), policyReformatted("c")), out);
    assertThat(out.toString()).startsWith("tfdrift 9.9.9: 3 plans, nothing to do (exit 0)\n\n"
        + "== Causes: the same change on several resources ==\n"
        + "COSMETIC  aws_iam_policy  policy  — 3 resources in 3 plans: aws_iam_policy.read_assets\n\n== a.json ==\n");
  }
}
