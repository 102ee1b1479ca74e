package io.github.tfdrift.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tfdrift.core.address.AttributePath;
import io.github.tfdrift.core.read.PlanError;
import io.github.tfdrift.report.AnalyzedPlan;
import io.github.tfdrift.rules.Decision;
import io.github.tfdrift.rules.ExitCodeMode;
import io.github.tfdrift.rules.Verdict;
import io.github.tfdrift.rules.lifecycle.ConfiguredLifecycle;
import io.github.tfdrift.testkit.Fixture;
import io.github.tfdrift.testkit.PlanFixtures;
import io.vavr.control.Either;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runbooks' scenarios through the facade, as a CI job runs them: a workspace with plan files and a
 * policy, one analysis, one decision. One scenario, one expectation.
 */
class DriftAnalysisRunbookTest {
  static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
  static final String VM = "module.jellyfin.proxmox_virtual_environment_vm.vm";

  @TempDir Path tmp;
  Workspace ws;

  @BeforeEach
  void workspace() {
    ws = Workspace.in(tmp);
  }

  private AnalysisResult analyse(DriftAnalysis.Builder b) {
    return b.today(TODAY).build().getOrElseThrow(e -> new AssertionError(e.describe())).run();
  }

  private AnalysisResult scenario(String name) {
    return analyse(DriftAnalysis.builder().plan(ws.plan(name, "plan.json")).policy(ws.policy(name, "drift.yaml")));
  }

  @Test
  void scenario1_memoryChangedInProxmox_isActionableAndExitsTwo() {
    AnalysisResult r = scenario("s1-memory-changed");
    assertThat(r.decision()).isEqualTo(Decision.ACTIONABLE);
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.plans()).singleElement().satisfies(p -> assertThat(p.report().entry(VM).orElseThrow().verdict()).isEqualTo(Verdict.UPDATE));
  }

  @Test
  void scenario4_sshKeyReformatted_isIgnoredByTheConfigurationsLifecycleWithoutAPolicy() {
    ConfiguredLifecycle vm = ConfiguredLifecycle.of(
            "module.jellyfin.proxmox_virtual_environment_vm.vm", "proxmox_virtual_environment_vm",
            new ConfiguredLifecycle.Place("modules/vm/main.tf", 1, 1))
        .ignoring(List.of(AttributePath.parse("initialization[0].user_account[0].keys").get(), AttributePath.parse("clone").get()),
            new ConfiguredLifecycle.Place("modules/vm/main.tf", 64, 5));

    AnalysisResult r = analyse(DriftAnalysis.builder()
        .plan(ws.plan("s4-ssh-key-reformatted-no-ignore", "plan.json"))
        .lifecycle(List.of(vm)));

    assertThat(r.exitCode()).isZero();
    assertThat(r.plans()).singleElement().satisfies(p -> assertThat(p.report().entry(VM).orElseThrow().reason())
        .contains("ignored by lifecycle.ignore_changes at modules/vm/main.tf:64"));
  }

  @Test
  void scenario4_sshKeyReformatted_isIgnoredByThePolicyAndExitsZero() {
    assertThat(scenario("s4-ssh-key-reformatted-ignored").exitCode()).isZero();
  }

  @Test
  void scenario5_goldenImageForcedReplacement_isDestructiveAndExitsThree() {
    assertThat(scenario("s5-golden-image-forced-replacement").decision()).isEqualTo(Decision.DESTRUCTIVE);
  }

  @Test
  void scenario6_vmDeletedOutsideOpenTofu_isTwoInTerraformsExitCodes() {
    AnalysisResult r =
        analyse(DriftAnalysis.builder().plan(ws.plan("s6-vm-deleted-outside", "plan.json")).exitCodeMode(ExitCodeMode.TERRAFORM));
    assertThat(r.exitCode()).isEqualTo(2);
  }

  @Test
  void anExpectedMemoryBumpIsActionableAgainOnceItsExpectationExpires() {
    DriftAnalysis.Builder b =
        DriftAnalysis.builder()
            .plan(ws.plan("expected-memory-bump", "plan.json"))
            .policy(ws.policy("expected-memory-bump", "drift.yaml"))
            .today(LocalDate.of(2030, 2, 1));
    assertThat(b.build().get().run().exitCode()).isEqualTo(2);
  }

  @Test
  void aDirectoryOfWorkspacePlansIsOneRunWithTheWorstDecision() {
    ws.plan("s1-memory-changed", "plans/jellyfin.json");
    ws.plan("clean-run", "plans/clean.json");
    ws.plan("s6-vm-deleted-outside", "plans/deleted.json");
    AnalysisResult r = analyse(DriftAnalysis.builder().plan(ws.resolve("plans")));
    assertThat(r.plans()).extracting(AnalyzedPlan::name)
        .containsExactly(ws.resolve("plans/clean.json").toString(), ws.resolve("plans/deleted.json").toString(), ws.resolve("plans/jellyfin.json").toString());
    assertThat(r.exitCode()).isEqualTo(3);
  }

  @Test
  void aMissingPlanIsAFailureValueAndTheOtherPlansAreStillReported() {
    AnalysisResult r =
        analyse(DriftAnalysis.builder().plan(ws.resolve("nope.json"), "nope.json").plan(ws.plan("s1-memory-changed", "plan.json")));
    assertThat(r.failures()).containsExactly(PlanFailure.of("nope.json", "nope.json: no such file"));
    assertThat(r.plans()).hasSize(1);
    assertThat(r.exitCode()).isEqualTo(1);
  }

  @Test
  void aDirectoryWithoutPlansIsAFailureValue() {
    ws.write("empty/notes.txt", "no plans here");
    AnalysisResult r = analyse(DriftAnalysis.builder().plan(ws.resolve("empty"), "empty"));
    assertThat(r.failures()).extracting(PlanFailure::message)
        .containsExactly("empty: no plans in this directory (expected *.json plans or binary plan files)");
  }

  @Test
  void aTruncatedPlanOnAStreamIsAFailureWithTheReadersKind() {
    AnalysisResult r = analyse(DriftAnalysis.builder().plan(Workspace.stream("{\"format_version\": "), "<stdin>"));
    assertThat(r.failures()).singleElement().satisfies(f -> assertThat(f.planError().map(PlanError::kind)).contains(PlanError.Kind.TRUNCATED));
  }

  @Test
  void aPolicyFileWithProblemsStopsTheAnalysisBeforeAnyPlanIsRead() {
    Either<AnalysisError, DriftAnalysis> a =
        DriftAnalysis.builder().plan(ws.resolve("not-read.json")).policy(ws.write("drift.yaml", "ignore_changes: 42\n")).build();
    assertThat(a.getLeft()).isInstanceOf(AnalysisError.PolicyUnusable.class);
  }

  @Test
  void eachScenarioWithItsOwnPolicyAsTheDemoRunsThem() {
    DriftAnalysis.Builder b = DriftAnalysis.builder().today(TODAY);
    for (String name : PlanFixtures.names()) {
      Fixture f = PlanFixtures.fixture(name);
      b.plan(f.plan(), name, f.policy());
    }
    AnalysisResult r = b.build().get().run();
    for (AnalyzedPlan p : r.plans()) {
      assertThat(p.report().exitCode()).as(p.name()).isEqualTo(PlanFixtures.fixture(p.name()).expected().exitCode());
    }
  }

  @Test
  void theStreamingFormDeliversInputsNamingNoPlanFirstThenEveryPlanInOrder() {
    List<String> delivered = new ArrayList<>();
    RunSummary s =
        DriftAnalysis.builder()
            .plan(ws.plan("s1-memory-changed", "a.json"))
            .plan(ws.resolve("missing.json"), "missing.json")
            .plan(ws.plan("clean-run", "b.json"), "b.json")
            .today(TODAY)
            .build()
            .get()
            .stream(o -> delivered.add(o.fold(f -> "failed " + f.name(), p -> "analysed " + p.name())));
    assertThat(delivered).containsExactly("failed missing.json", "analysed " + ws.resolve("a.json"), "analysed b.json");
    assertThat(s.exitCode()).isEqualTo(1);
  }
}
