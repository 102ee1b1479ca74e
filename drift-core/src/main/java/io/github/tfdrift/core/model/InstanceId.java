package io.github.tfdrift.core.model;

import java.util.Objects;
import java.util.Optional;

/**
 * The unique key of a resource instance object in a plan: its address plus, for a deposed object,
 * the deposed key. An address alone is not unique.
 *
 * @param address the absolute instance address
 * @param deposed the deposed key, if the object is deposed
 */
public record InstanceId(String address, Optional<String> deposed) implements Comparable<InstanceId> {
  /** Validates the parts. */
  public InstanceId {
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(deposed, "deposed");
  }

  /** The key of a current (not deposed) object. */
  public static InstanceId of(String address) {
    return new InstanceId(address, Optional.empty());
  }

  /** The key of an object that may be deposed. */
  public static InstanceId of(String address, Optional<String> deposed) {
    return new InstanceId(address, deposed);
  }

  @Override
  public int compareTo(InstanceId o) {
    int c = address.compareTo(o.address);
    return c != 0 ? c : deposed.orElse("").compareTo(o.deposed.orElse(""));
  }

  @Override
  public String toString() {
    return deposed.map(d -> address + " (deposed " + d + ")").orElse(address);
  }
}
