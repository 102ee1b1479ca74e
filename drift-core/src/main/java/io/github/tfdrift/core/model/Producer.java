package io.github.tfdrift.core.model;

import java.util.Objects;

/**
 * Which tool wrote a plan, and the evidence for it. {@code terraform_version} cannot tell (OpenTofu
 * writes its own version under that key), so the provider registry host and format features decide.
 *
 * @param tool Terraform, OpenTofu or unknown
 * @param evidence one sentence saying why
 */
public record Producer(Tool tool, String evidence) {
  /** Validates the parts. */
  public Producer {
    Objects.requireNonNull(tool, "tool");
    Objects.requireNonNull(evidence, "evidence");
  }

  /** The tools that write plans. */
  public enum Tool {
    /** HashiCorp Terraform. */
    TERRAFORM("terraform"),
    /** OpenTofu. */
    OPENTOFU("tofu"),
    /** Not decidable from the plan. */
    UNKNOWN("terraform");

    private final String command;

    Tool(String command) {
      this.command = command;
    }

    /** The command a user runs for this tool ({@code terraform} when unknown). */
    public String command() {
      return command;
    }

    /** Lower-case name for reports: terraform, opentofu, unknown. */
    public String id() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  @Override
  public String toString() {
    return tool.id() + " (" + evidence + ")";
  }
}
