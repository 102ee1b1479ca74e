package io.github.tfdrift.report;

import io.github.tfdrift.report.text.SafeText;
import io.github.tfdrift.core.redact.Secrets;
import io.github.tfdrift.rules.Decision;
import io.github.tfdrift.rules.ExitCodeMode;
import io.github.tfdrift.rules.Verdict;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The result of one run over several plans: each plan's classification, the inputs that could not be
 * read, the rules that were used, and the worst decision, which gives the exit code. Inputs that failed
 * make the decision {@link Decision#ERROR} (exit 1) while the plans that were read are still reported.
 * The same change on several resources is grouped into {@link #causes()}.
 * Immutable.
 */
public final class RunReport {
  private final List<AnalyzedPlan> plans;
  private final List<InputError> inputErrors;
  private final ExitCodeMode mode;
  private final RuleCatalog rules;
  private final String toolVersion;
  private final Secrets secrets;
  private final Decision decision;
  private final List<DriftCause> causes;

  private RunReport(Builder b) {
    this.plans = List.copyOf(b.plans);
    this.inputErrors = List.copyOf(b.inputErrors);
    this.mode = b.mode;
    this.rules = b.rules;
    this.toolVersion = b.toolVersion;
    Secrets s = Secrets.none();
    Decision d = Decision.NO_CHANGES;
    for (AnalyzedPlan p : plans) {
      s = s.union(p.secrets());
      d = worse(d, p.decision());
    }
    this.secrets = s;
    this.decision = inputErrors.isEmpty() ? d : Decision.ERROR;
    this.causes = DriftCause.of(plans);
  }

  /** A builder: no plans, detailed exit codes, the built-in rules, version {@code unknown}. */
  public static Builder builder() {
    return new Builder();
  }

  /** The worse of two decisions: error, then destructive, then actionable, then no changes. */
  public static Decision worse(Decision a, Decision b) {
    return severity(b) > severity(a) ? b : a;
  }

  private static int severity(Decision d) {
    switch (d) {
      case ERROR:
        return 3;
      case DESTRUCTIVE:
        return 2;
      case ACTIONABLE:
        return 1;
      default:
        return 0;
    }
  }

  /** The plans, in the order they were given. */
  public List<AnalyzedPlan> plans() {
    return plans;
  }

  /** The inputs that could not be analysed. */
  public List<InputError> inputErrors() {
    return inputErrors;
  }

  /** How decisions map to exit codes. */
  public ExitCodeMode mode() {
    return mode;
  }

  /** The rules the plans were classified with (for SARIF rule metadata). */
  public RuleCatalog rules() {
    return rules;
  }

  /** The version of tfdrift that made the report. */
  public String toolVersion() {
    return toolVersion;
  }

  /** Every secret of every plan: what the writers redact. */
  public Secrets secrets() {
    return secrets;
  }

  /** A redactor over {@link #secrets()}. */
  public SafeText safeText() {
    return SafeText.of(secrets);
  }

  /** The worst decision over the plans; {@link Decision#ERROR} when an input failed. */
  public Decision decision() {
    return decision;
  }

  /** The exit code of the run in its {@link #mode()}. */
  public int exitCode() {
    return decision.exitCode(mode);
  }

  /** The exit code of one plan in the run's mode. */
  public int exitCode(AnalyzedPlan plan) {
    return plan.decision().exitCode(mode);
  }

  /** How many entries have each verdict over all plans (every verdict present, in rank order). */
  public Map<Verdict, Integer> countsByVerdict() {
    Map<Verdict, Integer> c = new EnumMap<>(Verdict.class);
    for (Verdict v : Verdict.values()) {
      c.put(v, 0);
    }
    for (AnalyzedPlan p : plans) {
      p.report().countsByVerdict().forEach((k, v) -> c.merge(k, v, Integer::sum));
    }
    return Collections.unmodifiableMap(c);
  }

  /**
   * The same change found on several resources over all plans of the run, grouped (see {@link
   * DriftCause}): most severe first, then the most frequent. Empty when no change repeats.
   */
  public List<DriftCause> causes() {
    return causes;
  }

  @Override
  public String toString() {
    return "RunReport{" + plans.size() + " plans, " + inputErrors.size() + " input errors: " + decision + " (exit " + exitCode() + ")}";
  }

  /** Builds a {@link RunReport}. */
  public static final class Builder {
    private final List<AnalyzedPlan> plans = new ArrayList<>();
    private final List<InputError> inputErrors = new ArrayList<>();
    private ExitCodeMode mode = ExitCodeMode.DETAILED;
    private RuleCatalog rules = RuleCatalog.builtIn();
    private String toolVersion = "unknown";

    private Builder() {}

    /** Adds a plan. */
    public Builder addPlan(AnalyzedPlan p) {
      plans.add(Objects.requireNonNull(p, "plan"));
      return this;
    }

    /** Adds an input that could not be analysed. */
    public Builder addInputError(InputError e) {
      inputErrors.add(Objects.requireNonNull(e, "inputError"));
      return this;
    }

    /** Sets how decisions map to exit codes. */
    public Builder mode(ExitCodeMode m) {
      mode = Objects.requireNonNull(m, "mode");
      return this;
    }

    /** Sets the rules the plans were classified with. */
    public Builder rules(RuleCatalog r) {
      rules = Objects.requireNonNull(r, "rules");
      return this;
    }

    /** Sets the tfdrift version shown in reports. */
    public Builder toolVersion(String v) {
      toolVersion = Objects.requireNonNull(v, "toolVersion");
      return this;
    }

    /** The report. */
    public RunReport build() {
      return new RunReport(this);
    }
  }
}
