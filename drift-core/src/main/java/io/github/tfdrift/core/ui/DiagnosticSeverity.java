package io.github.tfdrift.core.ui;

import io.github.tfdrift.core.vocabulary.KnownWords;
import io.github.tfdrift.core.vocabulary.Vocabulary;
import java.util.Objects;

/**
 * A diagnostic's {@code severity}: {@code error}, {@code warning}, {@code unknown}, or any other word,
 * kept as is.
 *
 * @param text the severity as written
 */
public record DiagnosticSeverity(String text) implements Vocabulary {
  /** An error: the operation failed. */
  public static final DiagnosticSeverity ERROR = new DiagnosticSeverity("error");
  /** A warning. */
  public static final DiagnosticSeverity WARNING = new DiagnosticSeverity("warning");
  /** The tool did not know the severity. */
  public static final DiagnosticSeverity UNKNOWN = new DiagnosticSeverity("unknown");

  private static final KnownWords<DiagnosticSeverity> WORDS =
      KnownWords.of(ERROR, WARNING, UNKNOWN);

  /** Validates the text. */
  public DiagnosticSeverity {
    Objects.requireNonNull(text, "text");
  }

  /**
   * The severity for a word; never fails.
   *
   * @param text the word
   * @return the severity
   */
  public static DiagnosticSeverity of(String text) {
    return WORDS.constant(text, DiagnosticSeverity::new);
  }

  /** True for {@code error}. */
  public boolean isError() {
    return equals(ERROR);
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
