package io.github.tfdrift.analysis;

import io.github.tfdrift.report.AnalyzedPlan;
import io.vavr.control.Either;

/**
 * Receives the plans of a streamed run ({@link DriftAnalysis#stream(AnalysisListener)}) one at a time,
 * as each is decided: the inputs that name no plan first (a missing file, an empty directory), then
 * every plan in input order, either analysed or failed. The run keeps no plan after delivering it.
 */
@FunctionalInterface
public interface AnalysisListener {
  /**
   * Called before a plan is read (for a progress display).
   *
   * @param name how the plan is named (a file name may be a secret: redact before showing it)
   * @param index the plan's position, from 0
   * @param total how many plans will be read
   */
  default void reading(String name, int index, int total) {}

  /**
   * Called once per input, as soon as it is decided.
   *
   * @param outcome the plan with its classification, or why it could not be analysed
   */
  void decided(Either<PlanFailure, AnalyzedPlan> outcome);
}
