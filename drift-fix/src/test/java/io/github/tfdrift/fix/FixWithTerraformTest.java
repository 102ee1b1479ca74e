package io.github.tfdrift.fix;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.tfdrift.config.ConfigurationReader;
import io.github.tfdrift.config.model.Configuration;
import io.github.tfdrift.core.Terraform;
import io.github.tfdrift.fix.engine.Fixer;
import io.github.tfdrift.core.json.PlanReader;
import io.github.tfdrift.core.model.Plan;
import io.github.tfdrift.rules.Report;
import io.github.tfdrift.rules.engine.DriftEngine;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runbook's procedures proved with the real binary: apply a configuration, change the state so the
 * real object differs (or rename the block), plan, fix, and a fresh plan shows nothing left to do,
 * and {@code terraform fmt -check} accepts every file. {@code terraform_data} needs no download.
 */
class FixWithTerraformTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @BeforeEach
  void terraform() {
    Terraform.assumeAvailable();
  }

  @Test
  void acceptWritesTheRealValueIntoTheLiteralOfTheResourceBlock() throws IOException {
    Terraform tf = Terraform.in(dir).config("""
        resource "terraform_data" "vm" {
          # the media server
          input = {
            memory = 8192 # MiB
            name   = "jellyfin"
          }
        }
        """).init().apply();
    drift(tf, "terraform_data", "vm", null, input -> input.put("memory", 10240));

    PatchResult result = Fixer.accept(configuration(), report(tf), Selection.all());

    assertThat(result.complete()).isTrue();
    assertThat(result.patch().unifiedDiff()).isEqualTo("""
        --- a/main.tf
        +++ b/main.tf
        @@ -1,7 +1,7 @@
         resource "terraform_data" "vm" {
           # the media server
           input = {
        -    memory = 8192 # MiB
        +    memory = 10240 # MiB
             name   = "jellyfin"
           }
         }
        """);
    assertNoChangesAfterWriting(tf, result);
  }

  @Test
  void acceptFollowsVarToTheModuleCallsArgument() throws IOException {
    Terraform tf = Terraform.in(dir)
        .config("""
            module "jellyfin" {
              source = "./modules/vm"

              name   = "jellyfin"
              memory = 8192
            }
            """)
        .file("modules/vm/main.tf", """
            variable "name" {
              type = string
            }

            variable "memory" {
              type    = number
              default = 4096
            }

            resource "terraform_data" "vm" {
              input = {
                name   = var.name
                memory = var.memory
              }
            }
            """)
        .init().apply();
    drift(tf, "terraform_data", "vm", "module.jellyfin", input -> input.put("memory", 10240));

    PatchResult result = Fixer.accept(configuration(), report(tf), Selection.all());

    assertThat(result.patch().files()).containsExactly("main.tf");
    assertThat(result.patch().unifiedDiff()).contains("-  memory = 8192\n+  memory = 10240\n");
    assertNoChangesAfterWriting(tf, result);
  }

  @Test
  void acceptFollowsARootVariableToItsTfvarsAssignment() throws IOException {
    Terraform tf = Terraform.in(dir)
        .config("""
            variable "memory" {
              type = number
            }

            resource "terraform_data" "vm" {
              input = {
                memory = var.memory
              }
            }
            """)
        .file("terraform.tfvars", """
            # sizes of the media server
            memory = 8192
            """)
        .init().apply();
    drift(tf, "terraform_data", "vm", null, input -> input.put("memory", 12288));

    PatchResult result = Fixer.accept(configuration(), report(tf), Selection.all());

    assertThat(result.patch().unifiedDiff()).isEqualTo("""
        --- a/terraform.tfvars
        +++ b/terraform.tfvars
        @@ -1,2 +1,2 @@
         # sizes of the media server
        -memory = 8192
        +memory = 12288
        """);
    assertNoChangesAfterWriting(tf, result);
  }

  @Test
  void acceptFollowsEachValueToTheEntryOfALocalsMap() throws IOException {
    Terraform tf = Terraform.in(dir).config("""
        locals {
          vms = {
            jellyfin = { memory = 8192, cores = 4 }
            sonarr   = { memory = 2048, cores = 2 }
          }
        }

        resource "terraform_data" "vm" {
          for_each = local.vms

          input = {
            memory = each.value.memory
            cores  = each.value.cores
          }
        }
        """).init().apply();
    drift(tf, "terraform_data", "vm", null, "jellyfin", input -> input.put("memory", 10240));

    PatchResult result = Fixer.accept(configuration(), report(tf), Selection.all());

    assertThat(result.patched()).extracting(EntryOutcome::address).containsExactly("terraform_data.vm[\"jellyfin\"]");
    assertThat(result.patch().unifiedDiff()).contains("-    jellyfin = { memory = 8192, cores = 4 }\n+    jellyfin = { memory = 10240, cores = 4 }\n");
    assertNoChangesAfterWriting(tf, result);
  }

  @Test
  void ignoreAddsTheDriftedAttributeToTheLifecycleBlockKeepingItsOtherArguments() throws IOException {
    Terraform tf = Terraform.in(dir).config("""
        resource "terraform_data" "vm" {
          input = {
            memory = 8192
            name   = "jellyfin"
          }

          lifecycle {
            # keep the VM up while it is replaced
            create_before_destroy = true
          }
        }
        """).init().apply();
    drift(tf, "terraform_data", "vm", null, input -> input.put("memory", 10240));

    PatchResult result = Fixer.ignore(configuration(), report(tf), Selection.all());

    assertThat(result.patch().unifiedDiff()).isEqualTo("""
        --- a/main.tf
        +++ b/main.tf
        @@ -7,5 +7,6 @@
           lifecycle {
             # keep the VM up while it is replaced
             create_before_destroy = true
        +    ignore_changes        = [input.memory]
           }
         }
        """);
    assertNoChangesAfterWriting(tf, result);
  }

  @Test
  void ignoreCreatesTheLifecycleBlockWhenThereIsNone() throws IOException {
    Terraform tf = Terraform.in(dir).config("""
        resource "terraform_data" "vm" {
          input = {
            memory = 8192
            keys   = ["ssh-ed25519 AAAA ansible"]
          }
        }
        """).init().apply();
    drift(tf, "terraform_data", "vm", null, input -> input.putArray("keys").add("ssh-ed25519  AAAA ansible\r\n"));

    PatchResult result = Fixer.ignore(configuration(), report(tf), Selection.all());

    assertThat(result.patch().unifiedDiff()).contains("""
        +
        +  lifecycle {
        +    ignore_changes = [input.keys]
        +  }
        """);
    assertNoChangesAfterWriting(tf, result);
  }

  @Test
  void moveWritesTheMovedBlockOfARenamedResource() throws IOException {
    Terraform tf = Terraform.in(dir).config("""
        resource "terraform_data" "media" {
          input = {
            memory = 8192
            name   = "jellyfin"
          }
        }
        """).init().apply();
    tf.config("""
        resource "terraform_data" "jellyfin" {
          input = {
            memory = 8192
            name   = "jellyfin"
          }
        }
        """);

    PatchResult result = Fixer.move(configuration(), report(tf), Selection.all());

    assertThat(result.patched()).hasSize(2);
    assertThat(result.patch().unifiedDiff()).endsWith("""
         }
        +
        +moved {
        +  from = terraform_data.media
        +  to   = terraform_data.jellyfin
        +}
        """);
    assertThat(result.patch().applyTo(dir).isRight()).isTrue();
    JsonNode plan = JSON.readTree(tf.plan());
    assertThat(plan.get("resource_changes")).allSatisfy(rc -> assertThat(rc.at("/change/actions/0").asText()).isEqualTo("no-op"));
    assertThat(plan.get("resource_changes")).singleElement()
        .satisfies(rc -> assertThat(rc.get("previous_address").asText()).isEqualTo("terraform_data.media"));
    assertThat(tf.run("fmt", "-check", "-recursive").exitCode()).isZero();
  }

  @Test
  void moveOfAResourceRenamedInsideAModuleGoesToMovedTfInTheRootModule() throws IOException {
    Terraform tf = Terraform.in(dir)
        .config("""
            module "media" {
              source = "./modules/vm"
            }
            """)
        .file("modules/vm/main.tf", """
            resource "terraform_data" "vm" {
              input = "jellyfin"
            }
            """)
        .init().apply();
    tf.file("modules/vm/main.tf", """
        resource "terraform_data" "server" {
          input = "jellyfin"
        }
        """);

    PatchResult result = Fixer.move(configuration(), report(tf), Selection.all());

    assertThat(result.patch().unifiedDiff()).isEqualTo("""
        --- /dev/null
        +++ b/moved.tf
        @@ -0,0 +1,4 @@
        +moved {
        +  from = module.media.terraform_data.vm
        +  to   = module.media.terraform_data.server
        +}
        """);
    assertThat(result.patch().applyTo(dir).isRight()).isTrue();
    JsonNode plan = JSON.readTree(tf.plan());
    assertThat(plan.get("resource_changes")).singleElement().satisfies(rc -> {
      assertThat(rc.at("/change/actions/0").asText()).isEqualTo("no-op");
      assertThat(rc.get("previous_address").asText()).isEqualTo("module.media.terraform_data.vm");
    });
    assertThat(tf.run("fmt", "-check", "-recursive").exitCode()).isZero();
  }

  @Test
  void acceptOfAReplacementWritesTheRealTriggerBack() throws IOException {
    Terraform tf = Terraform.in(dir).config("""
        resource "terraform_data" "image" {
          triggers_replace = "golden-9000"
        }
        """).init().apply();
    driftAttribute(tf, "terraform_data", "image", "triggers_replace", "golden-9001");

    PatchResult result = Fixer.accept(configuration(), report(tf), Selection.all());

    assertThat(result.patch().unifiedDiff()).contains("-  triggers_replace = \"golden-9000\"\n+  triggers_replace = \"golden-9001\"\n");
    assertNoChangesAfterWriting(tf, result);
  }

  @Test
  void aLiteralSharedByTheInstancesOfACountIsNotChangedForOneOfThem() throws IOException {
    Terraform tf = Terraform.in(dir).config("""
        resource "terraform_data" "vm" {
          count = 2

          input = {
            memory = 8192
          }
        }
        """).init().apply();
    drift(tf, "terraform_data", "vm", null, "0", input -> input.put("memory", 10240));

    PatchResult result = Fixer.accept(configuration(), report(tf), Selection.all());

    assertThat(result.patch().isEmpty()).isTrue();
    assertThat(result.refused()).singleElement().satisfies(r -> {
      assertThat(r.address()).isEqualTo("terraform_data.vm[0]");
      assertThat(r.reason()).isEqualTo("input.memory: the literal at main.tf:5 also defines it for terraform_data.vm[1], whose real value differs: accepting would change that instance");
    });
  }

  @Test
  void aLiteralSharedByInstancesThatAllDriftedAlikeIsWrittenOnce() throws IOException {
    Terraform tf = Terraform.in(dir).config("""
        resource "terraform_data" "vm" {
          count = 2

          input = {
            memory = 8192
          }
        }
        """).init().apply();
    drift(tf, "terraform_data", "vm", null, input -> input.put("memory", 10240));

    PatchResult result = Fixer.accept(configuration(), report(tf), Selection.all());

    assertThat(result.patched()).hasSize(2);
    assertThat(result.patch().unifiedDiff()).contains("-    memory = 8192\n+    memory = 10240\n");
    assertNoChangesAfterWriting(tf, result);
  }

  @Test
  void aValueComputedByAFunctionIsRefusedWithItsReasonAndTheOtherEntriesArePatched() throws IOException {
    Terraform tf = Terraform.in(dir).config("""
        resource "terraform_data" "computed" {
          input = {
            memory = max(8192, 1024)
          }
        }

        resource "terraform_data" "literal" {
          input = {
            memory = 8192
          }
        }
        """).init().apply();
    drift(tf, "terraform_data", "computed", null, input -> input.put("memory", 10240));
    drift(tf, "terraform_data", "literal", null, input -> input.put("memory", 10240));

    PatchResult result = Fixer.accept(configuration(), report(tf), Selection.all());

    assertThat(result.refused()).singleElement().satisfies(r -> {
      assertThat(r.address()).isEqualTo("terraform_data.computed");
      assertThat(r.reason()).startsWith("input.memory does not resolve to a literal: computed by a function call").contains("main.tf:3");
    });
    assertThat(result.patched()).extracting(EntryOutcome::address).containsExactly("terraform_data.literal");
    assertThat(result.patch().unifiedDiff()).contains("-    memory = 8192\n+    memory = 10240\n").doesNotContain("max(");
  }

  @Test
  void aSensitiveValueIsRefusedAndNeverPrinted() throws IOException {
    Terraform tf = Terraform.in(dir)
        .config("""
            variable "password" {
              type      = string
              sensitive = true
            }

            resource "terraform_data" "db" {
              input = {
                password = var.password
              }
            }
            """)
        .file("terraform.tfvars", "password = \"old-secret-1\"\n")
        .init().apply();
    drift(tf, "terraform_data", "db", null, input -> input.put("password", "new-secret-2"));

    PatchResult result = Fixer.accept(configuration(), report(tf), Selection.all());

    assertThat(result.patch().isEmpty()).isTrue();
    assertThat(result.refused()).singleElement().satisfies(r -> {
      assertThat(r.reason()).contains("sensitive").doesNotContain("secret-");
      assertThat(r.toString()).doesNotContain("secret-");
    });
  }

  // ---- helpers -----------------------------------------------------------------------------------

  private Configuration configuration() {
    return ConfigurationReader.read(dir).getOrElseThrow(e -> new AssertionError(e.describe()));
  }

  private static Report report(Terraform tf) {
    byte[] json = tf.plan();
    Plan plan = PlanReader.create().read(new ByteArrayInputStream(json), "plan.json").getOrElseThrow(e -> new AssertionError(e.describe()));
    return DriftEngine.withDefaults().classify(plan, "plan.json");
  }

  private void assertNoChangesAfterWriting(Terraform tf, PatchResult result) {
    assertThat(result.complete()).as("refused: %s", result.refused()).isTrue();
    assertThat(result.patch().applyTo(dir).isRight()).isTrue();
    Terraform.Result plan = tf.run("plan", "-detailed-exitcode", "-input=false", "-no-color");
    assertThat(plan.exitCode()).as(plan.out() + plan.stderr()).isZero();
    Terraform.Result fmt = tf.run("fmt", "-check", "-recursive");
    assertThat(fmt.exitCode()).as(fmt.out()).isZero();
  }

  private static void drift(Terraform tf, String type, String name, String module, Consumer<ObjectNode> change) throws IOException {
    drift(tf, type, name, module, null, change);
  }

  /** The real object differs: the state's {@code input} (and its mirror {@code output}) changed. */
  private static void drift(Terraform tf, String type, String name, String module, String key, Consumer<ObjectNode> change) throws IOException {
    ObjectNode state = (ObjectNode) JSON.readTree(tf.run("state", "pull").orFail().out());
    for (JsonNode r : state.get("resources")) {
      boolean inModule = module == null ? !r.has("module") : module.equals(r.path("module").asText());
      if (!inModule || !type.equals(r.get("type").asText()) || !name.equals(r.get("name").asText())) {
        continue;
      }
      for (JsonNode i : r.get("instances")) {
        if (key != null && !key.equals(i.path("index_key").asText())) {
          continue;
        }
        ObjectNode attributes = (ObjectNode) i.get("attributes");
        change.accept((ObjectNode) attributes.get("input").get("value"));
        change.accept((ObjectNode) attributes.get("output").get("value"));
        ((ObjectNode) attributes.get("input")).set("type", typeOf(attributes.get("input").get("value")));
        ((ObjectNode) attributes.get("output")).set("type", typeOf(attributes.get("output").get("value")));
      }
    }
    state.put("serial", state.get("serial").asInt() + 1);
    Path file = tf.dir().resolve("drifted.tfstate");
    Files.writeString(file, JSON.writeValueAsString(state), StandardCharsets.UTF_8);
    tf.run("state", "push", "drifted.tfstate").orFail();
    Files.delete(file);
  }

  /** The real object differs: a string attribute of the state changed. */
  private static void driftAttribute(Terraform tf, String type, String name, String attribute, String value) throws IOException {
    ObjectNode state = (ObjectNode) JSON.readTree(tf.run("state", "pull").orFail().out());
    for (JsonNode r : state.get("resources")) {
      if (type.equals(r.get("type").asText()) && name.equals(r.get("name").asText())) {
        for (JsonNode i : r.get("instances")) {
          ObjectNode attributes = (ObjectNode) i.get("attributes");
          attributes.set(attribute, JSON.createObjectNode().put("value", value).put("type", "string"));
        }
      }
    }
    state.put("serial", state.get("serial").asInt() + 1);
    Path file = tf.dir().resolve("drifted.tfstate");
    Files.writeString(file, JSON.writeValueAsString(state), StandardCharsets.UTF_8);
    tf.run("state", "push", "drifted.tfstate").orFail();
    Files.delete(file);
  }

  /** The cty type of a JSON value, as the state writes it for a dynamic attribute. */
  private static JsonNode typeOf(JsonNode v) {
    if (v.isNumber()) {
      return JSON.getNodeFactory().textNode("number");
    }
    if (v.isBoolean()) {
      return JSON.getNodeFactory().textNode("bool");
    }
    if (v.isTextual()) {
      return JSON.getNodeFactory().textNode("string");
    }
    if (v.isArray()) {
      var tuple = JSON.createArrayNode().add("tuple");
      var items = JSON.createArrayNode();
      v.forEach(e -> items.add(typeOf(e)));
      return tuple.add(items);
    }
    var object = JSON.createArrayNode().add("object");
    var attrs = JSON.createObjectNode();
    v.fields().forEachRemaining(f -> attrs.set(f.getKey(), typeOf(f.getValue())));
    return object.add(attrs);
  }
}
