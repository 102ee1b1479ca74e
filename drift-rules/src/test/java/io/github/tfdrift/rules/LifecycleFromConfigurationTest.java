package io.github.tfdrift.rules;

import static io.github.tfdrift.rules.Plans.VM;
import static io.github.tfdrift.rules.Plans.plan;
import static io.github.tfdrift.rules.Plans.vm;
import static io.github.tfdrift.rules.Plans.vmChange;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tfdrift.core.address.AttributePath;
import io.github.tfdrift.core.model.Plan;
import io.github.tfdrift.rules.engine.DriftEngine;
import io.github.tfdrift.rules.lifecycle.ConfiguredLifecycle;
import io.github.tfdrift.rules.policy.IgnoreRule;
import io.github.tfdrift.rules.policy.Policy;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The configuration's own lifecycle blocks (drift analyze --config) in the engine, one expectation each. */
class LifecycleFromConfigurationTest {
  static final String KEYS = "[\"" + Plans.KEY + "\"]";
  static final ConfiguredLifecycle.Place BLOCK = new ConfiguredLifecycle.Place("modules/vm/main.tf", 1, 1);
  static final ConfiguredLifecycle.Place IGNORE_AT = new ConfiguredLifecycle.Place("modules/vm/main.tf", 42, 5);

  static Report classify(Plan plan, Policy policy) {
    return DriftEngine.builder().policy(policy).withBuiltInRules().today(LocalDate.of(2026, 11, 22)).build()
        .classify(plan, "plan.json");
  }

  static Plan memoryDrift() {
    return plan(vmChange("[\"update\"]", vm(), vm(10240, 1, "[\"media\"]", 9000, KEYS), ""),
        vmChange("[\"update\"]", vm(10240, 1, "[\"media\"]", 9000, KEYS), vm(), ""));
  }

  static ConfiguredLifecycle ignoringMemory() {
    return ConfiguredLifecycle.of(VM, "proxmox_virtual_environment_vm", BLOCK)
        .ignoring(List.of(AttributePath.parse("memory").get()), IGNORE_AT);
  }

  @Test
  void drift_under_the_configurations_ignore_changes_is_ignored_and_the_reason_cites_the_place() {
    ClassifiedEntry e = classify(memoryDrift(), Policy.empty().withLifecycle(List.of(ignoringMemory()))).entry(VM).orElseThrow();

    assertThat(e.verdict()).isEqualTo(Verdict.IGNORED);
    assertThat(e.reason()).isEqualTo(
        "Drift in memory[0].dedicated is ignored by lifecycle.ignore_changes at modules/vm/main.tf:42: false positive, no action needed.");
  }

  @Test
  void the_lifecycle_of_a_resource_applies_to_every_instance_of_it() {
    assertThat(ConfiguredLifecycle.resourceAddressOf("module.vm[\"web\"].module.disk[0].aws_ebs_volume.data[\"a.b\"]"))
        .isEqualTo("module.vm.module.disk.aws_ebs_volume.data");
  }

  @Test
  void a_configuration_without_ignore_changes_leaves_the_drift_to_apply() {
    ConfiguredLifecycle none = ConfiguredLifecycle.of(VM, "proxmox_virtual_environment_vm", BLOCK);

    ClassifiedEntry e = classify(memoryDrift(), Policy.empty().withLifecycle(List.of(none))).entry(VM).orElseThrow();

    assertThat(e.verdict()).isEqualTo(Verdict.UPDATE);
  }

  @Test
  void a_policy_ignore_the_configuration_lacks_is_flagged_because_apply_would_revert_the_drift() {
    Policy policy = Policy.builder().addIgnore(IgnoreRule.of("*", "*", "memory")).build()
        .withLifecycle(List.of(ConfiguredLifecycle.of(VM, "proxmox_virtual_environment_vm", BLOCK)));

    ClassifiedEntry e = classify(memoryDrift(), policy).entry(VM).orElseThrow();

    assertThat(e.verdict()).isEqualTo(Verdict.IGNORED);
    assertThat(e.warnings()).containsExactly(
        "The policy's ignore_changes (<code>) covers memory[0].dedicated but the configuration's lifecycle"
            + " (modules/vm/main.tf:1) does not ignore it: terraform apply would revert this drift.");
  }

  @Test
  void a_configured_ignore_missing_from_the_policys_copy_is_flagged() {
    Policy policy = Policy.builder().addIgnore(IgnoreRule.of("*", "*", "clone")).build()
        .withLifecycle(List.of(ignoringMemory()));

    ClassifiedEntry e = classify(memoryDrift(), policy).entry(VM).orElseThrow();

    assertThat(e.warnings()).containsExactly(
        "lifecycle.ignore_changes (modules/vm/main.tf:42) ignores memory[0].dedicated but the policy's"
            + " ignore_changes does not list it: the policy's copy is out of date.");
  }

  @Test
  void ignores_that_agree_give_no_warning() {
    Policy policy = Policy.builder().addIgnore(IgnoreRule.of("*", "*", "memory")).build()
        .withLifecycle(List.of(ignoringMemory()));

    ClassifiedEntry e = classify(memoryDrift(), policy).entry(VM).orElseThrow();

    assertThat(e.warnings()).isEmpty();
  }

  @Test
  void a_planned_destroy_of_a_prevent_destroy_resource_is_escalated_because_the_apply_will_fail() {
    Plan destroy = plan("", vmChange("[\"delete\"]", vm(), "null", ""));
    ConfiguredLifecycle guarded = ConfiguredLifecycle.of(VM, "proxmox_virtual_environment_vm", BLOCK)
        .preventingDestroy(new ConfiguredLifecycle.Place("modules/vm/main.tf", 44, 5));

    Report r = classify(destroy, Policy.empty().withLifecycle(List.of(guarded)));

    ClassifiedEntry e = r.entry(VM).orElseThrow();
    assertThat(e.warnings()).contains(e.escalation().orElseThrow().reason());
    assertThat(e.escalation().orElseThrow().reason()).isEqualTo(VM
        + " has lifecycle.prevent_destroy at modules/vm/main.tf:44: terraform apply will fail rather than destroy it;"
        + " change the configuration or the plan, do not apply.");
  }
}
