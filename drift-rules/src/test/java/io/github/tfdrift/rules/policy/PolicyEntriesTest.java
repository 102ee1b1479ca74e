package io.github.tfdrift.rules.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tfdrift.core.address.AttributePath;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the entries of a policy match and how they describe themselves in reports and messages. */
class PolicyEntriesTest {
  private static final AcceptRule VM_TAGS = AcceptRule.of("proxmox_virtual_environment_vm", "module.jellyfin.*", "tags");

  private static AttributePath path(String p) {
    return AttributePath.parse(p).get();
  }

  @Test
  void anAcceptEntryAcceptsDriftBelowItsAttributesOnAMatchingResource() {
    assertThat(VM_TAGS.accepts("proxmox_virtual_environment_vm", "module.jellyfin.proxmox_virtual_environment_vm.vm", path("tags[0]"))).isTrue();
  }

  @Test
  void anAcceptEntryDoesNotAcceptDriftOfAnotherAttribute() {
    assertThat(VM_TAGS.accepts("proxmox_virtual_environment_vm", "module.jellyfin.proxmox_virtual_environment_vm.vm", path("memory"))).isFalse();
  }

  @Test
  void anAcceptEntryDoesNotAcceptDriftOfAResourceOfAnotherType() {
    assertThat(VM_TAGS.accepts("proxmox_virtual_environment_container", "module.jellyfin.proxmox_virtual_environment_vm.vm", path("tags"))).isFalse();
  }

  @Test
  void anExpectationCoversItsAttributesAndWhatIsBelowThemOnly() {
    Expectation e = Expectation.of("module.jellyfin.*", List.of("memory"), "INC-42", null);

    assertThat(List.of(e.covers(path("memory")), e.covers(path("memory.dedicated")), e.covers(path("cpu")))).containsExactly(true, true, false);
  }

  @Test
  void anExpectationReadFromAFileDescribesItselfWithItsExpiryAndPosition() {
    Policy p =
        PolicyReader.read(
                "expected:\n  - address: module.jellyfin.*\n    attributes: [memory]\n    reason: INC-42\n    expires: 2026-12-31\n",
                "drift-policy.yaml")
            .get();

    assertThat(p.expected().get(0).describe())
        .isEqualTo("module.jellyfin.* [memory]: INC-42 (expires 2026-12-31) at drift-policy.yaml:2:5");
  }

  @Test
  void anExpectationBuiltInCodeDescribesItselfWithoutAPosition() {
    Expectation e = Expectation.of("aws_instance.web", List.of("ami"), "golden image", LocalDate.of(2027, 1, 31));

    assertThat(e.describe()).isEqualTo("aws_instance.web [ami]: golden image (expires 2027-01-31)");
  }

  @Test
  void aWarningWithoutAPositionNamesOnlyItsFile() {
    assertThat(new PolicyWarning("drift-policy.yaml", 0, 0, "the path 'count' can never match").describe())
        .isEqualTo("drift-policy.yaml: the path 'count' can never match");
  }

  @Test
  void aGlobWithWhitespaceSaysAtWhichCharacter() {
    assertThat(Glob.compile("aws_ instance").getLeft().describe()).contains("contains whitespace at character 5");
  }

  @Test
  void aGlobWithADoubleStarSaysAtWhichCharacter() {
    assertThat(Glob.compile("module.**").getLeft().describe()).contains("contains '**' at character 8");
  }
}
