package io.github.tfdrift.imports;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The identity of an existing object, for {@code identity = { … }} in an import block (Terraform
 * 1.12+, OpenTofu 1.12+): the members and their values, in the order to write them.
 *
 * <p>A member whose value cannot be known from the plan keeps a {@code <PLACEHOLDER>}, named in
 * {@link #placeholders()}; {@link #warnings()} say why. Such an identity is never a guess.
 *
 * @param members the members and their values, required members first
 * @param placeholders the placeholders left in the values; empty when the identity is complete
 * @param origin where the members come from: {@code plan} (the plan's {@code after_identity}), {@code
 *     built-in} or an {@link ImportIdProvider}'s name (the identity catalogue)
 * @param warnings why a placeholder is left and how to find its value, one sentence each
 */
public record ImportIdentity(Map<String, String> members, List<String> placeholders, String origin, List<String> warnings) {
  /** The origin of an identity taken from the plan's {@code after_identity}. */
  public static final String FROM_PLAN = "plan";

  /** Validates and copies the parts, keeping the members' order. */
  public ImportIdentity {
    Objects.requireNonNull(members, "members");
    if (members.isEmpty()) {
      throw new IllegalArgumentException("an identity has at least one member");
    }
    members = Collections.unmodifiableMap(new LinkedHashMap<>(members));
    placeholders = List.copyOf(placeholders);
    Objects.requireNonNull(origin, "origin");
    warnings = List.copyOf(warnings);
  }

  /** True when every member is known: no placeholder. */
  public boolean isResolved() {
    return placeholders.isEmpty();
  }

  /** The member names and whether the values are complete; never a value. */
  @Override
  public String toString() {
    return "ImportIdentity[" + String.join(", ", members.keySet()) + (isResolved() ? "" : ", placeholders " + placeholders) + "]";
  }
}
