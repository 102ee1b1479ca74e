package io.github.tfdrift.testkit.gen;

import java.util.Objects;
import java.util.Optional;

/**
 * What a property run found: how many tries ran with which seed, and for a failure the original and
 * the shrunk counterexample, the number of shrink steps and the failure the shrunk case produces.
 *
 * @param name the property's name, for messages
 * @param seed the seed of the run (re-run it with {@link Property#withSeed(long)} or {@code
 *     -Dtfdrift.seed})
 * @param tries the tries that ran (the failing one included)
 * @param discarded tries whose generator or assumption rejected the value
 * @param original the first failing value, as generated
 * @param shrunk the smallest failing value found
 * @param shrinkSteps how many times shrinking found a smaller failing value
 * @param failure what the shrunk value's check threw (an {@link AssertionError} for a false predicate)
 * @param description how the shrunk value is shown in messages
 * @param exhausted true when too many tries were discarded to judge the property
 * @param <T> the generated type
 */
public record PropertyResult<T>(
    String name,
    long seed,
    int tries,
    int discarded,
    Optional<T> original,
    Optional<T> shrunk,
    int shrinkSteps,
    Optional<Throwable> failure,
    String description,
    boolean exhausted) {

  /** Validates the parts. */
  public PropertyResult {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(original, "original");
    Objects.requireNonNull(shrunk, "shrunk");
    Objects.requireNonNull(failure, "failure");
    Objects.requireNonNull(description, "description");
  }

  /** True when no try failed and the property was not exhausted. */
  public boolean passed() {
    return shrunk.isEmpty() && !exhausted;
  }

  /** The failure message: property, seed, tries, shrink steps, the shrunk case and what it threw. */
  public String report() {
    if (exhausted && shrunk.isEmpty()) {
      return "Property " + name + " gave up: " + discarded + " of " + (tries + discarded)
          + " generated values were discarded (seed " + seed + ")";
    }
    if (shrunk.isEmpty()) {
      return "Property " + name + " passed " + tries + " tries (seed " + seed + ")";
    }
    StringBuilder b = new StringBuilder();
    b.append("Property ").append(name).append(" failed after ").append(tries).append(tries == 1 ? " try" : " tries")
        .append(" (seed ").append(seed).append("; re-run with -Dtfdrift.seed=").append(seed)
        .append(" or withSeed(").append(seed).append("L)).\n");
    b.append("Shrunk in ").append(shrinkSteps).append(shrinkSteps == 1 ? " step" : " steps").append(" to:\n");
    b.append(description);
    if (!description.endsWith("\n")) {
      b.append('\n');
    }
    failure.ifPresent(f -> b.append("Failure: ").append(f.getClass().getName()).append(f.getMessage() == null ? "" : ": " + f.getMessage().strip()));
    return b.toString();
  }
}
