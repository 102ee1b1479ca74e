package io.github.tfdrift.core.model;

import java.util.Objects;
import java.util.Set;

/**
 * A resource's {@code mode}: {@code managed}, {@code data}, OpenTofu's {@code ephemeral}, or another
 * word kept as is.
 *
 * @param text the mode as written
 */
public record ResourceMode(String text) implements Vocabulary {
  /** A managed resource. */
  public static final ResourceMode MANAGED = new ResourceMode("managed");
  /** A data source. */
  public static final ResourceMode DATA = new ResourceMode("data");
  /** An ephemeral resource (OpenTofu 1.11). */
  public static final ResourceMode EPHEMERAL = new ResourceMode("ephemeral");

  private static final Set<String> KNOWN = Set.of("managed", "data", "ephemeral");

  /** Validates the text. */
  public ResourceMode {
    Objects.requireNonNull(text, "text");
  }

  /** The mode for a word; never fails. */
  public static ResourceMode of(String text) {
    switch (text) {
      case "managed":
        return MANAGED;
      case "data":
        return DATA;
      case "ephemeral":
        return EPHEMERAL;
      default:
        return new ResourceMode(text);
    }
  }

  @Override
  public boolean isKnown() {
    return KNOWN.contains(text);
  }

  @Override
  public String toString() {
    return text;
  }
}
