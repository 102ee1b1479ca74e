package io.github.tfdrift.core.ui;

import java.util.Objects;
import java.util.Optional;

/**
 * A diagnostic: an error or warning with its source location, as in a {@code diagnostic} message (and
 * in {@code terraform validate -json}).
 *
 * @param severity {@code error}, {@code warning} or {@code unknown}
 * @param summary the one-line summary, e.g. {@code Resource precondition failed}
 * @param detail the longer explanation ({@code ""} when none); may show values
 * @param address the resource instance (or other object) it is about, when given
 * @param range where in the configuration, when known
 * @param snippet the source code there, when the file was available
 */
public record Diagnostic(
    DiagnosticSeverity severity,
    String summary,
    String detail,
    Optional<String> address,
    Optional<SourceRange> range,
    Optional<Snippet> snippet) {

  /** Validates the parts. */
  public Diagnostic {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(detail, "detail");
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(range, "range");
    Objects.requireNonNull(snippet, "snippet");
  }

  /** True for an error. */
  public boolean isError() {
    return severity.isError();
  }

  /** Severity, address and location; never the summary or detail, which can show values. */
  @Override
  public String toString() {
    return "Diagnostic["
        + severity
        + address.map(a -> ", address=" + a).orElse("")
        + range.map(r -> ", at " + r).orElse("")
        + "]";
  }
}
