package io.github.tfdrift.testkit.builder;

import static io.github.tfdrift.testkit.builder.Json.arr;
import static io.github.tfdrift.testkit.builder.Json.obj;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tfdrift.core.address.AttributePath;
import io.github.tfdrift.core.address.InstanceKey;
import io.github.tfdrift.core.json.PlanReader;
import io.github.tfdrift.core.json.PlanWriter;
import io.github.tfdrift.core.model.ChangeKind;
import io.github.tfdrift.core.model.Plan;
import io.github.tfdrift.core.model.Producer;
import io.github.tfdrift.core.model.ResourceChange;
import io.github.tfdrift.core.model.ResourceValues;
import io.github.tfdrift.core.value.JsonValue;
import io.github.tfdrift.testkit.MaskAlignment;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanBuilderTest {
  private static final JsonValue BUCKET = obj("bucket", "logs", "password", "hunter2", "tags", obj("Name", "logs"));

  private static AttributePath p(String s) {
    return AttributePath.parse(s).get();
  }

  @Test
  void theFluentChainBuildsAValidOpenTofuPlanWithDrift() {
    Plan plan =
        Plans.plan().tofu()
            .resource("module.x.aws_s3_bucket.b").update()
            .before(BUCKET)
            .after(obj("bucket", "logs", "password", "hunter2", "tags", obj("Name", "archive")))
            .sensitive("password")
            .drift(obj("bucket", "logs", "password", "hunter2", "tags", obj("Name", "old")))
            .build();
    assertThat(plan.producer().tool()).isEqualTo(Producer.Tool.OPENTOFU);
    assertThat(plan.applyable()).isEmpty();
    ResourceChange rc = plan.resourceChanges().get(0);
    assertThat(rc.moduleAddress()).contains("module.x");
    assertThat(rc.type()).isEqualTo("aws_s3_bucket");
    assertThat(rc.name()).isEqualTo("b");
    assertThat(rc.providerName()).contains("registry.opentofu.org/hashicorp/aws");
    assertThat(rc.change().beforeSensitive()).isEqualTo(obj("password", true, "tags", obj()));
    assertThat(plan.resourceDrift()).singleElement().satisfies(d -> {
      assertThat(d.kind()).isEqualTo(ChangeKind.UPDATE);
      assertThat(d.change().after()).isEqualTo(rc.change().before());
    });
    assertThat(MaskAlignment.problems(plan)).isEmpty();
    assertThat(PlanReader.create().read(PlanWriter.compact().toJson(plan)).get()).isEqualTo(plan);
  }

  @Test
  void deferredChangesGoToDeferredChangesAndMakeThePlanIncomplete() {
    Plan plan =
        Plans.plan()
            .resource("aws_instance.worker[*]").create().after(obj("instance_type", "m7g.large")).deferred("instance_count_unknown")
            .resource("aws_s3_bucket.b").update().before(BUCKET).after(obj("bucket", "logs", "password", "hunter2", "tags", obj()))
                .deferred("provider_config_unknown")
            .resource("terraform_data.t").create().after(obj("input", "x"))
            .build();

    assertThat(plan.resourceChanges()).extracting(ResourceChange::address).containsExactly("terraform_data.t");
    assertThat(plan.deferredChanges()).extracting(d -> d.reason() + " " + d.resourceChange().address())
        .containsExactly("instance_count_unknown aws_instance.worker[*]", "provider_config_unknown aws_s3_bucket.b");
    ResourceChange worker = plan.deferredChanges().get(0).resourceChange();
    assertThat(worker.indexUnknown()).contains(true);
    assertThat(worker.index()).isEmpty();
    assertThat(plan.complete()).contains(false);
    assertThat(plan.plannedValues().get().rootModule().get().resources()).extracting(ResourceValues::address).containsExactly("terraform_data.t");
    assertThat(plan.priorState().get().values().get().rootModule().get().resources()).extracting(ResourceValues::address).containsExactly("aws_s3_bucket.b");
    assertThat(PlanReader.create().read(PlanWriter.compact().toJson(plan)).get()).isEqualTo(plan);
  }

  @Test
  void theUnknownKeyIsOnlyForDeferredChanges() {
    assertThatThrownBy(() -> Plans.plan().resource("aws_instance.worker[*]").create().after(obj("a", 1)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("aws_instance.worker[*]: the unknown key [*] only occurs in deferred changes (deferred(reason))");
  }

  @Test
  void openTofuDoesNotDefer() {
    assertThatThrownBy(() -> Plans.plan().tofu().resource("aws_s3_bucket.b").create().after(BUCKET).deferred("unknown").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("OpenTofu does not defer changes");
  }

  @Test
  void terraformPlansSayApplyableAndComplete() {
    Plan noop = Plans.plan().resource("aws_s3_bucket.b").noOp().value(BUCKET).build();
    assertThat(noop.applyable()).contains(false);
    assertThat(noop.complete()).contains(true);
    Plan create = Plans.plan().resource("aws_s3_bucket.b").create().after(BUCKET).build();
    assertThat(create.applyable()).contains(true);
    assertThat(create.producer().tool()).isEqualTo(Producer.Tool.TERRAFORM);
  }

  @Test
  void instanceKeysAndModuleKeysComeFromTheAddress() {
    Plan plan = Plans.plan().resource("module.a[\"x.y\"].module.b[2].aws_s3_bucket.c[\"q\\\"uote key\"]").create().after(BUCKET).build();
    ResourceChange rc = plan.resourceChanges().get(0);
    assertThat(rc.moduleAddress()).contains("module.a[\"x.y\"].module.b[2]");
    assertThat(rc.index()).contains(InstanceKey.of("q\"uote key"));
    var root = plan.plannedValues().get().rootModule().get();
    assertThat(root.childModules()).singleElement().satisfies(a -> {
      assertThat(a.address()).contains("module.a[\"x.y\"]");
      assertThat(a.childModules()).singleElement().satisfies(b -> assertThat(b.address()).contains("module.a[\"x.y\"].module.b[2]"));
    });
    var call = plan.configuration().get().rootModule().get().moduleCalls().get("a");
    assertThat(call.forEachExpression()).isEqualTo(JsonValue.Obj.EMPTY);
    assertThat(call.module().get().moduleCalls().get("b").countExpression()).isEqualTo(JsonValue.Obj.EMPTY);
  }

  @Test
  void unknownAttributesLeaveAfterAndAreMarked() {
    Plan plan =
        Plans.plan().resource("aws_iam_role.r").create()
            .after(obj("name", "r", "arn", "x", "blocks", arr(obj("a", 1), obj("a", 2))))
            .unknown("arn", "blocks[1]")
            .build();
    var c = plan.resourceChanges().get(0).change();
    assertThat(c.after()).isEqualTo(obj("blocks", arr(obj("a", 1), Json.nul()), "name", "r"));
    assertThat(c.afterUnknown()).isEqualTo(obj("arn", true, "blocks", arr(obj(), true)));
    assertThat(c.afterSensitive()).isEqualTo(obj("blocks", arr(obj(), obj())));
    assertThat(c.beforeSensitive()).isEqualTo(JsonValue.of(false));
    assertThat(MaskAlignment.problems(plan)).isEmpty();
  }

  @Test
  void plannedValuesAndPriorStateFollowTheChanges() {
    Plan plan =
        Plans.plan()
            .resource("aws_s3_bucket.gone").delete().before(BUCKET).sensitive("password")
            .resource("aws_s3_bucket.new").create().after(BUCKET)
            .resource("aws_s3_bucket.same").noOp().value(BUCKET)
            .resource("aws_s3_bucket.same").deposed("deadbeef").delete().before(BUCKET)
            .and()
            .dataSource("data.aws_caller_identity.current", obj("account_id", "123456789012"))
            .build();
    List<String> planned = plan.plannedValues().get().rootModule().get().allResources().stream().map(ResourceValues::address).toList();
    assertThat(planned).containsExactly("aws_s3_bucket.new", "aws_s3_bucket.same");
    var prior = plan.priorState().get().values().get().rootModule().get().allResources();
    assertThat(prior).extracting(r -> r.address() + r.deposedKey().map(d -> "/" + d).orElse(""))
        .containsExactly("aws_s3_bucket.gone", "aws_s3_bucket.same", "aws_s3_bucket.same/deadbeef", "data.aws_caller_identity.current");
    assertThat(prior.get(0).sensitiveValues()).isEqualTo(obj("password", true, "tags", obj()));
    assertThat(plan.resourceChanges()).extracting(rc -> rc.id().toString())
        .containsExactly("aws_s3_bucket.gone", "aws_s3_bucket.new", "aws_s3_bucket.same", "aws_s3_bucket.same (deposed deadbeef)");
    assertThat(MaskAlignment.problems(plan)).isEmpty();
  }

  @Test
  void objectDeletedOutsideIsDeleteDriftWithAPlannedCreate() {
    Plan plan = Plans.plan().resource("aws_s3_bucket.b").create().after(BUCKET).deletedOutside(BUCKET).build();
    assertThat(plan.resourceDrift()).singleElement().satisfies(d -> {
      assertThat(d.kind()).isEqualTo(ChangeKind.DELETE);
      assertThat(d.change().after().isNull()).isTrue();
    });
    assertThat(plan.priorState()).isEmpty();
  }

  @Test
  void movesAndImportsAreNoOpsWithTheirFields() {
    Plan plan =
        Plans.plan()
            .resource("aws_s3_bucket.new_name").noOp().value(BUCKET).movedFrom("aws_s3_bucket.old_name")
            .resource("aws_s3_bucket.imported").noOp().value(BUCKET).importing("logs")
            .build();
    assertThat(plan.resourceChanges().get(0).change().importing().get().id()).contains("logs");
    assertThat(plan.resourceChanges().get(1).previousAddress()).contains("aws_s3_bucket.old_name");
  }

  @Test
  void duplicateObjectsAreRejectedAtBuild() {
    var b = Plans.plan().resource("aws_s3_bucket.b").create().after(BUCKET).resource("aws_s3_bucket.b").noOp().value(BUCKET);
    assertThatThrownBy(b::build).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("aws_s3_bucket.b");
  }

  @Test
  void actionsMustAgreeWithValues() {
    assertThatThrownBy(() -> Plans.plan().resource("aws_s3_bucket.b").create().before(BUCKET).after(BUCKET).build())
        .hasMessageContaining("aws_s3_bucket.b: a create has no before value");
    assertThatThrownBy(() -> Plans.plan().resource("aws_s3_bucket.b").delete().before(BUCKET).after(BUCKET).build())
        .hasMessageContaining("a delete has no after value");
    assertThatThrownBy(() -> Plans.plan().resource("aws_s3_bucket.b").noOp().before(BUCKET).after(obj()).build())
        .hasMessageContaining("a no-op has equal before and after values");
    assertThatThrownBy(() -> Plans.plan().resource("aws_s3_bucket.b").update().after(BUCKET).build())
        .hasMessageContaining("before must be an object (not given)");
    assertThatThrownBy(() -> Plans.plan().resource("aws_s3_bucket.b").before(BUCKET).build())
        .hasMessageContaining("choose an action");
  }

  @Test
  void formatRulesAreEnforced() {
    assertThatThrownBy(() -> Plans.plan().resource("data.aws_ami.x").update().before(BUCKET).after(BUCKET).build())
        .hasMessageContaining("only appears in resource_changes to be read");
    assertThatThrownBy(() -> Plans.plan().resource("aws_s3_bucket.b").read().after(BUCKET).build())
        .hasMessageContaining("aws_s3_bucket.b: only data sources are read");
    assertThatThrownBy(() -> Plans.plan().resource("aws_s3_bucket.b").update().before(BUCKET).after(BUCKET).replacePath("bucket").build())
        .hasMessageContaining("replace paths belong to replacements only");
    assertThatThrownBy(() -> Plans.plan().resource("aws_s3_bucket.b").deposed("xyz").delete().before(BUCKET).build())
        .hasMessageContaining("8 lower-case hex digits");
    assertThatThrownBy(() -> Plans.plan().resource("aws_s3_bucket.b").deposed("deadbeef").update().before(BUCKET).after(BUCKET).build())
        .hasMessageContaining("only be deleted or forgotten");
    assertThatThrownBy(() -> Plans.plan().resource("aws_s3_bucket.b").delete().before(BUCKET).reason("replace_because_tainted").build())
        .hasMessageContaining("does not fit DELETE");
    assertThatThrownBy(() -> Plans.plan().resource("aws_s3_bucket.b").noOp().value(BUCKET).drift(BUCKET).build())
        .hasMessageContaining("differs from the state before refresh");
    assertThatThrownBy(() -> Plans.plan().resource("aws_s3_bucket.b").update().before(BUCKET).after(BUCKET).deletedOutside(BUCKET).build())
        .hasMessageContaining("plan create() to recreate it");
    assertThatThrownBy(() -> Plans.plan().resource("not an address"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a resource instance address");
  }

  @Test
  void mirrorsFollowTerraformsRules() {
    JsonValue v = obj("a", "x", "list", arr("p", "q"), "blocks", arr(obj("k", 1)), "secret", Json.nul(), "nested", obj("s", "t"));
    assertThat(Mirrors.mirror(v, List.of())).isEqualTo(obj("blocks", arr(obj()), "list", arr(false, false), "nested", obj()));
    assertThat(Mirrors.mirror(v, List.of(p("secret"), p("nested.s"), p("list[1]"))))
        .isEqualTo(obj("blocks", arr(obj()), "list", arr(false, true), "nested", obj("s", true), "secret", true));
    assertThat(Mirrors.mirror(JsonValue.nullValue(), List.of(p("a")))).isEqualTo(JsonValue.of(false));
    assertThat(Mirrors.unknownMirror(obj("a", 1), List.of(p("id")))).isEqualTo(obj("id", true));
    assertThat(Mirrors.withoutPaths(v, List.of(p("a"), p("list[0]")))).isEqualTo(obj("blocks", arr(obj("k", 1)), "list", arr(Json.nul(), "q"), "nested", obj("s", "t"), "secret", Json.nul()));
    assertThat(Mirrors.at(v, p("blocks[0].k"))).isEqualTo(JsonValue.of(1));
    assertThat(Mirrors.at(v, p("blocks[3].k")).isAbsent()).isTrue();
    assertThat(Mirrors.with(v, p("blocks[0].k"), JsonValue.of(2))).isNotEqualTo(v);
  }

  @Test
  void outputsBecomeOutputChangesAndValues() {
    Plan plan =
        Plans.plan()
            .output("endpoint", JsonValue.nullValue(), JsonValue.of("https://x"), false)
            .output("token", JsonValue.of("old"), JsonValue.absent(), true)
            .build();
    assertThat(plan.outputChanges().get("endpoint").kind()).isEqualTo(ChangeKind.CREATE);
    assertThat(plan.outputChanges().get("token").afterUnknown()).isEqualTo(JsonValue.of(true));
    assertThat(plan.outputChanges().get("token").beforeSensitive()).isEqualTo(JsonValue.of(true));
    assertThat(plan.plannedValues().get().outputs().get("endpoint").type()).isEqualTo(JsonValue.of("string"));
    assertThat(plan.priorState().get().values().get().outputs()).containsOnlyKeys("token");
    assertThat(PlanReader.create().read(PlanWriter.pretty().toJson(plan)).get()).isEqualTo(plan);
  }
}
