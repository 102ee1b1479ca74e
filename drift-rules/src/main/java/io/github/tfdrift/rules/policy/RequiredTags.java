package io.github.tfdrift.rules.policy;

import java.util.List;
import java.util.Objects;

/**
 * The opt-in {@code required-tags} rule's configuration (seed 003's prevention strategy): planned
 * creates and updates of resources that have a {@code tags} attribute must carry these tags.
 *
 * @param enabled whether the rule runs
 * @param tags the tag keys every resource must carry
 * @param types resource type globs the rule checks (every type with a {@code tags} attribute when
 *     empty)
 */
public record RequiredTags(boolean enabled, List<String> tags, List<Glob> types) {
  /** The default tags: ManagedBy, Workspace, Environment. */
  public static final List<String> DEFAULT_TAGS = List.of("ManagedBy", "Workspace", "Environment");

  private static final RequiredTags DISABLED = new RequiredTags(false, DEFAULT_TAGS, List.of());

  /** Validates and copies the parts. */
  public RequiredTags {
    tags = List.copyOf(tags);
    types = List.copyOf(types);
  }

  /** The rule switched off (the default). */
  public static RequiredTags disabled() {
    return DISABLED;
  }

  /** The rule switched on with the given tags, for every type with tags. */
  public static RequiredTags of(String... tags) {
    return new RequiredTags(true, tags.length == 0 ? DEFAULT_TAGS : List.of(tags), List.of());
  }

  /** True when the rule checks resources of this type. */
  public boolean checksType(String type) {
    if (types.isEmpty()) {
      return true;
    }
    for (Glob g : types) {
      if (g.matches(Objects.requireNonNull(type))) {
        return true;
      }
    }
    return false;
  }
}
