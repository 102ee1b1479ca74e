package io.github.tfdrift.cli;

import io.github.tfdrift.core.model.Plan;
import io.github.tfdrift.core.read.PlanError;
import io.github.tfdrift.rules.fingerprint.PlanComparison;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/**
 * {@code drift compare APPROVED APPLIED}: whether the applied plan makes the same changes as the
 * approved one ({@link PlanComparison}). Prints {@code same changes} and exits 0, or one line per
 * difference and exits {@link ExitCodes#DIFFERENT} (2); bad input exits 1. Differences name
 * addresses, actions and attribute paths, never values.
 */
@CommandLine.Command(
    name = "compare",
    header = "check that an applied plan makes the same changes as the approved one",
    customSynopsis = "drift compare APPROVED APPLIED",
    description =
        """
            Reads two JSON plans (terraform show -json PLANFILE), the one approved in review and the one
            about to be applied, and says whether they make the same changes, over what 'drift
            fingerprint' covers: addresses, actions, action reasons, replace paths, imports and planned
            values, ignoring timestamps, tool versions, formatting, re-formatted JSON documents and SSH
            keys, and the values before the change. Prints 'same changes' and exits 0, or one line per
            difference (added or removed changes, other actions, planned values that differ at given
            paths; never the values) and exits 2. Bad input exits 1 with one line. Either plan may be -
            for standard input.
            """)
public final class CompareCommand implements Command {
  @CommandLine.Parameters(paramLabel = "PLAN")
  private List<String> plans = new ArrayList<>();

  /** A compare command. */
  public CompareCommand() {}

  @Override
  public int run(Console console) {
    if (plans.size() != 2) {
      return console.fail("compare takes two plans, APPROVED and APPLIED (try 'drift compare --help')");
    }
    String approvedArg = plans.get(0);
    String appliedArg = plans.get(1);
    if (approvedArg.equals(PlanInput.STDIN) && appliedArg.equals(PlanInput.STDIN)) {
      return console.fail("compare can read only one of the plans from standard input");
    }
    Either<PlanError, Plan> approved = PlanInput.read(approvedArg, console);
    if (approved.isLeft()) {
      return console.fail(approved.getLeft().describe());
    }
    Either<PlanError, Plan> applied = PlanInput.read(appliedArg, console);
    if (applied.isLeft()) {
      return console.fail(applied.getLeft().describe());
    }
    PlanComparison c = PlanComparison.of(approved.get(), applied.get());
    if (c.isSame()) {
      console.out().println("same changes");
      return ExitCodes.OK;
    }
    int n = c.differences().size();
    console.out().println(
        n + (n == 1 ? " difference" : " differences") + " between " + PlanInput.displayName(approvedArg) + " (approved) and "
            + PlanInput.displayName(appliedArg) + " (applied):");
    for (PlanComparison.Difference d : c.differences()) {
      console.out().println("  " + d.describe());
    }
    return ExitCodes.DIFFERENT;
  }
}
