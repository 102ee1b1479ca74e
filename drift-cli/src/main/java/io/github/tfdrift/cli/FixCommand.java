package io.github.tfdrift.cli;

import io.github.tfdrift.config.ConfigurationReader;
import io.github.tfdrift.config.model.Configuration;
import io.github.tfdrift.config.source.ConfigError;
import io.github.tfdrift.core.model.Plan;
import io.github.tfdrift.core.read.PlanError;
import io.github.tfdrift.fix.EntryOutcome;
import io.github.tfdrift.fix.patch.FixError;
import io.github.tfdrift.fix.FixProcedure;
import io.github.tfdrift.fix.engine.Fixer;
import io.github.tfdrift.fix.PatchResult;
import io.github.tfdrift.fix.Selection;
import io.github.tfdrift.rules.Report;
import io.github.tfdrift.rules.engine.DriftEngine;
import io.github.tfdrift.rules.policy.Glob;
import io.github.tfdrift.rules.policy.PatternError;
import io.vavr.control.Either;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;

/**
 * {@code drift fix --config DIR --procedure accept|ignore|move [--address GLOB] [--write] PLAN}: the
 * runbook's procedures carried out on the configuration, as a unified diff to review or, with {@code
 * --write}, edits made in place (all files or none).
 *
 * <p>Standard output carries only the diff; each refused entry is one line on standard error with its
 * address and reason, and a summary follows. Exit 0 when every selected entry was patched or had
 * nothing to do, 2 when some were refused (the others are still patched), 1 on an error (nothing
 * written).
 */
@CommandLine.Command(
    name = "fix",
    header = "carry out a runbook procedure on the configuration: accept, ignore or move",
    customSynopsis = "drift fix --config DIR --procedure accept|ignore|move [--address GLOB] [--write] PLAN",
    description =
        """
            Reads the plan (terraform show -json PLANFILE, or - for standard input) and the
            configuration it was made from (DIR: the root module's directory, with its local and
            installed modules and tfvars files), classifies the plan, and edits the configuration:
              accept  write each drifted attribute's real value where the configuration defines it
                      (a literal in the resource block, a module argument, a tfvars assignment, a
                      variable default, a for_each map entry in locals); procedure 2 of the runbook
              ignore  add the drifted attributes to the resource's lifecycle.ignore_changes
              move    write the moved block the rename rule found for a delete and a create
            Prints a unified diff (paths relative to DIR) or, with --write, edits the files in place,
            atomically: all or none. An entry whose value does not trace to a literal (a function
            call, a conditional, a template, a data source, a remote module that is not installed) or
            is sensitive is refused, one line on standard error with the reason; the others are still
            patched. Comments and formatting are kept; edited files pass terraform fmt -check.
            Exit status: 0 every selected entry patched or nothing to do, 2 some refused, 1 error.
            """)
public final class FixCommand implements Command {
  @CommandLine.Option(names = "--config", paramLabel = "DIR", description = "the configuration's root module directory")
  private Optional<String> config = Optional.empty();

  @CommandLine.Option(names = "--procedure", paramLabel = "PROCEDURE", description = "accept, ignore or move")
  private Optional<String> procedure = Optional.empty();

  @CommandLine.Option(
      names = "--address",
      paramLabel = "GLOB",
      description = "only the entries whose address matches (* matches any run of characters, dots included)")
  private String address = "*";

  @CommandLine.Option(names = "--write", description = "edit the files in place instead of printing the diff")
  private boolean write;

  @CommandLine.Parameters(paramLabel = "PLAN")
  private List<String> arguments = new ArrayList<>();

  /** A fix command. */
  public FixCommand() {}

  @Override
  public int run(Console console) {
    if (arguments.size() != 1) {
      return console.fail(arguments.isEmpty()
          ? "fix needs the plan (terraform show -json PLANFILE) as its argument (try 'drift fix --help')"
          : "fix takes one plan, got " + arguments.size() + " arguments (try 'drift fix --help')");
    }
    if (config.isEmpty() || procedure.isEmpty()) {
      return console.fail("fix needs --config DIR and --procedure accept|ignore|move (try 'drift fix --help')");
    }
    Optional<FixProcedure> p = FixProcedure.fromId(procedure.get());
    if (p.isEmpty()) {
      return console.fail("fix: --procedure must be accept, ignore or move, not '" + procedure.get().replaceAll("\\p{Cntrl}", "?") + "'");
    }
    Either<PatternError, Glob> glob = Glob.compile(address);
    if (glob.isLeft()) {
      return console.fail("fix: --address: " + glob.getLeft().describe());
    }
    Optional<Path> dir = ImportCommand.path(config.get());
    if (dir.isEmpty() || !Files.isDirectory(dir.get())) {
      return console.fail("fix: --config: " + config.get().replaceAll("\\p{Cntrl}", "?") + " is not a directory");
    }
    Either<PlanError, Plan> plan = PlanInput.read(arguments.get(0), console);
    if (plan.isLeft()) {
      return console.fail(plan.getLeft().describe());
    }
    Either<ConfigError, Configuration> configuration = ConfigurationReader.read(dir.get());
    if (configuration.isLeft()) {
      return console.fail(configuration.getLeft().describe());
    }
    Report report = DriftEngine.withDefaults().classify(plan.get(), PlanInput.displayName(arguments.get(0)));
    PatchResult result = Fixer.fix(p.get(), configuration.get(), report, Selection.of(glob.get()));
    if (write) {
      Either<FixError, List<String>> written = result.patch().applyTo(dir.get());
      if (written.isLeft()) {
        return console.fail("fix: " + written.getLeft().describe());
      }
    } else {
      console.out().print(result.patch().unifiedDiff());
      console.out().flush();
    }
    for (EntryOutcome.Refused r : result.refused()) {
      console.err().println(Console.PROGRAM + ": fix: refused: " + oneLine(r.describe()));
    }
    console.err().println(Console.PROGRAM + ": fix: " + summary(p.get(), result, write));
    console.err().flush();
    return result.complete() ? ExitCodes.OK : ExitCodes.REFUSED;
  }

  private static String summary(FixProcedure p, PatchResult r, boolean write) {
    int patched = r.patched().size();
    int refused = r.refused().size();
    int nothing = r.outcomes().size() - patched - refused;
    String files = r.patch().files().isEmpty() ? "no file" : String.join(", ", r.patch().files());
    return p.id() + ": " + patched + " patched, " + refused + " refused, " + nothing + " with nothing to do; "
        + (write ? "wrote " : "the diff edits ") + files;
  }

  private static String oneLine(String s) {
    return s.replaceAll("[\\r\\n]+", " ");
  }
}
