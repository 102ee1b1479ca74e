package io.github.tfdrift.imports;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One resource to import: the address the plan creates, and the ID of the existing object.
 *
 * <p>When a value the ID needs cannot be known from the plan (unknown until apply, sensitive, or an AWS
 * account the plan does not show), {@link #id()} keeps a {@code <PLACEHOLDER>} for it, {@link
 * #placeholders()} names them, and {@link #warnings()} says why and how to find the value. Such an
 * entry is never a guess.
 *
 * @param address the resource instance address, in Terraform's notation (a valid HCL traversal)
 * @param type the resource type
 * @param id the import ID, possibly with placeholders
 * @param placeholders the placeholders in {@code id}, e.g. {@code <AWS_ACCOUNT_ID>}; empty when the ID is complete
 * @param template the template the ID was built from, if the catalogue has one for the type
 * @param templateOrigin where that template comes from: {@code built-in}, a provider, the policy file
 * @param warnings what the user should know or do, one sentence each
 * @param sources the errors of the log it comes from, in log order (several when the log repeats one)
 * @param identity the object's identity for {@code identity = { … }} (Terraform 1.12+, OpenTofu 1.12+),
 *     when the identity catalogue or the plan's {@code after_identity} knows the type's identity
 */
public record ImportEntry(
    String address,
    String type,
    String id,
    List<String> placeholders,
    Optional<String> template,
    Optional<String> templateOrigin,
    List<String> warnings,
    List<SourceError> sources,
    Optional<ImportIdentity> identity) {

  /** Validates and copies the parts. */
  public ImportEntry {
    Objects.requireNonNull(identity, "identity");
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(id, "id");
    placeholders = List.copyOf(placeholders);
    Objects.requireNonNull(template, "template");
    Objects.requireNonNull(templateOrigin, "templateOrigin");
    warnings = List.copyOf(warnings);
    sources = List.copyOf(sources);
    if (sources.isEmpty()) {
      throw new IllegalArgumentException("an import entry comes from at least one error");
    }
  }

  /**
   * An entry without an identity.
   *
   * @param address the resource instance address
   * @param type the resource type
   * @param id the import ID, possibly with placeholders
   * @param placeholders the placeholders in {@code id}
   * @param template the template the ID was built from
   * @param templateOrigin where that template comes from
   * @param warnings what the user should know or do
   * @param sources the errors of the log it comes from
   */
  public ImportEntry(
      String address,
      String type,
      String id,
      List<String> placeholders,
      Optional<String> template,
      Optional<String> templateOrigin,
      List<String> warnings,
      List<SourceError> sources) {
    this(address, type, id, placeholders, template, templateOrigin, warnings, sources, Optional.empty());
  }

  /** True when the ID is complete: no placeholder. */
  public boolean isResolved() {
    return placeholders.isEmpty();
  }

  /** The first error it comes from. */
  public SourceError source() {
    return sources.get(0);
  }

  /** Address, type and whether the ID is complete. */
  @Override
  public String toString() {
    return "ImportEntry[" + address + ", " + (isResolved() ? "id known" : "placeholders " + placeholders) + "]";
  }
}
