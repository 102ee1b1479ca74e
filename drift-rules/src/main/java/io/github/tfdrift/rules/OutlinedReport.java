package io.github.tfdrift.rules;

import io.github.tfdrift.core.json.PlanOutline;
import java.util.Objects;

/**
 * A plan classified from its outline ({@link io.github.tfdrift.rules.engine.DriftEngine#classify(
 * io.github.tfdrift.core.json.PlanReader, java.nio.file.Path, String)}): the outline (the plan without
 * its entries, the whole plan's secrets and warnings) and the report. {@code toString()} shows counts
 * only.
 *
 * @param outline the plan's outline
 * @param report its classification
 */
public record OutlinedReport(PlanOutline outline, Report report) {
  /** Validates the parts. */
  public OutlinedReport {
    Objects.requireNonNull(outline, "outline");
    Objects.requireNonNull(report, "report");
  }
}
