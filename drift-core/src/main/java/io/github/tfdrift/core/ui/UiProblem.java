package io.github.tfdrift.core.ui;

import java.util.Objects;

/**
 * A problem with one line (or element) of a UI stream that was otherwise read: a truncated or
 * malformed JSON line, a message without a type, a known message whose fields have the wrong shape.
 * The rest of the stream is still read. Messages name the position, never the line's content.
 *
 * @param source the stream's name
 * @param line the 1-based line
 * @param column the 1-based column, or 0 when the whole line is meant
 * @param kind what is wrong
 * @param message one sentence for a person
 */
public record UiProblem(String source, int line, int column, Kind kind, String message) {

  /** The kinds of problems. */
  public enum Kind {
    /** A line that is not valid JSON. */
    MALFORMED_JSON,
    /** A line whose JSON ends before the object does (a cut-off final line, typically). */
    TRUNCATED,
    /** JSON that is not an object. */
    NOT_AN_OBJECT,
    /** An object without a string {@code type}: kept as an {@link OtherMessage}. */
    MISSING_TYPE,
    /** A known message type whose fields have the wrong shape: kept as an {@link OtherMessage}. */
    UNEXPECTED_SHAPE,
    /** A line, or the input, larger than the limit. */
    TOO_LARGE,
    /** A {@code ui} version whose major number this library does not know. */
    UNSUPPORTED_VERSION
  }

  /** Validates the parts. */
  public UiProblem {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(message, "message");
  }

  /** One line: source, line, column, what is wrong. */
  public String describe() {
    return source + ":" + line + (column > 0 ? ":" + column : "") + ": " + message;
  }

  @Override
  public String toString() {
    return kind + ": " + describe();
  }
}
