package io.github.tfdrift.analysis;

import io.github.tfdrift.analysis.internal.BinaryPlan;
import io.github.tfdrift.analysis.PlanSources.Expansion;
import io.github.tfdrift.analysis.PlanSources.FileInput;
import io.github.tfdrift.analysis.PlanSources.Input;
import io.github.tfdrift.analysis.PlanSources.ModelInput;
import io.github.tfdrift.analysis.PlanSources.Problem;
import io.github.tfdrift.analysis.PlanSources.Source;
import io.github.tfdrift.analysis.PlanSources.StreamInput;
import io.github.tfdrift.analysis.PlanSources.UnusableInput;
import io.github.tfdrift.core.read.PlanError;
import io.github.tfdrift.core.json.PlanOutline;
import io.github.tfdrift.core.json.PlanReader;
import io.github.tfdrift.core.model.Plan;
import io.github.tfdrift.core.redact.Secrets;
import io.github.tfdrift.imports.ApplyLog;
import io.github.tfdrift.imports.ImportIdPolicy;
import io.github.tfdrift.imports.ImportIdTemplate;
import io.github.tfdrift.imports.ImportOptions;
import io.github.tfdrift.imports.ImportPlan;
import io.github.tfdrift.imports.ImportArgument;
import io.github.tfdrift.imports.ImportPlanner;
import io.github.tfdrift.imports.ImportReconciler;
import io.github.tfdrift.imports.OptionError;
import io.github.tfdrift.imports.TemplateError;
import io.github.tfdrift.imports.LogReadError;
import io.github.tfdrift.report.AnalyzedPlan;
import io.github.tfdrift.report.EntrySpool;
import io.github.tfdrift.report.ReportFormat;
import io.github.tfdrift.report.RuleCatalog;
import io.github.tfdrift.report.RunReport;
import io.github.tfdrift.rules.Decision;
import io.github.tfdrift.rules.engine.DriftEngine;
import io.github.tfdrift.rules.ExitCodeMode;
import io.github.tfdrift.rules.OutlinedReport;
import io.github.tfdrift.rules.Report;
import io.github.tfdrift.rules.Verdict;
import io.github.tfdrift.rules.policy.Policy;
import io.github.tfdrift.rules.policy.PolicyErrors;
import io.github.tfdrift.rules.policy.PolicyReader;
import io.vavr.control.Either;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import io.github.tfdrift.rules.lifecycle.ConfiguredLifecycle;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * The one entry point for embedders: what {@code drift analyze} does, as a library. Give it plans
 * (files, directories, binary plan files, streams or plan models), a policy, optionally the log of the
 * plan's failed apply, an evaluation date and an exit-code mode; get the run's decision, exit code and
 * report in every format.
 *
 * <pre>{@code
 * AnalysisResult result = DriftAnalysis.builder()
 *     .plan(Path.of("plans"))
 *     .policy(Path.of("drift.yaml"))
 *     .build()
 *     .getOrElseThrow(problem -> new IllegalStateException(problem.describe()))
 *     .run();
 * }</pre>
 *
 * <p>{@link #run()} keeps every plan for the report (or, past {@link Builder#retainedPlanBytes}, only
 * its totals, reading the plan again when the report is written); {@link #stream(AnalysisListener)} hands each plan
 * to a listener as soon as it is decided and keeps only what the summary needs (decision, counts,
 * causes), for runs over thousands of plans. Both classify with the rules installed on the class path
 * (the built-in ones and every {@code RuleProvider}). Inputs are read when the analysis runs: run an
 * analysis once (a stream can be read only once).
 */
public final class DriftAnalysis {
  private final Expansion expansion;
  private final DriftEngine engine;
  private final Optional<Policy> policy;
  private final LocalDate today;
  private final ExitCodeMode mode;
  private final String toolVersion;
  private final Optional<String> terraformBinary;
  private final Map<String, String> environment;
  private final Optional<PrintStream> diagnostics;
  private final Optional<ApplyLogStep> applyLog;
  private final long retainedPlanBytes;
  private final long outlineAbove;
  private final Optional<ReportFormat> spoolFormat;
  private final List<ConfiguredLifecycle> lifecycle;

  private DriftAnalysis(Builder b, Expansion expansion, Optional<Policy> policy, Optional<ApplyLogStep> applyLog) {
    this.expansion = expansion;
    this.policy = policy;
    this.today = b.today.orElseGet(LocalDate::now);
    this.lifecycle = List.copyOf(b.lifecycle);
    this.engine = engine(policy.orElse(Policy.empty()), today, lifecycle);
    this.mode = b.mode;
    this.toolVersion = b.toolVersion;
    this.terraformBinary = b.terraformBinary;
    this.environment = b.environment;
    this.diagnostics = b.diagnostics;
    this.applyLog = applyLog;
    this.retainedPlanBytes = b.retainedPlanBytes;
    this.outlineAbove = b.outlineAbove;
    this.spoolFormat = b.spoolFormat;
  }

  /** A builder: no plans, no policy, no apply log, today's date, detailed exit codes. */
  public static Builder builder() {
    return new Builder();
  }

  private static DriftEngine engine(Policy policy, LocalDate today, List<ConfiguredLifecycle> lifecycle) {
    Policy p = lifecycle.isEmpty() ? policy : policy.withLifecycle(lifecycle);
    return DriftEngine.builder().withInstalledRules().policy(p).today(today).build();
  }

  /** How many plans the run will read (inputs naming no plan are not counted). */
  public int planCount() {
    return expansion.sources().size();
  }

  /** The rules the plans are classified with. */
  public RuleCatalog rules() {
    return RuleCatalog.of(engine.rules());
  }

  /**
   * Reads and classifies every plan and keeps them all: the one-shot form.
   *
   * @return the run's report, decision and exit code
   */
  public AnalysisResult run() {
    return run(outcome -> {});
  }

  /**
   * Reads and classifies every plan, telling {@code listener} about each as it is decided, and keeps
   * them all for the report.
   *
   * @param listener told about each plan as it is decided
   * @return the run's report, decision and exit code
   */
  public AnalysisResult run(AnalysisListener listener) {
    Objects.requireNonNull(listener, "listener");
    RunReport.Builder report = RunReport.builder().mode(mode).rules(rules()).toolVersion(toolVersion);
    List<PlanFailure> failures = new ArrayList<>();
    long[] kept = {0};
    boolean several = planCount() > 1; // one plan is held whole either way: never read it twice
    Map<AnalyzedPlan, EntrySpool> spooled = new IdentityHashMap<>();
    stream(
        new AnalysisListener() {
          @Override
          public void reading(String name, int index, int total) {
            listener.reading(name, index, total);
          }

          @Override
          public void decided(Either<PlanFailure, AnalyzedPlan> outcome) {
            if (outcome.isLeft()) {
              failures.add(outcome.getLeft());
              report.addInputError(outcome.getLeft().inputError());
            }
            listener.decided(outcome);
          }
        },
        spooled,
        (source, plan) -> {
          EntrySpool spool = spooled.remove(plan);
          if (spool != null) {
            report.addPlan(plan, spool, () -> again(source));
            return;
          }
          long size = source.kind() == PlanSources.Kind.JSON ? fileSize(source) : 0;
          if (size > 0 && several && kept[0] + size > retainedPlanBytes) {
            report.addPlan(plan, () -> again(source));
          } else {
            kept[0] += size;
            report.addPlan(plan);
          }
        });
    return new AnalysisResult(report.build(), failures);
  }

  private static long fileSize(Source s) {
    try {
      return Files.size(s.file().get());
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }

  /** A JSON plan file not kept by the report, read and classified again when the report is written. */
  private AnalyzedPlan again(Source s) {
    Either<PlanFailure, AnalyzedPlan> plan = readAndAnalyse(s, PlanReader.create(), Secrets.none(), new IdentityHashMap<>(), null);
    if (plan.isLeft()) {
      // No name or message: both may quote the input. The writers pass it on as an input/output error.
      throw new UncheckedIOException(new IOException("a plan could not be read again to write the report"));
    }
    return plan.get();
  }

  /**
   * Reads and classifies one plan: whole, or from its outline when it is a JSON file larger than
   * {@link Builder#outlineAbove} and no apply log is given (the apply log's import planning needs the
   * whole plan). With {@code spooled} and a {@link Builder#writeEntriesAsDecided} format that has a
   * spool, an outlined plan's entries go to a spool, put in {@code spooled} under the plan.
   */
  private Either<PlanFailure, AnalyzedPlan> readAndAnalyse(
      Source s, PlanReader reader, Secrets known, Map<Policy, DriftEngine> engines, Map<AnalyzedPlan, EntrySpool> spooled) {
    if (s.kind() == PlanSources.Kind.JSON && applyLog.isEmpty() && s.file().isPresent() && fileSize(s) > outlineAbove) {
      Optional<EntrySpool> spool = spooled == null ? Optional.empty() : spoolFormat.flatMap(EntrySpool::of);
      Either<PlanError, OutlinedReport> outlined =
          spool.isPresent() ? engine.classify(reader, s.file().get(), s.name(), spool.get()) : engine.classify(reader, s.file().get(), s.name());
      if (outlined.isLeft()) {
        spool.ifPresent(EntrySpool::close);
        return Either.left(PlanFailure.of(s.name(), outlined.getLeft()));
      }
      if (spool.isPresent()) {
        OutlinedReport r = outlined.get();
        AnalyzedPlan header = AnalyzedPlan.of(s.name(), r.outline(), r.report(), policy.flatMap(Policy::source));
        spooled.put(header, spool.get());
        return Either.right(header);
      }
      OutlinedReport r = outlined.get();
      return Either.right(AnalyzedPlan.of(s.name(), r.outline(), r.report(), policy.flatMap(Policy::source)));
    }
    Either<PlanFailure, Plan> plan = read(s, reader, known);
    if (plan.isLeft()) {
      return Either.left(plan.getLeft());
    }
    return Either.right(analyse(s, plan.get(), engines));
  }

  /**
   * Reads and classifies every plan, handing each to {@code listener} as soon as it is decided and
   * keeping none: the streaming form. Inputs naming no plan come first, then every plan in input order.
   *
   * @param listener receives every plan and every failure
   * @return what the run keeps: decision, exit code, counts and causes across plans
   */
  public RunSummary stream(AnalysisListener listener) {
    return stream(listener, null, (source, plan) -> {});
  }

  /**
   * {@link #stream(AnalysisListener)}, also handing each analysed plan with its source to {@code sink};
   * with {@code spooled}, the entries of outlined plans go to spools, put there under their plans.
   */
  private RunSummary stream(AnalysisListener listener, Map<AnalyzedPlan, EntrySpool> spooled, BiConsumer<Source, AnalyzedPlan> sink) {
    Objects.requireNonNull(listener, "listener");
    List<PlanFailure> failures = new ArrayList<>();
    Decision decision = Decision.NO_CHANGES;
    Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
    for (Verdict v : Verdict.values()) {
      counts.put(v, 0);
    }
    CauseTally causes = new CauseTally();
    int decidedPlans = 0;

    for (Problem p : expansion.problems()) {
      PlanFailure f = PlanFailure.of(p.name(), p.message());
      failures.add(f);
      listener.decided(Either.left(f));
    }
    boolean binaries = expansion.sources().stream().anyMatch(s -> s.kind() == PlanSources.Kind.BINARY);
    Secrets known = Secrets.none();
    PlanReader reader = PlanReader.create();
    Map<Policy, DriftEngine> engines = new IdentityHashMap<>();
    int total = expansion.sources().size();
    int index = 0;
    for (Source s : expansion.sources()) {
      listener.reading(s.name(), index++, total);
      Either<PlanFailure, AnalyzedPlan> analysed = readAndAnalyse(s, reader, known, engines, spooled);
      if (analysed.isLeft()) {
        failures.add(analysed.getLeft());
        listener.decided(Either.left(analysed.getLeft()));
        continue;
      }
      AnalyzedPlan ap = analysed.get();
      if (binaries) {
        known = known.union(ap.secrets());
      }
      decision = RunReport.worse(decision, ap.decision());
      ap.report().countsByVerdict().forEach((k, v) -> counts.merge(k, v, Integer::sum));
      causes.add(ap.report());
      decidedPlans++;
      sink.accept(s, ap);
      listener.decided(Either.right(ap));
    }
    return new RunSummary(decidedPlans, failures, mode, failures.isEmpty() ? decision : Decision.ERROR, counts, causes.causes());
  }

  /** Classifies one plan with its own policy or the analysis's, and adds what the apply log shows. */
  private AnalyzedPlan analyse(Source s, Plan plan, Map<Policy, DriftEngine> engines) {
    DriftEngine e = engine;
    Optional<String> policyName = policy.flatMap(Policy::source);
    if (s.input() instanceof ModelInput m && m.policy().isPresent()) {
      Policy own = m.policy().get();
      e = engines.computeIfAbsent(own, p -> engine(p, today, lifecycle));
      policyName = own.source();
    }
    if (applyLog.isPresent()) {
      return applyLog.get().analyse(e, s.name(), s.file(), plan, policyName);
    }
    return AnalyzedPlan.of(s.name(), s.file(), plan, e.classify(plan, s.name()), policyName);
  }

  private Either<PlanFailure, Plan> read(Source s, PlanReader reader, Secrets known) {
    Either<PlanError, Plan> r;
    switch (s.kind()) {
      case MODEL:
        return Either.right(((ModelInput) s.input()).plan());
      case STREAM:
        r = reader.read(((StreamInput) s.input()).stream(), s.name());
        break;
      case BINARY:
        Either<String, List<Path>> bins = BinaryPlan.locate(s.name(), terraformBinary, environment);
        if (bins.isLeft()) {
          return Either.left(PlanFailure.of(s.name(), bins.getLeft()));
        }
        Either<String, byte[]> json = BinaryPlan.show(s.name(), s.file().get(), bins.get(), known::redact, diagnostics.orElse(null));
        if (json.isLeft()) {
          return Either.left(PlanFailure.of(s.name(), json.getLeft()));
        }
        r = reader.read(json.get(), s.name());
        break;
      default:
        r = reader.read(s.file().get());
    }
    return r.mapLeft(error -> PlanFailure.of(s.name(), error));
  }

  @Override
  public String toString() {
    return "DriftAnalysis{" + planCount() + " plans, " + expansion.problems().size() + " unusable inputs"
        + (applyLog.isPresent() ? ", with an apply log" : "") + "}";
  }

  /**
   * The apply-log wiring, all of it: the import options (AWS account and region, the policy file's
   * {@code import_ids:}), reading the log, and turning a plan's creates that the log shows already
   * exist into imports ({@link ImportPlanner}, {@link ImportReconciler}) with the log's notes.
   */
  private static final class ApplyLogStep {
    private final ApplyLog log;
    private final ImportOptions options;
    private final ImportArgument argument;

    private ApplyLogStep(ApplyLog log, ImportOptions options, ImportArgument argument) {
      this.log = log;
      this.options = options;
      this.argument = argument;
    }

    /** The step for the builder's apply log, none without one, or why the log or its options cannot be used. */
    static Either<AnalysisError, Optional<ApplyLogStep>> prepare(Builder b, Optional<Policy> policy, Expansion expansion) {
      if (b.applyLog.isEmpty()) {
        return b.awsAccountId.isPresent() || b.awsRegion.isPresent() || b.importArgument != ImportArgument.ID
            ? Either.left(new AnalysisError.ImportOptionsWithoutApplyLog())
            : Either.right(Optional.empty());
      }
      ImportOptions options = ImportOptions.defaults();
      if (b.awsAccountId.isPresent()) {
        Either<OptionError, String> id = ImportOptions.checkAwsAccountId(b.awsAccountId.get());
        if (id.isLeft()) {
          return Either.left(new AnalysisError.ImportOptionInvalid("aws-account-id", id.getLeft().describe()));
        }
        options = options.withAwsAccountId(id.get());
      }
      if (b.awsRegion.isPresent()) {
        Either<OptionError, String> r = ImportOptions.checkAwsRegion(b.awsRegion.get());
        if (r.isLeft()) {
          return Either.left(new AnalysisError.ImportOptionInvalid("aws-region", r.getLeft().describe()));
        }
        options = options.withAwsRegion(r.get());
      }
      Optional<Path> file = policy.flatMap(Policy::source).flatMap(DriftAnalysis::path);
      if (file.isPresent() && Files.isRegularFile(file.get())) {
        Either<TemplateError, Map<String, ImportIdTemplate>> ids = ImportIdPolicy.read(file.get());
        if (ids.isLeft()) {
          return Either.left(new AnalysisError.ImportIdsUnusable(ids.getLeft().describe()));
        }
        options = options.withImportIds(ids.get(), file.get().toString());
      }
      int plans = expansion.sources().size() + expansion.problems().size();
      if (plans != 1) {
        return Either.left(new AnalysisError.ApplyLogNeedsOnePlan(plans));
      }
      LogInput given = b.applyLog.get();
      if (given.stream().isPresent()
          && b.inputs.stream().anyMatch(i -> i instanceof StreamInput p && p.stream() == given.stream().get())) {
        return Either.left(new AnalysisError.ApplyLogSharesPlanStream());
      }
      Either<LogReadError, ApplyLog> log = given.read().get();
      if (log.isLeft()) {
        return Either.left(new AnalysisError.ApplyLogUnreadable(log.getLeft()));
      }
      return Either.right(Optional.of(new ApplyLogStep(log.get(), options, b.importArgument)));
    }

    /** The plan classified by {@code engine}, with the imports the log shows and the log's notes. */
    AnalyzedPlan analyse(DriftEngine engine, String name, Optional<Path> file, Plan plan, Optional<String> policyName) {
      ImportPlan imports = ImportPlanner.plan(plan, log, options);
      ImportReconciler.Result r = ImportReconciler.classify(engine, plan, name, imports, argument);
      return AnalyzedPlan.of(name, file, plan, r.report(), policyName).withNotes(r.notes());
    }
  }

  /**
   * The apply log as given: how to read it, and the stream it is read from, if any.
   *
   * @param read reads the log when the analysis is built
   * @param stream the stream, to refuse one that is also a plan
   */
  private record LogInput(Supplier<Either<LogReadError, ApplyLog>> read, Optional<InputStream> stream) {}

  private static Optional<Path> path(String name) {
    try {
      return Optional.of(Path.of(name));
    } catch (InvalidPathException e) {
      return Optional.empty();
    }
  }

  /**
   * Collects the inputs and settings of an analysis; {@link #build()} reads the policy file and the
   * apply log and checks them. Plans are read only when the analysis runs. Setters return the builder;
   * later calls of a setter replace earlier ones, plan methods add.
   */
  public static final class Builder {
    private final List<Input> inputs = new ArrayList<>();
    private Optional<Policy> policy = Optional.empty();
    private Optional<Path> policyFile = Optional.empty();
    private Optional<LogInput> applyLog = Optional.empty();
    private Optional<String> awsAccountId = Optional.empty();
    private Optional<String> awsRegion = Optional.empty();
    private ImportArgument importArgument = ImportArgument.ID;
    private Optional<LocalDate> today = Optional.empty();
    private ExitCodeMode mode = ExitCodeMode.DETAILED;
    private String toolVersion = "unknown";
    private Optional<String> terraformBinary = Optional.empty();
    private Map<String, String> environment = System.getenv();
    private Optional<PrintStream> diagnostics = Optional.empty();
    /** The default of {@link #outlineAbove}: 64 MB. */
    public static final long DEFAULT_OUTLINE_ABOVE = 64L << 20;

    private long retainedPlanBytes = Long.MAX_VALUE;
    private long outlineAbove = Math.min(Runtime.getRuntime().maxMemory() / 4, DEFAULT_OUTLINE_ABOVE);
    private Optional<ReportFormat> spoolFormat = Optional.empty();
    private final List<ConfiguredLifecycle> lifecycle = new ArrayList<>();

    private Builder() {}

    /**
     * Adds the configuration's {@code lifecycle} of resource instances, read from the {@code .tf}
     * files (drift-cli reads them with drift-config for {@code --config DIR}; this module does not
     * read configurations, so plan-only embedders do not inherit an HCL parser). The engine then
     * ignores what the configuration ignores, cites the place in its reasons, escalates a planned
     * destroy of a {@code prevent_destroy} resource, and warns where the policy's {@code
     * ignore_changes} and the configuration disagree. See docs/configuration.md.
     *
     * @param configured one entry per resource address (without instance keys)
     * @return this builder
     */
    public Builder lifecycle(Collection<ConfiguredLifecycle> configured) {
      lifecycle.addAll(configured);
      return this;
    }

    /**
     * Adds a plan file or a directory, named by its path. A file is a JSON plan ({@code show -json}) or
     * a binary plan ({@code plan -out}); a directory adds every {@code *.json} plan and binary plan
     * file in it, sorted by name, not recursively.
     */
    public Builder plan(Path fileOrDirectory) {
      return plan(fileOrDirectory, fileOrDirectory.toString());
    }

    /** Adds a plan file or a directory (see {@link #plan(Path)}), named {@code name} in messages and reports. */
    public Builder plan(Path fileOrDirectory, String name) {
      inputs.add(new FileInput(name, fileOrDirectory));
      return this;
    }

    /** Adds plan files or directories (see {@link #plan(Path)}), in order. */
    public Builder plans(Collection<Path> filesOrDirectories) {
      filesOrDirectories.forEach(this::plan);
      return this;
    }

    /** Adds a JSON plan read from {@code json} when the analysis runs (not closed), named {@code name}. */
    public Builder plan(InputStream json, String name) {
      inputs.add(new StreamInput(name, json));
      return this;
    }

    /** Adds a plan already read, named {@code name}, classified with the analysis's policy. */
    public Builder plan(Plan plan, String name) {
      inputs.add(new ModelInput(name, plan, Optional.empty()));
      return this;
    }

    /**
     * Adds a plan already read, named {@code name}, classified with its own policy instead of the
     * analysis's (as {@code drift demo} classifies each scenario); reports name the policy by its
     * {@link Policy#source()}.
     */
    public Builder plan(Plan plan, String name, Policy ownPolicy) {
      inputs.add(new ModelInput(name, plan, Optional.of(ownPolicy)));
      return this;
    }

    /**
     * Adds an input known to be unusable before anything is read (say, a name that is not a valid
     * path): it is reported, in order, as a {@link PlanFailure} with {@code message}.
     */
    public Builder inputError(String name, String message) {
      inputs.add(new UnusableInput(name, message));
      return this;
    }

    /** Classifies with {@code policy} (default: the empty policy). */
    public Builder policy(Policy policy) {
      this.policy = Optional.of(policy);
      this.policyFile = Optional.empty();
      return this;
    }

    /** Classifies with the policy file {@code file} (YAML or JSON), read by {@link #build()}. */
    public Builder policy(Path file) {
      this.policyFile = Optional.of(file);
      this.policy = Optional.empty();
      return this;
    }

    /**
     * Reconciles the (one) plan with the log of its failed apply: every planned create that the log
     * shows already exists becomes an import. The file is read by {@link #build()}.
     */
    public Builder applyLog(Path log) {
      this.applyLog = Optional.of(new LogInput(() -> ApplyLog.read(log), Optional.empty()));
      return this;
    }

    /** As {@link #applyLog(Path)}, the log read from {@code log} (not closed), named {@code name}. */
    public Builder applyLog(InputStream log, String name) {
      this.applyLog = Optional.of(new LogInput(() -> ApplyLog.read(log, name), Optional.of(log)));
      return this;
    }

    /** As {@link #applyLog(Path)}, with a log already read. */
    public Builder applyLog(ApplyLog log) {
      this.applyLog = Optional.of(new LogInput(() -> Either.right(log), Optional.empty()));
      return this;
    }

    /** With an apply log: the AWS account ID for import IDs, when no ARN in the plan reveals it. */
    public Builder awsAccountId(String id) {
      this.awsAccountId = Optional.of(id);
      return this;
    }

    /**
     * With an apply log: what the generated {@code import {}} blocks name the existing objects by
     * (default {@link ImportArgument#ID}; {@link ImportArgument#IDENTITY} writes {@code identity = {
     * … }} for the types whose identity is known, Terraform 1.12+ and OpenTofu 1.12+).
     */
    public Builder importArgument(ImportArgument argument) {
      this.importArgument = Objects.requireNonNull(argument, "argument");
      return this;
    }

    /** With an apply log: the AWS region for import IDs, when the plan does not show it. */
    public Builder awsRegion(String region) {
      this.awsRegion = Optional.of(region);
      return this;
    }

    /** Judges the policy's expiry dates as of {@code date} (default: the day the analysis is built). */
    public Builder today(LocalDate date) {
      this.today = Optional.of(date);
      return this;
    }

    /** How decisions map to exit codes (default {@link ExitCodeMode#DETAILED}). */
    public Builder exitCodeMode(ExitCodeMode mode) {
      this.mode = Objects.requireNonNull(mode, "mode");
      return this;
    }

    /** The tfdrift version reports show (default {@code unknown}). */
    public Builder toolVersion(String version) {
      this.toolVersion = Objects.requireNonNull(version, "version");
      return this;
    }

    /**
     * The {@code tofu} or {@code terraform} binary that converts binary plans: a path, or a name looked
     * up on {@code PATH} (default: {@code tofu}, then {@code terraform}, on {@code PATH}).
     */
    public Builder terraformBinary(String binary) {
      this.terraformBinary = Optional.of(binary);
      return this;
    }

    /** The environment whose {@code PATH} finds the binary for binary plans (default: the process's). */
    public Builder environment(Map<String, String> env) {
      this.environment = Map.copyOf(env);
      return this;
    }

    /**
     * How many bytes of JSON plan files {@link DriftAnalysis#run} keeps in memory for the report
     * (default: no limit, every plan is kept). Once the files kept add up to this, each further JSON
     * plan file is dropped as soon as it is decided, with its decision, counts, causes and secrets
     * taken for the report, and is read and classified again, one at a time, when the report is
     * written: the report is the same, the memory bounded by the limit and the largest plan, at the
     * cost of reading those plans twice. Plans from standard input, binary plans, plan models, and the
     * plan of a run over one plan are always kept. {@code drift analyze} sets a share of the heap.
     *
     * @param bytes the limit, 0 to keep no JSON plan file
     * @return this builder
     */
    public Builder retainedPlanBytes(long bytes) {
      if (bytes < 0) {
        throw new IllegalArgumentException("retainedPlanBytes must be at least 0");
      }
      this.retainedPlanBytes = bytes;
      return this;
    }

    /**
     * The size above which a JSON plan file is classified from its outline rather than read whole
     * (default: {@value #DEFAULT_OUTLINE_ABOVE} bytes, or a quarter of the heap when that is less; a
     * plan read whole takes about twice its file size). An outlined plan is read twice and gives the
     * same report, in memory bounded by its decided entries rather than its size ({@link
     * PlanReader#outline}, {@link DriftEngine#classify(PlanOutline, String)}); past a few tens of
     * megabytes it is also the faster of the two (BENCHMARKS.md: 3.0 against 3.3 s and 198 against 334
     * MB on a 113 MB plan, 18.5 against 29.7 s on a 1.1 GB one). Plans from standard input, binary
     * plans, plan models and runs with an apply log are always read whole.
     *
     * @param bytes the size, 0 to outline every JSON plan file
     * @return this builder
     */
    public Builder outlineAbove(long bytes) {
      if (bytes < 0) {
        throw new IllegalArgumentException("outlineAbove must be at least 0");
      }
      this.outlineAbove = bytes;
      return this;
    }

    /**
     * The format the report of {@link DriftAnalysis#run} will be written in: a plan classified from
     * its outline ({@link #outlineAbove}) then writes each entry's part of the report as it is decided
     * ({@link EntrySpool}, a temporary file holding the entries already rendered and masked) instead of
     * keeping the entries until the report is written, so that even the entries of a plan larger than
     * the heap are never held at once. Only formats with a spool are written so ({@link
     * ReportFormat#JSON}, {@link ReportFormat#TEXT}); for the others the entries are kept. The report is the same; writing it in
     * another format, reading the plans' entries from {@link AnalysisResult#plans()}, or a run whose
     * other plans hold secrets this one does not, reads such a plan again; the listener of {@link
     * DriftAnalysis#run(AnalysisListener)} is handed such a plan as classified, its report's {@link
     * io.github.tfdrift.rules.Report#entriesKept()} false. {@code drift analyze} sets the format it
     * writes. Not used by {@link DriftAnalysis#stream}.
     *
     * @param format the format the report will be written in
     * @return this builder
     */
    public Builder writeEntriesAsDecided(ReportFormat format) {
      this.spoolFormat = Optional.of(Objects.requireNonNull(format, "format"));
      return this;
    }

    /** Where to print the stack trace of an error running the binary for a binary plan (default: nowhere). */
    public Builder diagnostics(PrintStream debug) {
      this.diagnostics = Optional.of(debug);
      return this;
    }

    /**
     * The analysis: reads the policy file and the apply log and checks the apply log's options, in
     * that order; or the first thing that is wrong. No plan is read yet.
     *
     * @return the analysis, or why it cannot start
     */
    public Either<AnalysisError, DriftAnalysis> build() {
      Optional<Policy> p = policy;
      if (policyFile.isPresent()) {
        Either<PolicyErrors, Policy> read = PolicyReader.read(policyFile.get());
        if (read.isLeft()) {
          return Either.left(new AnalysisError.PolicyUnusable(read.getLeft()));
        }
        p = Optional.of(read.get());
      }
      Expansion expansion = PlanSources.expand(inputs);
      Either<AnalysisError, Optional<ApplyLogStep>> log = ApplyLogStep.prepare(this, p, expansion);
      if (log.isLeft()) {
        return Either.left(log.getLeft());
      }
      return Either.right(new DriftAnalysis(this, expansion, p, log.get()));
    }
  }
}
