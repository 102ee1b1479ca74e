package io.github.tfdrift.report;

import io.github.tfdrift.report.text.SafeText;
import io.github.tfdrift.core.redact.Secrets;
import io.github.tfdrift.rules.Decision;
import io.github.tfdrift.rules.ExitCodeMode;
import io.github.tfdrift.rules.Verdict;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.function.Supplier;

/**
 * The result of one run over several plans: each plan's classification, the inputs that could not be
 * read, the rules that were used, and the worst decision, which gives the exit code. Inputs that failed
 * make the decision {@link Decision#ERROR} (exit 1) while the plans that were read are still reported.
 * The same change on several resources is grouped into {@link #causes()}. The run's totals (decision,
 * counts, causes, secrets) are taken as plans are added, so a report can cover plans it does not keep
 * ({@link Builder#addPlan(AnalyzedPlan, Supplier)}). Immutable.
 */
public final class RunReport {
  private final List<AnalyzedPlan> plans;
  private final List<InputError> inputErrors;
  private final ExitCodeMode mode;
  private final RuleCatalog rules;
  private final String toolVersion;
  private final Secrets secrets;
  private final Decision decision;
  private final Map<Verdict, Integer> counts;
  private final List<DriftCause> causes;
  private final List<Spooled> spooled;

  private RunReport(Builder b) {
    this.plans = b.slots.stream().allMatch(Slot::kept) ? b.slots.stream().map(Slot::plan).toList() : new PlanList(b.slots);
    this.inputErrors = List.copyOf(b.inputErrors);
    this.mode = b.mode;
    this.rules = b.rules;
    this.toolVersion = b.toolVersion;
    this.secrets = union(b.secrets, 0, b.secrets.size());
    this.decision = inputErrors.isEmpty() ? b.decision : Decision.ERROR;
    this.counts = Collections.unmodifiableMap(new EnumMap<>(b.counts));
    this.causes = b.causes.causes();
    List<Spooled> sp = new ArrayList<>(b.slots.size());
    boolean any = false;
    for (Slot s : b.slots) {
      sp.add(s.spool() == null ? null : new Spooled(s.plan(), s.spool()));
      any |= s.spool() != null;
    }
    this.spooled = any ? Collections.unmodifiableList(sp) : List.of();
  }

  /**
   * A plan whose entries were written to a spool as they were decided: the plan as classified
   * (its report keeps no entries) and the spool.
   */
  record Spooled(AnalyzedPlan header, EntrySpool spool) {}

  /**
   * The spooled form of plan {@code index}, when it was added with a spool of {@code format} that can
   * stand in this report (its entries on disk, masked with this report's secrets).
   */
  Optional<Spooled> spooled(int index, ReportFormat format) {
    Spooled s = spooled.isEmpty() ? null : spooled.get(index);
    return s != null && s.spool().format() == format && s.spool().usableWith(secrets) ? Optional.of(s) : Optional.empty();
  }

  /**
   * Plan {@code index} for what its header says (name, decision, counts, versions): the plan as
   * classified when it was spooled, without analysing it again; otherwise as {@link #plans()} gives it.
   */
  AnalyzedPlan header(int index) {
    Spooled s = spooled.isEmpty() ? null : spooled.get(index);
    return s != null ? s.header() : plans.get(index);
  }

  /** The union of {@code l[from, to)}, halving: each secret is copied log(n) times, not n times. */
  private static Secrets union(List<Secrets> l, int from, int to) {
    if (to - from == 0) {
      return Secrets.none();
    }
    if (to - from == 1) {
      return l.get(from);
    }
    int mid = (from + to) >>> 1;
    return union(l, from, mid).union(union(l, mid, to));
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

  /**
   * The plans, in the order they were given. A plan added with {@link Builder#addPlan(AnalyzedPlan,
   * Supplier)} or {@link Builder#addPlan(AnalyzedPlan, EntrySpool, Supplier)} is not kept: each {@link
   * List#get} of it analyses it again (the last one is remembered).
   */
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
    return counts;
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

  /**
   * A plan of the run: kept, or analysed again whenever the report is written.
   *
   * @param plan the plan when kept, or as classified when spooled, else the first analysis of it (not kept by the report)
   * @param again analyses the plan again; null when kept
   * @param spool where the plan's entries were written as they were decided, or null
   */
  private record Slot(AnalyzedPlan plan, Supplier<AnalyzedPlan> again, EntrySpool spool) {
    boolean kept() {
      return again == null;
    }
  }

  /** The plans of a report some of whose plans are not kept: a plan not kept is analysed again when read. */
  private static final class PlanList extends AbstractList<AnalyzedPlan> implements RandomAccess {
    private record Last(int index, AnalyzedPlan plan) {}

    private final List<AnalyzedPlan> kept;
    private final List<Supplier<AnalyzedPlan>> again;
    private volatile Last last = new Last(-1, null);

    PlanList(List<Slot> slots) {
      List<AnalyzedPlan> k = new ArrayList<>(slots.size());
      List<Supplier<AnalyzedPlan>> a = new ArrayList<>(slots.size());
      for (Slot s : slots) {
        k.add(s.kept() ? s.plan() : null);
        a.add(s.again());
      }
      this.kept = k;
      this.again = a;
    }

    @Override
    public AnalyzedPlan get(int index) {
      AnalyzedPlan p = kept.get(index);
      if (p != null) {
        return p;
      }
      Last l = last;
      if (l.index() == index) {
        return l.plan();
      }
      AnalyzedPlan read = Objects.requireNonNull(again.get(index).get(), "plan");
      last = new Last(index, read);
      return read;
    }

    @Override
    public int size() {
      return kept.size();
    }
  }

  /** Builds a {@link RunReport}. */
  public static final class Builder {
    private final List<Slot> slots = new ArrayList<>();
    private final List<InputError> inputErrors = new ArrayList<>();
    private final List<Secrets> secrets = new ArrayList<>();
    private final Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
    private final DriftCause.Tally causes = new DriftCause.Tally();
    private Decision decision = Decision.NO_CHANGES;
    private ExitCodeMode mode = ExitCodeMode.DETAILED;
    private RuleCatalog rules = RuleCatalog.builtIn();
    private String toolVersion = "unknown";

    private Builder() {
      for (Verdict v : Verdict.values()) {
        counts.put(v, 0);
      }
    }

    /** Adds a plan. */
    public Builder addPlan(AnalyzedPlan p) {
      return add(new Slot(Objects.requireNonNull(p, "plan"), null, null));
    }

    /**
     * Adds a plan that the report does not keep, for runs over more plans than fit in memory: its
     * decision, counts, causes and secrets are taken now, and whenever the report's {@link #plans()}
     * are read (as the writers do), {@code again} analyses it anew. {@code again} must give a plan equal
     * to {@code p} (read from the same file, classified by the same engine), or the report contradicts
     * itself; an exception it throws reaches the reader of {@link #plans()}.
     *
     * @param p the plan, as first analysed
     * @param again analyses the same plan again
     * @return this builder
     */
    public Builder addPlan(AnalyzedPlan p, Supplier<AnalyzedPlan> again) {
      return add(new Slot(Objects.requireNonNull(p, "plan"), Objects.requireNonNull(again, "again"), null));
    }

    /**
     * Adds a plan whose entries were written to {@code spool} as they were decided ({@link
     * io.github.tfdrift.rules.engine.DriftEngine#classify(io.github.tfdrift.core.json.PlanReader,
     * java.nio.file.Path, String, io.github.tfdrift.rules.EntrySink)}): its report keeps no
     * entries. The writer of the spool's format writes the entries from the spool; every other use
     * of the plan ({@link #plans()}, the other formats, a run whose other plans hold more secrets)
     * gets it from {@code again}, which must analyse the same plan, keeping its entries.
     *
     * @param p the plan as classified, its entries handed to the spool
     * @param spool the spool that holds its entries
     * @param again analyses the same plan again, keeping its entries
     * @return this builder
     */
    public Builder addPlan(AnalyzedPlan p, EntrySpool spool, Supplier<AnalyzedPlan> again) {
      return add(new Slot(Objects.requireNonNull(p, "plan"), Objects.requireNonNull(again, "again"), Objects.requireNonNull(spool, "spool")));
    }

    private Builder add(Slot s) {
      AnalyzedPlan p = s.plan();
      if (!p.report().entriesKept() && s.spool() == null) {
        throw new IllegalArgumentException("the plan's entries were handed off as they were decided: add it with the spool that holds them");
      }
      slots.add(s.kept() || s.spool() != null ? s : new Slot(null, s.again(), null));
      if (!p.secrets().isEmpty()) {
        secrets.add(p.secrets());
      }
      decision = worse(decision, p.decision());
      p.report().countsByVerdict().forEach((k, v) -> counts.merge(k, v, Integer::sum));
      if (s.spool() != null) {
        causes.add(s.spool());
      } else {
        causes.add(p);
      }
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
