package io.github.tfdrift.rules.policy;

import io.github.tfdrift.core.address.AttributePath;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The policy's {@code ignore_changes} entries that apply to one resource instance (their type and
 * address globs match it), and the one place that decides whether a changed attribute of that
 * instance is ignored. Both the IGNORED category of a change and the reasons that say a path is
 * "covered by ignore_changes" ask this, through {@link Policy#ignoresFor}, so they cannot disagree.
 * Immutable.
 */
public final class InstanceIgnores {
  private static final InstanceIgnores NONE = new InstanceIgnores(List.of());

  private final List<IgnoreRule> rules;

  private InstanceIgnores(List<IgnoreRule> rules) {
    this.rules = rules;
  }

  /**
   * The entries of {@code all} that {@linkplain IgnoreRule#appliesTo apply to} the instance.
   *
   * @param all the policy's entries, in policy order
   * @param resourceType the instance's resource type
   * @param instanceAddress the instance's address
   * @return the applicable entries
   */
  static InstanceIgnores of(List<IgnoreRule> all, String resourceType, String instanceAddress) {
    return of(null, all, resourceType, instanceAddress);
  }

  /**
   * The configuration's own entry for the instance, if any, first; then the entries of {@code all}
   * that apply to the instance.
   */
  static InstanceIgnores of(
      @org.jspecify.annotations.Nullable IgnoreRule configured, List<IgnoreRule> all, String resourceType, String instanceAddress) {
    List<IgnoreRule> l = null;
    if (configured != null) {
      l = new ArrayList<>(2);
      l.add(configured);
    }
    for (IgnoreRule r : all) {
      if (r.appliesTo(resourceType, instanceAddress)) {
        if (l == null) {
          l = new ArrayList<>(2);
        }
        l.add(r);
      }
    }
    return l == null ? NONE : new InstanceIgnores(List.copyOf(l));
  }

  /** The applicable entries, in policy order. */
  public List<IgnoreRule> rules() {
    return rules;
  }

  /** True when no entry applies to the instance. */
  public boolean isEmpty() {
    return rules.isEmpty();
  }

  /** The first applicable entry with an attribute that covers {@code path}, if any. */
  public Optional<IgnoreRule> ruleCovering(AttributePath path) {
    for (IgnoreRule r : rules) {
      if (r.covering(path).isPresent()) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }
}
