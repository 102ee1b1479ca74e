package io.github.tfdrift.testkit.gen;

import java.util.Objects;

/**
 * A named edge case of a generator ({@link Gen#withEdgeCases}): a generator of its own, so an edge
 * case that fails shrinks like any other value ("only deletes" shrinks to one delete).
 *
 * @param name what the edge case is, for documentation and statistics ({@code "only deletes"})
 * @param gen the generator of the edge case's values
 * @param <T> the generated type
 */
public record EdgeCase<T>(String name, Gen<T> gen) {
  /** Validates the parts. */
  public EdgeCase {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(gen, "gen");
    if (name.isBlank()) {
      throw new IllegalArgumentException("an edge case needs a name");
    }
  }

  /** An edge case named {@code name} drawn from {@code gen}. */
  public static <T> EdgeCase<T> of(String name, Gen<T> gen) {
    return new EdgeCase<>(name, gen);
  }

  /** An edge case that is always {@code value}. */
  public static <T> EdgeCase<T> constant(String name, T value) {
    return new EdgeCase<>(name, Gen.constant(value));
  }
}
