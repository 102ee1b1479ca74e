package io.github.tfdrift.core.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tfdrift.core.RoundTrip;
import io.github.tfdrift.core.Terraform;
import io.github.tfdrift.core.address.AttributePath;
import io.github.tfdrift.core.address.InstanceKey;
import io.github.tfdrift.core.address.ResourceAddress;
import io.github.tfdrift.core.json.PlanReader;
import io.github.tfdrift.core.json.PlanWriter;
import io.github.tfdrift.core.model.ActionReason;
import io.github.tfdrift.core.model.Change;
import io.github.tfdrift.core.model.ChangeKind;
import io.github.tfdrift.core.model.Plan;
import io.github.tfdrift.core.model.Producer;
import io.github.tfdrift.core.model.ResourceChange;
import io.github.tfdrift.core.model.ResourceValues;
import io.github.tfdrift.core.read.PlanError;
import io.github.tfdrift.core.redact.Secrets;
import io.github.tfdrift.core.value.JsonValue;
import io.vavr.control.Either;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plans made by the real terraform binary (built-in {@code terraform_data} only, so it works offline)
 * read into the typed model, and written back losslessly. Three working directories cover every
 * scenario with one {@code init} each: "fresh" (creates, a sensitive variable, outputs), "lifecycle"
 * (updates, replacements, taint, {@code -replace}, deletes, {@code moved}, {@code removed},
 * {@code import}; planned normally, with {@code -destroy} and with {@code -refresh-only}) and
 * "deposed" (an interrupted create_before_destroy). Skips visibly when terraform is absent.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TerraformPlansTest {
  private static final String SECRET = "hunter2-Zq9!vX";
  private static final String IMPORT_ID = "5a2c6e4f-0b1d-4c3e-8f7a-9d6b2e1c0a3f";
  private static final String IMPORT_ONLY_ID = "9b1deb4d-3b7d-4bad-9bdd-2b0d7b3dcb6d";
  /** for_each keys that are hard to put in an address: dots, spaces, quotes, escapes, templates. */
  private static final List<String> AWKWARD_KEYS =
      List.of("with.dot", "with space", "q\"uote", "back\\slash", "tab\there", "br[0]", "ünï-ß", "${x}");

  @TempDir static Path root;

  private final Map<String, byte[]> json = new LinkedHashMap<>();
  private final Map<String, Plan> plans = new LinkedHashMap<>();

  @BeforeAll
  void requireTerraform() {
    Terraform.assumeAvailable(1, 8);
  }

  // ---- scenarios -------------------------------------------------------------------------------

  private Plan plan(String name) {
    if (!plans.containsKey(name)) {
      switch (name) {
        case "fresh":
          fresh();
          break;
        case "lifecycle":
        case "destroy":
        case "refresh-only":
          lifecycle();
          break;
        case "deposed":
          deposed();
          break;
        default:
          throw new IllegalArgumentException(name);
      }
    }
    return plans.get(name);
  }

  private void keep(String name, byte[] bytes) {
    Either<PlanError, Plan> read = PlanReader.create().read(bytes, name);
    assertThat(read.isRight()).as("%s parses: %s", name, read.isLeft() ? read.getLeft().describe() : "").isTrue();
    json.put(name, bytes);
    plans.put(name, read.get());
  }

  private void fresh() {
    Terraform tf =
        Terraform.in(root.resolve("fresh"))
            .config(
                """
                variable "password" {
                  type      = string
                  sensitive = true
                }
                variable "plain" {
                  default = "visible"
                }
                resource "terraform_data" "created" {
                  input = "one"
                }
                resource "terraform_data" "secret" {
                  input = var.password
                }
                output "secret" {
                  value     = terraform_data.secret.output
                  sensitive = true
                }
                output "plain" {
                  value = var.plain
                }
                """)
            .init();
    keep("fresh", tf.plan("-var", "password=" + SECRET));
  }

  private void lifecycle() {
    String keys =
        Stream.concat(Stream.of("plain"), AWKWARD_KEYS.stream())
            .map(TerraformPlansTest::hclString)
            .collect(Collectors.joining(", "));
    Terraform tf =
        Terraform.in(root.resolve("lifecycle"))
            .config(
                """
                resource "terraform_data" "updated" {
                  input = "before"
                }
                resource "terraform_data" "replaced" {
                  input            = "x"
                  triggers_replace = "t1"
                }
                resource "terraform_data" "cbd" {
                  input            = "x"
                  triggers_replace = "t1"
                  lifecycle {
                    create_before_destroy = true
                  }
                }
                resource "terraform_data" "tainted" {
                  input = "x"
                }
                resource "terraform_data" "requested" {
                  input = "x"
                }
                resource "terraform_data" "unconfigured" {
                  input = "x"
                }
                resource "terraform_data" "counted" {
                  count = 3
                  input = count.index
                }
                resource "terraform_data" "keyed" {
                  for_each = toset([%s])
                  input    = each.key
                }
                resource "terraform_data" "old_name" {
                  input = "moved"
                }
                resource "terraform_data" "forgotten" {
                  input = "x"
                }
                """
                    .formatted(keys))
            .init()
            .apply();
    tf.run("taint", "-no-color", "terraform_data.tainted").orFail();
    tf.config(
        """
        resource "terraform_data" "updated" {
          input = "after"
        }
        resource "terraform_data" "replaced" {
          input            = "x"
          triggers_replace = "t2"
        }
        resource "terraform_data" "cbd" {
          input            = "x"
          triggers_replace = "t2"
          lifecycle {
            create_before_destroy = true
          }
        }
        resource "terraform_data" "tainted" {
          input = "x"
        }
        resource "terraform_data" "requested" {
          input = "x"
        }
        resource "terraform_data" "counted" {
          count = 1
          input = count.index
        }
        resource "terraform_data" "keyed" {
          for_each = toset(["plain"])
          input    = each.key
        }
        resource "terraform_data" "new_name" {
          input = "moved"
        }
        moved {
          from = terraform_data.old_name
          to   = terraform_data.new_name
        }
        removed {
          from = terraform_data.forgotten
          lifecycle {
            destroy = false
          }
        }
        import {
          to = terraform_data.imported
          id = "%s"
        }
        resource "terraform_data" "imported" {
          input = "adopted"
        }
        import {
          to = terraform_data.import_only
          id = "%s"
        }
        resource "terraform_data" "import_only" {
        }
        """
            .formatted(IMPORT_ID, IMPORT_ONLY_ID));
    keep("lifecycle", tf.plan("-replace=terraform_data.requested"));
    keep("destroy", tf.plan("-destroy"));
    keep("refresh-only", tf.plan("-refresh-only"));
  }

  /**
   * A create_before_destroy replacement whose new object fails its provisioner: the new object is
   * tainted and the old one stays in state as a deposed object.
   */
  private void deposed() {
    Terraform tf =
        Terraform.in(root.resolve("deposed"))
            .config(
                """
                variable "generation" {
                  default = "1"
                }
                resource "terraform_data" "cbd" {
                  triggers_replace = var.generation
                  lifecycle {
                    create_before_destroy = true
                  }
                  provisioner "local-exec" {
                    command = "test ${self.triggers_replace} = 1"
                  }
                }
                """)
            .init()
            .apply();
    Terraform.Result failed = tf.applyAllowingFailure("-var", "generation=2");
    assertThat(failed.exitCode()).as("the provisioner fails the second apply").isEqualTo(1);
    keep("deposed", tf.plan("-var", "generation=2"));
  }

  private static String hclString(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\t' -> b.append("\\t");
        case '$' -> b.append(i + 1 < s.length() && s.charAt(i + 1) == '{' ? "$$" : "$");
        default -> b.append(c);
      }
    }
    return b.append('"').toString();
  }

  private ResourceChange change(String planName, String address) {
    List<ResourceChange> found =
        plan(planName).resourceChanges().stream().filter(rc -> rc.address().equals(address)).toList();
    assertThat(found).as("resource changes at %s", address).hasSize(1);
    return found.get(0);
  }

  private static AttributePath path(String text) {
    return AttributePath.parse(text).get();
  }

  // ---- plan-level facts ------------------------------------------------------------------------

  @Test
  void terraformPlanIsFormat12ByTerraformWithAllThreeFlags() {
    Plan plan = plan("fresh");
    int[] v = Terraform.version();
    assertThat(plan.formatVersion()).isEqualTo("1.2");
    assertThat(plan.terraformVersion()).contains(v[0] + "." + v[1] + "." + v[2]);
    assertThat(plan.producer().tool()).isEqualTo(Producer.Tool.TERRAFORM);
    assertThat(plan.producer().evidence()).contains("applyable");
    assertThat(plan.errored()).contains(false);
    assertThat(plan.applyable()).contains(true);
    assertThat(plan.complete()).contains(true);
    assertThat(plan.timestamp()).hasValueSatisfying(t -> assertThat(t).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"));
  }

  @TestFactory
  Stream<DynamicTest> everyTerraformPlanRoundTripsThroughPlanWriter() {
    return Stream.of("fresh", "lifecycle", "destroy", "refresh-only", "deposed")
        .map(
            name ->
                DynamicTest.dynamicTest(
                    name, () -> RoundTrip.assertLossless(json(name), plan(name))));
  }

  private byte[] json(String name) {
    plan(name);
    return json.get(name);
  }

  @TestFactory
  Stream<DynamicTest> plansWithoutOutputsHaveNoRelevantAttributes() {
    return Stream.of("lifecycle", "destroy", "refresh-only", "deposed")
        .map(
            name ->
                DynamicTest.dynamicTest(
                    name,
                    () -> {
                      assertThat(RoundTrip.tree(json(name)).get("relevant_attributes").isAbsent()).isTrue();
                      assertThat(plan(name).relevantAttributes()).isEmpty();
                    }));
  }

  // ---- fresh: create, sensitive values, outputs ------------------------------------------------

  @Test
  void newResourceIsCreateWithIdAndOutputKnownAfterApply() {
    ResourceChange rc = change("fresh", "terraform_data.created");
    assertThat(rc.kind()).isEqualTo(ChangeKind.CREATE);
    assertThat(rc.providerName()).contains("terraform.io/builtin/terraform");
    assertThat(rc.change().before().isNull()).isTrue();
    assertThat(rc.change().after().get("input")).isEqualTo(JsonValue.of("one"));
    assertThat(rc.change().afterUnknownMask().isMarked(path("id"))).isTrue();
    assertThat(rc.change().afterUnknownMask().isMarked(path("output"))).isTrue();
    assertThat(rc.change().afterUnknownMask().isMarked(path("input"))).isFalse();
    assertThat(rc.change().beforeSensitive()).isEqualTo(JsonValue.of(false));
    assertThat(rc.actionReason()).isEmpty();
    assertThat(plan("fresh").priorState().flatMap(st -> st.values()).flatMap(v -> v.rootModule()).orElseThrow().resources())
        .as("nothing is in state yet")
        .isEmpty();
  }

  @Test
  void sensitiveVariableIsInClearTextButNamedSensitiveAndMasked() {
    Plan plan = plan("fresh");
    assertThat(plan.variables().get("password").value()).isEqualTo(JsonValue.of(SECRET));
    assertThat(plan.sensitiveVariableNames()).containsExactly("password");
    Change c = change("fresh", "terraform_data.secret").change();
    assertThat(c.after().get("input")).isEqualTo(JsonValue.of(SECRET));
    assertThat(c.afterSensitiveMask().isMarked(path("input"))).isTrue();
    assertThat(c.afterSensitiveMask().isMarked(path("triggers_replace"))).isFalse();
    ResourceValues planned =
        plan.plannedValues().flatMap(v -> v.rootModule()).orElseThrow().resources().stream()
            .filter(r -> r.address().equals("terraform_data.secret"))
            .findFirst()
            .orElseThrow();
    assertThat(planned.sensitiveMask().isMarked(path("input"))).isTrue();
  }

  @Test
  void outputReadingAResourceAttributeMakesThatAttributeRelevant() {
    assertThat(plan("fresh").relevantAttributes())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.resource()).isEqualTo("terraform_data.secret");
              assertThat(r.attribute()).isEqualTo(path("output"));
            });
  }

  @Test
  void planWithSecretsNeverPrintsThemInToString() {
    Plan plan = plan("fresh");
    assertThat(plan.toString()).doesNotContain(SECRET);
    assertThat(change("fresh", "terraform_data.secret").toString()).doesNotContain(SECRET);
    assertThat(plan.variables().toString()).doesNotContain(SECRET);
  }

  @Test
  void redactingWriterMasksTheSecretOfARealPlanAndKeepsItReadable() {
    Plan plan = plan("fresh");
    assertThat(PlanWriter.compact().toJson(plan)).as("the plain writer is lossless").contains(SECRET);
    String redacted = PlanWriter.compact().redacting().toJson(plan);
    assertThat(redacted).doesNotContain(SECRET);
    Plan back = PlanReader.create().read(redacted).get();
    assertThat(back.variables().get("password").value()).isEqualTo(JsonValue.of(Secrets.MASK));
    assertThat(back.variables().get("plain").value()).isEqualTo(JsonValue.of("visible"));
    Change c = back.resourceChanges().stream().filter(rc -> rc.address().equals("terraform_data.secret")).findFirst().orElseThrow().change();
    assertThat(c.actions()).isEqualTo(change("fresh", "terraform_data.secret").change().actions());
    assertThat(c.after().get("input")).isEqualTo(JsonValue.of("(sensitive value 1)"));
    assertThat(c.afterSensitiveMask().isMarked(path("input"))).isTrue();
  }

  @Test
  void sensitiveOutputOfUnknownValueHasNoAfterAndIsMarkedWhole() {
    Change secret = plan("fresh").outputChanges().get("secret");
    assertThat(secret.kind()).isEqualTo(ChangeKind.CREATE);
    assertThat(secret.after().isAbsent()).as("a wholly unknown after is absent").isTrue();
    assertThat(secret.afterUnknownMask().isWhollyMarked()).isTrue();
    assertThat(secret.afterSensitiveMask().isWhollyMarked()).isTrue();
    Change plain = plan("fresh").outputChanges().get("plain");
    assertThat(plain.after()).isEqualTo(JsonValue.of("visible"));
    assertThat(plain.afterSensitiveMask().anyMarked()).isFalse();
  }

  // ---- lifecycle: updates and replacements -----------------------------------------------------

  @Test
  void changedInputIsUpdateInPlace() {
    ResourceChange rc = change("lifecycle", "terraform_data.updated");
    assertThat(rc.kind()).isEqualTo(ChangeKind.UPDATE);
    assertThat(rc.change().before().get("input")).isEqualTo(JsonValue.of("before"));
    assertThat(rc.change().after().get("input")).isEqualTo(JsonValue.of("after"));
    assertThat(rc.change().before().get("id")).isEqualTo(rc.change().after().get("id"));
    assertThat(rc.change().replacePaths()).isEmpty();
    assertThat(rc.actionReason()).isEmpty();
    assertThat(rc.kind().isDestructive()).isFalse();
  }

  @Test
  void changedTriggersReplaceIsDeleteThenCreateBecauseCannotUpdate() {
    ResourceChange rc = change("lifecycle", "terraform_data.replaced");
    assertThat(rc.kind()).isEqualTo(ChangeKind.REPLACE_DELETE_FIRST);
    assertThat(rc.kind().isDestructive()).isTrue();
    assertThat(rc.change().replacePaths()).containsExactly(path("triggers_replace"));
    assertThat(rc.actionReason()).contains(ActionReason.REPLACE_BECAUSE_CANNOT_UPDATE);
    assertThat(rc.change().afterUnknownMask().isMarked(path("id"))).isTrue();
  }

  @Test
  void createBeforeDestroyReplacementIsCreateThenDelete() {
    ResourceChange rc = change("lifecycle", "terraform_data.cbd");
    assertThat(rc.kind()).isEqualTo(ChangeKind.REPLACE_CREATE_FIRST);
    assertThat(rc.change().replacePaths()).containsExactly(path("triggers_replace"));
    assertThat(rc.actionReason()).contains(ActionReason.REPLACE_BECAUSE_CANNOT_UPDATE);
  }

  @Test
  void taintedObjectIsReplacedBecauseTaintedWithoutReplacePaths() {
    ResourceChange rc = change("lifecycle", "terraform_data.tainted");
    assertThat(rc.kind()).isEqualTo(ChangeKind.REPLACE_DELETE_FIRST);
    assertThat(rc.actionReason()).contains(ActionReason.REPLACE_BECAUSE_TAINTED);
    assertThat(rc.change().replacePaths()).isEmpty();
    ResourceValues prior = priorStateResource("lifecycle", "terraform_data.tainted").get(0);
    assertThat(prior.tainted()).contains(true);
  }

  @Test
  void replaceFlagIsReplaceByRequest() {
    ResourceChange rc = change("lifecycle", "terraform_data.requested");
    assertThat(rc.kind()).isEqualTo(ChangeKind.REPLACE_DELETE_FIRST);
    assertThat(rc.actionReason()).contains(ActionReason.REPLACE_BY_REQUEST);
    assertThat(rc.change().replacePaths()).isEmpty();
  }

  // ---- lifecycle: deletes ----------------------------------------------------------------------

  @Test
  void resourceBlockRemovedFromConfigurationIsDeleteBecauseNoResourceConfig() {
    ResourceChange rc = change("lifecycle", "terraform_data.unconfigured");
    assertThat(rc.kind()).isEqualTo(ChangeKind.DELETE);
    assertThat(rc.actionReason()).contains(ActionReason.DELETE_BECAUSE_NO_RESOURCE_CONFIG);
    assertThat(rc.change().after().isNull()).isTrue();
    assertThat(rc.change().afterSensitive()).isEqualTo(JsonValue.of(false));
  }

  @Test
  void shrunkCountDeletesTheIndexesBeyondItBecauseCountIndex() {
    assertThat(change("lifecycle", "terraform_data.counted[0]").kind()).isEqualTo(ChangeKind.NO_OP);
    for (int i = 1; i <= 2; i++) {
      ResourceChange rc = change("lifecycle", "terraform_data.counted[" + i + "]");
      assertThat(rc.kind()).isEqualTo(ChangeKind.DELETE);
      assertThat(rc.index()).contains(InstanceKey.of(i));
      assertThat(rc.actionReason()).contains(ActionReason.DELETE_BECAUSE_COUNT_INDEX);
    }
  }

  @Test
  void shrunkForEachDeletesTheDroppedKeysBecauseEachKey() {
    List<ResourceChange> keyed = keyed();
    assertThat(keyed).hasSize(AWKWARD_KEYS.size() + 1);
    for (ResourceChange rc : keyed) {
      if (rc.index().equals(java.util.Optional.of(InstanceKey.of("plain")))) {
        assertThat(rc.kind()).isEqualTo(ChangeKind.NO_OP);
      } else {
        assertThat(rc.kind()).as(rc.address()).isEqualTo(ChangeKind.DELETE);
        assertThat(rc.actionReason()).as(rc.address()).contains(ActionReason.DELETE_BECAUSE_EACH_KEY);
      }
    }
    assertThat(keyed.stream().map(rc -> rc.index().orElseThrow()))
        .containsAll(AWKWARD_KEYS.stream().map(InstanceKey::of).toList());
  }

  @Test
  void forEachKeysWithDotsSpacesAndQuotesRoundTripThroughResourceAddress() {
    for (ResourceChange rc : keyed()) {
      ResourceAddress parsed = ResourceAddress.parse(rc.address()).getOrElseThrow(m -> new AssertionError(rc.address() + ": " + m));
      assertThat(parsed.key()).as(rc.address()).isEqualTo(rc.index());
      assertThat(parsed.type()).isEqualTo("terraform_data");
      assertThat(parsed.name()).isEqualTo("keyed");
      assertThat(parsed.render()).isEqualTo(rc.address());
      ResourceAddress built = ResourceAddress.of("terraform_data", "keyed").withKey(rc.index().orElseThrow());
      assertThat(built.render()).as("rendered from the key alone").isEqualTo(rc.address());
    }
  }

  private List<ResourceChange> keyed() {
    return plan("lifecycle").resourceChanges().stream().filter(rc -> rc.name().equals("keyed")).toList();
  }

  // ---- lifecycle: moved, removed, import -------------------------------------------------------

  @Test
  void movedBlockIsNoOpWithPreviousAddressAndStillActionable() {
    ResourceChange rc = change("lifecycle", "terraform_data.new_name");
    assertThat(rc.kind()).isEqualTo(ChangeKind.NO_OP);
    assertThat(rc.previousAddress()).contains("terraform_data.old_name");
    assertThat(plan("lifecycle").actionableChanges()).contains(rc);
    assertThat(plan("lifecycle").resourceChanges()).noneMatch(c -> c.address().equals("terraform_data.old_name"));
  }

  @Test
  void removedBlockWithDestroyFalseIsForgetNotDestroy() {
    ResourceChange rc = change("lifecycle", "terraform_data.forgotten");
    assertThat(rc.kind()).isEqualTo(ChangeKind.FORGET);
    assertThat(rc.kind().isDestructive()).isFalse();
    assertThat(rc.kind().forgets()).isTrue();
    assertThat(rc.change().after().isNull()).isTrue();
    // Terraform 1.11 gives the forget the reason of a plain delete.
    assertThat(rc.actionReason()).contains(ActionReason.DELETE_BECAUSE_NO_RESOURCE_CONFIG);
    // Terraform 1.11 keeps the forgotten instance in planned_values, without values.
    ResourceValues planned =
        plan("lifecycle").plannedValues().flatMap(v -> v.rootModule()).orElseThrow().resources().stream()
            .filter(r -> r.address().equals("terraform_data.forgotten"))
            .findFirst()
            .orElseThrow();
    assertThat(planned.values().isAbsent()).isTrue();
    assertThat(planned.sensitiveValues()).isEqualTo(JsonValue.of(false));
  }

  @Test
  void importBlockWithConfiguredInputIsUpdateCarryingTheImportId() {
    ResourceChange rc = change("lifecycle", "terraform_data.imported");
    assertThat(rc.kind()).isEqualTo(ChangeKind.UPDATE);
    assertThat(rc.change().importing()).hasValueSatisfying(i -> assertThat(i.id()).contains(IMPORT_ID));
    assertThat(rc.change().before().get("id")).isEqualTo(JsonValue.of(IMPORT_ID));
    assertThat(rc.change().before().get("input").isNull()).isTrue();
    assertThat(rc.change().after().get("input")).isEqualTo(JsonValue.of("adopted"));
  }

  @Test
  void importOnlyIsNoOpThatStillCountsAsActionable() {
    ResourceChange rc = change("lifecycle", "terraform_data.import_only");
    assertThat(rc.kind()).isEqualTo(ChangeKind.NO_OP);
    assertThat(rc.change().importing().flatMap(i -> i.id())).contains(IMPORT_ONLY_ID);
    assertThat(plan("lifecycle").actionableChanges()).contains(rc);
  }

  @Test
  void unchangedResourcesAreNoOpsLeftOutOfActionableChanges() {
    ResourceChange plain = change("lifecycle", "terraform_data.keyed[\"plain\"]");
    assertThat(plain.kind()).isEqualTo(ChangeKind.NO_OP);
    assertThat(plan("lifecycle").actionableChanges()).doesNotContain(plain);
  }

  // ---- -destroy and -refresh-only --------------------------------------------------------------

  @Test
  void destroyPlanDeletesEveryObjectInStateWithoutReasons() {
    Plan plan = plan("destroy");
    assertThat(plan.resourceChanges()).isNotEmpty();
    assertThat(plan.resourceChanges()).allSatisfy(rc -> {
      assertThat(rc.kind()).as(rc.address()).isEqualTo(ChangeKind.DELETE);
      assertThat(rc.actionReason()).as(rc.address()).isEmpty();
    });
    List<String> inState =
        plan.priorState().flatMap(s -> s.values()).flatMap(v -> v.rootModule()).orElseThrow().resources().stream()
            .map(ResourceValues::address)
            .toList();
    assertThat(plan.resourceChanges().stream().map(ResourceChange::address).toList())
        .containsExactlyInAnyOrderElementsOf(inState);
    assertThat(plan.plannedValues().flatMap(v -> v.rootModule()).orElseThrow().resources()).isEmpty();
    assertThat(plan.applyable()).contains(true);
  }

  @Test
  void refreshOnlyPlanReportsTheMoveAsDriftAndPlansNoChange() {
    Plan plan = plan("refresh-only");
    assertThat(plan.resourceChanges()).isEmpty();
    assertThat(plan.resourceDrift()).hasSize(1);
    ResourceChange drift = plan.resourceDrift().get(0);
    assertThat(drift.address()).isEqualTo("terraform_data.new_name");
    assertThat(drift.previousAddress()).contains("terraform_data.old_name");
    assertThat(drift.kind()).isEqualTo(ChangeKind.NO_OP);
    assertThat(plan.applyable()).contains(false);
    assertThat(plan.isApplyable()).isFalse();
    assertThat(plan.complete()).contains(true);
  }

  // ---- deposed ---------------------------------------------------------------------------------

  @Test
  void deposedObjectIsDeletedBesideTheTaintedReplacementAtTheSameAddress() {
    Plan plan = plan("deposed");
    List<ResourceChange> atAddress =
        plan.resourceChanges().stream().filter(rc -> rc.address().equals("terraform_data.cbd")).toList();
    assertThat(atAddress).hasSize(2);
    ResourceChange current = atAddress.stream().filter(rc -> rc.deposed().isEmpty()).findFirst().orElseThrow();
    ResourceChange deposed = atAddress.stream().filter(rc -> rc.deposed().isPresent()).findFirst().orElseThrow();
    assertThat(deposed.deposed().get()).matches("[0-9a-f]{8}");
    assertThat(deposed.kind()).isEqualTo(ChangeKind.DELETE);
    assertThat(deposed.actionReason()).isEmpty();
    assertThat(current.kind()).isEqualTo(ChangeKind.REPLACE_CREATE_FIRST);
    assertThat(current.actionReason()).contains(ActionReason.REPLACE_BECAUSE_TAINTED);
    assertThat(current.id()).isNotEqualTo(deposed.id());

    List<ResourceValues> prior = priorStateResource("deposed", "terraform_data.cbd");
    assertThat(prior).hasSize(2);
    assertThat(prior).anySatisfy(r -> {
      assertThat(r.tainted()).contains(true);
      assertThat(r.deposedKey()).isEmpty();
    });
    assertThat(prior).anySatisfy(r -> assertThat(r.deposedKey()).isEqualTo(deposed.deposed()));
  }

  private List<ResourceValues> priorStateResource(String planName, String address) {
    return plan(planName).priorState().flatMap(s -> s.values()).flatMap(v -> v.rootModule()).orElseThrow()
        .resources().stream()
        .filter(r -> r.address().equals(address))
        .toList();
  }
}
