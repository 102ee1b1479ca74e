package io.github.tfdrift.testkit.gen;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The {@link SourceOfRandomness} behind properties: draws choices from a seeded random generator (or
 * replays a recorded prefix, choices past its end being 0), and records every choice together with
 * the spans of choices each {@link #draw} made, which the shrinker edits.
 */
final class ChoiceSource implements SourceOfRandomness {
  /** Above this many choices a generation is abandoned as runaway. */
  static final int MAX_CHOICES = 200_000;

  /** While generating randomly, the chance that an edge-cased generator draws one of its edge cases ({@link EdgeCases#MIXIN}). */
  static final double EDGE_CASE_CHANCE = 0.15;

  private final SplittableRandom random;
  private final long[] prefix;
  private final int size;
  private final EdgeCases edgeCases;
  private final int forcedEdgeCase;
  private int mostEdgeCases;
  private long[] choices = new long[64];
  private int count;
  private final List<Span> spans = new ArrayList<>();

  /**
   * A group of choices made by one {@link #draw}: {@code [start, end)}.
   *
   * @param start first choice index
   * @param end index after the last choice
   */
  public record Span(int start, int end) {
    /** Number of choices in the span. */
    public int length() {
      return end - start;
    }
  }

  private ChoiceSource(SplittableRandom random, long[] prefix, int size, EdgeCases edgeCases, int forcedEdgeCase) {
    this.random = random;
    this.prefix = prefix;
    this.size = Math.max(1, size);
    this.edgeCases = edgeCases;
    this.forcedEdgeCase = forcedEdgeCase;
  }

  /** A random source for one try, edge cases mixed in. */
  public static ChoiceSource random(long seed, int size) {
    return random(seed, size, EdgeCases.MIXIN, -1);
  }

  /**
   * A random source for one try.
   *
   * @param edgeCases how edge cases are drawn: {@link EdgeCases#NONE} also turns off the bias toward
   *     the bounds of every choice
   * @param forcedEdgeCase for {@link EdgeCases#FIRST}: the index of the edge case every edge-cased
   *     generator draws in this try (none when negative or past a generator's list)
   */
  static ChoiceSource random(long seed, int size, EdgeCases edgeCases, int forcedEdgeCase) {
    return new ChoiceSource(new SplittableRandom(seed), null, size, edgeCases, forcedEdgeCase);
  }

  /** A source replaying recorded choices (clamped to each bound; 0 past the end). */
  public static ChoiceSource replay(long[] choices, int size) {
    return new ChoiceSource(null, choices.clone(), size, EdgeCases.MIXIN, -1);
  }

  @Override
  public long choose(long max) {
    if (max < 0) {
      throw new IllegalArgumentException("negative bound");
    }
    long v;
    if (random != null) {
      int mode = edgeCases == EdgeCases.NONE ? 2 : random.nextInt(16);
      if (mode == 0 || max == 0) {
        v = 0;
      } else if (mode == 1) {
        v = max;
      } else if (max == Long.MAX_VALUE) {
        v = random.nextLong() & Long.MAX_VALUE;
      } else {
        v = random.nextLong(max + 1);
      }
    } else {
      v = count < prefix.length ? Math.min(Math.max(prefix[count], 0), max) : 0;
    }
    record(v);
    return v;
  }

  @Override
  public int edgeCase(int count) {
    if (count < 0) {
      throw new IllegalArgumentException("negative edge case count");
    }
    mostEdgeCases = Math.max(mostEdgeCases, count);
    long v;
    if (count == 0) {
      v = 0;
    } else if (random == null) {
      v = this.count < prefix.length ? Math.min(Math.max(prefix[this.count], 0), count) : 0;
    } else if (edgeCases == EdgeCases.NONE) {
      v = 0;
    } else if (forcedEdgeCase >= 0) {
      v = forcedEdgeCase < count ? forcedEdgeCase + 1 : 0;
    } else {
      v = random.nextDouble() < EDGE_CASE_CHANCE ? 1 + random.nextInt(count) : 0;
    }
    record(v);
    return (int) v;
  }

  /** The longest list of edge cases a generator of this try offered (0 when none did). */
  int mostEdgeCases() {
    return mostEdgeCases;
  }

  @Override
  public boolean weighted(double p) {
    long v;
    if (random != null) {
      v = random.nextDouble() < p ? 1 : 0;
    } else {
      v = count < prefix.length ? Math.min(Math.max(prefix[count], 0), 1) : 0;
    }
    record(v);
    return v == 1;
  }

  @Override
  public <T> T draw(Gen<T> gen) {
    int start = count;
    T t = gen.generate(this);
    if (count > start) {
      spans.add(new Span(start, count));
    }
    return t;
  }

  @Override
  public int size() {
    return size;
  }

  private void record(long v) {
    if (count == MAX_CHOICES) {
      throw new Gen.Rejected("more than " + MAX_CHOICES + " choices: runaway generator");
    }
    if (count == choices.length) {
      choices = Arrays.copyOf(choices, count * 2);
    }
    choices[count++] = v;
  }

  /** The choices made so far. */
  public long[] choices() {
    return Arrays.copyOf(choices, count);
  }

  /** The spans recorded so far. */
  public List<Span> spans() {
    return Collections.unmodifiableList(spans);
  }
}
