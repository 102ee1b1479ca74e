package io.github.tfdrift.imports;

import java.util.Objects;
import java.util.Optional;

/**
 * One error an apply reported: a {@code diagnostic} message of the {@code apply -json} stream, or an
 * {@code Error:} block of the human output. Its summary and detail can quote values; print them only
 * through {@link io.github.tfdrift.core.redact.Secrets#redact(String)}.
 *
 * @param summary the one-line summary (what follows {@code Error:})
 * @param detail the longer explanation, {@code ""} when none (wrapped lines of the human output are
 *     joined with spaces, paragraphs with a line break)
 * @param address the resource instance the error is about ({@code with ADDRESS,} or the diagnostic's
 *     {@code address}), when the log names one
 * @param line the 1-based line of the log the error starts on
 * @param origin which form of output it was read from
 */
public record LogDiagnostic(String summary, String detail, Optional<String> address, int line, Origin origin) {

  /** The form of output an error was read from. */
  public enum Origin {
    /** A {@code diagnostic} message of the machine-readable UI stream ({@code apply -json}). */
    UI_STREAM,
    /** An {@code Error:} block of the human output (with or without the box-drawing rule). */
    TEXT
  }

  /** Validates the parts. */
  public LogDiagnostic {
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(detail, "detail");
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(origin, "origin");
  }

  /** Summary and detail, as one text to search. */
  public String text() {
    return detail.isEmpty() ? summary : summary + "\n" + detail;
  }

  /** Line, origin and address; never the summary or detail, which can quote values. */
  @Override
  public String toString() {
    return "LogDiagnostic[line " + line + ", " + origin + address.map(a -> ", " + a).orElse("") + "]";
  }
}
