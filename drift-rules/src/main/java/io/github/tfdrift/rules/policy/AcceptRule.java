package io.github.tfdrift.rules.policy;

import io.github.tfdrift.core.address.AttributePath;
import java.util.List;
import java.util.Objects;

/**
 * An {@code accept} entry: real drift on these attributes should be accepted into the configuration
 * (procedure ACCEPT, "update the configuration to match") rather than reverted by apply. Scenario 3 of
 * the runbook (tags changed in the UI) is the typical case.
 *
 * @param type resource type glob
 * @param address instance address glob
 * @param attributes the attributes, path patterns ({@code all} when not given)
 * @param location where the entry was written
 */
public record AcceptRule(Glob type, Glob address, List<PathPattern> attributes, Location location) {
  /** Validates and copies the parts. */
  public AcceptRule {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(address, "address");
    attributes = List.copyOf(attributes);
    Objects.requireNonNull(location, "location");
  }

  /** An entry built in code. */
  public static AcceptRule of(String typeGlob, String addressGlob, String... attributes) {
    return new AcceptRule(Glob.of(typeGlob), Glob.of(addressGlob), Policy.paths(attributes), Location.code());
  }

  /** True when this entry accepts drift of {@code path} on the given resource. */
  public boolean accepts(String resourceType, String instanceAddress, AttributePath path) {
    if (!type.matches(resourceType) || !address.matches(instanceAddress)) {
      return false;
    }
    for (PathPattern a : attributes) {
      if (a.covers(path)) {
        return true;
      }
    }
    return false;
  }
}
