package io.github.tfdrift.analysis;

import io.github.tfdrift.analysis.internal.AtomicFile;
import io.github.tfdrift.report.AnalyzedPlan;
import io.github.tfdrift.report.ReportFormat;
import io.github.tfdrift.report.RunReport;
import io.github.tfdrift.rules.Decision;
import io.vavr.control.Either;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The result of a one-shot run ({@link DriftAnalysis#run()}): the {@link RunReport} with every plan and
 * its classification, the inputs that failed as typed values, the run's decision and exit code, and
 * the report in any {@link ReportFormat}. Every format redacts the plans' secrets. Immutable.
 */
public final class AnalysisResult {
  private final RunReport report;
  private final List<PlanFailure> failures;

  AnalysisResult(RunReport report, List<PlanFailure> failures) {
    this.report = Objects.requireNonNull(report, "report");
    this.failures = List.copyOf(failures);
  }

  /** The run report: what the report writers print. */
  public RunReport report() {
    return report;
  }

  /** The plans that were read and classified, in input order. */
  public List<AnalyzedPlan> plans() {
    return report.plans();
  }

  /** The inputs that could not be analysed: inputs naming no plan first, then plans that failed to read. */
  public List<PlanFailure> failures() {
    return failures;
  }

  /** The worst decision over the plans; {@link Decision#ERROR} when an input failed. */
  public Decision decision() {
    return report.decision();
  }

  /** The exit code of the run: 0 nothing to do, 2 actionable, 3 destructive (2 in Terraform mode), 1 error. */
  public int exitCode() {
    return report.exitCode();
  }

  /** The report in {@code format}, as a string. */
  public String render(ReportFormat format) {
    return format.writer().render(report);
  }

  /** Writes the report in {@code format} to {@code out}, which is flushed, not closed. */
  public void write(ReportFormat format, Writer out) throws IOException {
    format.writer().write(report, out);
    out.flush();
  }

  /** Writes the report in {@code format} (UTF-8) to {@code out}, which is flushed, not closed. */
  public void write(ReportFormat format, OutputStream out) throws IOException {
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    write(format, w);
  }

  /**
   * Writes the report in {@code format} (UTF-8) to {@code file}, atomically: through a temporary file
   * next to it, moved over it at the end, so the file is never half-written and a failed write leaves
   * the old file as it was.
   *
   * @param format the report format
   * @param file the file to write
   * @return the file, or why it could not be written
   */
  public Either<IOException, Path> write(ReportFormat format, Path file) {
    try {
      AtomicFile.write(file, out -> format.writer().write(report, out));
      return Either.right(file);
    } catch (IOException e) {
      return Either.left(e);
    } catch (UncheckedIOException e) {
      return Either.left(e.getCause());
    }
  }

  @Override
  public String toString() {
    return "AnalysisResult{" + report + "}";
  }
}
