/**
 * Reports over classified plans, for people and machines. A {@link io.github.tfdrift.report.RunReport}
 * gathers the {@link io.github.tfdrift.report.AnalyzedPlan}s of one run (several plans, one report,
 * the worst exit code); a {@link io.github.tfdrift.report.ReportWriter} renders it as text in the
 * runbook's words, markdown, JSON ({@code drift-report/1}), SARIF 2.1.0 or JUnit XML (see {@link
 * io.github.tfdrift.report.ReportFormat}). Over many plans (one per workspace), the same change on
 * several resources is grouped into {@link io.github.tfdrift.report.DriftCause}s ({@link
 * io.github.tfdrift.report.RunReport#causes()}), shown first by the text, markdown and JSON reports.
 *
 * <p>Secrets never leak: every writer prints through {@link io.github.tfdrift.report.text.SafeText}, built
 * from the union of the plans' {@link io.github.tfdrift.core.redact.Secrets}, which masks marked
 * values and every known secret wherever it appears, inside longer strings too.
 *
 * <pre>{@code
 * DriftEngine engine = DriftEngine.builder().withInstalledRules().build();
 * Report report = engine.classify(plan, "plan.json");
 * RunReport run = RunReport.builder()
 *     .addPlan(AnalyzedPlan.of("plan.json", Optional.of(Path.of("plan.json")), plan, report, Optional.empty()))
 *     .rules(RuleCatalog.of(engine.rules()))
 *     .build();
 * ReportFormat.SARIF.writer().write(run, writer);
 * System.exit(run.exitCode());
 * }</pre>
 */
@NullMarked
package io.github.tfdrift.report;

import io.github.tfdrift.report.text.SafeText;
import io.github.tfdrift.rules.engine.DriftEngine;
import org.jspecify.annotations.NullMarked;
