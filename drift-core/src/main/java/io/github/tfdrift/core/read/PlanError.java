package io.github.tfdrift.core.read;

import java.util.Objects;
import java.util.Optional;

/**
 * Why a document could not be read as a plan, and where. Messages never contain the document's
 * content (plans carry secrets), only what is wrong and its position.
 *
 * @param kind what went wrong
 * @param message one sentence for a person
 * @param source the file or stream name, e.g. {@code plan.json} or {@code <stdin>}
 * @param line 1-based line, or 0 when unknown
 * @param column 1-based column, or 0 when unknown
 * @param jsonPath the JSON path of the offending value ({@code $.resource_changes[3].change}), or empty
 */
public record PlanError(
    Kind kind, String message, String source, int line, int column, Optional<String> jsonPath) {

  /** Validates the parts. */
  public PlanError {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(jsonPath, "jsonPath");
  }

  /** The kinds of bad input. */
  public enum Kind {
    /** The file could not be read (missing, a directory, permission). */
    IO,
    /** Nothing but whitespace. */
    EMPTY,
    /** Not valid JSON. */
    MALFORMED_JSON,
    /** JSON that ends before the document does. */
    TRUNCATED,
    /** A binary plan file (a zip) instead of its JSON form. */
    BINARY_PLAN,
    /** A state document instead of a plan. */
    STATE_FILE,
    /** A machine-readable UI log stream ({@code plan -json}) instead of a plan. */
    UI_STREAM,
    /** An HCP Terraform redacted plan instead of a {@code show -json} plan. */
    HCP_REDACTED_PLAN,
    /** {@code terraform validate -json} output instead of a plan. */
    VALIDATE_OUTPUT,
    /** JSON that is not a plan at all. */
    NOT_A_PLAN,
    /** {@code format_version} is missing or not a version. */
    MISSING_VERSION,
    /** {@code format_version} has a major version this library does not support. */
    UNSUPPORTED_VERSION,
    /** A known field has the wrong JSON type. */
    WRONG_TYPE,
    /** Nesting deeper than the configured limit. */
    TOO_DEEP,
    /** A string or the document is larger than the configured limit. */
    TOO_LARGE,
    /** JSON that is not a UI log stream, when one was expected ({@code UiStreamReader}). */
    NOT_A_UI_STREAM
  }

  /** One line: source, position, what is wrong. */
  public String describe() {
    StringBuilder b = new StringBuilder(source);
    if (line > 0) {
      b.append(':').append(line);
      if (column > 0) {
        b.append(':').append(column);
      }
    }
    b.append(": ").append(message);
    jsonPath.filter(p -> !p.equals("$")).ifPresent(p -> b.append(" (at ").append(p).append(')'));
    return b.toString();
  }

  @Override
  public String toString() {
    return kind + ": " + describe();
  }
}
