package io.github.tfdrift.report;

import io.github.tfdrift.report.text.SafeText;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Writes a {@link RunReport} in one format. Implementations print every string through the report's
 * {@link SafeText}, so no sensitive value of any plan reaches the output; they are stateless and
 * thread-safe.
 */
public interface ReportWriter {
  /** Writes the report to {@code out} (not closed; flushed). */
  void write(RunReport report, Writer out) throws IOException;

  /** The report as a string. */
  default String render(RunReport report) {
    StringWriter w = new StringWriter();
    try {
      write(report, w);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }
}
