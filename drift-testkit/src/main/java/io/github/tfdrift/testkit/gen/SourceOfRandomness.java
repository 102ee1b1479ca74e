package io.github.tfdrift.testkit.gen;

/**
 * Where a {@link Gen} takes its decisions from. Every decision is a <em>choice</em>: a number from
 * {@code 0} to a bound, where {@code 0} is always the simplest option. While a property runs, choices
 * come from a seeded random source and are recorded; while a failure is shrunk, the recorded
 * sequence is edited (shortened, lowered) and replayed, so every generator shrinks for free as long as
 * it maps smaller choices to simpler values.
 */
public interface SourceOfRandomness {

  /**
   * A choice in {@code [0, max]}; {@code 0} must mean the simplest option.
   *
   * @throws IllegalArgumentException when {@code max} is negative
   */
  long choose(long max);

  /**
   * A yes/no choice that is {@code true} with probability {@code p} while generating randomly;
   * {@code false} is the simpler answer.
   */
  boolean weighted(double p);

  /**
   * Generates a value with {@code gen}, recording the choices it makes as one unit so the shrinker can
   * delete or simplify it as a whole. Combinators use this for the values they are made of.
   */
  <T> T draw(Gen<T> gen);

  /**
   * Which of {@code count} edge cases an edge-cased generator ({@link Gen#withEdgeCases}) draws: 0 for
   * none (its ordinary values), {@code i} for the {@code i}-th edge case. The property's {@link
   * EdgeCases} mode decides while generating randomly; 0 is the simpler answer. This default is a
   * plain choice in {@code [0, count]}.
   */
  default int edgeCase(int count) {
    return (int) choose(count);
  }

  /** The size hint of this try: larger means larger collections (1 to the property's maximum). */
  int size();

  /** A choice in {@code [min, max]} that shrinks toward {@code min}. */
  default int between(int min, int max) {
    if (max < min) {
      throw new IllegalArgumentException("empty range [" + min + ", " + max + "]");
    }
    return (int) (min + choose((long) max - min));
  }

  /** A fair yes/no choice; {@code false} is simpler. */
  default boolean bool() {
    return choose(1) == 1;
  }
}
