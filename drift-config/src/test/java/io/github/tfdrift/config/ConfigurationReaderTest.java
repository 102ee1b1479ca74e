package io.github.tfdrift.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tfdrift.config.model.ConfigModule;
import io.github.tfdrift.config.model.Configuration;
import io.github.tfdrift.config.model.ModuleCall;
import io.github.tfdrift.config.model.ResourceBlock;
import io.github.tfdrift.config.model.TfvarsAssignment;
import io.github.tfdrift.config.source.ConfigError;
import io.github.tfdrift.config.source.SourceRange;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigurationReaderTest {

  @Test
  void the_proxmox_layout_reads_as_a_root_with_two_calls_of_the_vm_module() {
    Configuration config = Fixtures.read("proxmox");

    assertThat(config.modules()).extracting(ConfigModule::path)
        .containsExactly("", "module.jellyfin", "module.services");
  }

  @Test
  void a_local_module_is_read_from_the_directory_its_source_names() {
    ModuleCall call = Fixtures.read("proxmox").root().moduleCall("jellyfin").orElseThrow();

    assertThat(call.resolution()).isEqualTo(ModuleCall.Resolution.LOCAL);
    assertThat(call.directory()).contains("modules/vm");
  }

  @Test
  void a_resource_instance_in_a_for_each_module_leads_to_the_block_of_the_module() {
    Configuration config = Fixtures.read("proxmox");

    ResourceBlock block = config
        .resourceFor(Fixtures.address("module.services[\"pihole\"].proxmox_virtual_environment_vm.vm"))
        .orElseThrow();

    assertThat(block.range().file()).isEqualTo("modules/vm/main.tf");
    assertThat(block.range().startLine()).isEqualTo(1);
  }

  @Test
  void every_element_knows_its_place_and_the_place_is_its_text() {
    Configuration config = Fixtures.read("proxmox");
    SourceRange memory = config.root().moduleCall("jellyfin").orElseThrow().input("memory").orElseThrow().range();

    assertThat(config.file(memory.file()).orElseThrow().textOf(memory)).isEqualTo("memory              = 8192");
    assertThat(memory.describe()).isEqualTo("vms.tf:12:3");
  }

  @Test
  void the_tfvars_assignments_are_in_order_of_precedence() {
    Configuration config = Fixtures.read("mixed");

    assertThat(config.root().tfvars()).extracting(TfvarsAssignment::name, TfvarsAssignment::file)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("release", "terraform.tfvars"),
            org.assertj.core.groups.Tuple.tuple("replicas", "terraform.tfvars"),
            org.assertj.core.groups.Tuple.tuple("owner", "owner.auto.tfvars.json"),
            org.assertj.core.groups.Tuple.tuple("extra_tags", "owner.auto.tfvars.json"),
            org.assertj.core.groups.Tuple.tuple("release", "prod.auto.tfvars"));
    assertThat(config.root().effectiveTfvars("release").orElseThrow().file()).isEqualTo("prod.auto.tfvars");
  }

  @Test
  void a_tofu_file_replaces_the_tf_file_of_the_same_name() {
    Configuration config = Fixtures.read("mixed");

    assertThat(config.files()).containsKey("versions.tofu").doesNotContainKey("versions.tf");
    assertThat(config.root().resource("terraform_data.tofu_only")).isPresent();
  }

  @Test
  void an_installed_remote_module_is_read_through_modules_json() {
    Configuration config = Fixtures.read("mixed");

    ModuleCall network = config.root().moduleCall("network").orElseThrow();
    assertThat(network.resolution()).isEqualTo(ModuleCall.Resolution.INSTALLED);
    assertThat(config.module(List.of("network")).orElseThrow().resource("terraform_data.vpc")).isPresent();
  }

  @Test
  void a_remote_module_without_an_installed_copy_is_recorded_as_unresolved() {
    Configuration config = Fixtures.read("mixed");

    assertThat(config.unresolvedModuleCalls()).extracting(ModuleCall::name).containsExactly("dns");
  }

  @Test
  void a_local_module_of_a_local_module_is_read_too() {
    Configuration config = Fixtures.read("mixed");

    assertThat(config.module(List.of("bucket", "replica")).orElseThrow().directory()).isEqualTo("modules/replica");
  }

  @Test
  void moved_and_import_blocks_are_read_with_their_addresses() {
    ConfigModule root = Fixtures.read("mixed").root();

    assertThat(root.moved()).singleElement().satisfies(m -> {
      assertThat(m.from()).isEqualTo("terraform_data.old_settings");
      assertThat(m.to()).isEqualTo("terraform_data.version");
    });
    assertThat(root.imports()).singleElement().satisfies(i -> assertThat(i.to()).isEqualTo("terraform_data.version"));
  }

  @Test
  void a_syntax_error_is_a_config_error_with_file_line_and_column(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("main.tf"), "resource \"terraform_data\" \"x\" {\n  input = 1 +\n}\n");

    ConfigError error = ConfigurationReader.read(dir).getLeft();

    assertThat(error.kind()).isEqualTo(ConfigError.Kind.SYNTAX);
    assertThat(error.describe()).startsWith("main.tf:3:1: ");
  }

  @Test
  void a_file_that_ends_inside_an_argument_says_so_without_the_grammars_token_names(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("main.tf"), "resource \"x\" \"y\" {\n  a = \n");

    ConfigError error = ConfigurationReader.read(dir).getLeft();

    assertThat(error.describe())
        .isEqualTo("main.tf:3:1: mismatched input at the end of the file expecting a value or expression");
  }

  @Test
  void a_missing_directory_is_an_io_error(@TempDir Path dir) {
    ConfigError error = ConfigurationReader.read(dir.resolve("nope")).getLeft();

    assertThat(error.kind()).isEqualTo(ConfigError.Kind.IO);
  }

  @Test
  void local_modules_that_call_each_other_are_a_cycle_error(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("a"));
    Files.writeString(dir.resolve("main.tf"), "module \"a\" {\n  source = \"./a\"\n}\n");
    Files.writeString(dir.resolve("a/main.tf"), "module \"again\" {\n  source = \"../a\"\n}\n");

    ConfigError error = ConfigurationReader.read(dir).getLeft();

    assertThat(error.kind()).isEqualTo(ConfigError.Kind.MODULE_CYCLE);
  }
}
