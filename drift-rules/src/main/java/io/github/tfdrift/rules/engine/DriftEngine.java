package io.github.tfdrift.rules.engine;

import io.github.tfdrift.core.json.PlanOutline;
import io.github.tfdrift.core.json.PlanReader;
import io.github.tfdrift.core.model.Plan;
import io.github.tfdrift.core.read.PlanError;
import io.github.tfdrift.rules.ExitCodeMode;
import io.github.tfdrift.rules.OutlinedReport;
import io.github.tfdrift.rules.EntrySink;
import io.github.tfdrift.rules.Report;
import io.github.tfdrift.rules.RuleError;
import io.github.tfdrift.rules.builtin.BuiltInRules;
import io.github.tfdrift.rules.internal.Classifier;
import io.github.tfdrift.rules.internal.OutlineClassifier;
import io.github.tfdrift.rules.normalize.Normalizer;
import io.github.tfdrift.rules.normalize.NormalizerRegistry;
import io.github.tfdrift.rules.policy.Glob;
import io.github.tfdrift.rules.policy.PathPattern;
import io.github.tfdrift.rules.policy.Policy;
import io.github.tfdrift.rules.spi.EntryFacts;
import io.github.tfdrift.rules.spi.ExistingObjects;
import io.github.tfdrift.rules.spi.PlanEvidence;
import io.github.tfdrift.rules.spi.Rule;
import io.github.tfdrift.rules.spi.RuleProvider;
import io.vavr.control.Either;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * Classifies plans: joins every resource instance's drift and planned change, runs the rules on it,
 * and decides by precedence. Immutable and thread-safe; build one and reuse it.
 *
 * <pre>{@code
 * DriftEngine engine = DriftEngine.builder()
 *     .policy(PolicyReader.read(Path.of("drift-policy.yaml")).get())
 *     .withInstalledRules()
 *     .today(LocalDate.now())
 *     .build();
 * Report report = engine.classify(plan, "plan.json");
 * System.exit(report.exitCode());
 * }</pre>
 */
public final class DriftEngine {
  private final Classifier classifier;
  private final OutlineClassifier outlines;
  private final List<Rule> rules;
  private final Policy policy;
  private final Optional<LocalDate> today;

  private DriftEngine(Builder b) {
    this.rules = List.copyOf(b.rules.values());
    this.policy = b.policy;
    this.today = b.today;
    NormalizerRegistry reg = b.normalizers.attachAll(b.policy.normalizers()).build();
    this.classifier = new Classifier(rules, policy, reg, b.loadErrors, BuiltInRules::isBuiltIn);
    this.outlines = new OutlineClassifier(classifier, reg);
  }

  /** A builder: no rules, empty policy, today's date unless set. */
  public static Builder builder() {
    return new Builder();
  }

  /** An engine with the built-in rules and an empty policy. */
  public static DriftEngine withDefaults() {
    return builder().withBuiltInRules().build();
  }

  /** The rules, in the order they were added (a rule that replaced one with its id keeps that place). */
  public List<Rule> rules() {
    return rules;
  }

  /** The policy. */
  public Policy policy() {
    return policy;
  }

  /** Classifies a plan. Never throws for any plan; failing rules are reported in the report. */
  public Report classify(Plan plan) {
    return classify(plan, Optional.empty());
  }

  /** Classifies a plan read from {@code sourceName}. */
  public Report classify(Plan plan, String sourceName) {
    return classify(plan, Optional.of(sourceName));
  }

  /**
   * Classifies a plan read from {@code sourceName}, with evidence from outside the plan: the objects
   * that already exist outside the state (drift-imports reads them from a failed apply's log, {@code
   * ImportPlanner.plan(plan, log, options).existingObjects()}). The rules see it in the {@link
   * io.github.tfdrift.rules.spi.PlanContext}; the built-in rule {@code import-existing} makes a planned
   * create of such an object IMPORT, with its generated {@code import {}} block.
   *
   * @param plan the plan
   * @param sourceName where the plan was read from
   * @param existing the objects known to exist outside the state
   * @return the report
   */
  public Report classify(Plan plan, String sourceName, ExistingObjects existing) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(existing, "existing");
    return classifier.classify(plan, Optional.of(sourceName), today.orElseGet(LocalDate::now), existing);
  }

  /**
   * Classifies a plan from its outline, for plans larger than the memory at hand ({@link
   * io.github.tfdrift.core.json.PlanReader#outline}): the report is the one {@link #classify(Plan,
   * String)} gives for the whole plan, but only the outline, the decided entries (with their values
   * cut to the attributes their reports show) and one entry at a time are held. The file is read again:
   * the changes once more, and the drift entries and the planned deletes and creates that may be
   * renames one by one. Rules see a {@link io.github.tfdrift.rules.spi.PlanContext} whose {@code
   * plan()} is the outline's plan, without the entries of {@code resource_changes} and {@code
   * resource_drift}.
   *
   * @param outline the plan's outline
   * @param sourceName where the plan was read from
   * @return the report, or why the file could not be read again (it changed, or went away)
   */
  public Either<PlanError, Report> classify(PlanOutline outline, String sourceName) {
    return classify(outline, sourceName, ExistingObjects.none());
  }

  /**
   * Reads a plan file's outline and classifies it: {@link PlanReader#outlineWithoutChangeValues} then
   * {@link #classify(PlanOutline, String)}, with the renames among the plan's deletes and creates found
   * on another thread while the reader reads the rest of the file. The outline returned has the whole
   * plan's secrets (those of the changes' values collected as the changes are read again). The form
   * {@code drift analyze} uses for plans large for the heap.
   *
   * @param reader the reader (its limits)
   * @param file the plan file
   * @param sourceName where the plan was read from
   * @return the outline and its report, or why the file is not a readable plan
   */
  public Either<PlanError, OutlinedReport> classify(PlanReader reader, Path file, String sourceName) {
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(sourceName, "sourceName");
    return outlines.classify(reader, file, Optional.of(sourceName), today.orElseGet(LocalDate::now), ExistingObjects.none(), null);
  }

  /**
   * Reads a plan file's outline and classifies it as {@link #classify(PlanReader, Path, String)} does,
   * handing each entry to {@code sink} as it is decided instead of keeping it: the report's {@link
   * Report#entriesKept()} is false, its entries empty, its counts and decision those of every entry.
   * Nothing then holds the plan's entries at once, however many there are: the form {@code drift
   * analyze --format json} and {@code text} use for plans large for the heap, with a spool that writes each entry's
   * part of the report as it is decided.
   *
   * @param reader the reader (its limits)
   * @param file the plan file
   * @param sourceName where the plan was read from
   * @param sink where each entry goes
   * @return the outline and its report, or why the file is not a readable plan
   */
  public Either<PlanError, OutlinedReport> classify(PlanReader reader, Path file, String sourceName, EntrySink<?> sink) {
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(sourceName, "sourceName");
    Objects.requireNonNull(sink, "sink");
    return outlines.classify(reader, file, Optional.of(sourceName), today.orElseGet(LocalDate::now), ExistingObjects.none(), sink);
  }

  /**
   * Classifies a plan from its outline with evidence from outside the plan: see {@link
   * #classify(PlanOutline, String)} and {@link #classify(Plan, String, ExistingObjects)}.
   *
   * @param outline the plan's outline
   * @param sourceName where the plan was read from
   * @param existing the objects known to exist outside the state
   * @return the report, or why the file could not be read again
   */
  public Either<PlanError, Report> classify(PlanOutline outline, String sourceName, ExistingObjects existing) {
    Objects.requireNonNull(outline, "outline");
    Objects.requireNonNull(sourceName, "sourceName");
    Objects.requireNonNull(existing, "existing");
    return outlines.classify(outline, Optional.of(sourceName), today.orElseGet(LocalDate::now), existing);
  }

  /**
   * The evidence the rules would see for a plan, without running any rule: the plan context (with
   * this engine's policy, normalisers and evaluation date) and one {@link EntryFacts} per resource
   * instance object, in report order. For running one rule on its own and for debugging a rule;
   * never throws for any plan.
   */
  public PlanEvidence evidence(Plan plan) {
    return evidence(plan, ExistingObjects.none());
  }

  /**
   * The evidence the rules would see for a plan and the objects known to exist outside the state,
   * without running any rule; never throws for any plan.
   *
   * @param plan the plan
   * @param existing the objects known to exist outside the state
   * @return the context and the facts of every entry, in report order
   */
  public PlanEvidence evidence(Plan plan, ExistingObjects existing) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(existing, "existing");
    return classifier.evidence(plan, today.orElseGet(LocalDate::now), existing);
  }

  /**
   * The facts of every action invocation of a plan ({@code action_invocations}, then {@code
   * deferred_action_invocations}, Terraform 1.14+) as {@link io.github.tfdrift.rules.spi.Rule
   * #evaluateAction} sees them; for running one rule on its own. Never throws for any plan.
   *
   * @param plan the plan
   * @return the facts, in report order
   */
  public List<io.github.tfdrift.rules.spi.ActionFacts> actionFacts(Plan plan) {
    Objects.requireNonNull(plan, "plan");
    try {
      return Classifier.actionFacts(plan);
    } catch (RuntimeException e) {
      return List.of();
    }
  }

  private Report classify(Plan plan, Optional<String> source) {
    Objects.requireNonNull(plan, "plan");
    return classifier.classify(plan, source, today.orElseGet(LocalDate::now), ExistingObjects.none());
  }

  /** Builds a {@link DriftEngine}. */
  public static final class Builder {
    private final Map<String, Rule> rules = new LinkedHashMap<>();
    private final List<RuleError> loadErrors = new ArrayList<>();
    private Policy policy = Policy.empty();
    private Optional<LocalDate> today = Optional.empty();
    private final NormalizerRegistry.Builder normalizers = NormalizerRegistry.builder();

    private Builder() {}

    /** Sets the policy. */
    public Builder policy(Policy p) {
      this.policy = Objects.requireNonNull(p, "policy");
      return this;
    }

    /**
     * Adds a rule. Rules are keyed by id: a rule with the id of one already added replaces it (so a
     * built-in rule can be overridden).
     */
    public Builder addRule(Rule r) {
      Objects.requireNonNull(r, "rule");
      rules.put(r.id(), r);
      return this;
    }

    /** Adds every built-in rule. */
    public Builder withBuiltInRules() {
      BuiltInRules.all().forEach(this::addRule);
      return this;
    }

    /**
     * Adds the rules of every {@link RuleProvider} on the class path (the built-in ones included).
     * Providers that fail to load are reported as rule errors in every report.
     */
    public Builder withInstalledRules() {
      return withInstalledRules(Thread.currentThread().getContextClassLoader());
    }

    /** Adds the rules of every {@link RuleProvider} visible to {@code loader}. */
    public Builder withInstalledRules(ClassLoader loader) {
      Iterator<RuleProvider> it = ServiceLoader.load(RuleProvider.class, loader).iterator();
      for (int guard = 0; guard < 10_000; guard++) {
        try {
          if (!it.hasNext()) {
            break;
          }
          RuleProvider p = it.next();
          for (Rule r : p.rules()) {
            addRule(r);
          }
        } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
          loadErrors.add(new RuleError("rule-provider", e.getClass().getName(), Optional.empty()));
        }
      }
      return this;
    }

    /** Sets the evaluation date (expectation expiry); defaults to the clock's date at classification. */
    public Builder today(LocalDate date) {
      this.today = Optional.of(date);
      return this;
    }

    /** Registers a normaliser (usable from policy attachments by id, and by detection). */
    public Builder addNormalizer(Normalizer n) {
      normalizers.register(n);
      return this;
    }

    /**
     * Attaches a normaliser to a resource type glob and an attribute path pattern ({@link
     * PathPattern}: {@code tags["ManagedBy"]}, {@code policy}).
     */
    public Builder attachNormalizer(String typeGlob, String path, Normalizer n) {
      normalizers.attach(Glob.of(typeGlob), PathPattern.of(path), n);
      return this;
    }

    /** The engine. */
    public DriftEngine build() {
      return new DriftEngine(this);
    }
  }
}
