package io.github.tfdrift.testkit;

import static io.github.tfdrift.testkit.DriftAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tfdrift.core.address.AttributePath;
import io.github.tfdrift.core.model.Plan;
import io.github.tfdrift.core.value.JsonValues;
import io.github.tfdrift.rules.ClassifiedEntry;
import io.github.tfdrift.rules.Decision;
import io.github.tfdrift.rules.engine.DriftEngine;
import io.github.tfdrift.rules.Finding;
import io.github.tfdrift.rules.Procedure;
import io.github.tfdrift.rules.Report;
import io.github.tfdrift.rules.Risk;
import io.github.tfdrift.rules.Verdict;
import io.github.tfdrift.rules.policy.Policy;
import io.github.tfdrift.rules.policy.PolicyReader;
import io.github.tfdrift.rules.spi.EntryFacts;
import io.github.tfdrift.rules.spi.PlanContext;
import io.github.tfdrift.rules.spi.Rule;
import io.github.tfdrift.testkit.builder.Json;
import io.github.tfdrift.testkit.builder.Mirrors;
import io.github.tfdrift.testkit.builder.Plans;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.error.AssertJMultipleFailuresError;
import org.junit.jupiter.api.Test;

/** {@link ReportAssert} and {@link ClassifiedEntryAssert}: passing checks and the messages of failing ones. */
class ReportAssertTest {
  static final String VM = FixtureScenarios.VM;
  static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

  static Report classify(String fixture) {
    Fixture f = PlanFixtures.fixture(fixture);
    return engine(f.policy()).classify(f.plan(), fixture + "/plan.json");
  }

  static DriftEngine engine(Policy p, Rule... extra) {
    DriftEngine.Builder b = DriftEngine.builder().policy(p).withBuiltInRules().today(TODAY);
    for (Rule r : extra) {
      b.addRule(r);
    }
    return b.build();
  }

  /** A rule that writes the VM's cloud-init password into its reason: what no rule may do. */
  static final class LeakyRule implements Rule {
    public String id() {
      return "leaky";
    }

    public String summary() {
      return "Shows a password.";
    }

    public List<Finding> evaluate(EntryFacts e, PlanContext ctx) {
      return e.planned()
          .map(p -> Mirrors.at(p.change().after(), AttributePath.parse(FixtureScenarios.PASSWORD_PATH).get()))
          .filter(v -> !v.isNullOrAbsent())
          .map(v -> List.of(Finding.propose(Verdict.NO_CHANGE, "the password is " + JsonValues.toJson(v)).build()))
          .orElse(List.of());
    }
  }

  static final class Boom implements Rule {
    public String id() {
      return "boom";
    }

    public String summary() {
      return "Always throws.";
    }

    public List<Finding> evaluate(EntryFacts e, PlanContext ctx) {
      throw new IllegalStateException("boom");
    }
  }

  @Test
  void goldenImageRotationReadsAsTheRunbookSaysIt() {
    Report r = classify("s5-golden-image-rotation");
    assertThat(r)
        .hasExitCode(0)
        .hasDecision(Decision.NO_CHANGES)
        .hasEntryCount(1)
        .hasEntry(VM)
        .hasNoEntry("module.nas.proxmox_virtual_environment_vm.vm")
        .hasNoDestructiveEntries()
        .hasOnlyVerdicts(Verdict.IGNORED)
        .hasNoStaleExpectations()
        .hasNoRuleErrors()
        .satisfiesFixture(PlanFixtures.fixture("s5-golden-image-rotation"))
        .matches(PlanFixtures.fixture("s5-golden-image-rotation").expected())
        .revealsNoSensitiveValueOf(PlanFixtures.load("s5-golden-image-rotation"))
        .hasEntrySatisfying(VM, e -> e.hasVerdict(Verdict.IGNORED).hasProcedure(Procedure.NO_ACTION));
    assertThat(r).entry(VM)
        .hasVerdict(Verdict.IGNORED)
        .hasProcedure(Procedure.NO_ACTION)
        .hasRisk(Risk.NO_RISK)
        .hasPaths("clone[0].vm_id")
        .isDecidedBy("ignore-changes")
        .hasFindingBy("ignore-changes")
        .hasReasonContaining("clone[0].vm_id", "ignore_changes")
        .hasNoWarnings()
        .isQuiet();
    assertThat(classify("s6-vm-deleted-outside").entries().get(0)).isDestructive().hasNoPaths().hasWarningContaining("data loss");
    assertThat(classify("s1-memory-changed").entries().get(0)).isActionable();
  }

  @Test
  void aWrongVerdictSaysWhatTheEngineDecidedAndWhy() {
    Report r = classify("s1-memory-changed");
    assertThatThrownBy(() -> assertThat(r).entry(VM).hasVerdict(Verdict.IGNORED))
        .hasMessage(
            "Expecting %s to be classified IGNORED, but it is UPDATE / APPLY, risk MEDIUM, by real-drift: memory[0].dedicated changed outside OpenTofu (8192 → 10240); apply restores the configuration, or update the configuration to accept it.",
            VM);
    assertThatThrownBy(() -> assertThat(r).entry(VM).hasProcedure(Procedure.ACCEPT))
        .hasMessageContaining("Expecting the procedure for " + VM + " to be ACCEPT, but it is UPDATE / APPLY");
    assertThatThrownBy(() -> assertThat(r).entry(VM).hasRisk(Risk.HIGH)).hasMessageContaining("to carry risk HIGH, but it carries risk MEDIUM");
    assertThatThrownBy(() -> assertThat(r).entry(VM).hasPaths("startup[0].order"))
        .hasMessageContaining("to be about [startup[0].order], but it is about [memory[0].dedicated]");
    assertThatThrownBy(() -> assertThat(r).entry(VM).hasNoPaths()).hasMessageContaining("to be about no attribute, but it is about [memory[0].dedicated]");
    assertThatThrownBy(() -> assertThat(r).entry(VM).isDecidedBy("expected-drift"))
        .hasMessageContaining("to be decided by expected-drift, but it is decided by UPDATE / APPLY, risk MEDIUM, by real-drift")
        .hasMessageContaining("findings: [real-drift UPDATE]");
    assertThatThrownBy(() -> assertThat(r).entry(VM).hasFindingBy("ignore-changes"))
        .hasMessageContaining("Expecting a finding by ignore-changes for " + VM + ", but there is none; findings: [real-drift UPDATE]");
    assertThatThrownBy(() -> assertThat(r).entry(VM).hasReasonContaining("memory", "golden image"))
        .hasMessageContaining("to mention \"golden image\", but it does not; the reason is:");
    assertThatThrownBy(() -> assertThat(r).entry(VM).hasWarningContaining("data loss")).hasMessageContaining("mentioning \"data loss\", but it has no warnings");
    assertThatThrownBy(() -> assertThat(r).entry(VM).isQuiet()).hasMessageContaining("to need nothing done");
    assertThatThrownBy(() -> assertThat(r).entry(VM).isDestructive()).hasMessageContaining("to be destructive (REPLACE, DELETE or RECREATE), but it is UPDATE");
    assertThatThrownBy(() -> assertThat(r).entry(VM).hasPaths("memory[")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bad attribute path 'memory['");
  }

  @Test
  void aMissingEntryListsTheEntriesThereAre() {
    assertThatThrownBy(() -> assertThat(classify("s1-memory-changed")).entry("module.nas.proxmox_virtual_environment_vm.vm"))
        .hasMessageContaining("Expecting the report of s1-memory-changed/plan.json to classify module.nas.proxmox_virtual_environment_vm.vm, but it has no entry for it; it classifies [" + VM + " UPDATE]");
    assertThatThrownBy(() -> assertThat(classify("clean-run")).hasNoEntry(VM)).hasMessageContaining("to have no entry for " + VM + ", but it classifies it NO_CHANGE / NO_ACTION");
    assertThatThrownBy(() -> assertThat(classify("seed003-prod-already-exists")).hasEntryCount(2))
        .hasMessageContaining("to classify 2 entries, but it classifies 16: [aws_s3_bucket.wyatt-datalake-35315550 CREATE")
        .hasMessageContaining(", and 6 more]");
  }

  @Test
  void aWrongExitCodeNamesTheEntriesThatDecideIt() {
    assertThatThrownBy(() -> assertThat(classify("plain-destroy")).hasExitCode(0))
        .hasMessageContaining("to exit with 0, but it exits with 3 (DESTRUCTIVE): entries [" + VM + " DELETE]");
    assertThatThrownBy(() -> assertThat(classify("clean-run")).hasDecision(Decision.ACTIONABLE))
        .hasMessageContaining("to decide ACTIONABLE (exit 2), but it decides NO_CHANGES (exit 0): entries [" + VM + " NO_CHANGE]");
    Report failing = engine(Policy.empty(), new Boom()).classify(PlanFixtures.load("clean-run"));
    assertThatThrownBy(() -> assertThat(failing).hasExitCode(0))
        .hasMessageContaining("exits with 1 (ERROR)")
        .hasMessageContaining("; rule 'boom' failed with java.lang.IllegalStateException on " + VM);
  }

  @Test
  void verdictChecksListTheOffendingEntries() {
    Report r = classify("s5-golden-image-forced-replacement");
    assertThatThrownBy(() -> assertThat(r).hasNoDestructiveEntries())
        .hasMessageContaining("Expecting no entry of the report of s5-golden-image-forced-replacement/plan.json to be [REPLACE, RECREATE, DELETE], but:")
        .hasMessageContaining("  - " + VM + " is REPLACE / STOP, risk HIGH, by destructive-change: " + VM + " will be replaced (-/+) because clone[0].vm_id forces replacement");
    assertThatThrownBy(() -> assertThat(r).hasOnlyVerdicts(Verdict.UPDATE, Verdict.CREATE))
        .hasMessageContaining("Expecting every entry of the report of s5-golden-image-forced-replacement/plan.json to be one of [UPDATE, CREATE], but:");
  }

  @Test
  void staleAndExpiredExpectationsAreReportedWithTheirReason() {
    Policy p =
        PolicyReader.read(
                """
                expected:
                  - address: module.jellyfin.proxmox_virtual_environment_vm.vm
                    attributes: ["startup[0].order"]
                    reason: "INC-7 boot order test"
                    expires: 2027-01-31
                  - address: module.jellyfin.proxmox_virtual_environment_vm.vm
                    attributes: ["memory"]
                    reason: "INC-1 long gone"
                    expires: 2025-01-31
                """,
                "drift-policy.yaml")
            .get();
    Report r = engine(p).classify(PlanFixtures.load("s1-memory-changed"));
    assertThat(r).hasStaleExpectations().hasExpiredExpectations();
    assertThatThrownBy(() -> assertThat(r).hasNoStaleExpectations())
        .hasMessageContaining("Expecting every active expected entry to match drift in the report, but these matched none:")
        .hasMessageContaining("  - module.jellyfin.proxmox_virtual_environment_vm.vm [startup[0].order]: INC-7 boot order test (expires 2027-01-31) at drift-policy.yaml:2:5");
    Report clean = classify("clean-run");
    assertThatThrownBy(() -> assertThat(clean).hasStaleExpectations()).hasMessageContaining("but every active expected entry matched drift");
    assertThatThrownBy(() -> assertThat(clean).hasExpiredExpectations()).hasMessageContaining("to have expired expectations on 2026-11-22, but none had expired");
    assertThatThrownBy(() -> assertThat(r).hasExpiringExpectations())
        .hasMessageContaining("to have expectations expiring soon after 2026-11-22, but none expires within the warning days");
  }

  @Test
  void anExpectationWithinTheWarningDaysIsExpiring() {
    Policy p =
        PolicyReader.read(
                """
                expected:
                  - address: module.jellyfin.proxmox_virtual_environment_vm.vm
                    attributes: ["memory"]
                    reason: "INC-42 emergency memory bump"
                    expires: 2026-11-30
                """,
                "drift-policy.yaml")
            .get();
    Report r = engine(p).classify(PlanFixtures.load("s1-memory-changed"));
    assertThat(r).hasExpiringExpectations().hasNoStaleExpectations().hasExitCode(0);
  }

  @Test
  void ruleErrorsAreNamedByRuleAndEntry() {
    Report r = engine(Policy.empty(), new Boom()).classify(PlanFixtures.load("clean-run"));
    assertThat(r).hasRuleErrorFrom("boom");
    assertThatThrownBy(() -> assertThat(r).hasNoRuleErrors())
        .hasMessageContaining("Expecting no rule to fail in the report, but:%n  - rule 'boom' failed with java.lang.IllegalStateException on %s".formatted(VM));
    assertThatThrownBy(() -> assertThat(classify("clean-run")).hasRuleErrorFrom("boom")).hasMessageContaining("Expecting rule 'boom' to fail in the report of clean-run/plan.json, but no rule failed");
  }

  @Test
  void aFixtureMismatchListsEveryDifferenceInTheReportsWords() {
    Report memory = classify("s1-memory-changed");
    assertThatThrownBy(() -> assertThat(memory).satisfiesFixture(PlanFixtures.fixture("expected-memory-bump")))
        .hasMessageContaining("Expecting the report of s1-memory-changed/plan.json to match fixture expected-memory-bump (expected.json), but 2 things differ:")
        .hasMessageContaining("  - exit code: expected 0, but the report's is 2 (ACTIONABLE; 1 UPDATE)")
        .hasMessageContaining("  - " + VM + ": expected EXPECTED / ACCEPT, but it is UPDATE / APPLY, risk MEDIUM, by real-drift: memory[0].dedicated changed outside OpenTofu (8192 → 10240)");
    assertThatThrownBy(() -> assertThat(memory).matches(PlanFixtures.fixture("s2-startup-order").expected()))
        .hasMessageContaining("Expecting the report of s1-memory-changed/plan.json to match the expected outcome, but 1 thing differs:")
        .hasMessageContaining("  - " + VM + ": expected paths [startup[0].order], but the entry's paths are [memory[0].dedicated]");
    Report seed003 = classify("seed003-prod-already-exists");
    List<String> d = PlanFixtures.fixture("s1-memory-changed").expected().differencesFrom(seed003);
    assertThat(d).hasSize(17);
    assertThat(d).contains(
        VM + ": expected UPDATE / APPLY, but the report has no entry for it",
        "aws_s3_bucket.wyatt-datalake-35315550: classified CREATE / APPLY, but the expected outcome does not list it");
    assertThat(PlanFixtures.fixture("seed003-prod-already-exists").expected().differencesFrom(seed003)).isEmpty();
  }

  @Test
  void sensitiveValuesAreFoundWithoutBeingShown() {
    Plan plan = PlanFixtures.load("s1-memory-changed");
    SensitiveValues secrets = SensitiveValues.of(plan);
    assertThat(secrets.size()).isGreaterThanOrEqualTo(2);
    assertThat(secrets.toString()).doesNotContain(FixtureScenarios.CLOUD_INIT_PASSWORD);
    assertThat(secrets.revealedIn("x" + FixtureScenarios.API_TOKEN + "y")).contains("the value of sensitive variable proxmox_api_token");
    assertThat(secrets.revealedIn("the password is " + FixtureScenarios.CLOUD_INIT_PASSWORD)).hasValueSatisfying(w -> assertThat(w).contains(VM));
    assertThat(secrets.anyIn("memory[0].dedicated changed")).isFalse();
    assertThat(SensitiveValues.of(Plans.plan().resource("aws_s3_bucket.b").create().after(Json.obj("bucket", "b")).build()).isEmpty()).isTrue();

    Report leaky = engine(Policy.empty(), new LeakyRule()).classify(plan);
    assertThatThrownBy(() -> assertThat(leaky).revealsNoSensitiveValueOf(plan))
        .hasMessageContaining("to show no sensitive value, but (values not shown):")
        .hasMessageContaining("  - the reason of the finding of leaky on " + VM + " shows ")
        .hasMessageNotContaining(FixtureScenarios.CLOUD_INIT_PASSWORD);
    assertThat(classify("s1-memory-changed")).revealsNoSensitiveValueOf(plan);
  }

  @Test
  void addressesArePublicEvenWhenTheyContainASensitiveValue() {
    Plan plan =
        Plans.plan()
            .resource("aws_ssm_parameter.p[\"hunter2-key\"]").update().before(Json.obj("value", "a", "name", "hunter2-key")).after(Json.obj("value", "b", "name", "hunter2-key"))
            .sensitive("name")
            .build();
    SensitiveValues secrets = SensitiveValues.of(plan);
    assertThat(secrets.revealedIn("aws_ssm_parameter.p[\"hunter2-key\"] will be updated")).isEmpty();
    assertThat(secrets.revealedIn("the name is hunter2-key")).isPresent();
  }

  @Test
  void softAssertionsCollectEveryClassificationFailure() {
    Report r = classify("s1-memory-changed");
    ClassifiedEntry vm = r.entry(VM).orElseThrow();
    DriftSoftAssertions softly = new DriftSoftAssertions();
    softly.assertThat(r).hasExitCode(0).hasDecision(Decision.NO_CHANGES).hasEntrySatisfying(VM, e -> e.hasVerdict(Verdict.IGNORED)).hasEntryCount(1);
    softly.assertThat(vm).hasProcedure(Procedure.NO_ACTION).hasRisk(Risk.NO_RISK).isDecidedBy("real-drift");
    assertThat(softly.errorsCollected()).hasSize(5);
    assertThatThrownBy(softly::assertAll)
        .isInstanceOf(AssertJMultipleFailuresError.class)
        .hasMessageContaining("Multiple Failures (5 failures)")
        .hasMessageContaining("to exit with 0, but it exits with 2")
        .hasMessageContaining("to be classified IGNORED, but it is UPDATE / APPLY")
        .hasMessageContaining("the procedure for " + VM + " to be NO_ACTION")
        .hasMessageNotContaining(FixtureScenarios.CLOUD_INIT_PASSWORD);
  }
}
