package io.github.tfdrift.testkit;

import static io.github.tfdrift.rules.Procedure.ACCEPT;
import static io.github.tfdrift.rules.Procedure.APPLY;
import static io.github.tfdrift.rules.Procedure.NO_ACTION;
import static io.github.tfdrift.rules.Procedure.STOP;
import static io.github.tfdrift.rules.Verdict.COSMETIC;
import static io.github.tfdrift.rules.Verdict.CREATE;
import static io.github.tfdrift.rules.Verdict.DELETE;
import static io.github.tfdrift.rules.Verdict.EXPECTED;
import static io.github.tfdrift.rules.Verdict.IGNORED;
import static io.github.tfdrift.rules.Verdict.IMPORT;
import static io.github.tfdrift.rules.Verdict.NO_CHANGE;
import static io.github.tfdrift.rules.Verdict.RECREATE;
import static io.github.tfdrift.rules.Verdict.REPLACE;
import static io.github.tfdrift.rules.Verdict.UPDATE;
import static io.github.tfdrift.testkit.DriftAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tfdrift.core.address.HclStrings;
import io.github.tfdrift.core.model.Plan;
import io.github.tfdrift.core.model.Producer;
import io.github.tfdrift.imports.ApplyLog;
import io.github.tfdrift.imports.ImportOptions;
import io.github.tfdrift.imports.ImportPlanner;
import io.github.tfdrift.imports.ImportReconciler;
import io.github.tfdrift.rules.ClassifiedEntry;
import io.github.tfdrift.rules.Decision;
import io.github.tfdrift.rules.engine.DriftEngine;
import io.github.tfdrift.rules.Procedure;
import io.github.tfdrift.rules.Report;
import io.github.tfdrift.rules.Risk;
import io.github.tfdrift.rules.policy.Policy;
import io.github.tfdrift.rules.policy.PolicyReader;
import io.github.tfdrift.testkit.junit.PlanFixtureSource;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * Every scenario fixture classified by the engine with the built-in rules and the fixture's own
 * policy agrees with its {@code expected.json}; then one test per scenario of the two runbooks, named
 * in the runbook's words.
 */
class ScenarioClassificationTest {
  /** Before the expiry of expected-memory-bump's expectation (2030-01-31). */
  static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

  static final String VM = "module.jellyfin.proxmox_virtual_environment_vm.vm";

  static Report classify(Plan plan, Policy policy, LocalDate today) {
    return DriftEngine.builder().policy(policy).withBuiltInRules().today(today).build().classify(plan, "plan.json");
  }

  static Report classify(String fixture) {
    Fixture f = PlanFixtures.fixture(fixture);
    Policy policy = PolicyReader.read(f.policyText(), fixture).getOrElseThrow(e -> new AssertionError(e.describe()));
    return classify(f.plan(), policy, TODAY);
  }

  @ParameterizedTest
  @PlanFixtureSource
  void everyFixtureIsClassifiedAsItsExpectedJsonSays(String name, Fixture fixture) {
    Report report = classify(name);
    assertThat(report).hasNoRuleErrors().satisfiesFixture(fixture);
    ExpectedOutcome expected = fixture.expected();
    assertThat(report.exitCode()).isEqualTo(expected.exitCode());
    assertThat(report.entries()).hasSize(expected.entries().size());
    for (ClassifiedEntry e : report.entries()) {
      ExpectedEntry x = expected.entry(e.address()).orElseThrow(() -> new AssertionError(e.address() + " is not expected"));
      assertThat(e.verdict().name()).as(e.address()).isEqualTo(x.verdict());
      assertThat(e.procedure().label()).as(e.address()).isEqualTo(x.procedure());
      assertThat(e.renderedPaths()).as(e.address()).containsExactlyInAnyOrderElementsOf(x.paths());
    }
  }

  @ParameterizedTest
  @PlanFixtureSource
  void reasonsNameTheToolThatWroteTheFixture(String name, Fixture fixture) {
    Producer.Tool tool = fixture.plan().producer().tool();
    String other = tool == Producer.Tool.OPENTOFU ? "Terraform" : "OpenTofu";
    for (ClassifiedEntry e : classify(name).entries()) {
      assertThat(e.reason()).as(e.address()).doesNotContain("outside " + other).doesNotContain(other + " will not");
    }
    assertThat(tool).as(name).isEqualTo(name.startsWith("seed003") ? Producer.Tool.TERRAFORM : Producer.Tool.OPENTOFU);
  }

  @Test
  void runbookDriftReasonsSayOpenTofu() {
    assertThat(classify("s2-startup-order")).entry(VM).hasReasonContaining("startup[0].order changed outside OpenTofu");
    // Without the runbook's policy, the golden-image drift is left alone by OpenTofu, in its name.
    assertThat(classify(PlanFixtures.fixture("s5-golden-image-rotation").plan(), Policy.empty(), TODAY)).entry(VM)
        .isDecidedBy("drift-not-acted-on")
        .hasReasonContaining("clone[0].vm_id changed outside OpenTofu (9000 → 9001), but OpenTofu will not act on it");
  }

  @Test
  void everyFixtureIsCovered() {
    assertThat(PlanFixtures.names()).hasSize(12).allSatisfy(n -> assertThat(classify(n)).satisfiesFixture(PlanFixtures.fixture(n)));
  }

  // ---- runbook 000: the drift resolution runbook ----------------------------------------------

  @Test
  void scenario1_memoryChangedInProxmox_isDriftToRestoreWithApply() {
    Report report = classify("s1-memory-changed");
    assertThat(report).hasExitCode(2).hasDecision(Decision.ACTIONABLE);
    assertThat(report).entry(VM)
        .hasVerdict(UPDATE)
        .hasProcedure(APPLY)
        .hasRisk(Risk.MEDIUM)
        .hasPaths("memory[0].dedicated")
        .isDecidedBy("real-drift")
        .hasReasonContaining("memory[0].dedicated changed outside OpenTofu (8192 → 10240)", "apply restores the configuration");
  }

  @Test
  void scenario1_intentionalMemoryBump_isExpectedAndAcceptedIntoVmsTf() {
    Report report = classify("expected-memory-bump");
    assertThat(report).hasExitCode(0).hasNoStaleExpectations();
    assertThat(report).entry(VM)
        .hasVerdict(EXPECTED)
        .hasProcedure(ACCEPT)
        .hasPaths("memory[0].dedicated")
        .isDecidedBy("expected-drift")
        .hasReasonContaining("Emergency memory bump for 4K transcoding", "until 2030-01-31", "update the configuration to match");
  }

  @Test
  void scenario1_intentionalMemoryBump_isDriftAgainOnceTheExpectationExpires() {
    Fixture f = PlanFixtures.fixture("expected-memory-bump");
    Report report = classify(f.plan(), f.policy(), LocalDate.of(2030, 2, 1));
    assertThat(report).hasExitCode(2).hasExpiredExpectations();
    assertThat(report).entry(VM).hasVerdict(UPDATE).hasProcedure(APPLY).isDecidedBy("real-drift");
  }

  @Test
  void scenario2_startupOrderChanged_isDriftToRestoreWithApply() {
    Report report = classify("s2-startup-order");
    assertThat(report).hasExitCode(2);
    assertThat(report).entry(VM).hasVerdict(UPDATE).hasProcedure(APPLY).hasPaths("startup[0].order").hasReasonContaining("(1 → 2)");
  }

  @Test
  void scenario3_tagsModified_isAcceptedIntoVmsTf() {
    Report report = classify("s3-tags-modified");
    assertThat(report).hasExitCode(2);
    assertThat(report).entry(VM)
        .hasVerdict(UPDATE)
        .hasProcedure(ACCEPT)
        .hasPaths("tags[0]")
        .hasReasonContaining("(\"old-tag\" → \"new-tag\")", "the policy accepts this drift: update the configuration to match");
  }

  @Test
  void scenario4_sshKeyFormatChange_isFalsePositive() {
    Report report = classify("s4-ssh-key-reformatted-ignored");
    assertThat(report).hasExitCode(0).hasNoEntryWithVerdict(UPDATE);
    assertThat(report).entry(VM)
        .hasVerdict(IGNORED)
        .hasProcedure(NO_ACTION)
        .hasRisk(Risk.NO_RISK)
        .hasPaths("initialization[0].user_account[0].keys[0]")
        .isDecidedBy("ignore-changes")
        .hasReasonContaining("covered by ignore_changes (initialization[0].user_account[0].keys)", "false positive, no action needed");
  }

  @Test
  void scenario4_sshKeyFormatChangeWithoutIgnoreChanges_isCosmetic() {
    Report report = classify("s4-ssh-key-reformatted-no-ignore");
    assertThat(report).hasExitCode(0);
    assertThat(report).entry(VM)
        .hasVerdict(COSMETIC)
        .hasProcedure(NO_ACTION)
        .isDecidedBy("cosmetic-change")
        .hasReasonContaining("differs only in formatting (SSH public key)");
  }

  @Test
  void scenario5_goldenImageRotation_isIgnored() {
    Report report = classify("s5-golden-image-rotation");
    assertThat(report).hasExitCode(0);
    assertThat(report).entry(VM)
        .hasVerdict(IGNORED)
        .hasProcedure(NO_ACTION)
        .hasPaths("clone[0].vm_id")
        .isDecidedBy("ignore-changes")
        .hasReasonContaining("covered by ignore_changes (clone)");
  }

  @Test
  void scenario5_forcedReplacement_isStop() {
    Report report = classify("s5-golden-image-forced-replacement");
    assertThat(report).hasExitCode(3).hasDecision(Decision.DESTRUCTIVE);
    assertThat(report).entry(VM)
        .hasVerdict(REPLACE)
        .hasProcedure(STOP)
        .hasRisk(Risk.HIGH)
        .hasPaths("clone[0].vm_id")
        .isDecidedBy("destructive-change")
        .hasReasonContaining("will be replaced (-/+) because clone[0].vm_id forces replacement", "STOP");
  }

  @Test
  void scenario5_forcedReplacement_isStopEvenWithIgnoreChanges() {
    Plan replacement = PlanFixtures.load("s5-golden-image-forced-replacement");
    Policy ignoresClone = PlanFixtures.fixture("s5-golden-image-rotation").policy();
    Report report = classify(replacement, ignoresClone, TODAY);
    assertThat(report).hasExitCode(3);
    assertThat(report).entry(VM)
        .hasVerdict(REPLACE)
        .hasProcedure(STOP)
        .hasPaths("clone[0].vm_id")
        .hasReasonContaining("clone[0].vm_id is covered by ignore_changes, yet it forces the replacement", "check lifecycle ignore_changes");
  }

  @Test
  void scenario6_vmDestroyedOutside_isRecreateWithDataLossWarning() {
    Report report = classify("s6-vm-deleted-outside");
    assertThat(report).hasExitCode(3);
    assertThat(report).entry(VM)
        .hasVerdict(RECREATE)
        .hasProcedure(STOP)
        .hasRisk(Risk.CRITICAL)
        .hasNoPaths()
        .isDecidedBy("deleted-outside")
        .hasReasonContaining("was deleted outside OpenTofu", "investigate why it was destroyed", "restore from backup")
        .hasWarningContaining("data loss on the resource's disks; data on external/NFS storage is safe");
  }

  @Test
  void noDriftAndNothingPlanned_isNoChange() {
    Report report = classify("clean-run");
    assertThat(report).hasExitCode(0).hasOnlyVerdicts(NO_CHANGE);
    assertThat(report).entry(VM).hasProcedure(NO_ACTION).hasNoWarnings();
  }

  @Test
  void vmBlockRemovedFromTheModule_isDeleteAndStop() {
    Report report = classify("plain-destroy");
    assertThat(report).hasExitCode(3);
    assertThat(report).entry(VM).hasVerdict(DELETE).hasProcedure(STOP).hasReasonContaining("its resource block was removed from the configuration");
  }

  // ---- runbook 003: production state drift ----------------------------------------------------

  @Test
  void seed003_plannedCreatesAreActionable() {
    Fixture f = PlanFixtures.fixture("seed003-prod-already-exists");
    Report report = classify("seed003-prod-already-exists");
    assertThat(report).hasExitCode(2).hasEntryCount(16).hasOnlyVerdicts(CREATE).hasNoRuleErrors();
    for (ClassifiedEntry e : report.entries()) {
      assertThat(e).hasProcedure(APPLY).isDecidedBy("planned-change").hasReasonContaining(e.address() + " will be created.");
      assertThat(f.expected().entry(e.address()).flatMap(ExpectedEntry::importId)).as("import ID of %s", e.address()).isPresent();
    }
  }

  @Test
  void seed003_withTheApplyLogEveryCreateIsImportedWithTheExpectedImportId() {
    Fixture f = PlanFixtures.fixture("seed003-prod-already-exists");
    ApplyLog log = ApplyLog.parse(f.applyLog().orElseThrow(), "apply.log").getOrElseThrow(e -> new AssertionError(e.describe()));
    Policy policy = PolicyReader.read(f.policyText(), "seed003-prod-already-exists").getOrElseThrow(e -> new AssertionError(e.describe()));
    DriftEngine engine = DriftEngine.builder().policy(policy).withBuiltInRules().today(TODAY).build();
    ImportReconciler.Result r = ImportReconciler.classify(engine, f.plan(), "plan.json", ImportPlanner.plan(f.plan(), log, ImportOptions.defaults()));
    assertThat(r.report()).hasExitCode(2).hasEntryCount(16).hasOnlyVerdicts(IMPORT).hasNoRuleErrors();
    assertThat(r.notes()).isEmpty();
    for (ClassifiedEntry e : r.report().entries()) {
      String id = f.expected().entry(e.address()).flatMap(ExpectedEntry::importId).orElseThrow();
      assertThat(e).hasProcedure(Procedure.IMPORT).isDecidedBy("import-existing").hasReasonContaining("import it instead of creating it");
      assertThat(e.importBlock()).as("import block of %s", e.address())
          .contains("import {\n  to = " + e.address() + "\n  id = " + HclStrings.quote(id) + "\n}\n");
    }
  }
}
