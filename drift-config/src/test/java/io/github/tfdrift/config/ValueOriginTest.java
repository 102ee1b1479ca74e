package io.github.tfdrift.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tfdrift.config.model.Configuration;
import io.github.tfdrift.config.model.ValueOrigin;
import io.github.tfdrift.core.value.JsonValue;
import org.junit.jupiter.api.Test;

class ValueOriginTest {

  private static final Configuration PROXMOX = Fixtures.read("proxmox");
  private static final Configuration MIXED = Fixtures.read("mixed");

  private static ValueOrigin origin(Configuration config, String address, String path) {
    return config.originOf(Fixtures.address(address), Fixtures.path(path));
  }

  private static ValueOrigin.Literal literal(Configuration config, String address, String path) {
    ValueOrigin o = origin(config, address, path);
    assertThat(o).isInstanceOf(ValueOrigin.Literal.class);
    return (ValueOrigin.Literal) o;
  }

  private static String text(Configuration config, ValueOrigin.Literal literal) {
    return config.file(literal.range().file()).orElseThrow().textOf(literal.range());
  }

  @Test
  void the_memory_of_jellyfin_is_written_in_the_module_call_of_vms_tf() {
    ValueOrigin.Literal o = literal(PROXMOX, "module.jellyfin.proxmox_virtual_environment_vm.vm", "memory[0].dedicated");

    assertThat(o.place()).isEqualTo(ValueOrigin.Place.MODULE_ARGUMENT);
    assertThat(o.range().describe()).isEqualTo("vms.tf:12:25");
    assertThat(text(PROXMOX, o)).isEqualTo("8192");
  }

  @Test
  void the_way_to_a_module_argument_passes_the_reference_in_the_module() {
    ValueOrigin.Literal o = literal(PROXMOX, "module.jellyfin.proxmox_virtual_environment_vm.vm", "memory[0].dedicated");

    assertThat(o.trail()).singleElement().satisfies(r -> assertThat(r.describe()).isEqualTo("modules/vm/main.tf:25:17"));
  }

  @Test
  void the_memory_of_a_for_each_service_is_the_entry_of_the_locals_map_chosen_by_the_module_key() {
    ValueOrigin.Literal o = literal(PROXMOX,
        "module.services[\"home-assistant\"].proxmox_virtual_environment_vm.vm", "memory[0].dedicated");

    assertThat(o.place()).isEqualTo(ValueOrigin.Place.LOCAL);
    assertThat(o.range().fileAndLine()).isEqualTo("vms.tf:35");
    assertThat(text(PROXMOX, o)).isEqualTo("4096");
  }

  @Test
  void the_name_of_a_for_each_service_is_the_key_of_its_map_entry() {
    ValueOrigin.Literal o = literal(PROXMOX, "module.services[\"home-assistant\"].proxmox_virtual_environment_vm.vm", "name");

    assertThat(o.place()).isEqualTo(ValueOrigin.Place.FOR_EACH_KEY);
    assertThat(text(PROXMOX, o)).isEqualTo("\"home-assistant\"");
  }

  @Test
  void a_list_item_inside_a_map_entry_is_followed_by_index() {
    ValueOrigin.Literal o = literal(PROXMOX, "module.services[\"home-assistant\"].proxmox_virtual_environment_vm.vm", "tags[1]");

    assertThat(text(PROXMOX, o)).isEqualTo("\"iot\"");
  }

  @Test
  void a_root_variable_set_in_terraform_tfvars_is_written_there() {
    ValueOrigin.Literal o = literal(PROXMOX, "module.jellyfin.proxmox_virtual_environment_vm.vm", "clone[0].vm_id");

    assertThat(o.place()).isEqualTo(ValueOrigin.Place.TFVARS);
    assertThat(o.range().fileAndLine()).isEqualTo("terraform.tfvars:2");
  }

  @Test
  void a_module_variable_not_passed_by_the_call_is_its_default() {
    ValueOrigin.Literal o = literal(PROXMOX, "module.jellyfin.proxmox_virtual_environment_vm.vm",
        "initialization[0].ip_config[0].ipv4[0].gateway");

    assertThat(o.place()).isEqualTo(ValueOrigin.Place.VARIABLE_DEFAULT);
    assertThat(o.range().file()).isEqualTo("modules/vm/variables.tf");
  }

  @Test
  void a_literal_in_the_resource_block_is_its_own_origin() {
    ValueOrigin.Literal o = literal(PROXMOX, "module.jellyfin.proxmox_virtual_environment_vm.vm", "cpu[0].type");

    assertThat(o.place()).isEqualTo(ValueOrigin.Place.RESOURCE);
    assertThat(o.trail()).isEmpty();
    assertThat(((io.github.tfdrift.config.model.Expression.Literal) o.expression()).value())
        .isEqualTo(JsonValue.of("x86-64-v2-AES"));
  }

  @Test
  void a_sensitive_root_variable_set_outside_the_files_is_unresolved() {
    ValueOrigin o = origin(PROXMOX, "module.jellyfin.proxmox_virtual_environment_vm.vm", "initialization[0].user_account[0].password");

    assertThat(o).isInstanceOfSatisfying(ValueOrigin.Unresolved.class,
        u -> assertThat(u.reason()).isEqualTo(ValueOrigin.Reason.VARIABLE_NOT_IN_FILES));
  }

  @Test
  void a_value_passed_through_a_sensitive_variable_is_marked_sensitive() {
    assertThat(literal(MIXED, "module.bucket.terraform_data.token", "input").sensitive()).isTrue();
  }

  @Test
  void a_value_passed_through_plain_variables_is_not_sensitive() {
    assertThat(literal(MIXED, "module.bucket.terraform_data.bucket", "input.name").sensitive()).isFalse();
  }

  @Test
  void a_function_call_is_unresolved_with_its_name() {
    ValueOrigin o = origin(PROXMOX, "module.jellyfin.proxmox_virtual_environment_vm.vm", "initialization[0].user_account[0].keys[0]");

    assertThat(o).isInstanceOfSatisfying(ValueOrigin.Unresolved.class,
        u -> assertThat(u.describe()).isEqualTo("computed by a function call (trimspace) at modules/vm/main.tf:59"));
  }

  @Test
  void an_attribute_not_written_is_not_set() {
    ValueOrigin o = origin(PROXMOX, "module.jellyfin.proxmox_virtual_environment_vm.vm", "bios");

    assertThat(o).isInstanceOfSatisfying(ValueOrigin.Unresolved.class,
        u -> assertThat(u.reason()).isEqualTo(ValueOrigin.Reason.NOT_SET));
  }

  @Test
  void an_object_key_through_a_for_each_map_of_a_resource_is_followed() {
    ValueOrigin.Literal o = literal(MIXED, "terraform_data.settings[\"media\"]", "input.retention");

    assertThat(text(MIXED, o)).isEqualTo("365");
  }

  @Test
  void an_object_passed_to_a_module_is_followed_key_by_key() {
    ValueOrigin.Literal o = literal(MIXED, "module.bucket.terraform_data.bucket", "input.expire");

    assertThat(o.place()).isEqualTo(ValueOrigin.Place.MODULE_ARGUMENT);
    assertThat(text(MIXED, o)).isEqualTo("90");
  }

  @Test
  void the_tfvars_file_that_wins_is_the_origin_of_a_root_variable() {
    ValueOrigin.Literal o = literal(MIXED, "terraform_data.version", "input");

    assertThat(o.range().file()).isEqualTo("prod.auto.tfvars");
  }

  @Test
  void a_tfvars_json_value_is_followed_by_key() {
    ValueOrigin.Literal o = literal(MIXED, "terraform_data.owner", "input[\"cost-center\"]");

    assertThat(o.place()).isEqualTo(ValueOrigin.Place.TFVARS);
    assertThat(o.range().file()).isEqualTo("owner.auto.tfvars.json");
    assertThat(text(MIXED, o)).isEqualTo("\"42\"");
  }

  @Test
  void a_local_computed_by_a_function_is_unresolved_through_a_module_argument() {
    assertThat(origin(MIXED, "module.bucket.terraform_data.bucket", "input.tags")).isInstanceOfSatisfying(
        ValueOrigin.Unresolved.class, u -> assertThat(u.detail()).isEqualTo("merge"));
  }

  @Test
  void a_heredoc_without_interpolation_is_a_literal() {
    ValueOrigin.Literal o = literal(MIXED, "terraform_data.settings[\"logs\"]", "input.policy");

    assertThat(text(MIXED, o)).startsWith("<<-EOT").endsWith("EOT");
  }

  @Test
  void a_conditional_is_unresolved() {
    assertThat(origin(MIXED, "terraform_data.guarded", "input")).isInstanceOfSatisfying(ValueOrigin.Unresolved.class,
        u -> assertThat(u.reason()).isEqualTo(ValueOrigin.Reason.CONDITIONAL));
  }

  @Test
  void a_template_is_unresolved() {
    assertThat(origin(MIXED, "terraform_data.settings[\"logs\"]", "input.name")).isInstanceOfSatisfying(
        ValueOrigin.Unresolved.class, u -> assertThat(u.reason()).isEqualTo(ValueOrigin.Reason.TEMPLATE));
  }

  @Test
  void a_data_source_reference_is_unresolved() {
    assertThat(origin(MIXED, "terraform_data.firewall", "input.cidr")).isInstanceOfSatisfying(
        ValueOrigin.Unresolved.class, u -> assertThat(u.describe()).startsWith("read from a data source (data.terraform_remote_state.network)"));
  }

  @Test
  void a_reference_to_another_resource_is_unresolved() {
    assertThat(origin(MIXED, "terraform_data.firewall", "input.owner")).isInstanceOfSatisfying(
        ValueOrigin.Unresolved.class, u -> assertThat(u.reason()).isEqualTo(ValueOrigin.Reason.RESOURCE_REFERENCE));
  }

  @Test
  void a_for_expression_is_unresolved() {
    assertThat(origin(MIXED, "terraform_data.firewall", "input.ports")).isInstanceOfSatisfying(
        ValueOrigin.Unresolved.class, u -> assertThat(u.describe()).startsWith("computed by an expression (for expression)"));
  }

  @Test
  void a_dynamic_block_is_unresolved() {
    assertThat(origin(MIXED, "terraform_data.firewall", "rule[0].port")).isInstanceOfSatisfying(
        ValueOrigin.Unresolved.class, u -> assertThat(u.detail()).isEqualTo("dynamic \"rule\" block"));
  }

  @Test
  void a_resource_in_a_remote_module_without_source_is_unresolved() {
    assertThat(origin(MIXED, "module.dns.terraform_data.zone", "input")).isInstanceOfSatisfying(
        ValueOrigin.Unresolved.class, u -> assertThat(u.reason()).isEqualTo(ValueOrigin.Reason.REMOTE_MODULE));
  }

  @Test
  void an_installed_module_argument_is_the_origin_of_its_variable() {
    ValueOrigin.Literal o = literal(MIXED, "module.network.terraform_data.vpc", "input.cidr_block");

    assertThat(o.range().fileAndLine()).isEqualTo("main.tf:85");
  }

  @Test
  void an_address_without_a_block_is_unresolved() {
    assertThat(origin(MIXED, "terraform_data.nothing", "input")).isInstanceOfSatisfying(
        ValueOrigin.Unresolved.class, u -> assertThat(u.reason()).isEqualTo(ValueOrigin.Reason.NO_RESOURCE_BLOCK));
  }
}
