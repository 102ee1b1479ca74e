package io.github.tfdrift.core.ui;

import java.util.Objects;
import java.util.Optional;

/**
 * A {@code diagnostic} message: an error or warning.
 *
 * @param envelope the common fields
 * @param diagnostic the diagnostic
 */
public record DiagnosticMessage(UiEnvelope envelope, Diagnostic diagnostic) implements UiMessage {

  /** Validates the parts. */
  public DiagnosticMessage {
    Objects.requireNonNull(envelope, "envelope");
    Objects.requireNonNull(diagnostic, "diagnostic");
  }

  /** {@code severity}. */
  public DiagnosticSeverity severity() {
    return diagnostic.severity();
  }

  /** {@code summary}. */
  public String summary() {
    return diagnostic.summary();
  }

  /** {@code detail}; may show values. */
  public String detail() {
    return diagnostic.detail();
  }

  /** {@code range}, when given. */
  public Optional<SourceRange> range() {
    return diagnostic.range();
  }

  /** {@code snippet}, when given. */
  public Optional<Snippet> snippet() {
    return diagnostic.snippet();
  }

  /** True for an error. */
  public boolean isError() {
    return diagnostic.isError();
  }

  /** The diagnostic's {@code address}, when given. */
  @Override
  public Optional<String> address() {
    return diagnostic.address();
  }

  @Override
  public String toString() {
    return UiMessage.describe(this);
  }
}
