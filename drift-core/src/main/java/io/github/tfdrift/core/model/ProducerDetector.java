package io.github.tfdrift.core.model;

import io.github.tfdrift.core.model.Producer.Tool;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Decides which tool wrote a plan, from the evidence the format reference lists. */
final class ProducerDetector {

  private ProducerDetector() {}

  /** Detects the producer of a plan. */
  public static Producer detect(Plan plan) {
    ProducerEvidence e = new ProducerEvidence();
    for (ResourceChange rc : plan.resourceChanges()) {
      e.change(rc);
    }
    return detect(plan, e);
  }

  /**
   * Detects the producer of a plan whose {@code resource_changes} (and maybe values' resources) were
   * summarised in {@code changes}; the plan's own {@code resource_changes} are not looked at.
   */
  static Producer detect(Plan plan, ProducerEvidence changes) {
    List<ResourceChange> rest = new ArrayList<>(plan.resourceDrift());
    plan.deferredChanges().forEach(d -> rest.add(d.resourceChange()));
    for (ResourceChange rc : rest) {
      rc.providerName().ifPresent(changes::provider);
    }
    plan.plannedValues().flatMap(v -> v.rootModule()).ifPresent(m -> collect(m, changes));
    plan.priorState()
        .flatMap(s -> s.values())
        .flatMap(v -> v.rootModule())
        .ifPresent(m -> collect(m, changes));
    plan.configuration()
        .ifPresent(c -> c.providerConfig().values().forEach(p -> p.fullName().ifPresent(changes::provider)));

    if (changes.tofuHost()) {
      return new Producer(Tool.OPENTOFU, "providers come from registry.opentofu.org");
    }
    Optional<Producer> tell = changes.firstTofuTell();
    for (int i = 0; tell.isEmpty() && i < rest.size(); i++) {
      tell = ProducerEvidence.tofuTell(rest.get(i));
    }
    if (tell.isPresent()) {
      return tell.get();
    }
    if (plan.applyable().isPresent() || plan.complete().isPresent()) {
      return new Producer(Tool.TERRAFORM, "the plan has applyable/complete, which OpenTofu never writes");
    }
    tell = changes.firstTerraformTell();
    for (int i = 0; tell.isEmpty() && i < rest.size(); i++) {
      tell = ProducerEvidence.terraformTell(rest.get(i));
    }
    if (tell.isPresent()) {
      return tell.get();
    }
    if (predatesOpenTofu(plan.formatVersion())) {
      return new Producer(
          Tool.TERRAFORM, "format_version " + plan.formatVersion() + " predates OpenTofu, which writes 1.2");
    }
    if (changes.terraformHost()) {
      return new Producer(Tool.TERRAFORM, "providers come from registry.terraform.io");
    }
    return new Producer(Tool.UNKNOWN, "no provider host or format feature tells");
  }

  /** True for format versions below 1.2, the version OpenTofu has written since its first release. */
  private static boolean predatesOpenTofu(String version) {
    String[] parts = version.split("\\.", -1);
    if (parts.length != 2) {
      return false;
    }
    try {
      int major = Integer.parseInt(parts[0]);
      int minor = Integer.parseInt(parts[1]);
      return major >= 0 && minor >= 0 && (major == 0 || (major == 1 && minor < 2));
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static void collect(ModuleValues m, ProducerEvidence out) {
    for (ResourceValues r : m.resources()) {
      out.resource(r);
    }
    for (ModuleValues c : m.childModules()) {
      collect(c, out);
    }
  }
}
