package io.github.tfdrift.core.model;

import io.github.tfdrift.core.address.ResourceMode;
import java.util.Optional;

/**
 * What the entries of {@code resource_changes} and the resources of {@code planned_values} and {@code
 * prior_state} tell about the tool that wrote a plan, gathered one at a time, for a plan that is read
 * in parts ({@link io.github.tfdrift.core.json.PlanOutline}): {@link #producer(Plan)} then decides as
 * {@link Plan#producer()} does for the whole plan. Holds a few flags and two sentences, never the
 * entries. Not thread-safe.
 */
public final class ProducerEvidence {
  static final String TOFU_HOST = "registry.opentofu.org/";
  static final String TF_HOST = "registry.terraform.io/";

  private boolean tofuHost;
  private boolean terraformHost;
  private Producer tofuTell;
  private Producer terraformTell;

  /** No evidence yet. */
  public ProducerEvidence() {}

  /** Adds an entry of {@code resource_changes}, in document order. */
  public ProducerEvidence change(ResourceChange rc) {
    rc.providerName().ifPresent(this::provider);
    if (tofuTell == null) {
      tofuTell = tofuTell(rc).orElse(null);
    }
    if (terraformTell == null) {
      terraformTell = terraformTell(rc).orElse(null);
    }
    return this;
  }

  /**
   * Adds what another collector of evidence saw (one that read other parts of the same plan): this
   * then says what one collector that saw both would say.
   *
   * @param other evidence from later parts of the plan
   * @return this collector
   */
  public ProducerEvidence add(ProducerEvidence other) {
    tofuHost |= other.tofuHost;
    terraformHost |= other.terraformHost;
    if (tofuTell == null) {
      tofuTell = other.tofuTell;
    }
    if (terraformTell == null) {
      terraformTell = other.terraformTell;
    }
    return this;
  }

  /** Adds a resource of {@code planned_values} or {@code prior_state}. */
  public ProducerEvidence resource(ResourceValues r) {
    r.providerName().ifPresent(this::provider);
    return this;
  }

  void provider(String name) {
    tofuHost |= name.startsWith(TOFU_HOST);
    terraformHost |= name.startsWith(TF_HOST);
  }

  boolean tofuHost() {
    return tofuHost;
  }

  boolean terraformHost() {
    return terraformHost;
  }

  Optional<Producer> firstTofuTell() {
    return Optional.ofNullable(tofuTell);
  }

  Optional<Producer> firstTerraformTell() {
    return Optional.ofNullable(terraformTell);
  }

  /**
   * The producer of the plan made of {@code rest} (every other part of the plan: its {@code
   * resource_changes} are not looked at) and the parts added here.
   *
   * @param rest the plan without the parts added here
   * @return the producer, with the evidence
   */
  public Producer producer(Plan rest) {
    return ProducerDetector.detect(rest, this);
  }

  /** An entry that only OpenTofu writes, as the evidence sentence. */
  static Optional<Producer> tofuTell(ResourceChange rc) {
    ChangeKind k = rc.kind();
    if (k == ChangeKind.REPLACE_FORGET_THEN_CREATE) {
      return Optional.of(new Producer(Producer.Tool.OPENTOFU, "a replacement is written [\"forget\",\"create\"]"));
    }
    if (k == ChangeKind.OPEN || rc.mode().equals(ResourceMode.EPHEMERAL)) {
      return Optional.of(new Producer(Producer.Tool.OPENTOFU, "the plan stores an ephemeral resource"));
    }
    Optional<String> reason = rc.actionReason().map(r -> r.text());
    if (reason.filter(r -> r.equals("delete_because_enabled_false") || r.startsWith("forgot_because_")).isPresent()) {
      return Optional.of(new Producer(Producer.Tool.OPENTOFU, "action_reason " + reason.get() + " is OpenTofu's"));
    }
    return Optional.empty();
  }

  /** An entry that only Terraform writes, as the evidence sentence. */
  static Optional<Producer> terraformTell(ResourceChange rc) {
    if (rc.kind() == ChangeKind.REPLACE_CREATE_THEN_FORGET) {
      return Optional.of(new Producer(Producer.Tool.TERRAFORM, "a replacement is written [\"create\",\"forget\"]"));
    }
    if (rc.change().actions().contains(Action.of("Open"))) {
      return Optional.of(new Producer(Producer.Tool.TERRAFORM, "an internal action name leaked as Terraform does"));
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return "ProducerEvidence{tofuHost=" + tofuHost + ", terraformHost=" + terraformHost + "}";
  }
}
