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

  private final SplittableRandom random;
  private final long[] prefix;
  private final int size;
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

  private ChoiceSource(SplittableRandom random, long[] prefix, int size) {
    this.random = random;
    this.prefix = prefix;
    this.size = Math.max(1, size);
  }

  /** A random source for one try. */
  public static ChoiceSource random(long seed, int size) {
    return new ChoiceSource(new SplittableRandom(seed), null, size);
  }

  /** A source replaying recorded choices (clamped to each bound; 0 past the end). */
  public static ChoiceSource replay(long[] choices, int size) {
    return new ChoiceSource(null, choices.clone(), size);
  }

  @Override
  public long choose(long max) {
    if (max < 0) {
      throw new IllegalArgumentException("negative bound");
    }
    long v;
    if (random != null) {
      int mode = random.nextInt(16);
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
