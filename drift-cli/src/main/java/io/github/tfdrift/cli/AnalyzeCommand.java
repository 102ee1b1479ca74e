package io.github.tfdrift.cli;

import io.github.tfdrift.analysis.AnalysisError;
import io.github.tfdrift.analysis.AnalysisListener;
import io.github.tfdrift.analysis.AnalysisResult;
import io.github.tfdrift.analysis.DriftAnalysis;
import io.github.tfdrift.analysis.PlanFailure;
import io.github.tfdrift.config.ConfigurationReader;
import io.github.tfdrift.config.model.Configuration;
import io.github.tfdrift.config.model.ModuleCall;
import io.github.tfdrift.config.source.ConfigError;
import io.github.tfdrift.core.read.PlanError;
import io.github.tfdrift.core.redact.Secrets;
import io.github.tfdrift.imports.ImportArgument;
import io.github.tfdrift.imports.LogReadError;
import io.github.tfdrift.report.AnalyzedPlan;
import io.github.tfdrift.rules.PlanNote;
import io.github.tfdrift.rules.policy.Policy;
import io.github.tfdrift.rules.policy.PolicyErrors;
import io.github.tfdrift.rules.policy.PolicyReader;
import io.vavr.control.Either;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine;

/**
 * {@code drift analyze [--policy FILE] [--config DIR] [--format F] [--output FILE] [--exit-code
 * detailed|terraform] [--apply-log LOG] PLAN...}: reads plans (JSON, {@code -}, directories, binary plans), classifies them
 * with the installed rules and the policy, writes one report and exits with the worst exit code: 0
 * nothing actionable, 2 actionable, 3 destructive, 1 error. With {@code --apply-log} (one plan only),
 * the planned creates that the failed apply's log shows already exist become IMPORT, with their {@code
 * import {}} blocks. The work is {@link DriftAnalysis}'s; this class parses the options and prints.
 */
@CommandLine.Command(
    name = "analyze",
    header = "classify plans and write a drift report; exit 0, 2 (act), 3 (destructive) or 1 (error)",
    customSynopsis = {
      "drift analyze [--policy FILE] [--format text|markdown|json|sarif|junit] [--output FILE]",
      "              [--config DIR] [--exit-code detailed|terraform] [--tf-bin BIN] [--today YYYY-MM-DD]",
      "              [--no-progress]",
      "              [--apply-log LOG [--aws-account-id ID] [--aws-region REGION] [--identity]] PLAN..."
    },
    description =
        """
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

            With --config DIR (the root module's directory: *.tf, *.tofu, tfvars, local modules, and
            remote modules installed by init), the configuration's own lifecycle blocks are used: what
            lifecycle.ignore_changes ignores is IGNORED, with the place cited ("ignored by
            lifecycle.ignore_changes at modules/vm/main.tf:42"); a planned destroy or replacement of a
            prevent_destroy resource is escalated (the apply will fail); and an entry warns where the
            policy's ignore_changes and the configuration disagree. A configuration that cannot be read
            stops the run with one line (file:line:col: what) and exit status 1.

            With --apply-log LOG (exactly one PLAN; LOG is the output of its failed apply, apply -json
            lines or the human output, or - for standard input), every planned create that the log shows
            already exists outside the state ("EntityAlreadyExists"...) becomes IMPORT, rule
            import-existing, with the generated import {} block in the report (IDs as 'drift import'
            computes them; import_ids: in the policy file adds templates). Addresses already in the
            state, errors that match nothing and the log's other errors are notes of the report.
            Pipeline failures in the log (SOPS decryption, state backend, state lock, credentials) get
            one line on standard error each and make the exit status 1. With --identity, the import
            blocks name objects by identity = { ... } (Terraform 1.12+, OpenTofu 1.12+) where the
            identity is known, by id with a comment elsewhere (docs/imports.md).

            Secrets are never printed: values marked sensitive, sensitive outputs and variables, and
            every copy of them inside other values are shown as (sensitive).
            """)
public final class AnalyzeCommand implements Command {
  /** The policy used when {@code --policy} is not given and the file exists. */
  public static final String DEFAULT_POLICY = "drift.yaml";

  @CommandLine.Option(names = "--policy", paramLabel = "FILE", description = "the drift policy (YAML or JSON); default ./drift.yaml when present")
  private Optional<String> policy = Optional.empty();

  @CommandLine.Option(
      names = "--config",
      paramLabel = "DIR",
      description = "the configuration's root directory: use its lifecycle blocks (ignore_changes, prevent_destroy)")
  private Optional<String> config = Optional.empty();

  @CommandLine.Mixin private ReportOptions report = new ReportOptions();

  @CommandLine.Option(
      names = "--tf-bin",
      paramLabel = "BIN",
      description = "the tofu or terraform binary for binary plans (default: tofu, then terraform, on PATH)")
  private Optional<String> tfBin = Optional.empty();

  @CommandLine.Mixin private TodayOption today = new TodayOption();

  @CommandLine.Option(names = "--no-progress", description = "never draw the progress bar on standard error")
  private boolean noProgress;

  @CommandLine.Option(
      names = "--apply-log",
      paramLabel = "LOG",
      description = "the output of the failed apply of the (one) PLAN: creates it shows already exist become IMPORT")
  private Optional<String> applyLog = Optional.empty();

  @CommandLine.Option(
      names = "--aws-account-id",
      paramLabel = "ID",
      description = "with --apply-log: the AWS account ID, when no ARN in the plan reveals it")
  private Optional<String> awsAccountId = Optional.empty();

  @CommandLine.Option(names = "--aws-region", paramLabel = "REGION", description = "with --apply-log: the AWS region, when the plan does not show it")
  private Optional<String> awsRegion = Optional.empty();

  @CommandLine.Option(
      names = "--identity",
      description = "with --apply-log: import blocks with identity = { ... } (Terraform 1.12+, OpenTofu 1.12+) where the identity is known")
  private boolean identity;

  @CommandLine.Parameters(paramLabel = "PLAN")
  private List<String> plans = new ArrayList<>();

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
  public int run(Console console) {
    Either<String, ReportOptions.Settings> settings = report.settings("analyze");
    if (settings.isLeft()) {
      return console.fail(settings.getLeft());
    }
    if (plans.isEmpty()) {
      return console.fail("analyze needs at least one PLAN (a file, a directory, or - for standard input) (try 'drift analyze --help')");
    }
    Either<String, LocalDate> date = today.date("analyze");
    if (date.isLeft()) {
      return console.fail(date.getLeft());
    }
    Either<PolicyErrors, Optional<Policy>> policy = policy();
    if (policy.isLeft()) {
      return PolicyCommand.fail(policy.getLeft(), console);
    }
    DriftAnalysis.Builder builder =
        DriftAnalysis.builder()
            .today(date.get())
            .exitCodeMode(settings.get().mode())
            .toolVersion(Version.current())
            .environment(env)
            .retainedPlanBytes(retainedPlanBytes(Runtime.getRuntime().maxMemory()))
            .writeEntriesAsDecided(settings.get().format());
    policy.get().ifPresent(builder::policy);
    if (config.isPresent()) {
      Optional<Path> dir = ImportCommand.path(config.get());
      if (dir.isEmpty()) {
        return console.fail("analyze: --config " + config.get() + ": not a valid directory name");
      }
      Either<ConfigError, Configuration> read = ConfigurationReader.read(dir.get());
      if (read.isLeft()) {
        return console.fail("analyze: --config: " + read.getLeft().describe());
      }
      for (ModuleCall unresolved : read.get().unresolvedModuleCalls()) {
        console.err().println("drift: --config: module \"" + unresolved.name() + "\" (" + unresolved.range().fileAndLine()
            + ") has a remote source that is not installed; its lifecycle blocks are not known (run init)");
      }
      builder.lifecycle(ConfiguredLifecycles.of(read.get()));
    }
    tfBin.ifPresent(builder::terraformBinary);
    if (console.debug()) {
      builder.diagnostics(console.err());
    }
    boolean stdin = false;
    for (String a : plans) {
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
    if (applyLog.isPresent()) {
      String log = applyLog.get();
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
    awsAccountId.ifPresent(builder::awsAccountId);
    awsRegion.ifPresent(builder::awsRegion);
    if (identity) {
      builder.importArgument(ImportArgument.IDENTITY);
    }
    Either<AnalysisError, DriftAnalysis> analysis = builder.build();
    if (analysis.isLeft()) {
      return console.fail(message(analysis.getLeft()));
    }
    ConsoleListener listener = new ConsoleListener(console, !noProgress);
    AnalysisResult result = analysis.get().run(listener);
    listener.finishProgress();
    if (result.plans().isEmpty()) {
      return ExitCodes.ERROR;
    }
    return emit(result, settings.get(), console);
  }

  /**
   * How many bytes of plan files a run keeps for its report: a sixteenth of the heap, at most 64 MB
   * (a plan takes several times its file size in memory). Past that, plans are read again when the
   * report is written, so a run over thousands of plans stays within the heap.
   */
  static long retainedPlanBytes(long maxHeap) {
    return Math.min(maxHeap / 16, 64L << 20);
  }

  /** The one line drift prints for a setup problem, in the words of the command's options. */
  private static String message(AnalysisError error) {
    if (error instanceof AnalysisError.ImportOptionsWithoutApplyLog) {
      return "analyze: --aws-account-id, --aws-region and --identity only apply with --apply-log LOG";
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
    // The secrets of the plans decided since known was last needed: merged only when something is
    // redacted, so that a run over thousands of plans does not merge every plan's secrets into all.
    private final List<Secrets> pending = new ArrayList<>();

    ConsoleListener(Console console, boolean progressWanted) {
      this.console = console;
      this.progressWanted = progressWanted;
    }

    private Secrets known() {
      if (!pending.isEmpty()) {
        known = known.union(union(pending, 0, pending.size()));
        pending.clear();
      }
      return known;
    }

    /** The union of {@code l[from, to)}, halving: each secret is copied log(n) times, not n times. */
    private static Secrets union(List<Secrets> l, int from, int to) {
      if (to - from == 1) {
        return l.get(from);
      }
      int mid = (from + to) >>> 1;
      return union(l, from, mid).union(union(l, mid, to));
    }

    @Override
    public void reading(String name, int index, int total) {
      if (progress == null) {
        progress = Progress.start(console.err(), total, console.errTerminal() && progressWanted);
      }
      if (progress.enabled()) {
        progress.step(known().redact(name));
      }
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
        console.fail(known().redact(f.message()));
        return;
      }
      AnalyzedPlan ap = outcome.get();
      if (!ap.secrets().isEmpty()) {
        pending.add(ap.secrets());
      }
      if (console.debug() && !ap.report().entriesKept()) {
        console.err().println(Console.PROGRAM + ": debug: " + known().redact(ap.name()) + ": entries written to a temporary file as they were decided");
      }
      if (ap.hasErrorNotes()) {
        Secrets redact = known();
        for (PlanNote n : ap.notes()) {
          if (n.level() == PlanNote.Level.ERROR) {
            finishProgress();
            console.fail(redact.redact(n.message()));
          }
        }
      }
    }

    void finishProgress() {
      if (progress != null) {
        progress.finish();
      }
    }
  }

  /** Writes the report where the settings say; returns the run's exit code, or 1 if writing failed. */
  static int emit(AnalysisResult result, ReportOptions.Settings settings, Console console) {
    if (settings.output().isEmpty()) {
      // Written as it is made, never held whole: a report over thousands of plans can be large.
      Writer out = new BufferedWriter(new OutputStreamWriter(console.out(), StandardCharsets.UTF_8), 1 << 16);
      try {
        result.write(settings.format(), out);
      } catch (IOException e) {
        console.out().flush();
        return console.fail("cannot write the report to standard output (an input/output error)");
      }
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

  private static int cannotWrite(Exception e, ReportOptions.Settings settings, Console console) {
    if (console.debug()) {
      e.printStackTrace(console.err());
    }
    return console.fail("cannot write " + settings.output().get() + " (an input/output error)");
  }

  /** The policy of --policy FILE, else of ./drift.yaml when it exists, else none; or every problem of the file. */
  private Either<PolicyErrors, Optional<Policy>> policy() {
    if (policy.isEmpty()) {
      Path def = Path.of(DEFAULT_POLICY);
      if (!Files.isRegularFile(def)) {
        return Either.right(Optional.empty());
      }
      return PolicyReader.read(def).map(Optional::of);
    }
    return PolicyCommand.read(policy.get()).map(Optional::of);
  }
}
