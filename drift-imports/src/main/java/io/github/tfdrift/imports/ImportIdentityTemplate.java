package io.github.tfdrift.imports;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How to build the {@code identity = { … }} of an import block (Terraform 1.12+, OpenTofu 1.12+) for
 * one resource type: one {@link ImportIdTemplate} per member of the provider's identity schema, split
 * as the provider documents them into required members and optional ones. A required member whose value
 * the plan cannot tell keeps a {@code <PLACEHOLDER>}; an optional one is left out (the provider then
 * uses its own: the provider configuration's region, the credentials' account).
 *
 * <pre>{@code
 * ImportIdentityTemplate.of(
 *     Map.of("bucket", ImportIdTemplate.parse("{bucket}").get()),
 *     Map.of("region", ImportIdTemplate.parse("{@region}").get(),
 *            "account_id", ImportIdTemplate.parse("{@account_id}").get()));
 * }</pre>
 *
 * <p>Immutable; members keep the order they are given in (the block lists required members first).
 */
public final class ImportIdentityTemplate {
  private static final Pattern MEMBER = Pattern.compile("[a-z_][a-z0-9_]*");

  private final Map<String, ImportIdTemplate> required;
  private final Map<String, ImportIdTemplate> optional;

  private ImportIdentityTemplate(Map<String, ImportIdTemplate> required, Map<String, ImportIdTemplate> optional) {
    this.required = Collections.unmodifiableMap(new LinkedHashMap<>(required));
    this.optional = Collections.unmodifiableMap(new LinkedHashMap<>(optional));
  }

  /**
   * An identity template.
   *
   * @param required the members the provider requires, by name, in the order to write them; at least one
   * @param optional the members it accepts besides, in the order to write them
   * @return the template
   * @throws IllegalArgumentException when there is no required member, a name is not an attribute
   *     name, or a name is both required and optional
   */
  public static ImportIdentityTemplate of(Map<String, ImportIdTemplate> required, Map<String, ImportIdTemplate> optional) {
    Objects.requireNonNull(required, "required");
    Objects.requireNonNull(optional, "optional");
    if (required.isEmpty()) {
      throw new IllegalArgumentException("an identity has at least one required member");
    }
    for (Map<String, ImportIdTemplate> m : java.util.List.of(required, optional)) {
      m.forEach(
          (k, v) -> {
            if (!isMember(k)) {
              throw new IllegalArgumentException("not an identity member name: " + k);
            }
            Objects.requireNonNull(v, "template");
          });
    }
    for (String k : optional.keySet()) {
      if (required.containsKey(k)) {
        throw new IllegalArgumentException("an identity member is required or optional, not both: " + k);
      }
    }
    return new ImportIdentityTemplate(required, optional);
  }

  /** True when {@code name} can name an identity member: lower-case letters, digits and {@code _}. */
  static boolean isMember(String name) {
    return name != null && MEMBER.matcher(name).matches();
  }

  /** The required members and their templates, in order. */
  public Map<String, ImportIdTemplate> required() {
    return required;
  }

  /** The optional members and their templates, in order. */
  public Map<String, ImportIdTemplate> optional() {
    return optional;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ImportIdentityTemplate t
        && t.required.equals(required)
        && t.optional.equals(optional)
        && t.required.keySet().stream().toList().equals(required.keySet().stream().toList())
        && t.optional.keySet().stream().toList().equals(optional.keySet().stream().toList());
  }

  @Override
  public int hashCode() {
    return Objects.hash(required, optional);
  }

  /** The member names and templates: templates hold no secrets. */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("ImportIdentityTemplate[");
    required.forEach((k, v) -> b.append(k).append('=').append(v.text()).append(", "));
    optional.forEach((k, v) -> b.append(k).append("?=").append(v.text()).append(", "));
    b.setLength(b.length() - 2);
    return b.append(']').toString();
  }
}
