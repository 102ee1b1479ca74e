package io.github.tfdrift.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tfdrift.core.address.AttributePath;
import io.github.tfdrift.core.json.PlanReader;
import io.github.tfdrift.core.json.PlanWriter;
import io.github.tfdrift.core.model.ActionReason;
import io.github.tfdrift.core.model.ChangeKind;
import io.github.tfdrift.core.model.Plan;
import io.github.tfdrift.core.model.Producer;
import io.github.tfdrift.core.model.ResourceChange;
import io.github.tfdrift.core.read.PlanError;
import io.github.tfdrift.core.value.JsonValue;
import io.github.tfdrift.core.value.JsonValues;
import io.github.tfdrift.rules.Decision;
import io.github.tfdrift.rules.Procedure;
import io.github.tfdrift.rules.Verdict;
import io.github.tfdrift.testkit.builder.Mirrors;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class PlanFixturesTest {
  private static final String VM = FixtureScenarios.VM;
  private static final Set<String> VERDICTS = Stream.of(Verdict.values()).map(Verdict::name).collect(Collectors.toSet());
  private static final Set<String> PROCEDURES = Stream.of(Procedure.values()).map(Procedure::label).collect(Collectors.toSet());

  private static Stream<DynamicTest> each(ThrowingCheck check) {
    return PlanFixtures.names().stream().map(n -> DynamicTest.dynamicTest(n, () -> check.run(PlanFixtures.fixture(n))));
  }

  private interface ThrowingCheck {
    void run(Fixture f) throws Exception;
  }

  @TestFactory
  Stream<DynamicTest> everyFixtureReadsCleanlyAndRoundTripsExactly() {
    return each(
        f -> {
          var read = PlanReader.create().read(f.planJson(), f.name());
          assertThat(read.isRight()).as("reads: %s", read.isLeft() ? read.getLeft().describe() : "").isTrue();
          String written = PlanWriter.pretty().toJson(read.get());
          assertThat(JsonTrees.differences(JsonValues.parseTrusted(f.planJson()), JsonValues.parseTrusted(written))).isEmpty();
          assertThat(PlanReader.create().read(written).get()).isEqualTo(f.plan());
        });
  }

  @TestFactory
  Stream<DynamicTest> everyFixtureKeepsItsMirrorsAlignedWithItsValues() {
    return each(f -> assertThat(MaskAlignment.problems(f.plan())).isEmpty());
  }

  @TestFactory
  Stream<DynamicTest> everyPlannedObjectHasExactlyOneExpectation() {
    return each(
        f -> {
          Set<String> planned = f.plan().resourceChanges().stream().map(ResourceChange::address).collect(Collectors.toCollection(TreeSet::new));
          assertThat(f.expected().entries().keySet()).isEqualTo(planned);
        });
  }

  @TestFactory
  Stream<DynamicTest> everyExpectationUsesTheVocabularyAndNamesPathsThatExist() {
    return each(
        f -> {
          ExpectedOutcome e = f.expected();
          assertThat(e.exitCode()).isIn(0, 2, 3);
          for (var entry : e.entries().entrySet()) {
            assertThat(entry.getValue().verdict()).isIn(VERDICTS);
            assertThat(entry.getValue().procedure()).isIn(PROCEDURES);
            List<JsonValue> values = valuesOf(f.plan(), entry.getKey());
            for (String p : entry.getValue().paths()) {
              AttributePath path = AttributePath.parse(p).get();
              assertThat(values).as("%s exists at %s", p, entry.getKey()).anyMatch(v -> !Mirrors.at(v, path).isAbsent());
            }
          }
        });
  }

  @TestFactory
  Stream<DynamicTest> exitCodeIsTheHighestDecisionOfTheVerdicts() {
    return each(
        f -> {
          int expected =
              f.expected().entries().values().stream()
                  .mapToInt(e -> Decision.of(Verdict.valueOf(e.verdict())).exitCode())
                  .max()
                  .orElse(0);
          assertThat(f.expected().exitCode()).isEqualTo(expected);
        });
  }

  @TestFactory
  Stream<DynamicTest> destructiveVerdictsAndOnlyThoseStop() {
    return each(
        f -> f.expected().entries().forEach((address, e) ->
            assertThat(e.procedure().equals("STOP")).as(address).isEqualTo(Verdict.valueOf(e.verdict()).isDestructive())));
  }

  private static List<JsonValue> valuesOf(Plan plan, String address) {
    List<JsonValue> l = new ArrayList<>();
    Stream.concat(plan.resourceChanges().stream(), plan.resourceDrift().stream())
        .filter(rc -> rc.address().equals(address))
        .forEach(rc -> {
          l.add(rc.change().before());
          l.add(rc.change().after());
        });
    return l;
  }

  @Test
  void proxmoxFixturesAreWhatOpenTofu18Writes() {
    for (String n : PlanFixtures.names()) {
      if (n.startsWith("seed003")) {
        continue;
      }
      Plan p = PlanFixtures.load(n);
      assertThat(p.producer().tool()).as(n).isEqualTo(Producer.Tool.OPENTOFU);
      assertThat(p.terraformVersion()).as(n).hasValueSatisfying(v -> assertThat(v).startsWith("1.8."));
      assertThat(p.formatVersion()).isEqualTo("1.2");
      assertThat(p.applyable()).as(n).isEmpty();
      assertThat(p.complete()).as(n).isEmpty();
      assertThat(p.errored()).as(n).contains(false);
      assertThat(p.timestamp()).as(n).isPresent();
      assertThat(p.configuration().get().providerConfig().get("proxmox").fullName()).contains("registry.opentofu.org/bpg/proxmox");
      assertThat(p.configuration().get().rootModule().get().moduleCalls()).containsKey("jellyfin");
      assertThat(p.resourceChanges()).singleElement().satisfies(rc -> {
        assertThat(rc.address()).isEqualTo(VM);
        assertThat(rc.providerName()).contains("registry.opentofu.org/bpg/proxmox");
        assertThat(rc.moduleAddress()).contains("module.jellyfin");
      });
    }
  }

  @Test
  void seed003IsATerraformPlanOfTheProductionWorkspace() {
    Plan p = PlanFixtures.load("seed003-prod-already-exists");
    assertThat(p.producer().tool()).isEqualTo(Producer.Tool.TERRAFORM);
    assertThat(p.applyable()).contains(true);
    assertThat(p.complete()).contains(true);
    assertThat(p.resourceChanges()).hasSize(16).allSatisfy(rc -> {
      assertThat(rc.kind()).isEqualTo(ChangeKind.CREATE);
      assertThat(rc.providerName()).contains("registry.terraform.io/hashicorp/aws");
    });
  }

  @Test
  void unknownFixtureNameIsRejectedWithTheKnownNames() {
    assertThatThrownBy(() -> PlanFixtures.load("s7-no-such-scenario"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("s7-no-such-scenario")
        .hasMessageContaining("s1-memory-changed")
        .hasMessageContaining("seed003-prod-already-exists");
  }

  @Test
  void fixturesAreCachedAndShareOnePlan() {
    assertThat(PlanFixtures.fixture("clean-run")).isSameAs(PlanFixtures.fixture("clean-run"));
  }

  // ---- one scenario, one expectation --------------------------------------------------------

  private static ResourceChange drift(String fixture) {
    return PlanFixtures.load(fixture).resourceDrift().get(0);
  }

  private static ResourceChange planned(String fixture) {
    return PlanFixtures.load(fixture).resourceChanges().get(0);
  }

  private static JsonValue at(JsonValue v, String path) {
    return Mirrors.at(v, AttributePath.parse(path).get());
  }

  @Test
  void memoryChangedInProxmoxIsDriftThatApplyWouldRevert() {
    ResourceChange d = drift("s1-memory-changed");
    ResourceChange c = planned("s1-memory-changed");
    assertThat(at(d.change().before(), "memory[0].dedicated")).isEqualTo(JsonValue.of(8192));
    assertThat(at(d.change().after(), "memory[0].dedicated")).isEqualTo(JsonValue.of(10240));
    assertThat(c.kind()).isEqualTo(ChangeKind.UPDATE);
    assertThat(at(c.change().after(), "memory[0].dedicated")).isEqualTo(JsonValue.of(8192));
  }

  @Test
  void startupOrderChangedFromOneToTwo() {
    ResourceChange d = drift("s2-startup-order");
    assertThat(at(d.change().before(), "startup[0].order")).isEqualTo(JsonValue.of(1));
    assertThat(at(d.change().after(), "startup[0].order")).isEqualTo(JsonValue.of(2));
  }

  @Test
  void tagsChangedFromOldTagToNewTag() {
    ResourceChange d = drift("s3-tags-modified");
    assertThat(at(d.change().before(), "tags")).isEqualTo(JsonValue.array(JsonValue.of("old-tag")));
    assertThat(at(d.change().after(), "tags")).isEqualTo(JsonValue.array(JsonValue.of("new-tag")));
    assertThat(PlanFixtures.fixture("s3-tags-modified").policyText()).contains("accept:");
  }

  @Test
  void reformattedSshKeyDiffersOnlyInWhitespaceAndLineEnding() {
    for (String f : List.of("s4-ssh-key-reformatted-ignored", "s4-ssh-key-reformatted-no-ignore")) {
      ResourceChange d = drift(f);
      String before = at(d.change().before(), "initialization[0].user_account[0].keys[0]").asText().get();
      String after = at(d.change().after(), "initialization[0].user_account[0].keys[0]").asText().get();
      assertThat(after).as(f).isNotEqualTo(before);
      assertThat(after.strip().replaceAll("\\s+", " ")).as(f).isEqualTo(before);
    }
    assertThat(planned("s4-ssh-key-reformatted-ignored").kind()).isEqualTo(ChangeKind.NO_OP);
    assertThat(planned("s4-ssh-key-reformatted-no-ignore").kind()).isEqualTo(ChangeKind.UPDATE);
    assertThat(PlanFixtures.fixture("s4-ssh-key-reformatted-ignored").policyText()).contains("initialization[0].user_account[0].keys");
    assertThat(PlanFixtures.fixture("s4-ssh-key-reformatted-no-ignore").policyText()).doesNotContain("user_account");
  }

  @Test
  void goldenImageRotationIsDriftInCloneThatThePlanIgnores() {
    ResourceChange d = drift("s5-golden-image-rotation");
    assertThat(at(d.change().before(), "clone[0].vm_id")).isEqualTo(JsonValue.of(9000));
    assertThat(at(d.change().after(), "clone[0].vm_id")).isEqualTo(JsonValue.of(9001));
    assertThat(planned("s5-golden-image-rotation").kind()).isEqualTo(ChangeKind.NO_OP);
  }

  @Test
  void goldenImageWithoutIgnoreChangesForcesReplacementThroughCloneVmId() {
    ResourceChange c = planned("s5-golden-image-forced-replacement");
    assertThat(c.kind()).isEqualTo(ChangeKind.REPLACE_DELETE_FIRST);
    assertThat(c.change().replacePaths()).containsExactly(AttributePath.parse("clone[0].vm_id").get());
    assertThat(c.actionReason()).contains(ActionReason.REPLACE_BECAUSE_CANNOT_UPDATE);
    assertThat(c.change().afterUnknownMask().isMarked(AttributePath.parse("id").get())).isTrue();
  }

  @Test
  void vmDeletedOutsideIsDeleteDriftAndAPlannedCreate() {
    Plan p = PlanFixtures.load("s6-vm-deleted-outside");
    assertThat(p.resourceDrift()).singleElement().satisfies(d -> assertThat(d.kind()).isEqualTo(ChangeKind.DELETE));
    assertThat(p.resourceChanges()).singleElement().satisfies(c -> assertThat(c.kind()).isEqualTo(ChangeKind.CREATE));
    assertThat(p.priorState()).as("the refreshed state is empty, so prior_state is omitted").isEmpty();
  }

  @Test
  void cleanRunHasNoDriftAndOnlyANoOp() {
    Plan p = PlanFixtures.load("clean-run");
    assertThat(p.resourceDrift()).isEmpty();
    assertThat(p.isApplyable()).isFalse();
  }

  @Test
  void plainDestroyDeletesBecauseTheBlockIsGoneFromTheConfiguration() {
    Plan p = PlanFixtures.load("plain-destroy");
    assertThat(p.resourceChanges().get(0).kind()).isEqualTo(ChangeKind.DELETE);
    assertThat(p.resourceChanges().get(0).actionReason()).contains(ActionReason.DELETE_BECAUSE_NO_RESOURCE_CONFIG);
    var module = p.configuration().get().rootModule().get().moduleCalls().get("jellyfin").module().get();
    assertThat(module.resources()).isEmpty();
  }

  @Test
  void expectedMemoryBumpHasTheDriftOfScenarioOneAndAnExpectedEntry() {
    assertThat(PlanFixtures.load("expected-memory-bump")).isEqualTo(PlanFixtures.load("s1-memory-changed"));
    assertThat(PlanFixtures.fixture("expected-memory-bump").policyText()).contains("expected:", "memory[0].dedicated", "expires:");
  }

  @Test
  void cloudInitPasswordIsSchemaSensitiveEverywhereItAppears() {
    AttributePath pw = AttributePath.parse(FixtureScenarios.PASSWORD_PATH).get();
    Plan p = PlanFixtures.load("s1-memory-changed");
    for (ResourceChange rc : Stream.concat(p.resourceChanges().stream(), p.resourceDrift().stream()).toList()) {
      assertThat(rc.change().beforeSensitiveMask().isMarked(pw)).isTrue();
      assertThat(rc.change().afterSensitiveMask().isMarked(pw)).isTrue();
    }
    assertThat(p.plannedValues().get().rootModule().get().allResources().get(0).sensitiveMask().isMarked(pw)).isTrue();
    assertThat(p.priorState().get().values().get().rootModule().get().allResources().get(0).sensitiveMask().isMarked(pw)).isTrue();
    assertThat(p.sensitiveVariableNames()).contains("proxmox_api_token", "cloud_init_password");
  }

  // ---- seed 003 ------------------------------------------------------------------------------

  @Test
  void seed003ApplyLogIsAUiStreamWhoseErrorsNameEveryPlannedCreate() {
    Fixture f = PlanFixtures.fixture("seed003-prod-already-exists");
    String log = f.applyLog().orElseThrow();
    List<JsonValue> lines = log.lines().map(JsonValues::parseTrusted).toList();
    assertThat(lines.get(0).get("type").asText()).contains("version");
    assertThat(lines.get(0).get("terraform").asText()).contains(Seed003.TERRAFORM);
    List<JsonValue> diagnostics = lines.stream().filter(l -> l.get("type").asText().equals(java.util.Optional.of("diagnostic"))).toList();
    Set<String> addresses = new TreeSet<>();
    for (JsonValue d : diagnostics) {
      assertThat(d.get("@level").asText()).contains("error");
      assertThat(d.get("diagnostic").get("severity").asText()).contains("error");
      String summary = d.get("diagnostic").get("summary").asText().get();
      assertThat(summary).containsAnyOf("EntityAlreadyExists", "ResourceAlreadyExistsException", "BucketAlreadyOwnedByYou");
      addresses.add(d.get("diagnostic").get("address").asText().get());
    }
    assertThat(addresses).isEqualTo(f.expected().entries().keySet());
    assertThat(PlanReader.create().read(log).getLeft().kind()).isEqualTo(PlanError.Kind.UI_STREAM);
  }

  @Test
  void seed003ApplyTextNamesEachFailingAddressAndItsBlock() {
    Fixture f = PlanFixtures.fixture("seed003-prod-already-exists");
    String text = f.applyText().orElseThrow();
    for (String address : f.expected().entries().keySet()) {
      assertThat(text).contains("│   with " + address + ",");
    }
    assertThat(text).contains("│ Error: creating IAM Role (notion_lambda): operation error IAM: CreateRole");
    assertThat(text).contains("in resource \"aws_iam_role\" \"lambda\":");
  }

  @Test
  void seed003PlanRevealsTheAccountIdThroughAnArn() {
    String json = PlanFixtures.fixture("seed003-prod-already-exists").planJson();
    assertThat(json).contains("arn:aws:iam::" + Seed003.ACCOUNT + ":user/");
    assertThat(PlanFixtures.fixture("seed003-prod-already-exists").expected().entries().values())
        .filteredOn(e -> e.importId().orElse("").startsWith("arn:"))
        .hasSize(2)
        .allSatisfy(e -> assertThat(e.importId().get()).startsWith("arn:aws:iam::" + Seed003.ACCOUNT + ":policy/"));
  }
}
