package io.github.tfdrift.core.address;

import io.github.tfdrift.core.vocabulary.KnownWords;
import io.github.tfdrift.core.vocabulary.Vocabulary;
import java.util.Objects;

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

  private static final KnownWords<ResourceMode> WORDS = KnownWords.of(MANAGED, DATA, EPHEMERAL);

  /** Validates the text. */
  public ResourceMode {
    Objects.requireNonNull(text, "text");
  }

  /** The mode for a word; never fails. */
  public static ResourceMode of(String text) {
    return WORDS.constant(text, ResourceMode::new);
  }

  @Override
  public boolean isKnown() {
    return WORDS.isKnown(text);
  }

  @Override
  public String toString() {
    return text;
  }
}
