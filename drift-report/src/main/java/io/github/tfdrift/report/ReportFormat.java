package io.github.tfdrift.report;

import java.util.Locale;
import java.util.Optional;

/** The report formats, with their writers. */
public enum ReportFormat {
  /** Plain text in the runbook's words (the default). */
  TEXT,
  /** Markdown for a pull-request or issue comment. */
  MARKDOWN,
  /** JSON, schema {@code drift-report/1}. */
  JSON,
  /** SARIF 2.1.0 for code-scanning tools. */
  SARIF,
  /** JUnit XML, so any CI shows destructive changes as failed tests. */
  JUNIT;

  /** The name users type: {@code text}, {@code markdown}... */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The format a user named, if it is one. */
  public static Optional<ReportFormat> parse(String name) {
    for (ReportFormat f : values()) {
      if (f.id().equals(name)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /** A writer of this format. */
  public ReportWriter writer() {
    switch (this) {
      case MARKDOWN:
        return new MarkdownReportWriter();
      case JSON:
        return new JsonReportWriter();
      case SARIF:
        return new SarifReportWriter();
      case JUNIT:
        return new JunitReportWriter();
      default:
        return new TextReportWriter();
    }
  }
}
