package io.github.tfdrift.rules.policy;

import java.util.Objects;

/**
 * Attaches a normaliser to attributes: values at paths matching {@code path} of resources matching
 * {@code type} are compared after normalisation with the normaliser {@code kind} ({@code json},
 * {@code ssh-public-key}, or the id of a normaliser registered with the engine). The path glob
 * matches the rendered path or any attribute above it ({@code policy} covers {@code policy}, {@code
 * keys} covers {@code keys[0]}).
 *
 * @param type resource type glob
 * @param path attribute path glob over Terraform notation
 * @param kind the normaliser id
 * @param location where the entry was written
 */
public record NormalizerAttachment(Glob type, Glob path, String kind, Location location) {
  /** Validates the parts. */
  public NormalizerAttachment {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(location, "location");
  }

  /** An attachment built in code. */
  public static NormalizerAttachment of(String typeGlob, String pathGlob, String kind) {
    return new NormalizerAttachment(Glob.of(typeGlob), Glob.of(pathGlob), kind, Location.code());
  }
}
