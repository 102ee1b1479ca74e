package io.github.tfdrift.core.ui;

import io.github.tfdrift.core.model.Vocabulary;
import java.util.Objects;
import java.util.Set;

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

  private static final Set<String> KNOWN = Set.of("error", "warning", "unknown");

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
    switch (text) {
      case "error":
        return ERROR;
      case "warning":
        return WARNING;
      case "unknown":
        return UNKNOWN;
      default:
        return new DiagnosticSeverity(text);
    }
  }

  /** True for {@code error}. */
  public boolean isError() {
    return equals(ERROR);
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
