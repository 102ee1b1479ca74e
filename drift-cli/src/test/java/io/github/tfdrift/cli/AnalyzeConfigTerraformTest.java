package io.github.tfdrift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.tfdrift.core.Terraform;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code drift analyze --config DIR} against the real terraform binary (terraform_data, offline): the
 * configuration's lifecycle blocks decide, and a fresh {@code terraform plan} agrees with what the
 * report says.
 */
class AnalyzeConfigTerraformTest {

  static final String VM = """
      resource "terraform_data" "vm" {
        input = {
          memory = 4096
          name   = "web"
        }
      %s}
      """;

  static final String IGNORING_ALL = """

        # Managed by the Proxmox team from now on; see the runbook.
        lifecycle {
          ignore_changes = all
        }
      """;

  static final String IGNORING_INPUT = """

        lifecycle {
          ignore_changes = [input]
        }
      """;

  static final String PREVENTING_DESTROY = """

        lifecycle {
          prevent_destroy = true
        }
      """;

  @TempDir Path work;
  Path config;
  Terraform tf;

  @BeforeEach
  void applyTheVm() {
    Terraform.assumeAvailable(1, 5);
    config = work.resolve("config");
    tf = Terraform.in(config).config(VM.formatted("")).init().apply();
  }

  /** Someone resized the VM outside Terraform: the state says 8192, the configuration 4096. */
  private void memoryChangedOutside() throws IOException {
    ObjectMapper json = new ObjectMapper();
    ObjectNode state = (ObjectNode) json.readTree(tf.run("state", "pull").orFail().stdout());
    ObjectNode attributes = (ObjectNode) state.get("resources").get(0).get("instances").get(0).get("attributes");
    ((ObjectNode) attributes.get("input").get("value")).put("memory", 8192);
    ((ObjectNode) attributes.get("output").get("value")).put("memory", 8192);
    state.put("serial", state.get("serial").asLong() + 1);
    Path edited = work.resolve("edited.tfstate");
    json.writeValue(edited.toFile(), state);
    tf.run("state", "push", edited.toString()).orFail();
  }

  private Path planned(String... flags) throws IOException {
    Path plan = work.resolve("plan.json");
    Files.write(plan, tf.plan(flags));
    return plan;
  }

  private CliRun analyze(String... more) {
    String[] args = new String[more.length + 4];
    args[0] = "analyze";
    args[1] = "--format";
    args[2] = "json";
    args[3] = "--config";
    System.arraycopy(more, 0, args, 4, more.length);
    return CliRun.of(args);
  }

  @Test
  void drift_the_configuration_ignores_is_ignored_citing_the_file_and_line_and_terraform_agrees() throws IOException {
    memoryChangedOutside();
    Path plan = planned();
    tf.config(VM.formatted(IGNORING_ALL));

    CliRun r = analyze(config.toString(), plan.toString());

    assertThat(r.status()).as(r.out()).isZero();
    assertThat(r.out()).contains("are ignored by lifecycle.ignore_changes at main.tf:9: false positive, no action needed.");
    assertThat(tf.run("plan", "-detailed-exitcode", "-input=false", "-no-color").exitCode()).isZero();
  }

  @Test
  void an_ignored_input_leaves_only_the_computed_output_of_the_stale_plan_to_update() throws IOException {
    memoryChangedOutside();
    Path plan = planned();
    tf.config(VM.formatted(IGNORING_INPUT));

    CliRun r = analyze(config.toString(), plan.toString());

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.out()).contains("\"paths\" : [ \"output\" ]").doesNotContain("input.memory");
  }

  @Test
  void without_ignore_changes_in_the_configuration_the_drift_is_an_update_to_apply() throws IOException {
    memoryChangedOutside();
    Path plan = planned();

    CliRun r = analyze(config.toString(), plan.toString());

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.out()).contains("\"verdict\" : \"update\"").contains("\"input.memory\"");
  }

  @Test
  void a_policy_ignore_the_configuration_lacks_is_flagged_and_terraform_would_indeed_revert_it() throws IOException {
    memoryChangedOutside();
    Path plan = planned();
    Path policy = work.resolve("drift.yaml");
    Files.writeString(policy, "ignore_changes:\n  - type: terraform_data\n    attributes: [input]\n");

    CliRun r = analyze(config.toString(), "--policy", policy.toString(), plan.toString());

    assertThat(r.out()).contains("but the configuration's lifecycle (main.tf:1) does not ignore it: terraform apply would revert this drift.");
    assertThat(tf.run("plan", "-detailed-exitcode", "-input=false", "-no-color").exitCode()).isEqualTo(2);
  }

  @Test
  void a_planned_destroy_of_a_prevent_destroy_resource_is_escalated_and_terraform_refuses_it() throws IOException {
    Path plan = planned("-destroy");
    tf.config(VM.formatted(PREVENTING_DESTROY));

    CliRun r = analyze(config.toString(), plan.toString());

    assertThat(r.status()).isEqualTo(3);
    assertThat(r.out()).contains("terraform_data.vm has lifecycle.prevent_destroy at main.tf:8: terraform apply will fail");
    assertThat(tf.run("plan", "-destroy", "-input=false", "-no-color").stderr()).contains("Instance cannot be destroyed");
  }

  @Test
  void a_configuration_that_does_not_parse_stops_the_run_with_file_line_and_column() throws IOException {
    Path plan = planned();
    tf.file("broken.tf", "resource \"terraform_data\" \"x\" {\n  input = 1 +\n}\n");

    CliRun r = analyze(config.toString(), plan.toString());

    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err()).contains("analyze: --config: broken.tf:3:1: ");
  }
}
