package io.github.tfdrift.testkit;

import static io.github.tfdrift.testkit.DriftAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tfdrift.core.model.ActionReason;
import io.github.tfdrift.core.model.ChangeKind;
import io.github.tfdrift.core.model.Plan;
import io.github.tfdrift.core.model.Producer;
import io.github.tfdrift.testkit.builder.Json;
import io.github.tfdrift.testkit.builder.Plans;
import org.assertj.core.error.AssertJMultipleFailuresError;
import org.junit.jupiter.api.Test;

class DriftAssertionsTest {
  private static final String VM = FixtureScenarios.VM;
  private static final String PASSWORD = FixtureScenarios.PASSWORD_PATH;

  @Test
  void memoryDriftReadsAsItIsSaid() {
    assertThat(PlanFixtures.load("s1-memory-changed"))
        .isProducedBy(Producer.Tool.OPENTOFU)
        .hasResourceChange(VM)
        .hasResourceChangeCount(1)
        .hasChangeKind(VM, ChangeKind.UPDATE)
        .hasDrift(VM)
        .isApplyable()
        .hasNoDestructiveChanges()
        .hasAlignedMirrors();
    assertThat(PlanFixtures.load("s1-memory-changed")).drift(VM).changesAttribute("memory[0].dedicated", 8192, 10240);
    assertThat(PlanFixtures.load("s1-memory-changed")).resourceChange(VM).changesAttribute("memory[0].dedicated", 10240, 8192)
        .doesNotChangeAttribute("startup[0].order")
        .isSensitiveAt(PASSWORD)
        .isNotSensitiveAt("memory[0].dedicated")
        .isNotDestructive();
  }

  @Test
  void forcedReplacementReadsAsItIsSaid() {
    assertThat(PlanFixtures.load("s5-golden-image-forced-replacement").resourceChanges().get(0))
        .hasAddress(VM)
        .hasKind(ChangeKind.REPLACE_DELETE_FIRST)
        .isDestructive()
        .hasActionReason(ActionReason.REPLACE_BECAUSE_CANNOT_UPDATE)
        .hasActionReason("replace_because_cannot_update")
        .hasReplacePath("clone[0].vm_id")
        .isUnknownAt("id")
        .changesAttribute("clone[0].vm_id");
  }

  @Test
  void missingChangeIsReportedWithThePlannedAddresses() {
    assertThatThrownBy(() -> assertThat(PlanFixtures.load("s1-memory-changed")).hasResourceChange("module.nas.proxmox_virtual_environment_vm.vm"))
        .hasMessageContaining("Expecting the plan to list a change for module.nas.proxmox_virtual_environment_vm.vm")
        .hasMessageContaining(VM);
  }

  @Test
  void wrongKindIsReportedInTerraformSymbols() {
    assertThatThrownBy(() -> assertThat(PlanFixtures.load("clean-run")).hasChangeKind(VM, ChangeKind.UPDATE))
        .hasMessageContaining("to be planned as UPDATE (~), but it is planned as NO_OP");
  }

  @Test
  void missingDriftAndWrongProducerAreReported() {
    assertThatThrownBy(() -> assertThat(PlanFixtures.load("clean-run")).hasDrift(VM))
        .hasMessageContaining("to have changed outside Terraform (resource_drift), but it did not");
    assertThatThrownBy(() -> assertThat(PlanFixtures.load("clean-run")).isProducedBy(Producer.Tool.TERRAFORM))
        .hasMessageContaining("written by terraform, but it looks written by opentofu");
    assertThatThrownBy(() -> assertThat(PlanFixtures.load("plain-destroy")).hasNoDestructiveChanges())
        .hasMessageContaining("the plan destroys [" + VM + "]");
  }

  @Test
  void replacePathAndReasonMismatchesAreReported() {
    var rc = PlanFixtures.load("s5-golden-image-forced-replacement").resourceChanges().get(0);
    assertThatThrownBy(() -> assertThat(rc).hasReplacePath("memory[0].dedicated"))
        .hasMessageContaining("replaced because of memory[0].dedicated, but its replace_paths are [clone[0].vm_id]");
    assertThatThrownBy(() -> assertThat(rc).hasActionReason(ActionReason.REPLACE_BECAUSE_TAINTED))
        .hasMessageContaining("planned because the object is tainted (replace_because_tainted), but its reason is replace_because_cannot_update");
  }

  @Test
  void sensitiveValuesNeverAppearInFailureMessages() {
    var rc = PlanFixtures.load("s1-memory-changed").resourceChanges().get(0);
    assertThatThrownBy(() -> assertThat(rc).changesAttribute(PASSWORD, "a", "b"))
        .hasMessageContaining("sensitive and not shown")
        .hasMessageNotContaining(FixtureScenarios.CLOUD_INIT_PASSWORD);
    assertThatThrownBy(() -> assertThat(rc).isEqualTo(PlanFixtures.load("s2-startup-order").resourceChanges().get(0)))
        .hasMessageNotContaining(FixtureScenarios.CLOUD_INIT_PASSWORD);
    assertThatThrownBy(() -> assertThat(PlanFixtures.load("s1-memory-changed")).isEqualTo(PlanFixtures.load("s2-startup-order")))
        .hasMessageNotContaining(FixtureScenarios.CLOUD_INIT_PASSWORD)
        .hasMessageNotContaining(FixtureScenarios.API_TOKEN);
  }

  @Test
  void misalignedMirrorsAreNamedByPath() {
    Plan good = Plans.plan().resource("aws_s3_bucket.b").create().after(Json.obj("tags", Json.arr("a", "b"))).build();
    var bad = io.github.tfdrift.core.model.ImmutableChange.copyOf(good.resourceChanges().get(0).change())
        .withAfterSensitive(Json.obj("tags", Json.arr(false)));
    Plan broken = io.github.tfdrift.core.model.ImmutablePlan.copyOf(good)
        .withResourceChanges(io.github.tfdrift.core.model.ImmutableResourceChange.copyOf(good.resourceChanges().get(0)).withChange(bad));
    assertThatThrownBy(() -> assertThat(broken).hasAlignedMirrors())
        .hasMessageContaining("after_sensitive at tags: the mirror has 1 entries but the array has 2");
  }

  @Test
  void softAssertionsCollectEveryFailure() {
    DriftSoftAssertions softly = new DriftSoftAssertions();
    softly.assertThat(PlanFixtures.load("clean-run")).hasDrift(VM).hasChangeKind(VM, ChangeKind.DELETE);
    softly.assertThat(PlanFixtures.load("clean-run").resourceChanges().get(0)).hasKind(ChangeKind.CREATE);
    assertThat(softly.errorsCollected()).hasSize(3);
    assertThatThrownBy(softly::assertAll).isInstanceOf(AssertJMultipleFailuresError.class).hasMessageContaining("Multiple Failures (3 failures)");
  }
}
