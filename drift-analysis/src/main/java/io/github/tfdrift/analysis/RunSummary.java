package io.github.tfdrift.analysis;

import io.github.tfdrift.report.DriftCause;
import io.github.tfdrift.rules.Decision;
import io.github.tfdrift.rules.ExitCodeMode;
import io.github.tfdrift.rules.Verdict;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a streamed run ({@link DriftAnalysis#stream(AnalysisListener)}) keeps once every plan was
 * delivered: how many plans were analysed, the inputs that failed, the worst decision and its exit
 * code, the entries per verdict and the causes across plans. It holds no plan and no value of a plan.
 * Immutable.
 */
public final class RunSummary {
  private final int planCount;
  private final List<PlanFailure> failures;
  private final ExitCodeMode mode;
  private final Decision decision;
  private final Map<Verdict, Integer> countsByVerdict;
  private final List<Cause> causes;

  RunSummary(
      int planCount, List<PlanFailure> failures, ExitCodeMode mode, Decision decision, Map<Verdict, Integer> countsByVerdict, List<Cause> causes) {
    this.planCount = planCount;
    this.failures = List.copyOf(failures);
    this.mode = Objects.requireNonNull(mode, "mode");
    this.decision = Objects.requireNonNull(decision, "decision");
    this.countsByVerdict = Collections.unmodifiableMap(new EnumMap<>(countsByVerdict));
    this.causes = List.copyOf(causes);
  }

  /** How many plans were read and classified. */
  public int planCount() {
    return planCount;
  }

  /** The inputs that could not be analysed, in the order they were delivered. */
  public List<PlanFailure> failures() {
    return failures;
  }

  /** How decisions map to exit codes. */
  public ExitCodeMode mode() {
    return mode;
  }

  /** The worst decision over the plans; {@link Decision#ERROR} when an input failed. */
  public Decision decision() {
    return decision;
  }

  /** The exit code of the run in its {@link #mode()}. */
  public int exitCode() {
    return decision.exitCode(mode);
  }

  /** How many entries have each verdict over all plans (every verdict present, in rank order). */
  public Map<Verdict, Integer> countsByVerdict() {
    return countsByVerdict;
  }

  /** The same change found on several resources across the plans (as {@link DriftCause}), most severe first. */
  public List<Cause> causes() {
    return causes;
  }

  @Override
  public String toString() {
    return "RunSummary{" + planCount + " plans, " + failures.size() + " input errors: " + decision + " (exit " + exitCode() + ")}";
  }

  /**
   * One cause of a streamed run: the fields of a {@link DriftCause}, counted plan by plan. Holds paths
   * and addresses only, never values; {@link #toString()} shows neither paths nor addresses.
   *
   * @param verdict the verdict of every entry of the cause
   * @param type the resource type of every entry
   * @param paths the changed paths, generalised ({@link DriftCause#generalise}), sorted
   * @param count how many entries the cause covers over all plans
   * @param planCount how many plans have an entry of the cause
   * @param addresses the first {@link DriftCause#MAX_ADDRESSES} distinct addresses, in run order
   * @param addressCount how many distinct addresses the cause covers
   */
  public record Cause(
      Verdict verdict, String type, List<String> paths, int count, int planCount, List<String> addresses, int addressCount) {
    /** The order of {@link DriftCause#ORDER}: most severe verdict, then most entries, then type and paths. */
    public static final Comparator<Cause> ORDER =
        Comparator.comparingInt((Cause c) -> -c.verdict().rank())
            .thenComparing(Comparator.comparingInt(Cause::count).reversed())
            .thenComparing(Cause::type)
            .thenComparing(c -> String.join("\n", c.paths()));

    /** Validates and copies the parts. */
    public Cause {
      Objects.requireNonNull(verdict, "verdict");
      Objects.requireNonNull(type, "type");
      paths = List.copyOf(paths);
      addresses = List.copyOf(addresses);
    }

    /** The same cause as a one-shot report gives it. */
    public static Cause of(DriftCause c) {
      return new Cause(c.verdict(), c.type(), c.paths(), c.count(), c.planCount(), c.addresses(), c.addressCount());
    }

    /** Verdict, type and counts only: a map key in a path can be a secret. */
    @Override
    public String toString() {
      return "Cause{" + verdict + " " + type + ", " + count + " entries in " + planCount + " plans}";
    }
  }
}
