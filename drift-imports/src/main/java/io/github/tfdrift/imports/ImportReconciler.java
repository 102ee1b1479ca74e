package io.github.tfdrift.imports;

import io.github.tfdrift.report.PlanNote;
import io.github.tfdrift.report.RuleCatalog;
import io.github.tfdrift.rules.ClassifiedEntry;
import io.github.tfdrift.rules.Finding;
import io.github.tfdrift.rules.GeneratedImport;
import io.github.tfdrift.rules.Procedure;
import io.github.tfdrift.rules.Report;
import io.github.tfdrift.rules.Risk;
import io.github.tfdrift.rules.Verdict;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Applies an {@link ImportPlan} (what a failed apply's log says already exists) to the classification
 * of the same plan, as the runbook's phase 2 does by hand: every CREATE entry whose address has an
 * {@link ImportEntry} becomes verdict {@link Verdict#IMPORT}, procedure {@link Procedure#IMPORT}, rule
 * {@value RuleCatalog#IMPORT_EXISTING}, with the reason "already exists outside the state
 * (EntityAlreadyExists at apply.log:60): import it instead of creating it" and the generated {@code
 * import {}} block and command ({@link ClassifiedEntry#generatedImport()}). The entry's warnings gain
 * the import entry's warnings (how to complete a {@code <PLACEHOLDER>}).
 *
 * <p>Everything else the log says becomes a {@link PlanNote}: addresses skipped because the state
 * already has them (info), errors that match nothing and the log's other errors (warnings), imports
 * whose entry is not a CREATE (a warning: the verdict is kept, never downgraded), the run's warnings,
 * and pipeline failures and a log that looks like another plan's (errors: the plan's decision becomes
 * an error, exit 1). The exit code of the classification itself is unchanged: IMPORT is actionable,
 * as CREATE is. Never throws for bad input; notes carry log text already redacted with the plan's
 * secrets, and report writers redact again.
 *
 * <pre>{@code
 * ImportPlan imports = ImportPlanner.plan(plan, ApplyLog.read(logFile).get(), ImportOptions.defaults());
 * ImportReconciler.Result r = ImportReconciler.reconcile(engine.classify(plan, name), imports);
 * AnalyzedPlan ap = AnalyzedPlan.of(name, file, plan, r.report(), policy).withNotes(r.notes());
 * }</pre>
 */
public final class ImportReconciler {
  /** The rule id of the entries it turns into imports. */
  public static final String RULE_ID = RuleCatalog.IMPORT_EXISTING;

  private ImportReconciler() {}

  /**
   * What reconciling gives.
   *
   * @param report the classification with the matching CREATE entries turned into IMPORT
   * @param notes what else the log says, for {@link io.github.tfdrift.report.AnalyzedPlan#withNotes}
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
   * The classification with the matching CREATE entries turned into IMPORT; the notes are dropped (use
   * {@link #reconcile} to keep them).
   *
   * @param report the classification of the plan the log is of
   * @param imports the import plan of that plan and log
   * @return a new report
   */
  public static Report apply(Report report, ImportPlan imports) {
    return reconcile(report, imports).report();
  }

  /**
   * The classification with the matching CREATE entries turned into IMPORT, and the notes.
   *
   * @param report the classification of the plan the log is of
   * @param imports the import plan of that plan and log
   * @return the new report and the notes
   */
  public static Result reconcile(Report report, ImportPlan imports) {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(imports, "imports");
    String binary = imports.tool().command();
    List<ClassifiedEntry> entries = new ArrayList<>();
    List<PlanNote> notes = new ArrayList<>();
    Set<String> used = new HashSet<>();
    int imported = 0;
    for (ClassifiedEntry e : report.entries()) {
      Optional<ImportEntry> ie = e.deposed().isPresent() ? Optional.empty() : imports.entry(e.address());
      if (ie.isEmpty()) {
        entries.add(e);
        continue;
      }
      used.add(ie.get().address());
      if (e.verdict() != Verdict.CREATE) {
        notes.add(
            PlanNote.warning(
                e.address() + ": " + ie.get().source().describe() + " says it already exists, but it is classified "
                    + e.verdict().name() + ", not CREATE: the verdict is kept; investigate before importing it"));
        entries.add(e);
        continue;
      }
      entries.add(e.decidedBy(finding(e, ie.get()), Optional.of(generated(ie.get(), binary))));
      imported++;
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
    return new Result(report.withEntries(entries), notes, imported);
  }

  /** The deciding finding: IMPORT, in the runbook's words. */
  static Finding finding(ClassifiedEntry e, ImportEntry ie) {
    List<String> warnings = new ArrayList<>(ie.warnings());
    if (!ie.isResolved()) {
      warnings.add("complete " + String.join(", ", ie.placeholders()) + " in the import ID before using the block");
    }
    String more = ie.sources().size() > 1 ? ", and " + (ie.sources().size() - 1) + " more" : "";
    return new Finding(
        RULE_ID,
        Verdict.IMPORT,
        Risk.MEDIUM,
        Procedure.IMPORT,
        List.of(),
        e.address() + " already exists outside the state (" + ie.source().describe() + more + "): import it instead of creating it.",
        warnings);
  }

  /** The block, command and source of an import entry. */
  static GeneratedImport generated(ImportEntry ie, String binary) {
    return new GeneratedImport(ie.id(), ImportRenderer.hclBlock(ie), ImportRenderer.shellCommand(ie, binary), ie.source().describe());
  }
}
