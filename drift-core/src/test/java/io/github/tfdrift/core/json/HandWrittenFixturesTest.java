package io.github.tfdrift.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tfdrift.core.RoundTrip;
import io.github.tfdrift.core.address.AttributePath;
import io.github.tfdrift.core.address.InstanceKey;
import io.github.tfdrift.core.address.ResourceAddress;
import io.github.tfdrift.core.address.ResourceMode;
import io.github.tfdrift.core.model.Action;
import io.github.tfdrift.core.model.ActionInvocation;
import io.github.tfdrift.core.model.ActionReason;
import io.github.tfdrift.core.model.ChangeKind;
import io.github.tfdrift.core.model.Check;
import io.github.tfdrift.core.model.CheckStatus;
import io.github.tfdrift.core.model.DeferredChange;
import io.github.tfdrift.core.model.InstanceId;
import io.github.tfdrift.core.model.Plan;
import io.github.tfdrift.core.model.Producer;
import io.github.tfdrift.core.model.ResourceChange;
import io.github.tfdrift.core.model.ResourceValues;
import io.github.tfdrift.core.read.PlanError;
import io.github.tfdrift.core.value.JsonValue;
import io.github.tfdrift.core.value.JsonValues;
import io.vavr.control.Either;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Hand-written plans (src/test/resources/fixtures, written from the format reference) for what no
 * real file in the corpus shows: deposed objects, OpenTofu's forget-then-create and ephemeral
 * resources, Terraform's create-then-forget, deferred changes, action invocations, resource identity,
 * and fields and words from a future version.
 */
class HandWrittenFixturesTest {
  private static final List<String> FIXTURES =
      List.of(
          "deposed-object",
          "opentofu-forget-create",
          "terraform-create-forget",
          "deferred-changes",
          "opentofu-ephemeral-open",
          "action-invocations",
          "identity",
          "future-fields");

  static byte[] bytes(String name) {
    try (InputStream in = HandWrittenFixturesTest.class.getResourceAsStream("/fixtures/" + name + ".json")) {
      assertThat(in).as("fixture %s", name).isNotNull();
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Plan plan(String name) {
    Either<PlanError, Plan> read = PlanReader.create().read(bytes(name), name + ".json");
    assertThat(read.isRight()).as("%s parses: %s", name, read.isLeft() ? read.getLeft().describe() : "").isTrue();
    return read.get();
  }

  private static ResourceChange change(Plan plan, String address) {
    return plan.resourceChanges().stream()
        .filter(rc -> rc.address().equals(address) && rc.deposed().isEmpty())
        .findFirst()
        .orElseThrow(() -> new AssertionError("no change at " + address));
  }

  @TestFactory
  Stream<DynamicTest> everyFixtureRoundTripsLosslessly() {
    return FIXTURES.stream()
        .map(name -> DynamicTest.dynamicTest(name, () -> RoundTrip.assertLossless(bytes(name), plan(name))));
  }

  // ---- deposed ---------------------------------------------------------------------------------

  @Test
  void deposedObjectSharesTheAddressButNotTheId() {
    Plan plan = plan("deposed-object");
    assertThat(plan.resourceChanges()).extracting(ResourceChange::address).containsOnly("aws_instance.web");
    ResourceChange current = plan.resourceChanges().get(0);
    ResourceChange deposed = plan.resourceChanges().get(1);
    assertThat(current.deposed()).isEmpty();
    assertThat(deposed.deposed()).contains("5f2a9c1e");
    assertThat(current.id()).isEqualTo(InstanceId.of("aws_instance.web"));
    assertThat(deposed.id()).isEqualTo(InstanceId.of("aws_instance.web", Optional.of("5f2a9c1e")));
    assertThat(deposed.id().toString()).isEqualTo("aws_instance.web (deposed 5f2a9c1e)");
    assertThat(current.kind()).isEqualTo(ChangeKind.REPLACE_CREATE_FIRST);
    assertThat(current.actionReason()).contains(ActionReason.REPLACE_BECAUSE_TAINTED);
    assertThat(deposed.kind()).isEqualTo(ChangeKind.DELETE);
    assertThat(deposed.kind().isDestructive()).isTrue();
    assertThat(deposed.actionReason()).isEmpty();
  }

  @Test
  void deposedObjectInPriorStateCarriesDeposedKeyBesideTheTaintedCurrentObject() {
    List<ResourceValues> state =
        plan("deposed-object").priorState().flatMap(s -> s.values()).flatMap(v -> v.rootModule()).orElseThrow().resources();
    assertThat(state).hasSize(2);
    assertThat(state.get(0).tainted()).contains(true);
    assertThat(state.get(0).deposedKey()).isEmpty();
    assertThat(state.get(1).deposedKey()).contains("5f2a9c1e");
    assertThat(state.get(1).tainted()).isEmpty();
    assertThat(plan("deposed-object").plannedValues().flatMap(v -> v.rootModule()).orElseThrow().resources())
        .as("deposed objects are never planned")
        .hasSize(1);
  }

  @Test
  void numbersKeepTheirLiteralText() {
    String written = PlanWriter.compact().toJson(plan("deposed-object"));
    assertThat(written).contains("\"cpu_credit_ratio\":1.50").contains("\"cpu_credit_ratio\":1.0");
  }

  // ---- forget ----------------------------------------------------------------------------------

  @Test
  void openTofuForgetThenCreateIsAReplacementThatForgetsTheOldObject() {
    Plan plan = plan("opentofu-forget-create");
    ResourceChange logs = change(plan, "aws_s3_bucket.logs");
    assertThat(logs.change().actions()).containsExactly(Action.FORGET, Action.CREATE);
    assertThat(logs.kind()).isEqualTo(ChangeKind.REPLACE_FORGET_THEN_CREATE);
    assertThat(logs.kind().isReplace()).isTrue();
    assertThat(logs.kind().forgets()).isTrue();
    assertThat(logs.kind().isDestructive()).isFalse();
    assertThat(logs.actionReason()).contains(ActionReason.FORGOT_BECAUSE_LIFECYCLE_DESTROY_IN_CONFIG);
    assertThat(logs.actionReason().get().isKnown()).isTrue();
    assertThat(logs.change().replacePaths()).containsExactly(AttributePath.parse("bucket").get());
  }

  @Test
  void openTofuPlainForgetKeepsItsStateReason() {
    ResourceChange archive = change(plan("opentofu-forget-create"), "aws_s3_bucket.archive");
    assertThat(archive.kind()).isEqualTo(ChangeKind.FORGET);
    assertThat(archive.actionReason()).contains(ActionReason.FORGOT_BECAUSE_LIFECYCLE_DESTROY_IN_STATE);
  }

  @Test
  void openTofuPlanIsRecognisedByItsRegistryHost() {
    Plan plan = plan("opentofu-forget-create");
    assertThat(plan.producer().tool()).isEqualTo(Producer.Tool.OPENTOFU);
    assertThat(plan.producer().evidence()).contains("registry.opentofu.org");
    assertThat(plan.applyable()).isEmpty();
    assertThat(plan.complete()).isEmpty();
    assertThat(plan.isApplyable()).as("derived: not errored and some change").isTrue();
    assertThat(plan.isComplete()).isTrue();
  }

  @Test
  void terraformCreateThenForgetIsAReplacementThatForgetsTheOldObject() {
    Plan plan = plan("terraform-create-forget");
    ResourceChange keep = change(plan, "terraform_data.keep");
    assertThat(keep.kind()).isEqualTo(ChangeKind.REPLACE_CREATE_THEN_FORGET);
    assertThat(keep.kind().isReplace()).isTrue();
    assertThat(keep.kind().forgets()).isTrue();
    assertThat(keep.kind().isDestructive()).isFalse();
    assertThat(keep.actionReason()).contains(ActionReason.REPLACE_BECAUSE_TAINTED);
    assertThat(plan.producer().tool()).isEqualTo(Producer.Tool.TERRAFORM);
  }

  // ---- deferred --------------------------------------------------------------------------------

  @Test
  void deferredChangesKeepTheirReasonsAndUnknownInstanceKeys() {
    Plan plan = plan("deferred-changes");
    assertThat(plan.deferredChanges()).extracting(DeferredChange::reason)
        .containsExactly("instance_count_unknown", "provider_config_unknown", "deferred_prereq");
    ResourceChange worker = plan.deferredChanges().get(0).resourceChange();
    assertThat(worker.address()).isEqualTo("aws_instance.worker[*]");
    assertThat(worker.indexUnknown()).contains(true);
    assertThat(worker.index()).isEmpty();
    assertThat(worker.parsedAddress().get().key()).contains(InstanceKey.unknown());
    assertThat(worker.parsedAddress().get().render()).isEqualTo("aws_instance.worker[*]");
    assertThat(plan.resourceChanges()).extracting(ResourceChange::address).containsExactly("terraform_data.cluster");
  }

  @Test
  void deferredImportWithUnknownIdIsMarkedUnknown() {
    ResourceChange app = plan("deferred-changes").deferredChanges().get(1).resourceChange();
    assertThat(app.change().importing()).hasValueSatisfying(i -> {
      assertThat(i.unknown()).contains(true);
      assertThat(i.id()).isEmpty();
    });
  }

  @Test
  void deferredChangeInAModuleWithADottedKeyParses() {
    ResourceChange api = plan("deferred-changes").deferredChanges().get(2).resourceChange();
    ResourceAddress parsed = api.parsedAddress().get();
    assertThat(parsed.moduleAddress()).isEqualTo(api.moduleAddress().orElseThrow());
    assertThat(parsed.modulePath().get(0).key()).contains(InstanceKey.of("blue.green"));
    assertThat(api.change().afterUnknownMask().isMarked(AttributePath.parse("version").get())).isTrue();
  }

  @Test
  void planWithDeferredChangesIsIncomplete() {
    Plan plan = plan("deferred-changes");
    assertThat(plan.complete()).contains(false);
    assertThat(plan.isComplete()).isFalse();
    assertThat(plan.applyable()).contains(true);
    assertThat(plan.producer().tool()).isEqualTo(Producer.Tool.TERRAFORM);
  }

  // ---- ephemeral -------------------------------------------------------------------------------

  @Test
  void openTofuEphemeralResourceIsOpenWithNullValues() {
    ResourceChange db = change(plan("opentofu-ephemeral-open"), "ephemeral.random_password.db");
    assertThat(db.mode()).isEqualTo(ResourceMode.EPHEMERAL);
    assertThat(db.mode().isKnown()).isTrue();
    assertThat(db.kind()).isEqualTo(ChangeKind.OPEN);
    assertThat(db.kind().creates()).isFalse();
    assertThat(db.change().before().isNull()).isTrue();
    assertThat(db.change().after().isNull()).isTrue();
    assertThat(db.parsedAddress().get().mode()).isEqualTo(ResourceMode.EPHEMERAL);
    assertThat(db.parsedAddress().get().render()).isEqualTo("ephemeral.random_password.db");
  }

  @Test
  void ephemeralResourceRevealsOpenTofuEvenWithTerraformRegistryProviders() {
    Producer producer = plan("opentofu-ephemeral-open").producer();
    assertThat(producer.tool()).isEqualTo(Producer.Tool.OPENTOFU);
    assertThat(producer.evidence()).contains("ephemeral");
  }

  // ---- actions ---------------------------------------------------------------------------------

  @Test
  void lifecycleTriggeredActionInvocationKeepsItsTrigger() {
    Plan plan = plan("action-invocations");
    assertThat(plan.actionInvocations()).extracting(ActionInvocation::address)
        .containsExactly("action.aws_lambda_invoke.notify", "action.aws_lambda_invoke.audit[\"eu\"]");
    ActionInvocation notify = plan.actionInvocations().get(0);
    assertThat(notify.type()).contains("aws_lambda_invoke");
    assertThat(notify.providerName()).contains("registry.terraform.io/hashicorp/aws");
    JsonValue trigger = notify.lifecycleActionTrigger();
    assertThat(trigger.get("triggering_resource_address")).isEqualTo(JsonValue.of("aws_instance.web"));
    assertThat(trigger.get("action_trigger_event")).isEqualTo(JsonValue.of("AfterCreate"));
    assertThat(trigger.get("on_failure")).isEqualTo(JsonValue.of("ActionOnFailureHalt"));
    assertThat(notify.invokeActionTrigger().isAbsent()).isTrue();
  }

  @Test
  void invokedActionHasAnEmptyInvokeTriggerAndUnknownConfig() {
    ActionInvocation audit = plan("action-invocations").actionInvocations().get(1);
    assertThat(audit.invokeActionTrigger()).isEqualTo(JsonValue.Obj.EMPTY);
    assertThat(audit.lifecycleActionTrigger().isAbsent()).isTrue();
    assertThat(audit.configUnknown().get("payload")).isEqualTo(JsonValue.of(true));
  }

  @Test
  void configurationActionsAreKept() {
    JsonValue actions =
        plan("action-invocations").configuration().flatMap(c -> c.rootModule()).orElseThrow().actions();
    assertThat(actions).isInstanceOf(JsonValue.Arr.class);
    assertThat(((JsonValue.Arr) actions).size()).isEqualTo(2);
  }

  // ---- identity --------------------------------------------------------------------------------

  @Test
  void identityBasedImportCarriesTheIdentityAndNoId() {
    ResourceChange adopted = change(plan("identity"), "aws_s3_bucket.adopted");
    assertThat(adopted.kind()).isEqualTo(ChangeKind.NO_OP);
    assertThat(adopted.change().importing()).hasValueSatisfying(i -> {
      assertThat(i.id()).isEmpty();
      assertThat(i.identity().get("bucket")).isEqualTo(JsonValue.of("acme-adopted"));
    });
    assertThat(adopted.change().afterIdentity().get("account_id")).isEqualTo(JsonValue.of("123456789012"));
    assertThat(plan("identity").actionableChanges()).contains(adopted);
  }

  @Test
  void identityIsKeptOnChangesAndInTheValuesRepresentation() {
    Plan plan = plan("identity");
    ResourceChange existing = change(plan, "aws_s3_bucket.existing");
    assertThat(existing.change().beforeIdentity()).isEqualTo(existing.change().afterIdentity());
    ResourceValues planned = plan.plannedValues().flatMap(v -> v.rootModule()).orElseThrow().resources().get(1);
    assertThat(planned.identitySchemaVersion()).isEqualTo(JsonValue.of(0));
    assertThat(planned.identity().get("region")).isEqualTo(JsonValue.of("eu-west-1"));
  }

  // ---- the future ------------------------------------------------------------------------------

  @Test
  void futureMinorFormatVersionIsAccepted() {
    Plan plan = plan("future-fields");
    assertThat(plan.formatVersion()).isEqualTo("1.7");
    assertThat(plan.formatMajor()).isEqualTo(1);
  }

  @Test
  void unknownActionWordsAreKeptAndGiveUnknownKind() {
    Plan plan = plan("future-fields");
    ResourceChange main = change(plan, "widget_gadget.main");
    assertThat(main.change().actions()).containsExactly(Action.of("teleport"));
    assertThat(main.change().actions().get(0).isKnown()).isFalse();
    assertThat(main.kind()).isEqualTo(ChangeKind.UNKNOWN);
    assertThat(main.kind().isDestructive()).isFalse();
    ResourceChange copy = change(plan, "virtual.widget_shadow.copy");
    assertThat(copy.change().actions()).containsExactly(Action.UPDATE, Action.of("teleport"));
    assertThat(copy.kind()).isEqualTo(ChangeKind.UNKNOWN);
  }

  @Test
  void unknownReasonModeAndCheckStatusAreKeptAsText() {
    Plan plan = plan("future-fields");
    ResourceChange main = change(plan, "widget_gadget.main");
    assertThat(main.actionReason()).contains(ActionReason.of("replace_because_moon_phase"));
    assertThat(main.actionReason().get().isKnown()).isFalse();
    assertThat(main.actionReason().get().describe()).isEqualTo("replace_because_moon_phase");
    ResourceChange copy = change(plan, "virtual.widget_shadow.copy");
    assertThat(copy.mode().text()).isEqualTo("virtual");
    assertThat(copy.mode().isKnown()).isFalse();
    Check check = plan.checks().get(0);
    assertThat(check.status()).contains(CheckStatus.of("skipped"));
    assertThat(check.status().get().isKnown()).isFalse();
    assertThat(check.instances().get(0).status().get().text()).isEqualTo("skipped");
  }

  @Test
  void unknownFieldsAreKeptAtEveryLevel() {
    Plan plan = plan("future-fields");
    assertThat(plan.extras().keys()).containsExactly("policy_results", "stack");
    assertThat(plan.variables().get("region").extras().get("origin")).isEqualTo(JsonValue.of("cli"));
    assertThat(plan.plannedValues().orElseThrow().extras().keys()).containsExactly("values_schema");
    assertThat(plan.plannedValues().orElseThrow().outputs().get("endpoint").extras().keys()).containsExactly("deprecated");
    assertThat(plan.plannedValues().orElseThrow().rootModule().orElseThrow().extras().keys()).containsExactly("module_digest");
    assertThat(plan.plannedValues().orElseThrow().rootModule().orElseThrow().resources().get(0).extras().keys())
        .containsExactly("lineage_hint");
    assertThat(plan.resourceDrift().get(0).extras().keys()).containsExactly("drift_source");
    ResourceChange main = change(plan, "widget_gadget.main");
    assertThat(main.extras().get("priority")).isEqualTo(JsonValue.of(5));
    assertThat(main.change().extras().keys()).containsExactly("teleport_target");
    assertThat(main.change().importing().orElseThrow().extras().keys()).containsExactly("source");
    assertThat(plan.outputChanges().get("endpoint").extras().keys()).containsExactly("ephemeral");
    assertThat(plan.configuration().orElseThrow().extras().keys()).containsExactly("policy_config");
    assertThat(plan.configuration().orElseThrow().providerConfig().get("widget").extras().keys()).containsExactly("mirror");
    assertThat(plan.configuration().orElseThrow().rootModule().orElseThrow().extras().keys()).containsExactly("policies");
    assertThat(plan.configuration().orElseThrow().rootModule().orElseThrow().resources().get(0).extras().keys())
        .containsExactly("lifecycle");
    assertThat(plan.configuration().orElseThrow().rootModule().orElseThrow().variables().get("region").extras().keys())
        .containsExactly("validation_count");
    Check check = plan.checks().get(0);
    assertThat(check.extras().keys()).containsExactly("owner");
    assertThat(check.address().extras().keys()).containsExactly("annotation");
    assertThat(check.instances().get(0).extras().keys()).containsExactly("duration_ms");
    assertThat(check.instances().get(0).problems().get(0).extras().keys()).containsExactly("severity");
  }

  @Test
  void unknownFieldsSurviveWritingBack() {
    JsonValue written = JsonValues.parseTrusted(PlanWriter.pretty().toJson(plan("future-fields")));
    assertThat(written.get("stack").get("component")).isEqualTo(JsonValue.of("widgets"));
    assertThat(written.get("resource_changes").get(0).get("change").get("teleport_target"))
        .isEqualTo(JsonValue.of("eu-north-1"));
    assertThat(written.get("checks").get(0).get("instances").get(0).get("duration_ms")).isEqualTo(JsonValue.of(12));
    assertThat(JsonValues.toJson(written.get("planned_values").get("root_module").get("resources").get(0).get("values")))
        .isEqualTo("{\"ratio\":0.10,\"size\":1e3}");
  }

  @Test
  void privateRegistryPlanWithoutTellingFeaturesHasUnknownProducer() {
    Producer producer = plan("future-fields").producer();
    assertThat(producer.tool()).isEqualTo(Producer.Tool.UNKNOWN);
    assertThat(producer.evidence()).isNotBlank();
  }
}
