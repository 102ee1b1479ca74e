package io.github.tfdrift.imports;

import io.github.tfdrift.core.model.Plan;
import io.github.tfdrift.rules.PlanNote;
import io.github.tfdrift.rules.ClassifiedEntry;
import io.github.tfdrift.rules.engine.DriftEngine;
import io.github.tfdrift.rules.Procedure;
import io.github.tfdrift.rules.Report;
import io.github.tfdrift.rules.Verdict;
import io.github.tfdrift.rules.builtin.ImportExistingRule;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Classifies a plan with what a failed apply's log says already exists ({@link ImportPlan}), as the
 * runbook's phase 2 does by hand, and turns the rest of the log into notes of the plan. The engine
 * receives the log's {@link ImportPlan#existingObjects() existing objects} as evidence, and its
 * built-in rule {@value ImportExistingRule#ID} ({@link ImportExistingRule}) makes every planned create
 * among them verdict {@link Verdict#IMPORT}, procedure {@link Procedure#IMPORT}, with the reason
 * "already exists outside the state (EntityAlreadyExists at apply.log:60): import it instead of
 * creating it" and the generated {@code import {}} block and command ({@link
 * ClassifiedEntry#generatedImport()}); the entry's warnings gain the import entry's warnings (how to
 * complete a {@code <PLACEHOLDER>}).
 *
 * <p>Everything else the log says becomes a {@link PlanNote} ({@link #review}): addresses skipped
 * because the state already has them (info), errors that match nothing and the log's other errors
 * (warnings), imports whose entry is not decided IMPORT (a warning: a higher verdict is kept, never
 * downgraded), the run's warnings, and pipeline failures and a log that looks like another plan's
 * (errors: the plan's decision becomes an error, exit 1). The exit code of the classification itself
 * is unchanged: IMPORT is actionable, as CREATE is. Never throws for bad input; notes carry log text
 * already redacted with the plan's secrets, and report writers redact again.
 *
 * <pre>{@code
 * ImportPlan imports = ImportPlanner.plan(plan, ApplyLog.read(logFile).get(), ImportOptions.defaults());
 * ImportReconciler.Result r = ImportReconciler.classify(engine, plan, name, imports);
 * AnalyzedPlan ap = AnalyzedPlan.of(name, file, plan, r.report(), policy).withNotes(r.notes());
 * }</pre>
 */
public final class ImportReconciler {
  /** The rule id of the entries it turns into imports. */
  public static final String RULE_ID = ImportExistingRule.ID;

  private ImportReconciler() {}

  /**
   * What reconciling gives.
   *
   * @param report the classification, the matching creates IMPORT
   * @param notes what else the log says, for {@code AnalyzedPlan.withNotes} of drift-report
   * @param imported how many entries became IMPORT
   */
  public record Result(Report report, List<PlanNote> notes, int imported) {
    /** Validates and copies the parts. */
    public Result {
      Objects.requireNonNull(report, "report");
      notes = List.copyOf(notes);
    }

    /** True when a note is an error (a pipeline failure, a log of another plan). */
    public boolean hasErrors() {
      return notes.stream().anyMatch(n -> n.level() == PlanNote.Level.ERROR);
    }
  }

  /**
   * Classifies a plan with the log's existing objects as evidence ({@code engine.classify(plan,
   * sourceName, imports.existingObjects())}), then {@link #review reviews} the report against the log.
   *
   * @param engine the engine; it decides IMPORT through its rule {@value ImportExistingRule#ID} (the
   *     built-in and installed rules include it)
   * @param plan the plan the log is of
   * @param sourceName where the plan was read from
   * @param imports the import plan of that plan and log
   * @return the report and the notes
   */
  public static Result classify(DriftEngine engine, Plan plan, String sourceName, ImportPlan imports) {
    return classify(engine, plan, sourceName, imports, ImportArgument.ID);
  }

  /**
   * As {@link #classify(DriftEngine, Plan, String, ImportPlan)}, the generated blocks naming the
   * objects by {@code argument} ({@link ImportPlan#existingObjects(ImportArgument)}).
   *
   * @param engine the engine
   * @param plan the plan the log is of
   * @param sourceName where the plan was read from
   * @param imports the import plan of that plan and log
   * @param argument what the generated blocks name the objects by
   * @return the report and the notes
   */
  public static Result classify(DriftEngine engine, Plan plan, String sourceName, ImportPlan imports, ImportArgument argument) {
    Objects.requireNonNull(engine, "engine");
    Objects.requireNonNull(imports, "imports");
    Objects.requireNonNull(argument, "argument");
    return review(engine.classify(plan, sourceName, imports.existingObjects(argument)), imports);
  }

  /**
   * The notes of a classification made with the log's existing objects ({@link
   * DriftEngine#classify(Plan, String, io.github.tfdrift.rules.spi.ExistingObjects)} given {@link
   * ImportPlan#existingObjects()}): the report is kept as it is.
   *
   * @param report the classification of the plan the log is of, made with the log's evidence
   * @param imports the import plan of that plan and log
   * @return the report, the notes and how many entries are IMPORT by {@value ImportExistingRule#ID}
   */
  public static Result review(Report report, ImportPlan imports) {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(imports, "imports");
    List<PlanNote> notes = new ArrayList<>();
    Set<String> used = new HashSet<>();
    int imported = 0;
    for (ClassifiedEntry e : report.entries()) {
      Optional<ImportEntry> ie = e.deposed().isPresent() ? Optional.empty() : imports.entry(e.address());
      if (ie.isEmpty()) {
        continue;
      }
      used.add(ie.get().address());
      if (e.verdict() == Verdict.IMPORT && e.ruleId().equals(RULE_ID)) {
        imported++;
      } else if (e.verdict() == Verdict.CREATE) {
        notes.add(
            PlanNote.warning(
                e.address() + ": " + ie.get().source().describe() + " says it already exists, but it is still classified CREATE: the engine"
                    + " has no rule " + RULE_ID + ", or was not given the log's existing objects"));
      } else {
        notes.add(
            PlanNote.warning(
                e.address() + ": " + ie.get().source().describe() + " says it already exists, but it is classified "
                    + e.verdict().name() + ", not CREATE: the verdict is kept; investigate before importing it"));
      }
    }
    for (ImportEntry ie : imports.entries()) {
      if (!used.contains(ie.address())) {
        notes.add(
            PlanNote.warning(
                ie.address() + ": " + ie.source().describe() + " says it already exists, but the report has no entry for it"));
      }
    }
    for (PipelineFailure f : imports.failures()) {
      notes.add(PlanNote.error(f.describe()));
    }
    if (imports.looksLikeAnotherPlan()) {
      notes.add(
          PlanNote.error(
              imports.log() + ": none of its " + imports.unmatched().size()
                  + " \"already exists\" errors names a resource this plan creates or holds; is the log of another plan?"));
    }
    for (SkippedImport s : imports.skipped()) {
      notes.add(PlanNote.info(s.address() + ": not imported: " + s.reason() + " (" + s.source().describe() + ")"));
    }
    for (UnmatchedError u : imports.unmatched()) {
      notes.add(PlanNote.warning(u.source().log() + ":" + u.source().line() + ": " + u.source().describe() + " matches nothing: " + u.reason()));
    }
    for (SourceError o : imports.otherErrors()) {
      notes.add(PlanNote.warning(o.log() + ":" + o.line() + ": apply error, not about an existing object: " + o.summary()));
    }
    for (String w : imports.warnings()) {
      notes.add(PlanNote.warning(imports.log() + ": " + w));
    }
    return new Result(report, notes, imported);
  }
}
