package io.github.tfdrift.cli;

import io.github.tfdrift.core.model.Plan;
import io.github.tfdrift.core.read.PlanError;
import io.github.tfdrift.imports.ApplyLog;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
public final class ImportCommand implements Command {
  private static final Option PLAN = Option.valued("plan", "PLAN", "the plan that was applied (show -json), or - for standard input");
  private static final Option LOG =
      Option.valued("log", "APPLY_LOG", "the apply's output: apply -json lines or the human output, or - for standard input");
  private static final Option FORMAT =
      Option.valued("format", "FORMAT", "hcl (import blocks, the default), sh (import commands) or json");
  private static final Option ACCOUNT =
      Option.valued("aws-account-id", "ID", "the AWS account ID, when no ARN in the plan reveals it");
  private static final Option REGION = Option.valued("aws-region", "REGION", "the AWS region, when the plan does not show it");
  private static final Option TF_BIN =
      Option.valued("tf-bin", "BINARY", "the command in sh output: terraform or tofu (default: the plan's tool)");
  private static final Option POLICY =
      Option.valued("policy", "FILE", "a policy file whose import_ids: map adds or replaces import ID templates");
  private static final Option OUTPUT = Option.valued("output", "FILE", "write the result to FILE instead of standard output");

  /** An import command. */
  public ImportCommand() {}

  @Override
  public String name() {
    return "import";
  }

  @Override
  public String summary() {
    return "turn apply's \"already exists\" errors into import blocks or commands";
  }

  @Override
  public String synopsis() {
    return "--plan PLAN --log APPLY_LOG [--format hcl|sh|json] [--aws-account-id ID] [--aws-region REGION]"
        + " [--tf-bin terraform|tofu] [--policy FILE] [--output FILE]";
  }

  @Override
  public String description() {
    return """
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
        Pipeline failures in the log (SOPS decryption, state backend unreachable, state lock held,
        provider credentials) are reported with a hint, and the exit status is then 1.
        """;
  }

  @Override
  public List<Option> options() {
    return List.of(PLAN, LOG, FORMAT, ACCOUNT, REGION, TF_BIN, POLICY, OUTPUT);
  }

  @Override
  public int run(Arguments args, Console console) {
    if (!args.positionals().isEmpty()) {
      return console.fail("import takes no positional arguments, got '" + args.positionals().get(0) + "' (try 'drift import --help')");
    }
    String formatName = args.value(FORMAT.name()).orElse("hcl");
    Optional<ImportFormat> format = ImportFormat.of(formatName);
    if (format.isEmpty()) {
      return console.fail("import: --format must be hcl, sh or json, not '" + formatName + "'");
    }
    Optional<String> planArg = args.value(PLAN.name());
    Optional<String> logArg = args.value(LOG.name());
    if (planArg.isEmpty() || logArg.isEmpty()) {
      return console.fail("import needs --plan PLAN and --log APPLY_LOG (try 'drift import --help')");
    }
    if (planArg.get().equals(PlanInput.STDIN) && logArg.get().equals(PlanInput.STDIN)) {
      return console.fail("import: only one of --plan and --log can be - (standard input)");
    }
    ImportOptions options = ImportOptions.defaults();
    if (args.value(ACCOUNT.name()).isPresent()) {
      Either<OptionError, String> id = ImportOptions.checkAwsAccountId(args.value(ACCOUNT.name()).get());
      if (id.isLeft()) {
        return console.fail("import: --aws-account-id: " + id.getLeft().describe());
      }
      options = options.withAwsAccountId(id.get());
    }
    if (args.value(REGION.name()).isPresent()) {
      Either<OptionError, String> r = ImportOptions.checkAwsRegion(args.value(REGION.name()).get());
      if (r.isLeft()) {
        return console.fail("import: --aws-region: " + r.getLeft().describe());
      }
      options = options.withAwsRegion(r.get());
    }
    if (args.value(POLICY.name()).isPresent()) {
      Optional<Path> policy = path(args.value(POLICY.name()).get());
      if (policy.isEmpty()) {
        return console.fail("import: --policy: not a valid file name");
      }
      Either<TemplateError, Map<String, ImportIdTemplate>> ids = ImportIdPolicy.read(policy.get());
      if (ids.isLeft()) {
        return console.fail(ids.getLeft().describe());
      }
      options = options.withImportIds(ids.get(), policy.get().toString());
    }
    Optional<String> binary = args.value(TF_BIN.name());
    if (binary.isPresent() && (binary.get().isBlank() || binary.get().chars().anyMatch(c -> c < 0x20))) {
      return console.fail("import: --tf-bin must name a command, like terraform or tofu");
    }

    Either<PlanError, Plan> plan = PlanInput.read(planArg.get(), console);
    if (plan.isLeft()) {
      return console.fail(plan.getLeft().describe());
    }
    Either<LogReadError, ApplyLog> log = readLog(logArg.get(), console);
    if (log.isLeft()) {
      return console.fail(log.getLeft().describe());
    }

    ImportPlan result = ImportPlanner.plan(plan.get(), log.get(), options);
    String text = ImportRenderer.render(result, format.get(), binary.orElse(result.tool().command()));
    if (args.value(OUTPUT.name()).isPresent()) {
      Optional<Path> out = path(args.value(OUTPUT.name()).get());
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
