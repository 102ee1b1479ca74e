package io.github.tfdrift.imports;

import java.util.Objects;

/**
 * Why an apply log could not be read, and where. Messages never quote the log.
 *
 * @param kind what went wrong
 * @param message one sentence for a person
 * @param source the file or stream name
 * @param line the 1-based line, or 0 when not about one line
 */
public record LogReadError(Kind kind, String message, String source, int line) {

  /** The kinds of unreadable logs. */
  public enum Kind {
    /** The file could not be read (missing, a directory, permission). */
    IO,
    /** Nothing but whitespace. */
    EMPTY,
    /** Binary data (a zip, a binary plan file) rather than text. */
    BINARY,
    /** Larger than {@link ApplyLog#MAX_CHARS}. */
    TOO_LARGE,
    /** JSON lines none of which could be read (truncated or malformed). */
    MALFORMED_JSON,
    /** Text with nothing of Terraform or OpenTofu in it: no diagnostics, no progress lines, no UI stream. */
    NOT_AN_APPLY_LOG
  }

  /** Validates the parts. */
  public LogReadError {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(source, "source");
  }

  /** One line: source, line, what is wrong. */
  public String describe() {
    return source + (line > 0 ? ":" + line : "") + ": " + message;
  }

  @Override
  public String toString() {
    return kind + ": " + describe();
  }
}
