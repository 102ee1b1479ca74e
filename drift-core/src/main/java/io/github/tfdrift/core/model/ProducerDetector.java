package io.github.tfdrift.core.model;

import io.github.tfdrift.core.address.ResourceMode;
import io.github.tfdrift.core.model.Producer.Tool;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Decides which tool wrote a plan, from the evidence the format reference lists. */
final class ProducerDetector {
  private static final String TOFU_HOST = "registry.opentofu.org/";
  private static final String TF_HOST = "registry.terraform.io/";

  private ProducerDetector() {}

  /** Detects the producer of a plan. */
  public static Producer detect(Plan plan) {
    List<String> providers = new ArrayList<>();
    List<ResourceChange> all = new ArrayList<>(plan.resourceChanges());
    all.addAll(plan.resourceDrift());
    plan.deferredChanges().forEach(d -> all.add(d.resourceChange()));
    for (ResourceChange rc : all) {
      rc.providerName().ifPresent(providers::add);
    }
    plan.plannedValues().flatMap(v -> v.rootModule()).ifPresent(m -> collect(m, providers));
    plan.priorState()
        .flatMap(s -> s.values())
        .flatMap(v -> v.rootModule())
        .ifPresent(m -> collect(m, providers));
    plan.configuration()
        .ifPresent(c -> c.providerConfig().values().forEach(p -> p.fullName().ifPresent(providers::add)));

    if (providers.stream().anyMatch(p -> p.startsWith(TOFU_HOST))) {
      return new Producer(Tool.OPENTOFU, "providers come from registry.opentofu.org");
    }
    for (ResourceChange rc : all) {
      ChangeKind k = rc.kind();
      if (k == ChangeKind.REPLACE_FORGET_THEN_CREATE) {
        return new Producer(Tool.OPENTOFU, "a replacement is written [\"forget\",\"create\"]");
      }
      if (k == ChangeKind.OPEN || rc.mode().equals(ResourceMode.EPHEMERAL)) {
        return new Producer(Tool.OPENTOFU, "the plan stores an ephemeral resource");
      }
      Optional<String> reason = rc.actionReason().map(r -> r.text());
      if (reason.filter(r -> r.equals("delete_because_enabled_false") || r.startsWith("forgot_because_")).isPresent()) {
        return new Producer(Tool.OPENTOFU, "action_reason " + reason.get() + " is OpenTofu's");
      }
    }
    if (plan.applyable().isPresent() || plan.complete().isPresent()) {
      return new Producer(Tool.TERRAFORM, "the plan has applyable/complete, which OpenTofu never writes");
    }
    for (ResourceChange rc : all) {
      if (rc.kind() == ChangeKind.REPLACE_CREATE_THEN_FORGET) {
        return new Producer(Tool.TERRAFORM, "a replacement is written [\"create\",\"forget\"]");
      }
      if (rc.change().actions().contains(Action.of("Open"))) {
        return new Producer(Tool.TERRAFORM, "an internal action name leaked as Terraform does");
      }
    }
    if (predatesOpenTofu(plan.formatVersion())) {
      return new Producer(
          Tool.TERRAFORM, "format_version " + plan.formatVersion() + " predates OpenTofu, which writes 1.2");
    }
    if (providers.stream().anyMatch(p -> p.startsWith(TF_HOST))) {
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

  private static void collect(ModuleValues m, List<String> out) {
    for (ResourceValues r : m.resources()) {
      r.providerName().ifPresent(out::add);
    }
    for (ModuleValues c : m.childModules()) {
      collect(c, out);
    }
  }
}
