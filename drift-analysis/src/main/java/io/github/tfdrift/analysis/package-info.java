/**
 * One entry point for embedders: {@link io.github.tfdrift.analysis.DriftAnalysis} analyses plans (files,
 * directories, binary plans, streams or plan models) with a policy and, optionally, the log of a failed
 * apply, and gives the run's decision, exit code and report in every format — all at once ({@link
 * io.github.tfdrift.analysis.DriftAnalysis#run()}) or plan by plan for runs over thousands of plans
 * ({@link io.github.tfdrift.analysis.DriftAnalysis#stream(AnalysisListener)}). What can fail is a
 * typed value, never an exception: {@link io.github.tfdrift.analysis.AnalysisError} when the analysis
 * cannot start, {@link io.github.tfdrift.analysis.PlanFailure} for a plan that cannot be read.
 */
@NullMarked
package io.github.tfdrift.analysis;

import org.jspecify.annotations.NullMarked;
