package io.github.tfdrift.cli;

import io.github.tfdrift.core.model.Plan;
import io.github.tfdrift.core.read.PlanError;
import io.github.tfdrift.imports.ApplyLog;
import io.github.tfdrift.imports.ImportArgument;
import io.github.tfdrift.imports.ImportEntry;
import io.github.tfdrift.imports.ImportFormat;
import io.github.tfdrift.imports.ImportIdPolicy;
import io.github.tfdrift.imports.ImportIdTemplate;
import io.github.tfdrift.imports.ImportOptions;
import io.github.tfdrift.imports.ImportPlan;
import io.github.tfdrift.imports.ImportPlanner;
import io.github.tfdrift.imports.ImportRenderer;
import io.github.tfdrift.imports.LogReadError;
import io.github.tfdrift.imports.OptionError;
import io.github.tfdrift.imports.PipelineFailure;
import io.github.tfdrift.imports.TemplateError;
import io.github.tfdrift.imports.UnmatchedError;
import io.vavr.control.Either;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine;

/**
 * {@code drift import --plan PLAN --log APPLY_LOG [--format hcl|sh|json] ...}: turns the "already
 * exists" errors of a failed apply into {@code import {}} blocks, {@code terraform import} commands or
 * JSON, with IDs computed from the plan (the runbook's phases 1 to 3, automated).
 *
 * <p>Standard output carries only the generated text (or nothing, with {@code --output}); a summary and
 * every warning go to standard error, one line each. Exit 0 when imports were produced or there is
 * nothing to do; 1 for unreadable input, a log of another plan, or pipeline failures (SOPS, state
 * backend, state lock, credentials), each reported with the runbook's hint.
 */
@CommandLine.Command(
    name = "import",
    header = "turn apply's \"already exists\" errors into import blocks or commands",
    customSynopsis = {
      "drift import --plan PLAN --log APPLY_LOG [--format hcl|sh|json] [--identity] [--aws-account-id ID]",
      "             [--aws-region REGION] [--tf-bin terraform|tofu] [--policy FILE] [--output FILE]"
    },
    description =
        """
            When apply fails because resources already exist outside the state ("EntityAlreadyExists",
            "BucketAlreadyOwnedByYou", AzureRM's "needs to be imported into the State", Google's
            "alreadyExists"...), reads the plan (terraform show -json PLANFILE) and the apply's output
            (apply -json lines, or the human output with its "Error:" blocks) and writes what imports them:
            import {} blocks for Terraform 1.5+ and OpenTofu, a script of terraform import / tofu import
            commands, or JSON. IDs come from the planned values and a catalogue of import ID templates by
            resource type (extend it with import_ids: in the --policy file). An address already in the
            plan's prior state is never imported again; a repeated error gives one import; each import says
            which error it comes from. A value the plan cannot tell (unknown until apply, sensitive, an AWS
            account no ARN reveals) stays a <PLACEHOLDER>, commented out, with a warning.
            With --identity, import blocks name objects by identity = { ... } (Terraform 1.12+, OpenTofu
            1.12+) for the types whose identity the plan (after_identity) or the identity catalogue
            knows, and by id with a comment for the others; an object in another AWS region than the
            provider's gets the region in its identity, and ID@REGION in its ID (docs/imports.md).
            Pipeline failures in the log (SOPS decryption, state backend unreachable, state lock held,
            provider credentials) are reported with a hint, and the exit status is then 1.
            """)
public final class ImportCommand implements Command {
  @CommandLine.Option(names = "--plan", paramLabel = "PLAN", description = "the plan that was applied (show -json), or - for standard input")
  private Optional<String> plan = Optional.empty();

  @CommandLine.Option(
      names = "--log",
      paramLabel = "APPLY_LOG",
      description = "the apply's output: apply -json lines or the human output, or - for standard input")
  private Optional<String> log = Optional.empty();

  @CommandLine.Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "hcl (import blocks, the default), sh (import commands) or json")
  private String format = "hcl";

  @CommandLine.Option(
      names = "--identity",
      description = "hcl: import blocks with identity = { ... } (Terraform 1.12+, OpenTofu 1.12+) where the identity is known, id elsewhere")
  private boolean identity;

  @CommandLine.Option(names = "--aws-account-id", paramLabel = "ID", description = "the AWS account ID, when no ARN in the plan reveals it")
  private Optional<String> awsAccountId = Optional.empty();

  @CommandLine.Option(names = "--aws-region", paramLabel = "REGION", description = "the AWS region, when the plan does not show it")
  private Optional<String> awsRegion = Optional.empty();

  @CommandLine.Option(
      names = "--tf-bin",
      paramLabel = "BINARY",
      description = "the command in sh output: terraform or tofu (default: the plan's tool)")
  private Optional<String> tfBin = Optional.empty();

  @CommandLine.Option(
      names = "--policy",
      paramLabel = "FILE",
      description = "a policy file whose import_ids: map adds or replaces import ID templates")
  private Optional<String> policy = Optional.empty();

  @CommandLine.Option(names = "--output", paramLabel = "FILE", description = "write the result to FILE instead of standard output")
  private Optional<String> output = Optional.empty();

  @CommandLine.Parameters(paramLabel = "ARGS")
  private List<String> arguments = new ArrayList<>();

  /** An import command. */
  public ImportCommand() {}

  @Override
  public int run(Console console) {
    if (!arguments.isEmpty()) {
      return console.fail("import takes no positional arguments, got '" + arguments.get(0) + "' (try 'drift import --help')");
    }
    Optional<ImportFormat> importFormat = ImportFormat.of(format);
    if (importFormat.isEmpty()) {
      return console.fail("import: --format must be hcl, sh or json, not '" + format + "'");
    }
    Optional<String> planArg = plan;
    Optional<String> logArg = log;
    if (planArg.isEmpty() || logArg.isEmpty()) {
      return console.fail("import needs --plan PLAN and --log APPLY_LOG (try 'drift import --help')");
    }
    if (planArg.get().equals(PlanInput.STDIN) && logArg.get().equals(PlanInput.STDIN)) {
      return console.fail("import: only one of --plan and --log can be - (standard input)");
    }
    ImportOptions options = ImportOptions.defaults();
    if (awsAccountId.isPresent()) {
      Either<OptionError, String> id = ImportOptions.checkAwsAccountId(awsAccountId.get());
      if (id.isLeft()) {
        return console.fail("import: --aws-account-id: " + id.getLeft().describe());
      }
      options = options.withAwsAccountId(id.get());
    }
    if (awsRegion.isPresent()) {
      Either<OptionError, String> r = ImportOptions.checkAwsRegion(awsRegion.get());
      if (r.isLeft()) {
        return console.fail("import: --aws-region: " + r.getLeft().describe());
      }
      options = options.withAwsRegion(r.get());
    }
    if (policy.isPresent()) {
      Optional<Path> policyPath = path(policy.get());
      if (policyPath.isEmpty()) {
        return console.fail("import: --policy: not a valid file name");
      }
      Either<TemplateError, Map<String, ImportIdTemplate>> ids = ImportIdPolicy.read(policyPath.get());
      if (ids.isLeft()) {
        return console.fail(ids.getLeft().describe());
      }
      options = options.withImportIds(ids.get(), policyPath.get().toString());
    }
    Optional<String> binary = tfBin;
    if (binary.isPresent() && (binary.get().isBlank() || binary.get().chars().anyMatch(c -> c < 0x20))) {
      return console.fail("import: --tf-bin must name a command, like terraform or tofu");
    }

    Either<PlanError, Plan> read = PlanInput.read(planArg.get(), console);
    if (read.isLeft()) {
      return console.fail(read.getLeft().describe());
    }
    Either<LogReadError, ApplyLog> applyLog = readLog(logArg.get(), console);
    if (applyLog.isLeft()) {
      return console.fail(applyLog.getLeft().describe());
    }

    ImportPlan result = ImportPlanner.plan(read.get(), applyLog.get(), options);
    String text =
        ImportRenderer.render(
            result, importFormat.get(), binary.orElse(result.tool().command()), identity ? ImportArgument.IDENTITY : ImportArgument.ID);
    if (output.isPresent()) {
      Optional<Path> out = path(output.get());
      if (out.isEmpty()) {
        return console.fail("import: --output: not a valid file name");
      }
      try {
        Files.writeString(out.get(), text, StandardCharsets.UTF_8);
      } catch (IOException e) {
        return console.fail(out.get() + ": cannot write the file (an input/output error)");
      }
    } else {
      console.out().print(text);
      console.out().flush();
    }
    report(result, console);
    if (result.hasFailures()) {
      for (PipelineFailure f : result.failures()) {
        console.fail(f.describe());
      }
      return ExitCodes.ERROR;
    }
    if (result.looksLikeAnotherPlan()) {
      return console.fail(
          PlanInput.displayName(logArg.get())
              + ": none of its "
              + result.unmatched().size()
              + " \"already exists\" errors names a resource this plan creates or holds; is the log of another plan?");
    }
    return ExitCodes.OK;
  }

  /** The summary and warnings on standard error, one line each. */
  private static void report(ImportPlan r, Console console) {
    for (String w : r.warnings()) {
      warn(console, w);
    }
    for (ImportEntry e : r.entries()) {
      for (String w : e.warnings()) {
        warn(console, e.address() + ": " + w);
      }
    }
    for (UnmatchedError u : r.unmatched()) {
      warn(console, u.source().log() + ":" + u.source().line() + ": " + u.reason());
    }
    int unresolved = r.unresolved().size();
    String summary;
    if (r.entries().isEmpty() && r.skipped().isEmpty() && r.unmatched().isEmpty()) {
      summary = r.failures().isEmpty()
          ? "nothing to import: the log has no \"already exists\" error" + (r.otherErrors().isEmpty() ? "" : " (" + r.otherErrors().size() + " other errors)")
          : "nothing to import";
    } else {
      summary = r.entries().size() + " to import"
          + (unresolved > 0 ? " (" + unresolved + " with an ID to complete)" : "")
          + ", " + r.skipped().size() + " already in the state, " + r.unmatched().size() + " unmatched errors"
          + (r.otherErrors().isEmpty() ? "" : ", " + r.otherErrors().size() + " other errors");
    }
    console.err().println(Console.PROGRAM + ": import: " + summary);
    console.err().flush();
  }

  private static void warn(Console console, String message) {
    console.err().println(Console.PROGRAM + ": warning: " + message.replaceAll("[\\r\\n]+", " "));
  }

  /** Reads an apply log from a file, or standard input for {@code -}. */
  static Either<LogReadError, ApplyLog> readLog(String argument, Console console) {
    if (argument.equals(PlanInput.STDIN)) {
      return ApplyLog.read(console.in(), PlanInput.STDIN_NAME);
    }
    Optional<Path> p = path(argument);
    if (p.isEmpty()) {
      return Either.left(new LogReadError(LogReadError.Kind.IO, "not a valid file name", "<argument>", 0));
    }
    return ApplyLog.read(p.get());
  }

  static Optional<Path> path(String argument) {
    try {
      return Optional.of(Path.of(argument));
    } catch (InvalidPathException e) {
      return Optional.empty();
    }
  }
}
