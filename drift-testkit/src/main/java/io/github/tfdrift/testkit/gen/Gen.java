package io.github.tfdrift.testkit.gen;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * A generator of values for property-based tests: seeded, reproducible, and shrinking without any
 * extra code.
 *
 * <p><b>How shrinking works.</b> A generator takes every decision from a {@link SourceOfRandomness}
 * as a numbered choice where {@code 0} is the simplest option ({@link #integers} lean toward 0,
 * {@link #oneOf} toward its first alternative, {@link #listOf} toward fewer elements). A run records
 * the choices; when a property fails, the recorded sequence is shrunk (as Hypothesis does): whole
 * groups of choices are deleted, groups are zeroed, single choices are lowered by binary search, and
 * each candidate is replayed through the same generator. A candidate is kept when the property still
 * fails and the sequence is smaller (shorter, or equally long and lexicographically smaller). Because
 * shrinking edits decisions rather than values, {@link #map}, {@link #flatMap} and {@link #filter}
 * keep shrinking correctly, and every value the shrinker produces is one the generator can produce.
 *
 * <pre>{@code
 * Gen<List<Integer>> lists = Gen.listOf(Gen.integers(-10, 10), 0, 20);
 * Property.forAll(lists).withSeed(42L).tries(200).check(l -> l.size() < 5);
 * }</pre>
 *
 * @param <T> the type of generated values
 */
@FunctionalInterface
public interface Gen<T> {

  /** Generates one value, taking every decision from {@code random}. */
  T generate(SourceOfRandomness random);

  // ---- combinators ---------------------------------------------------------------------------

  /** Values of this generator transformed by {@code f}; shrinks as this generator does. */
  default <U> Gen<U> map(Function<? super T, ? extends U> f) {
    Objects.requireNonNull(f, "f");
    return r -> f.apply(r.draw(this));
  }

  /** A generator chosen from each value of this one; both parts shrink. */
  default <U> Gen<U> flatMap(Function<? super T, ? extends Gen<? extends U>> f) {
    Objects.requireNonNull(f, "f");
    return r -> r.draw(f.apply(r.draw(this)));
  }

  /**
   * Only the values that pass {@code keep}; up to 100 attempts per value, then the try is rejected
   * ({@link Rejected}). Prefer generators that produce valid values by construction.
   */
  default Gen<T> filter(Predicate<? super T> keep) {
    Objects.requireNonNull(keep, "keep");
    return r -> {
      for (int i = 0; i < 100; i++) {
        T t = r.draw(this);
        if (keep.test(t)) {
          return t;
        }
      }
      throw new Rejected("filter rejected 100 values in a row");
    };
  }

  /**
   * This generator with named edge cases: while a property generates randomly, the edge cases are
   * drawn as its {@link EdgeCases} mode says (all of them first, mixed in, or never). A failing edge
   * case shrinks through its own generator, or toward this generator's simplest value.
   *
   * <pre>{@code
   * Gen<List<Integer>> lists = Gen.listOf(Gen.integers(0, 9), 0, 20)
   *     .withEdgeCases(List.of(EdgeCase.constant("empty", List.of()), EdgeCase.constant("one zero", List.of(0))));
   * }</pre>
   */
  default Gen<T> withEdgeCases(List<? extends EdgeCase<? extends T>> edgeCases) {
    List<EdgeCase<? extends T>> copy = List.copyOf(edgeCases);
    Gen<T> ordinary = this;
    return r -> {
      int i = r.edgeCase(copy.size());
      return i == 0 ? r.draw(ordinary) : r.draw(copy.get(i - 1).gen());
    };
  }

  /** Lists of values of this generator with {@code min} to {@code max} elements. */
  default Gen<List<T>> list(int min, int max) {
    return listOf(this, min, max);
  }

  /**
   * Values generated from a fixed seed and size, for looking at a generator and for tests of
   * determinism.
   */
  default List<T> samples(long seed, int count, int size) {
    List<T> out = new ArrayList<>(count);
    SplittableRandom master = new SplittableRandom(seed);
    for (int i = 0; i < count; i++) {
      out.add(ChoiceSource.random(master.nextLong(), size).draw(this));
    }
    return Collections.unmodifiableList(out);
  }

  // ---- primitives ----------------------------------------------------------------------------

  /** Always {@code value}. */
  static <T> Gen<T> constant(T value) {
    return r -> value;
  }

  /** Integers in {@code [min, max]}, shrinking toward 0 (or the bound nearest to it). */
  static Gen<Integer> integers(int min, int max) {
    return longs(min, max).map(Long::intValue);
  }

  /**
   * Longs in {@code [min, max]}, shrinking toward 0 (or the bound nearest to it).
   *
   * @throws IllegalArgumentException when the range is empty or wider than {@code Long.MAX_VALUE}
   */
  static Gen<Long> longs(long min, long max) {
    if (max < min) {
      throw new IllegalArgumentException("empty range [" + min + ", " + max + "]");
    }
    long range;
    try {
      range = Math.subtractExact(max, min);
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException("range too wide: [" + min + ", " + max + "]");
    }
    long origin = Math.max(min, Math.min(max, 0));
    long up = max - origin;
    long down = origin - min;
    long near = Math.min(up, down);
    return r -> {
      long c = r.choose(range);
      if (near > 0 && c <= 2 * near) {
        return (c & 1) == 1 ? origin + (c + 1) / 2 : origin - c / 2;
      }
      long extra = c - 2 * near;
      return up > down ? origin + near + extra : origin - near - extra;
    };
  }

  /** {@code false} or {@code true}; shrinks to {@code false}. */
  static Gen<Boolean> booleans() {
    return SourceOfRandomness::bool;
  }

  /** The characters {@link #strings()} uses: letters first, then digits, punctuation and a few non-ASCII. */
  String DEFAULT_ALPHABET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 _-.:/\"'\\{}[]$%é日";

  /** Strings of {@link #DEFAULT_ALPHABET} up to the try's size in length; shrink to shorter and toward {@code a}. */
  static Gen<String> strings() {
    return r -> strings(DEFAULT_ALPHABET, 0, Math.max(1, r.size() / 4)).generate(r);
  }

  /** Strings of the given characters with {@code min} to {@code max} of them; shrink toward the first character. */
  static Gen<String> strings(String alphabet, int min, int max) {
    Gen<Character> chars = chars(alphabet);
    return listOf(chars, min, max).map(cs -> {
      StringBuilder b = new StringBuilder(cs.size());
      cs.forEach(b::append);
      return b.toString();
    });
  }

  /** One character of {@code alphabet}; shrinks toward the first. */
  static Gen<Character> chars(String alphabet) {
    if (alphabet.isEmpty()) {
      throw new IllegalArgumentException("empty alphabet");
    }
    return r -> alphabet.charAt((int) r.choose(alphabet.length() - 1));
  }

  /** One of the given values; shrinks toward the first. */
  @SafeVarargs
  @SuppressWarnings("varargs")
  static <T> Gen<T> elements(T... values) {
    return elements(Arrays.asList(values));
  }

  /** One of the given values; shrinks toward the first. */
  static <T> Gen<T> elements(List<? extends T> values) {
    List<T> copy = List.copyOf(values);
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("no values to choose from");
    }
    return r -> copy.get((int) r.choose(copy.size() - 1));
  }

  /** A value of one of the generators, chosen uniformly; shrinks toward the first generator. */
  @SafeVarargs
  @SuppressWarnings("varargs")
  static <T> Gen<T> oneOf(Gen<? extends T>... gens) {
    return oneOf(Arrays.asList(gens));
  }

  /** A value of one of the generators, chosen uniformly; shrinks toward the first generator. */
  static <T> Gen<T> oneOf(List<? extends Gen<? extends T>> gens) {
    List<Gen<? extends T>> copy = List.copyOf(gens);
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("no generators to choose from");
    }
    return r -> r.draw(copy.get((int) r.choose(copy.size() - 1)));
  }

  /** A generator with a weight, for {@link #frequency}. */
  static <T> Weighted<T> weighted(int weight, Gen<? extends T> gen) {
    return new Weighted<>(weight, gen);
  }

  /** A value of one of the generators, chosen in proportion to the weights; shrinks toward the first. */
  @SafeVarargs
  @SuppressWarnings("varargs")
  static <T> Gen<T> frequency(Weighted<? extends T>... choices) {
    return frequency(Arrays.asList(choices));
  }

  /** A value of one of the generators, chosen in proportion to the weights; shrinks toward the first. */
  static <T> Gen<T> frequency(List<? extends Weighted<? extends T>> choices) {
    List<Weighted<? extends T>> copy = List.copyOf(choices);
    long total = 0;
    for (Weighted<? extends T> w : copy) {
      total += w.weight();
    }
    if (total <= 0) {
      throw new IllegalArgumentException("frequency needs a positive total weight");
    }
    long max = total - 1;
    return r -> {
      long c = r.choose(max);
      for (Weighted<? extends T> w : copy) {
        if (c < w.weight()) {
          return r.draw(w.gen());
        }
        c -= w.weight();
      }
      throw new IllegalStateException("unreachable");
    };
  }

  /** Lists of values of {@code element} with a length growing with the try's size (at most {@code size}). */
  static <T> Gen<List<T>> listOf(Gen<T> element) {
    return r -> listOf(element, 0, Math.max(1, r.size())).generate(r);
  }

  /**
   * Lists of {@code min} to {@code max} values of {@code element}. Each optional element is one
   * "another one?" decision followed by the element, so the shrinker can drop elements anywhere in the
   * list.
   */
  static <T> Gen<List<T>> listOf(Gen<T> element, int min, int max) {
    if (min < 0 || max < min) {
      throw new IllegalArgumentException("bad list bounds [" + min + ", " + max + "]");
    }
    return r -> {
      List<T> out = new ArrayList<>();
      for (int i = 0; i < min; i++) {
        out.add(r.draw(element));
      }
      double average = Math.max(1.0, Math.min(max - min, r.size() / 3.0 + 1));
      double more = average / (average + 1);
      while (out.size() < max) {
        Object[] next = {null};
        boolean[] present = {false};
        r.draw(
            s -> {
              if (s.weighted(more)) {
                next[0] = s.draw(element);
                present[0] = true;
              }
              return null;
            });
        if (!present[0]) {
          break;
        }
        @SuppressWarnings("unchecked")
        T t = (T) next[0];
        out.add(t);
      }
      return Collections.unmodifiableList(out);
    };
  }

  /**
   * Lists of {@code min} to {@code max} distinct values of {@code element} (by {@code equals}), in
   * the order drawn; a duplicate is drawn again (up to 20 times per element). Shrinks like {@link
   * #listOf}.
   *
   * @throws Rejected (discarding the try) when the element generator cannot give {@code min} distinct values
   */
  static <T> Gen<List<T>> uniqueListOf(Gen<T> element, int min, int max) {
    if (min < 0 || max < min) {
      throw new IllegalArgumentException("bad list bounds [" + min + ", " + max + "]");
    }
    return r -> {
      List<T> out = new ArrayList<>();
      java.util.Set<T> seen = new java.util.HashSet<>();
      double average = Math.max(1.0, Math.min(max - min, r.size() / 3.0 + 1));
      double more = average / (average + 1);
      int misses = 0;
      while (out.size() < max) {
        if (out.size() >= min && !r.weighted(more)) {
          break;
        }
        T t = r.draw(element);
        if (seen.add(t)) {
          out.add(t);
          misses = 0;
        } else if (++misses > 20) {
          if (out.size() < min) {
            throw new Rejected("fewer than " + min + " distinct values");
          }
          break;
        }
      }
      return Collections.unmodifiableList(out);
    };
  }

  /** Sets of {@code min} to {@code max} values of {@code element}, in the order drawn (see {@link #uniqueListOf}). */
  static <T> Gen<java.util.Set<T>> setOf(Gen<T> element, int min, int max) {
    return uniqueListOf(element, min, max).map(l -> Collections.unmodifiableSet(new java.util.LinkedHashSet<>(l)));
  }

  /** Maps of {@code min} to {@code max} entries with distinct keys of {@code keys}, in the order drawn. */
  static <K, V> Gen<java.util.Map<K, V>> mapOf(Gen<K> keys, Gen<V> values, int min, int max) {
    return uniqueListOf(keys, min, max)
        .flatMap(ks -> {
          List<Gen<?>> vs = new ArrayList<>();
          ks.forEach(k -> vs.add(values));
          return tuple(vs).map(v -> {
            java.util.Map<K, V> m = new java.util.LinkedHashMap<>();
            for (int i = 0; i < ks.size(); i++) {
              @SuppressWarnings("unchecked")
              V value = (V) v.get(i);
              m.put(ks.get(i), value);
            }
            return Collections.unmodifiableMap(m);
          });
        });
  }

  /** Lists of {@code min} to {@code max} distinct values of this generator (see {@link #uniqueListOf}). */
  default Gen<List<T>> uniqueList(int min, int max) {
    return uniqueListOf(this, min, max);
  }

  /**
   * Finite doubles in {@code [min, max]}, shrinking toward 0 (or the bound nearest to it) and toward
   * whole numbers: a shrunk double is an integer when one still fails. The bounds and 0 come as edge
   * cases (as every choice's bounds do).
   *
   * @throws IllegalArgumentException when a bound is not finite or the range is empty
   */
  static Gen<Double> doubles(double min, double max) {
    if (!Double.isFinite(min) || !Double.isFinite(max) || max < min) {
      throw new IllegalArgumentException("bad double range [" + min + ", " + max + "]");
    }
    double origin = Math.max(min, Math.min(max, 0.0));
    long steps = 1L << 53;
    return r -> {
      boolean fraction = r.bool();
      long c = r.choose(steps);
      boolean down = origin > min && (origin == max || r.bool());
      double span = down ? origin - min : max - origin;
      double distance = span * ((double) c / steps);
      if (!fraction) {
        distance = Math.floor(distance);
      }
      double v = down ? origin - distance : origin + distance;
      return Math.max(min, Math.min(max, v));
    };
  }

  /** Dates in {@code [min, max]}, shrinking toward {@code min}. */
  static Gen<java.time.LocalDate> dates(java.time.LocalDate min, java.time.LocalDate max) {
    long days = java.time.temporal.ChronoUnit.DAYS.between(min, max);
    if (days < 0) {
      throw new IllegalArgumentException("empty date range [" + min + ", " + max + "]");
    }
    return longs(0, days).map(min::plusDays);
  }

  /** Instants in {@code [min, max]} to the second, shrinking toward {@code min}. */
  static Gen<java.time.Instant> instants(java.time.Instant min, java.time.Instant max) {
    long seconds = java.time.Duration.between(min, max).getSeconds();
    if (seconds < 0) {
      throw new IllegalArgumentException("empty instant range [" + min + ", " + max + "]");
    }
    return longs(0, seconds).map(min::plusSeconds);
  }

  /**
   * This generator without edge cases, whatever the property's {@link EdgeCases} mode: its
   * edge-cased parts draw their ordinary values (for one parameter, {@code @WithoutEdgeCases}).
   */
  default Gen<T> withoutEdgeCases() {
    Gen<T> self = this;
    return r -> new NoEdgeCases(r).draw(self);
  }

  /** A generator built when first used, for recursive structures. */
  static <T> Gen<T> lazy(Supplier<? extends Gen<? extends T>> supplier) {
    return r -> r.draw(supplier.get());
  }

  /** Pairs of values of two generators combined by {@code f}; both parts shrink. */
  static <A, B, R> Gen<R> zip(Gen<A> a, Gen<B> b, BiFunction<? super A, ? super B, ? extends R> f) {
    return r -> f.apply(r.draw(a), r.draw(b));
  }

  /** One value of each generator, in order. */
  static Gen<List<Object>> tuple(List<? extends Gen<?>> gens) {
    List<Gen<?>> copy = List.copyOf(gens);
    return r -> {
      List<Object> out = new ArrayList<>(copy.size());
      for (Gen<?> g : copy) {
        out.add(r.draw(g));
      }
      return Collections.unmodifiableList(out);
    };
  }

  /**
   * A generator with its weight, for {@link Gen#frequency}.
   *
   * @param weight the relative weight, at least 1
   * @param gen the generator
   * @param <T> the type of generated values
   */
  record Weighted<T>(int weight, Gen<? extends T> gen) {
    /** Validates the parts. */
    public Weighted {
      if (weight < 1) {
        throw new IllegalArgumentException("weights are at least 1");
      }
      Objects.requireNonNull(gen, "gen");
    }
  }

  /**
   * Thrown by a generator that cannot produce a value for the current choices (a {@link #filter}
   * that found nothing). The try is discarded, not failed; during shrinking the candidate is skipped.
   */
  final class Rejected extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** A rejection with a reason. */
    public Rejected(String reason) {
      super(reason, null, false, false);
    }
  }

  /** A source that answers every edge-case choice with "none" (recorded, so replays agree). */
  final class NoEdgeCases implements SourceOfRandomness {
    private final SourceOfRandomness delegate;

    NoEdgeCases(SourceOfRandomness delegate) {
      this.delegate = delegate;
    }

    @Override
    public long choose(long max) {
      return delegate.choose(max);
    }

    @Override
    public boolean weighted(double p) {
      return delegate.weighted(p);
    }

    @Override
    public int edgeCase(int count) {
      delegate.edgeCase(0);
      return 0;
    }

    @Override
    public <U> U draw(Gen<U> gen) {
      return delegate.draw(r -> gen.generate(this));
    }

    @Override
    public int size() {
      return delegate.size();
    }
  }
}
