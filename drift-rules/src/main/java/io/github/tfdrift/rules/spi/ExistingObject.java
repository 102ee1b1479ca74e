package io.github.tfdrift.rules.spi;

import io.github.tfdrift.core.address.ResourceAddress;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Evidence from outside the plan that the object of a resource instance already exists outside the
 * state: typically an "already exists" error of a failed apply (drift-imports reads the log and
 * resolves the import ID). The plan alone cannot show it. Rules see it through {@link
 * PlanContext#existingObject}; the built-in rule {@code import-existing} turns a planned create of such
 * an object into IMPORT. {@link #toString()} never shows the import ID.
 *
 * @param address the resource instance address, in Terraform's notation (normalised when it parses)
 * @param importId the import ID of the existing object, when known; it may keep a {@code
 *     <PLACEHOLDER>} for a value that cannot be known, named in {@code placeholders}
 * @param placeholders the placeholders left in {@code importId}, e.g. {@code <AWS_ACCOUNT_ID>}; empty
 *     when the ID is complete or not known
 * @param origins where the evidence comes from (a log and line), first the one to cite; at least one
 * @param warnings what the user should know or do about this object (how to find a placeholder's
 *     value), one sentence each
 * @param identity the object's identity, when it is to be imported by identity ({@code identity = {
 *     … }}, Terraform 1.12+, OpenTofu 1.12+); empty to import it by ID
 */
public record ExistingObject(
    String address,
    Optional<String> importId,
    List<String> placeholders,
    List<Origin> origins,
    List<String> warnings,
    Optional<Identity> identity) {

  /**
   * The identity of an existing object: members and values in the order of the import block, and the
   * placeholders left in the values. {@link #toString()} never shows a value.
   *
   * @param members the members and values; at least one
   * @param placeholders the placeholders left in the values, e.g. {@code <id>}; empty when complete
   */
  public record Identity(Map<String, String> members, List<String> placeholders) {
    /** Validates and copies the parts, keeping the members' order. */
    public Identity {
      Objects.requireNonNull(members, "members");
      if (members.isEmpty()) {
        throw new IllegalArgumentException("an identity has at least one member");
      }
      members = Collections.unmodifiableMap(new LinkedHashMap<>(members));
      placeholders = List.copyOf(placeholders);
    }

    /** The member names only. */
    @Override
    public String toString() {
      return "Identity[" + String.join(", ", members.keySet()) + "]";
    }
  }

  /**
   * Evidence of an object to import by ID.
   *
   * @param address the resource instance address
   * @param importId the import ID, when known
   * @param placeholders the placeholders left in {@code importId}
   * @param origins where the evidence comes from; at least one
   * @param warnings what the user should know or do
   */
  public ExistingObject(String address, Optional<String> importId, List<String> placeholders, List<Origin> origins, List<String> warnings) {
    this(address, importId, placeholders, origins, warnings, Optional.empty());
  }

  /**
   * Where evidence was seen: what was reported, in which file, at which line.
   *
   * @param what what was reported, such as an error code ({@code EntityAlreadyExists})
   * @param file the file (a log's name as given)
   * @param line the 1-based line, or 0 when unknown
   */
  public record Origin(String what, String file, int line) {
    /** Validates the parts. */
    public Origin {
      Objects.requireNonNull(what, "what");
      Objects.requireNonNull(file, "file");
      if (line < 0) {
        throw new IllegalArgumentException("line must be 0 or more, got " + line);
      }
    }

    /** {@code EntityAlreadyExists at apply.log:60}, or {@code ... at apply.log} when the line is unknown. */
    public String describe() {
      return what + " at " + file + (line > 0 ? ":" + line : "");
    }

    @Override
    public String toString() {
      return describe();
    }
  }

  /** Validates and copies the parts; the address is normalised to Terraform's notation when it parses. */
  public ExistingObject {
    address = normalize(Objects.requireNonNull(address, "address"));
    Objects.requireNonNull(importId, "importId");
    placeholders = List.copyOf(placeholders);
    origins = List.copyOf(origins);
    warnings = List.copyOf(warnings);
    Objects.requireNonNull(identity, "identity");
    if (origins.isEmpty()) {
      throw new IllegalArgumentException("an existing object is seen somewhere: give at least one origin");
    }
  }

  /**
   * An existing object with a complete import ID.
   *
   * @param address the resource instance address
   * @param importId the import ID
   * @param origin where it was seen
   * @return the evidence
   */
  public static ExistingObject of(String address, String importId, Origin origin) {
    return new ExistingObject(address, Optional.of(importId), List.of(), List.of(origin), List.of());
  }

  /**
   * An existing object whose import ID is not known.
   *
   * @param address the resource instance address
   * @param origin where it was seen
   * @return the evidence
   */
  public static ExistingObject withoutId(String address, Origin origin) {
    return new ExistingObject(address, Optional.empty(), List.of(), List.of(origin), List.of());
  }

  /** The address as Terraform renders it, when it parses; else as given, stripped. */
  static String normalize(String address) {
    String a = address.strip();
    return ResourceAddress.parse(a).map(ResourceAddress::render).getOrElse(a);
  }

  /** The origin to cite: the first. */
  public Origin origin() {
    return origins.get(0);
  }

  /** True when the import ID is known and has no placeholder left. */
  public boolean isResolved() {
    return importId.isPresent() && placeholders.isEmpty();
  }

  /** Address and origins; never the import ID. */
  @Override
  public String toString() {
    return "ExistingObject[" + address + ", " + (importId.isPresent() ? "id known" : "no id") + ", " + origins + "]";
  }
}
