package io.github.tfdrift.testkit.gen;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * What the tries of a property run were, as counted by {@link Statistics}: labels, collected values
 * and coverage requirements, each with its number of tries.
 *
 * @param tries the tries counted (those that ran; discarded tries are not counted)
 * @param labels tries per label, in the order labels were first seen
 * @param collected tries per collected value (or combination of values)
 * @param coverage the coverage requirements and how many tries met each
 */
public record StatisticsReport(int tries, Map<String, Integer> labels, Map<String, Integer> collected, List<Coverage> coverage) {

  /** Copies the parts. */
  public StatisticsReport {
    labels = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(labels));
    collected = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(collected));
    coverage = List.copyOf(coverage);
  }

  /**
   * One coverage requirement ({@link Statistics#cover}).
   *
   * @param label what was required
   * @param minPercent the least share of tries, in percent
   * @param hits how many tries met it
   */
  public record Coverage(String label, double minPercent, int hits) {
    /** Validates the parts. */
    public Coverage {
      Objects.requireNonNull(label, "label");
    }

    /** The share of {@code tries} that met the requirement, in percent. */
    public double percent(int tries) {
      return tries == 0 ? 0 : 100.0 * hits / tries;
    }
  }

  /** True when nothing was counted: no labels, collected values or coverage requirements. */
  public boolean isEmpty() {
    return labels.isEmpty() && collected.isEmpty() && coverage.isEmpty();
  }

  /** The coverage requirements the tries did not meet. */
  public List<Coverage> unmet() {
    List<Coverage> out = new ArrayList<>();
    for (Coverage c : coverage) {
      if (c.percent(tries) < c.minPercent()) {
        out.add(c);
      }
    }
    return out;
  }

  /**
   * The counts as a table: labels and collected values by decreasing count, then each coverage
   * requirement with its share, the minimum and {@code ok} or {@code TOO LOW}.
   */
  public String table(String property) {
    StringBuilder b = new StringBuilder();
    b.append("[tfdrift] statistics of ").append(property).append(" (").append(tries).append(tries == 1 ? " try" : " tries").append(")\n");
    rows(b, "labels", labels);
    rows(b, "collected", collected);
    if (!coverage.isEmpty()) {
      int width = coverage.stream().mapToInt(c -> c.label().length()).max().orElse(0);
      b.append("  coverage\n");
      for (Coverage c : coverage) {
        b.append("    ").append(pad(c.label(), width)).append("  ").append(percent(c.percent(tries)))
            .append("  (at least ").append(percent(c.minPercent())).append(")  ")
            .append(c.percent(tries) < c.minPercent() ? "TOO LOW" : "ok").append('\n');
      }
    }
    return b.toString();
  }

  private void rows(StringBuilder b, String title, Map<String, Integer> counts) {
    if (counts.isEmpty()) {
      return;
    }
    List<Map.Entry<String, Integer>> rows = new ArrayList<>(counts.entrySet());
    rows.sort(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()));
    int width = rows.stream().mapToInt(e -> e.getKey().length()).max().orElse(0);
    b.append("  ").append(title).append('\n');
    for (Map.Entry<String, Integer> e : rows) {
      b.append("    ").append(pad(e.getKey(), width)).append("  ").append(String.format(Locale.ROOT, "%5d", e.getValue()))
          .append("  ").append(percent(tries == 0 ? 0 : 100.0 * e.getValue() / tries)).append('\n');
    }
  }

  private static String pad(String s, int width) {
    return s + " ".repeat(Math.max(0, width - s.length()));
  }

  private static String percent(double p) {
    return String.format(Locale.ROOT, "%5.1f%%", p);
  }
}
