package io.github.tfdrift.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tfdrift.config.model.Configuration;
import io.github.tfdrift.config.model.Lifecycle;
import io.github.tfdrift.core.address.AttributePath;
import org.junit.jupiter.api.Test;

class LifecycleTest {

  private static final Configuration PROXMOX = Fixtures.read("proxmox");
  private static final Configuration MIXED = Fixtures.read("mixed");

  private static Lifecycle lifecycle(Configuration config, String address) {
    return config.resourceFor(Fixtures.address(address)).orElseThrow().lifecycle();
  }

  @Test
  void the_vm_module_ignores_the_ssh_keys_and_the_clone() {
    Lifecycle.IgnoreChanges ignore = lifecycle(PROXMOX, "module.jellyfin.proxmox_virtual_environment_vm.vm")
        .ignoreChanges().orElseThrow();

    assertThat(ignore.paths()).extracting(AttributePath::render)
        .containsExactly("initialization[0].user_account[0].keys", "clone");
  }

  @Test
  void each_ignored_path_has_its_place() {
    Lifecycle.IgnoreChanges ignore = lifecycle(PROXMOX, "module.services[\"pihole\"].proxmox_virtual_environment_vm.vm")
        .ignoreChanges().orElseThrow();

    assertThat(ignore.itemRanges()).extracting(r -> r.fileAndLine())
        .containsExactly("modules/vm/main.tf:65", "modules/vm/main.tf:66");
    assertThat(ignore.range().fileAndLine()).isEqualTo("modules/vm/main.tf:64");
  }

  @Test
  void the_legacy_quoted_form_is_read_as_a_path() {
    Lifecycle lc = lifecycle(MIXED, "terraform_data.settings[\"logs\"]");

    assertThat(lc.ignoreChanges().orElseThrow().paths()).extracting(AttributePath::render).containsExactly("input");
    assertThat(lc.createBeforeDestroy().orElseThrow().value()).isTrue();
  }

  @Test
  void ignore_changes_all_is_all() {
    Lifecycle lc = lifecycle(MIXED, "terraform_data.guarded");

    assertThat(lc.ignoreChanges().orElseThrow().all()).isTrue();
    assertThat(lc.preventsDestroy()).isTrue();
  }

  @Test
  void replace_triggered_by_keeps_the_references_as_written() {
    Lifecycle lc = lifecycle(MIXED, "terraform_data.guarded");

    assertThat(lc.replaceTriggeredBy().orElseThrow().references())
        .containsExactly("terraform_data.settings[\"logs\"]", "terraform_data.version");
  }

  @Test
  void a_resource_without_a_lifecycle_block_has_none() {
    assertThat(lifecycle(MIXED, "terraform_data.version")).isEqualTo(Lifecycle.none());
  }
}
