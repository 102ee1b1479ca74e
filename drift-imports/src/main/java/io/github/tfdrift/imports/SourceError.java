package io.github.tfdrift.imports;

import io.github.tfdrift.rules.spi.ExistingObject;
import java.util.Objects;

/**
 * Which error of the log an import entry (or a skip, or an unmatched error) comes from.
 *
 * @param log the log's name
 * @param line the 1-based line the error starts on
 * @param origin the form it was read from
 * @param code the error code ({@code EntityAlreadyExists}), {@code already exists} when the message
 *     has none, or {@code ""} for an error that is not about an existing object
 * @param family whose wording it has ({@code aws}, {@code azurerm}, {@code google}, {@code generic}),
 *     {@code ""} when not an "already exists" error
 * @param summary the error's summary, with the plan's secrets redacted
 */
public record SourceError(String log, int line, LogDiagnostic.Origin origin, String code, String family, String summary) {

  /** Validates the parts. */
  public SourceError {
    Objects.requireNonNull(log, "log");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(family, "family");
    Objects.requireNonNull(summary, "summary");
  }

  /** {@code EntityAlreadyExists at apply.log:14}. */
  public String describe() {
    return (code.isEmpty() ? "error" : code) + " at " + log + ":" + line;
  }

  /** Where it is, as the engine's evidence cites it: code, log and line ({@link #describe()}). */
  public ExistingObject.Origin position() {
    return new ExistingObject.Origin(code.isEmpty() ? "error" : code, log, line);
  }

  /** Where, and the code; not the summary. */
  @Override
  public String toString() {
    return "SourceError[" + describe() + "]";
  }
}
