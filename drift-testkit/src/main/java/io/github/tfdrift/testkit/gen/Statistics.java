package io.github.tfdrift.testkit.gen;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a property generated, counted from inside the property: call these in the checked block (or
 * a {@link io.github.tfdrift.testkit.junit.PlanProperty} method). After the run the counts are a
 * {@link StatisticsReport} (printed as a table, and part of {@link PropertyResult}); a coverage
 * requirement that the tries did not meet fails the property, so a generator that never makes the
 * case that matters cannot pass unnoticed. Calls made while a failure is shrunk, or outside a
 * property, count nothing.
 *
 * <pre>{@code
 * Property.forAll(PlanGens.plans()).verify(plan -> {
 *   Statistics.label(plan.resourceChanges().isEmpty() ? "empty" : "not empty");
 *   Statistics.collect(plan.resourceChanges().size());
 *   Statistics.cover(5.0, plan.resourceChanges().stream().anyMatch(rc -> rc.kind().isReplace()), "plan has a replacement");
 *   ...
 * });
 * }</pre>
 */
public final class Statistics {
  private static final ThreadLocal<Collector> CURRENT = new ThreadLocal<>();

  private Statistics() {}

  /** Counts the current try under {@code label} (once per try, however often it is called). */
  public static void label(String label) {
    Objects.requireNonNull(label, "label");
    Collector c = CURRENT.get();
    if (c != null) {
      c.labels.add(label);
    }
  }

  /**
   * Counts the current try under the combination of {@code values} ({@code collect(kind, size)}
   * counts each pair); values are shown with {@link String#valueOf(Object)}.
   */
  public static void collect(Object... values) {
    Collector c = CURRENT.get();
    if (c != null) {
      c.collected.add(values.length == 1 ? String.valueOf(values[0]) : Arrays.toString(values));
    }
  }

  /**
   * Requires that at least {@code minPercent} percent of the tries meet {@code condition}; the
   * property fails after its tries when fewer did. Call it in every try with the same label and
   * minimum.
   *
   * @throws IllegalArgumentException when {@code minPercent} is not in {@code [0, 100]}, or the same
   *     label was required with another minimum
   */
  public static void cover(double minPercent, boolean condition, String label) {
    Objects.requireNonNull(label, "label");
    if (!(minPercent >= 0 && minPercent <= 100)) {
      throw new IllegalArgumentException("coverage is a percentage in [0, 100], not " + minPercent);
    }
    Collector c = CURRENT.get();
    if (c != null) {
      Double old = c.minimums.putIfAbsent(label, minPercent);
      if (old != null && old != minPercent) {
        throw new IllegalArgumentException("coverage of '" + label + "' required at " + old + "% and at " + minPercent + "%");
      }
      if (condition) {
        c.covered.add(label);
      }
    }
  }

  // ---- the runner's side ----------------------------------------------------------------------

  /** Counts of the tries of one property run; one instance per run, fed one try at a time. */
  static final class Tally {
    private final Map<String, Integer> labels = new LinkedHashMap<>();
    private final Map<String, Integer> collected = new LinkedHashMap<>();
    private final Map<String, Double> minimums = new LinkedHashMap<>();
    private final Map<String, Integer> covered = new LinkedHashMap<>();
    private int tries;

    /** Runs {@code body} with a fresh collector for one try and adds what it collected (unless discarded). */
    void during(Runnable body) {
      Collector c = new Collector();
      Collector outer = CURRENT.get();
      CURRENT.set(c);
      try {
        body.run();
      } finally {
        CURRENT.set(outer);
      }
      pending = c;
    }

    private Collector pending;

    /** Adds the last try's counts: it ran (passed or failed, not discarded). */
    void keep() {
      Collector c = pending;
      pending = null;
      if (c == null) {
        return;
      }
      tries++;
      c.labels.forEach(l -> labels.merge(l, 1, Integer::sum));
      c.collected.forEach(l -> collected.merge(l, 1, Integer::sum));
      c.minimums.forEach((l, m) -> {
        Double old = minimums.putIfAbsent(l, m);
        if (old != null && !old.equals(m)) {
          throw new IllegalArgumentException("coverage of '" + l + "' required at " + old + "% and at " + m + "%");
        }
        covered.putIfAbsent(l, 0);
      });
      c.covered.forEach(l -> covered.merge(l, 1, Integer::sum));
    }

    /** Forgets the last try (discarded). */
    void drop() {
      pending = null;
    }

    StatisticsReport report() {
      List<StatisticsReport.Coverage> coverage = new ArrayList<>();
      minimums.forEach((l, m) -> coverage.add(new StatisticsReport.Coverage(l, m, covered.getOrDefault(l, 0))));
      return new StatisticsReport(tries, labels, collected, coverage);
    }
  }

  private static final class Collector {
    final Set<String> labels = new LinkedHashSet<>();
    final Set<String> collected = new LinkedHashSet<>();
    final Map<String, Double> minimums = new LinkedHashMap<>();
    final Set<String> covered = new LinkedHashSet<>();
  }
}
