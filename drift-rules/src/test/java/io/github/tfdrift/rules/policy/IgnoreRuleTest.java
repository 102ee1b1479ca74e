package io.github.tfdrift.rules.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Which resources an {@code ignore_changes} entry applies to: its type glob must match the type and
 * its address glob the instance address, both (the verdict and the reasons ask this one method).
 */
class IgnoreRuleTest {
  private static final IgnoreRule JELLYFIN_VMS =
      IgnoreRule.of("proxmox_virtual_environment_vm", "module.jellyfin.*", "clone");

  @Test
  void anEntryAppliesToAResourceOfItsTypeInsideItsAddressGlob() {
    assertThat(JELLYFIN_VMS.appliesTo("proxmox_virtual_environment_vm", "module.jellyfin.proxmox_virtual_environment_vm.vm")).isTrue();
  }

  @Test
  void anEntryDoesNotApplyToAResourceOfItsTypeOutsideItsAddressGlob() {
    assertThat(JELLYFIN_VMS.appliesTo("proxmox_virtual_environment_vm", "module.plex.proxmox_virtual_environment_vm.vm")).isFalse();
  }

  @Test
  void anEntryDoesNotApplyToAResourceOfAnotherTypeInsideItsAddressGlob() {
    assertThat(JELLYFIN_VMS.appliesTo("proxmox_virtual_environment_container", "module.jellyfin.proxmox_virtual_environment_container.ct")).isFalse();
  }
}
