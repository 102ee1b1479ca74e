package io.github.tfdrift.testkit.gen;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Shrinks a failing choice sequence (Hypothesis-style): deletes spans and chunks of choices, zeroes
 * spans, and lowers single choices by binary search, replaying every candidate through the generator
 * and keeping it when the property still fails and the sequence is smaller in shortlex order. Stops
 * when no pass improves or the evaluation budget is spent.
 *
 * @param <T> the generated type
 */
final class Shrinker<T> {
  private final Gen<T> gen;
  private final int size;
  private final Predicate<T> fails;
  private final int budget;
  private final Set<String> tried = new HashSet<>();
  private long[] best;
  private List<ChoiceSource.Span> bestSpans;
  private T bestValue;
  private int steps;
  private int evaluations;

  /**
   * The outcome of shrinking.
   *
   * @param value the smallest failing value found
   * @param choices its choice sequence
   * @param steps how many times a smaller failing case was found
   * @param evaluations how many candidates were run through the property
   * @param <T> the generated type
   */
  public record Outcome<T>(T value, long[] choices, int steps, int evaluations) {}

  /**
   * A shrinker.
   *
   * @param gen the generator that produced the failure
   * @param size the size of the failing try
   * @param fails true when the property fails for a value
   * @param budget the most property evaluations to spend
   */
  public Shrinker(Gen<T> gen, int size, Predicate<T> fails, int budget) {
    this.gen = gen;
    this.size = size;
    this.fails = fails;
    this.budget = budget;
  }

  /** Shrinks from a failing recording. */
  public Outcome<T> shrink(long[] failing, T failingValue) {
    ChoiceSource replay = ChoiceSource.replay(failing, size);
    replay.draw(gen);
    best = replay.choices();
    bestSpans = replay.spans();
    bestValue = failingValue;
    boolean improved = true;
    while (improved && evaluations < budget) {
      improved = deleteSpans();
      improved |= deleteChunks();
      improved |= zeroSpans();
      improved |= lowerChoices();
    }
    return new Outcome<>(bestValue, best, steps, evaluations);
  }

  private boolean deleteSpans() {
    boolean any = false;
    int i = 0;
    while (evaluations < budget) {
      List<ChoiceSource.Span> spans = sortedSpans();
      if (i >= spans.size()) {
        break;
      }
      ChoiceSource.Span s = spans.get(i);
      if (attempt(delete(best, s.start(), s.end()))) {
        any = true;
      } else {
        i++;
      }
    }
    return any;
  }

  private List<ChoiceSource.Span> sortedSpans() {
    List<ChoiceSource.Span> l = new ArrayList<>(new HashSet<>(bestSpans));
    l.sort(Comparator.comparingInt(ChoiceSource.Span::length).reversed().thenComparingInt(ChoiceSource.Span::start));
    return l;
  }

  private boolean deleteChunks() {
    boolean any = false;
    for (int k : new int[] {8, 4, 2, 1}) {
      int i = best.length - k;
      while (i >= 0 && evaluations < budget) {
        if (i + k <= best.length && attempt(delete(best, i, i + k))) {
          any = true;
        }
        i--;
      }
    }
    return any;
  }

  private boolean zeroSpans() {
    boolean any = false;
    int i = 0;
    while (evaluations < budget) {
      List<ChoiceSource.Span> spans = sortedSpans();
      if (i >= spans.size()) {
        break;
      }
      ChoiceSource.Span s = spans.get(i++);
      boolean nonZero = false;
      for (int j = s.start(); j < s.end() && j < best.length; j++) {
        nonZero |= best[j] != 0;
      }
      if (nonZero && s.length() > 1) {
        long[] c = best.clone();
        Arrays.fill(c, s.start(), Math.min(s.end(), c.length), 0);
        any |= attempt(c);
      }
    }
    return any;
  }

  private boolean lowerChoices() {
    boolean any = false;
    for (int i = 0; i < best.length && evaluations < budget; i++) {
      if (best[i] == 0) {
        continue;
      }
      if (attempt(with(best, i, 0))) {
        any = true;
        continue;
      }
      // Binary search for the smallest value that still fails, while position i keeps its meaning.
      long lo = 0;
      long hi = best[i];
      while (lo + 1 < hi && evaluations < budget && i < best.length) {
        long mid = lo + (hi - lo) / 2;
        if (attempt(with(best, i, mid))) {
          any = true;
          hi = i < best.length ? Math.min(best[i], mid) : mid;
        } else {
          lo = mid;
        }
      }
      if (i < best.length && best[i] > 1 && attempt(with(best, i, best[i] - 1))) {
        any = true;
      }
    }
    return any;
  }

  private boolean attempt(long[] candidate) {
    if (evaluations >= budget || !smaller(candidate, best)) {
      return false;
    }
    if (!tried.add(Arrays.toString(candidate))) {
      return false;
    }
    ChoiceSource replay = ChoiceSource.replay(candidate, size);
    T value;
    try {
      value = replay.draw(gen);
    } catch (Gen.Rejected e) {
      return false;
    }
    long[] used = replay.choices();
    if (!smaller(used, best)) {
      return false;
    }
    evaluations++;
    if (fails.test(value)) {
      best = used;
      bestSpans = replay.spans();
      bestValue = value;
      steps++;
      return true;
    }
    return false;
  }

  /** Shortlex order: shorter is smaller; equal lengths compare choice by choice. */
  static boolean smaller(long[] a, long[] b) {
    if (a.length != b.length) {
      return a.length < b.length;
    }
    for (int i = 0; i < a.length; i++) {
      if (a[i] != b[i]) {
        return a[i] < b[i];
      }
    }
    return false;
  }

  private static long[] delete(long[] a, int from, int to) {
    long[] c = new long[a.length - (to - from)];
    System.arraycopy(a, 0, c, 0, from);
    System.arraycopy(a, to, c, from, a.length - to);
    return c;
  }

  private static long[] with(long[] a, int i, long v) {
    long[] c = a.clone();
    c[i] = v;
    return c;
  }
}
