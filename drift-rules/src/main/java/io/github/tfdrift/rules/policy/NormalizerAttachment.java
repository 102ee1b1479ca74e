package io.github.tfdrift.rules.policy;

import java.util.Objects;

/**
 * Attaches a normaliser to attributes: values at paths matching {@code path} of resources matching
 * {@code type} are compared after normalisation with the normaliser {@code kind} ({@code json},
 * {@code ssh-public-key}, or the id of a normaliser registered with the engine). The path is a
 * {@link PathPattern}, as in {@code ignore_changes}: it covers the path it names and everything below
 * it ({@code policy} covers {@code policy.Statement[0]}), and {@code tags["ManagedBy"]} means the same
 * as {@code tags.ManagedBy}.
 *
 * @param type resource type glob
 * @param path the attribute path pattern
 * @param kind the normaliser id
 * @param location where the entry was written
 */
public record NormalizerAttachment(Glob type, PathPattern path, String kind, Location location) {
  /** Validates the parts. */
  public NormalizerAttachment {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(location, "location");
  }

  /** An attachment built in code. */
  public static NormalizerAttachment of(String typeGlob, String path, String kind) {
    return new NormalizerAttachment(Glob.of(typeGlob), PathPattern.of(path), kind, Location.code());
  }
}
