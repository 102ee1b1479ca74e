package io.github.tfdrift.fix.engine;

import io.github.tfdrift.config.model.Configuration;
import io.github.tfdrift.fix.FixProcedure;
import io.github.tfdrift.fix.PatchResult;
import io.github.tfdrift.fix.Selection;
import io.github.tfdrift.fix.internal.AcceptProcedure;
import io.github.tfdrift.fix.internal.IgnoreProcedure;
import io.github.tfdrift.fix.internal.MoveProcedure;
import io.github.tfdrift.rules.ClassifiedEntry;
import io.github.tfdrift.rules.Report;
import java.util.List;
import java.util.Objects;

/**
 * Carries out a runbook procedure on the configuration, as a {@link io.github.tfdrift.fix.patch.Patch} to review or apply, with
 * one {@link io.github.tfdrift.fix.EntryOutcome} per selected entry of the {@link Report} (classify the plan with {@code
 * DriftEngine} first; the {@code rename} rule's suggestions are what {@link #move} writes).
 *
 * <ul>
 *   <li>{@link #accept}: for each entry whose planned change is an update or a replacement, the real
 *       value of every changed attribute (the change's {@code before}) is written where the
 *       configuration defines it ({@link Configuration#originOf}: a literal in the resource block, a
 *       module call's argument, a tfvars assignment, a variable's default, a {@code for_each} map entry
 *       in {@code locals}), as an HCL literal in {@code terraform fmt}'s style. Attributes whose value
 *       is known only after apply are not the configuration's and are left alone.
 *   <li>{@link #ignore}: the changed attributes are added to the resource block's {@code
 *       lifecycle.ignore_changes} (the block is created, or the list extended, keeping the block's other
 *       arguments and comments). A list element is ignored as its whole list.
 *   <li>{@link #move}: the {@code moved} block of each rename is appended to the file that holds the
 *       {@code to} resource when that resource is in the root module, otherwise to {@code moved.tf} in
 *       the configuration directory (created when missing).
 * </ul>
 *
 * <p>An entry is refused, with the reason, when its value does not trace to a literal (a function
 * call, a conditional, a template, a data source, a reference, a remote module that is not installed),
 * when the value is sensitive (the value is never printed), when the place is in an installed remote
 * module ({@code .terraform/modules}, rewritten by {@code init}), when two entries would write
 * different values at one place, or (accept) when the place also defines the value of another
 * instance in the plan whose real value is different (a literal shared by the instances of a {@code
 * count}, {@code for_each} or module called several times). Nothing is written for a refused entry; the others are patched.
 * Every untouched byte of a file stays as it was.
 */
public final class Fixer {
  private Fixer() {}

  /**
   * Runs a procedure.
   *
   * @param procedure accept, ignore or move
   * @param configuration the configuration the plan was made from
   * @param report the plan, classified
   * @param selection the entries to work on
   * @return the patch and the outcomes
   */
  public static PatchResult fix(FixProcedure procedure, Configuration configuration, Report report, Selection selection) {
    return switch (procedure) {
      case ACCEPT -> accept(configuration, report, selection);
      case IGNORE -> ignore(configuration, report, selection);
      case MOVE -> move(configuration, report, selection);
    };
  }

  /** Procedure 2, accept the drift: the real values written where the configuration defines them. */
  public static PatchResult accept(Configuration configuration, Report report, Selection selection) {
    return AcceptProcedure.run(Objects.requireNonNull(configuration, "configuration"), selected(report, selection), report.entries());
  }

  /** Procedure 3's remedy: the drifted attributes added to {@code lifecycle.ignore_changes}. */
  public static PatchResult ignore(Configuration configuration, Report report, Selection selection) {
    return IgnoreProcedure.run(Objects.requireNonNull(configuration, "configuration"), selected(report, selection));
  }

  /** Keep renamed objects: the {@code moved} blocks the {@code rename} rule found. */
  public static PatchResult move(Configuration configuration, Report report, Selection selection) {
    return MoveProcedure.run(Objects.requireNonNull(configuration, "configuration"), selected(report, selection));
  }

  private static List<ClassifiedEntry> selected(Report report, Selection selection) {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(selection, "selection");
    return report.entries().stream().filter(e -> e.deposed().isEmpty() && selection.selects(e.address())).toList();
  }
}
