package io.github.tfdrift.cli;

import io.github.tfdrift.analysis.AnalysisError;
import io.github.tfdrift.analysis.AnalysisListener;
import io.github.tfdrift.analysis.AnalysisResult;
import io.github.tfdrift.analysis.DriftAnalysis;
import io.github.tfdrift.analysis.PlanFailure;
import io.github.tfdrift.core.read.PlanError;
import io.github.tfdrift.core.redact.Secrets;
import io.github.tfdrift.imports.LogReadError;
import io.github.tfdrift.imports.OptionError;
import io.github.tfdrift.imports.TemplateError;
import io.github.tfdrift.report.AnalyzedPlan;
import io.github.tfdrift.rules.PlanNote;
import io.github.tfdrift.report.ReportFormat;
import io.github.tfdrift.rules.ExitCodeMode;
import io.github.tfdrift.rules.policy.Policy;
import io.github.tfdrift.rules.policy.PolicyErrors;
import io.github.tfdrift.rules.policy.PolicyReader;
import io.vavr.control.Either;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code drift analyze [--policy FILE] [--format F] [--output FILE] [--exit-code detailed|terraform]
 * [--apply-log LOG] PLAN...}: reads plans (JSON, {@code -}, directories, binary plans), classifies them
 * with the installed rules and the policy, writes one report and exits with the worst exit code: 0
 * nothing actionable, 2 actionable, 3 destructive, 1 error. With {@code --apply-log} (one plan only),
 * the planned creates that the failed apply's log shows already exist become IMPORT, with their {@code
 * import {}} blocks. The work is {@link DriftAnalysis}'s; this class parses the options and prints.
 */
public final class AnalyzeCommand implements Command {
  /** The policy used when {@code --policy} is not given and the file exists. */
  public static final String DEFAULT_POLICY = "drift.yaml";

  static final Option POLICY = Option.valued("policy", "FILE", "the drift policy (YAML or JSON); default ./drift.yaml when present");
  static final Option FORMAT =
      Option.valued("format", "FORMAT", "text (default), markdown, json, sarif or junit").withShortName('f');
  static final Option OUTPUT =
      Option.valued("output", "FILE", "write the report to FILE (atomically) instead of standard output").withShortName('o');
  static final Option EXIT_CODE =
      Option.valued("exit-code", "MODE", "detailed (default: 0, 1, 2, 3) or terraform (destructive also gives 2)");
  static final Option TF_BIN =
      Option.valued("tf-bin", "BIN", "the tofu or terraform binary for binary plans (default: tofu, then terraform, on PATH)");
  static final Option TODAY =
      Option.valued("today", "DATE", "judge policy expiry dates as of DATE (YYYY-MM-DD) instead of today");
  static final Option NO_PROGRESS = Option.flag("no-progress", "never draw the progress bar on standard error");
  static final Option APPLY_LOG =
      Option.valued("apply-log", "LOG", "the output of the failed apply of the (one) PLAN: creates it shows already exist become IMPORT");
  static final Option ACCOUNT =
      Option.valued("aws-account-id", "ID", "with --apply-log: the AWS account ID, when no ARN in the plan reveals it");
  static final Option REGION = Option.valued("aws-region", "REGION", "with --apply-log: the AWS region, when the plan does not show it");

  private final Map<String, String> env;

  /** An analyze command using the process environment (PATH) to find binaries. */
  public AnalyzeCommand() {
    this(System.getenv());
  }

  /** An analyze command using {@code env} (PATH) to find binaries. */
  AnalyzeCommand(Map<String, String> env) {
    this.env = Map.copyOf(env);
  }

  @Override
  public String name() {
    return "analyze";
  }

  @Override
  public String summary() {
    return "classify plans and write a drift report; exit 0, 2 (act), 3 (destructive) or 1 (error)";
  }

  @Override
  public String synopsis() {
    return "[--policy FILE] [--format text|markdown|json|sarif|junit] [--output FILE] [--exit-code detailed|terraform]"
        + " [--apply-log LOG [--aws-account-id ID] [--aws-region REGION]] PLAN...";
  }

  @Override
  public String description() {
    return """
        Reads each PLAN, classifies every change with the installed rules and the drift policy, and
        writes one report for all of them. PLAN is a JSON plan (terraform show -json PLANFILE), - for
        standard input, a directory (every *.json plan and binary plan file in it, e.g. one per
        workspace), or a binary plan file (plan -out), which is converted by running 'tofu show
        -json' or 'terraform show -json' (whichever is on PATH, or --tf-bin) in the plan's
        directory, which must be the initialised working directory.

        Exit status: 0 nothing actionable, 2 actionable changes, 3 destructive changes (replace,
        delete, recreate: STOP), 1 error (unreadable input, an errored plan, a failing rule, a bad
        policy). With several plans, the worst. Changes a plan defers (deferred_changes, Terraform
        -allow-deferral) are DEFERRED, exit 2: the plan is incomplete, apply and plan again; a
        deferred change that deletes is still 3. With --exit-code terraform, 3 becomes 2, as
        plan -detailed-exitcode. When some inputs cannot be read, each gets one line on standard
        error, the others are still reported, and the exit status is 1. A bad policy stops the
        run before any plan is read, with one line on standard error per problem of the file
        ('drift policy check FILE' checks a policy file alone).

        With --apply-log LOG (exactly one PLAN; LOG is the output of its failed apply, apply -json
        lines or the human output, or - for standard input), every planned create that the log shows
        already exists outside the state ("EntityAlreadyExists"...) becomes IMPORT, rule
        import-existing, with the generated import {} block in the report (IDs as 'drift import'
        computes them; import_ids: in the policy file adds templates). Addresses already in the
        state, errors that match nothing and the log's other errors are notes of the report.
        Pipeline failures in the log (SOPS decryption, state backend, state lock, credentials) get
        one line on standard error each and make the exit status 1.

        Secrets are never printed: values marked sensitive, sensitive outputs and variables, and
        every copy of them inside other values are shown as (sensitive).
        """;
  }

  @Override
  public List<Option> options() {
    return List.of(POLICY, FORMAT, OUTPUT, EXIT_CODE, TF_BIN, TODAY, NO_PROGRESS, APPLY_LOG, ACCOUNT, REGION);
  }

  /** The settings shared by analyze and demo: format, output and exit-code mode. */
  record OutputSettings(ReportFormat format, Optional<Path> output, ExitCodeMode mode) {}

  /** Parses --format, --output and --exit-code. */
  static Either<String, OutputSettings> outputSettings(String command, Arguments args) {
    String f = args.value(FORMAT.name()).orElse("text");
    Optional<ReportFormat> format = ReportFormat.parse(f);
    if (format.isEmpty()) {
      return Either.left(command + ": --format must be text, markdown, json, sarif or junit, not '" + f + "'");
    }
    String m = args.value(EXIT_CODE.name()).orElse("detailed");
    ExitCodeMode mode;
    if (m.equals("detailed")) {
      mode = ExitCodeMode.DETAILED;
    } else if (m.equals("terraform")) {
      mode = ExitCodeMode.TERRAFORM;
    } else {
      return Either.left(command + ": --exit-code must be detailed or terraform, not '" + m + "'");
    }
    Optional<Path> output = Optional.empty();
    if (args.value(OUTPUT.name()).isPresent()) {
      String o = args.value(OUTPUT.name()).get();
      try {
        output = Optional.of(Path.of(o));
      } catch (InvalidPathException e) {
        return Either.left(command + ": --output '" + o + "' is not a valid file name");
      }
      if (o.isEmpty() || Files.isDirectory(output.get())) {
        return Either.left(command + ": --output '" + o + "' is a directory, not a file");
      }
      Path parent = output.get().toAbsolutePath().getParent();
      if (parent == null || !Files.isDirectory(parent)) {
        return Either.left(command + ": --output '" + o + "': its directory does not exist");
      }
    }
    return Either.right(new OutputSettings(format.get(), output, mode));
  }

  @Override
  public int run(Arguments args, Console console) {
    Either<String, OutputSettings> settings = outputSettings("analyze", args);
    if (settings.isLeft()) {
      return console.fail(settings.getLeft());
    }
    if (args.positionals().isEmpty()) {
      return console.fail("analyze needs at least one PLAN (a file, a directory, or - for standard input) (try 'drift analyze --help')");
    }
    Either<String, LocalDate> today = today("analyze", args);
    if (today.isLeft()) {
      return console.fail(today.getLeft());
    }
    Either<PolicyErrors, Optional<Policy>> policy = policy(args);
    if (policy.isLeft()) {
      return PolicyCommand.fail(policy.getLeft(), console);
    }
    DriftAnalysis.Builder builder =
        DriftAnalysis.builder()
            .today(today.get())
            .exitCodeMode(settings.get().mode())
            .toolVersion(Version.current())
            .environment(env);
    policy.get().ifPresent(builder::policy);
    args.value(TF_BIN.name()).ifPresent(builder::terraformBinary);
    if (console.debug()) {
      builder.diagnostics(console.err());
    }
    boolean stdin = false;
    for (String a : args.positionals()) {
      if (a.equals(PlanInput.STDIN)) {
        if (stdin) {
          builder.inputError(a, "standard input (-) can be read only once");
        } else {
          stdin = true;
          builder.plan(console.in(), PlanInput.STDIN_NAME);
        }
        continue;
      }
      Optional<Path> p = ImportCommand.path(a);
      if (p.isEmpty()) {
        builder.inputError(a, a + ": not a valid file name");
      } else {
        builder.plan(p.get(), a);
      }
    }
    if (args.value(APPLY_LOG.name()).isPresent()) {
      String log = args.value(APPLY_LOG.name()).get();
      if (log.equals(PlanInput.STDIN)) {
        builder.applyLog(console.in(), PlanInput.STDIN_NAME);
      } else {
        Optional<Path> p = ImportCommand.path(log);
        if (p.isEmpty()) {
          return console.fail(new LogReadError(LogReadError.Kind.IO, "not a valid file name", "<argument>", 0).describe());
        }
        builder.applyLog(p.get());
      }
    }
    args.value(ACCOUNT.name()).ifPresent(builder::awsAccountId);
    args.value(REGION.name()).ifPresent(builder::awsRegion);
    Either<AnalysisError, DriftAnalysis> analysis = builder.build();
    if (analysis.isLeft()) {
      return console.fail(message(analysis.getLeft()));
    }
    ConsoleListener listener = new ConsoleListener(console, !args.has(NO_PROGRESS.name()));
    AnalysisResult result = analysis.get().run(listener);
    listener.finishProgress();
    if (result.plans().isEmpty()) {
      return ExitCodes.ERROR;
    }
    return emit(result, settings.get(), console);
  }

  /** The one line drift prints for a setup problem, in the words of the command's options. */
  private static String message(AnalysisError error) {
    if (error instanceof AnalysisError.ImportOptionsWithoutApplyLog) {
      return "analyze: --aws-account-id and --aws-region only apply with --apply-log LOG";
    }
    if (error instanceof AnalysisError.ImportOptionInvalid o) {
      return "analyze: --" + o.option() + ": " + o.message();
    }
    if (error instanceof AnalysisError.ApplyLogNeedsOnePlan n) {
      return "analyze: --apply-log needs exactly one PLAN (the plan whose apply failed), got " + n.plans();
    }
    if (error instanceof AnalysisError.ApplyLogSharesPlanStream) {
      return "analyze: only one of --apply-log and PLAN can be - (standard input)";
    }
    return error.describe();
  }

  /**
   * Prints what a run decides as it goes: the progress bar, one line per input that cannot be read
   * (redacted with the secrets of the plans read before it), one line per error note of the apply log.
   */
  private static final class ConsoleListener implements AnalysisListener {
    private final Console console;
    private final boolean progressWanted;
    private Progress progress;
    private Secrets known = Secrets.none();

    ConsoleListener(Console console, boolean progressWanted) {
      this.console = console;
      this.progressWanted = progressWanted;
    }

    @Override
    public void reading(String name, int index, int total) {
      if (progress == null) {
        progress = Progress.start(console.err(), total, console.errTerminal() && progressWanted);
      }
      progress.step(known.redact(name));
    }

    @Override
    public void decided(Either<PlanFailure, AnalyzedPlan> outcome) {
      if (outcome.isLeft()) {
        PlanFailure f = outcome.getLeft();
        finishProgress();
        if (console.debug() && f.planError().isPresent()) {
          PlanError e = f.planError().get();
          console.err().println(Console.PROGRAM + ": debug: " + f.name() + ": " + e.kind() + e.jsonPath().map(p -> " at " + p).orElse(""));
        }
        console.fail(known.redact(f.message()));
        return;
      }
      AnalyzedPlan ap = outcome.get();
      Secrets redact = known.union(ap.secrets());
      for (PlanNote n : ap.notes()) {
        if (n.level() == PlanNote.Level.ERROR) {
          finishProgress();
          console.fail(redact.redact(n.message()));
        }
      }
      known = redact;
    }

    void finishProgress() {
      if (progress != null) {
        progress.finish();
      }
    }
  }

  /** Writes the report where the settings say; returns the run's exit code, or 1 if writing failed. */
  static int emit(AnalysisResult result, OutputSettings settings, Console console) {
    if (settings.output().isEmpty()) {
      console.out().print(result.render(settings.format()));
      console.out().flush();
      return result.exitCode();
    }
    Either<IOException, Path> written;
    try {
      written = result.write(settings.format(), settings.output().get());
    } catch (RuntimeException e) {
      return cannotWrite(e, settings, console);
    }
    if (written.isLeft()) {
      return cannotWrite(written.getLeft(), settings, console);
    }
    return result.exitCode();
  }

  private static int cannotWrite(Exception e, OutputSettings settings, Console console) {
    if (console.debug()) {
      e.printStackTrace(console.err());
    }
    return console.fail("cannot write " + settings.output().get() + " (an input/output error)");
  }

  /** The policy of --policy FILE, else of ./drift.yaml when it exists, else none; or every problem of the file. */
  private static Either<PolicyErrors, Optional<Policy>> policy(Arguments args) {
    Optional<String> given = args.value(POLICY.name());
    if (given.isEmpty()) {
      Path def = Path.of(DEFAULT_POLICY);
      if (!Files.isRegularFile(def)) {
        return Either.right(Optional.empty());
      }
      return PolicyReader.read(def).map(Optional::of);
    }
    return PolicyCommand.read(given.get()).map(Optional::of);
  }

  /** The date of --today (policy expiry is judged as of it), else today; or a one-line message. */
  static Either<String, LocalDate> today(String command, Arguments args) {
    Optional<String> given = args.value(TODAY.name());
    if (given.isEmpty()) {
      return Either.right(LocalDate.now());
    }
    try {
      return Either.right(LocalDate.parse(given.get()));
    } catch (DateTimeParseException e) {
      return Either.left(command + ": --today must be a date like 2026-12-31, not '" + given.get() + "'");
    }
  }
}
