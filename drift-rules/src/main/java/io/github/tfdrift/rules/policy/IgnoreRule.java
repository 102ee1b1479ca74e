package io.github.tfdrift.rules.policy;

import io.github.tfdrift.core.address.AttributePath;
import io.github.tfdrift.rules.lifecycle.ConfiguredLifecycle;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An {@code ignore_changes} entry of the policy, mirroring {@code lifecycle { ignore_changes }} (which
 * the plan JSON does not carry): changes to these attributes of matching resources are false
 * positives. An attribute covers everything below it ({@code clone} covers {@code clone[0].vm_id});
 * {@code all} covers every attribute.
 *
 * @param type resource type glob ({@link Glob#any()} when not given)
 * @param address instance address glob ({@link Glob#any()} when not given)
 * @param attributes the ignored attributes (path patterns, see {@link PathPattern})
 * @param reason an optional note
 * @param location where the entry was written
 * @param origin whether the entry is the policy's or the configuration's own {@code lifecycle}
 */
public record IgnoreRule(
    Glob type, Glob address, List<PathPattern> attributes, Optional<String> reason, Location location, Origin origin) {

  /** Validates and copies the parts. */
  public IgnoreRule {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(address, "address");
    attributes = List.copyOf(attributes);
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(origin, "origin");
  }

  /** A policy entry (origin {@link Origin#POLICY}). */
  public IgnoreRule(Glob type, Glob address, List<PathPattern> attributes, Optional<String> reason, Location location) {
    this(type, address, attributes, reason, location, Origin.POLICY);
  }

  /** Where an {@code ignore_changes} entry comes from. */
  public enum Origin {
    /** The policy file (or code): a copy of the configuration's lifecycle, which may be stale. */
    POLICY,
    /** The configuration's own {@code lifecycle { ignore_changes }}, read from the {@code .tf} files. */
    CONFIGURATION
  }

  /**
   * The entry that a resource instance's configured {@code ignore_changes} amounts to: its paths
   * (or {@code all}), located at the place it is written, origin {@link Origin#CONFIGURATION}. Its
   * globs match anything: {@link Policy#ignoresFor} gives it only to the instance it belongs to.
   * Empty when the configuration ignores nothing.
   */
  public static Optional<IgnoreRule> fromLifecycle(ConfiguredLifecycle lifecycle) {
    if (!lifecycle.ignoresAnything()) {
      return Optional.empty();
    }
    List<PathPattern> patterns = lifecycle.ignoreAll()
        ? List.of(PathPattern.all())
        : lifecycle.ignoreChanges().stream().map(PathPattern::literal).toList();
    ConfiguredLifecycle.Place at = lifecycle.ignoreChangesAt().orElse(lifecycle.block());
    return Optional.of(new IgnoreRule(Glob.any(), Glob.any(), patterns, Optional.of("lifecycle.ignore_changes"),
        new Location(at.file(), at.line(), at.column()), Origin.CONFIGURATION));
  }

  /** True for the configuration's own {@code lifecycle.ignore_changes}. */
  public boolean fromConfiguration() {
    return origin == Origin.CONFIGURATION;
  }

  /** Where the entry is written, as a reason cites it: {@code modules/vm/main.tf:42} or {@code drift.yaml:12}. */
  public String place() {
    return location.line() > 0 ? location.source() + ":" + location.line() : location.source();
  }

  /** An entry for a type glob and attributes (given in Terraform notation), built in code. */
  public static IgnoreRule of(String typeGlob, String addressGlob, String... attributes) {
    return new IgnoreRule(
        Glob.of(typeGlob), Glob.of(addressGlob), Policy.paths(attributes), Optional.empty(), Location.code());
  }

  /**
   * True when the entry applies to a resource of this type and address: its type glob matches the
   * type and its address glob the instance address. Every use of the policy's {@code ignore_changes}
   * (the IGNORED category and the reasons that mention {@code ignore_changes}) goes through {@link
   * Policy#ignoresFor}, which asks this.
   */
  public boolean appliesTo(String resourceType, String instanceAddress) {
    return type.matches(resourceType) && address.matches(instanceAddress);
  }

  /**
   * The part of {@code path} that the first covering attribute of this entry names ({@code clone}
   * for {@code clone[0].vm_id} under {@code clone}; {@link AttributePath#all()} under {@code all}),
   * if any attribute covers it. Says nothing about the resource: see {@link #appliesTo}.
   */
  public Optional<AttributePath> covering(AttributePath path) {
    for (PathPattern a : attributes) {
      Optional<AttributePath> part = a.coveredPart(path);
      if (part.isPresent()) {
        return part;
      }
    }
    return Optional.empty();
  }
}
