package io.github.tfdrift.testkit.gen;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a property run found: how many tries ran with which seed, what {@link Statistics} counted,
 * and for a failure the original and the shrunk counterexample, how shrinking went and the failure
 * the shrunk case produces.
 *
 * @param name the property's name, for messages
 * @param seed the seed of the run (re-run it with {@link Property#withSeed(long)} or {@code
 *     -Dtfdrift.seed})
 * @param tries the tries that ran (the failing one included)
 * @param discarded tries whose generator or assumption rejected the value
 * @param original the first failing value, as generated
 * @param shrunk the smallest failing value found
 * @param shrinking how shrinking went (all zero when nothing failed)
 * @param failure what the shrunk value's check threw (an {@link AssertionError} for a false predicate)
 * @param description how the shrunk value is shown in messages
 * @param exhausted true when too many tries were discarded to judge the property
 * @param statistics what the tries counted with {@link Statistics}
 * @param replay where the failure was stored, and whether it is the stored failure of an earlier run
 *     replayed (empty when the property does not remember failures)
 * @param <T> the generated type
 */
public record PropertyResult<T>(
    String name,
    long seed,
    int tries,
    int discarded,
    Optional<T> original,
    Optional<T> shrunk,
    Shrinking shrinking,
    Optional<Throwable> failure,
    String description,
    boolean exhausted,
    StatisticsReport statistics,
    Optional<Memory> replay) {

  /** Validates the parts. */
  public PropertyResult {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(original, "original");
    Objects.requireNonNull(shrunk, "shrunk");
    Objects.requireNonNull(shrinking, "shrinking");
    Objects.requireNonNull(failure, "failure");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(statistics, "statistics");
    Objects.requireNonNull(replay, "replay");
  }

  /**
   * How a failure was shrunk.
   *
   * @param steps how many times a smaller failing case was found
   * @param evaluations how many candidates were run through the property
   * @param budget the most evaluations shrinking could spend
   * @param choices the shrunk case's choice sequence
   */
  public record Shrinking(int steps, int evaluations, int budget, List<Long> choices) {
    /** Copies the choices. */
    public Shrinking {
      choices = List.copyOf(choices);
    }

    /** Nothing shrunk. */
    public static Shrinking none() {
      return new Shrinking(0, 0, 0, List.of());
    }

    /** True when shrinking stopped because the budget was spent: a smaller failing case may exist. */
    public boolean budgetRanOut() {
      return budget > 0 && evaluations >= budget;
    }
  }

  /**
   * The failure memory of a remembered property ({@link Property#remembering(String, String...)}).
   *
   * @param file the file the failure is stored in
   * @param replayed true when the reported failure is the stored failure of an earlier run, replayed
   */
  public record Memory(String file, boolean replayed) {
    /** Validates the parts. */
    public Memory {
      Objects.requireNonNull(file, "file");
    }
  }

  /** How many times shrinking found a smaller failing case. */
  public int shrinkSteps() {
    return shrinking.steps();
  }

  /** True when no try failed, the property was not exhausted, and every coverage requirement was met. */
  public boolean passed() {
    return shrunk.isEmpty() && !exhausted && statistics.unmet().isEmpty();
  }

  /** The failure message: property, seed, tries, shrinking, the shrunk case and what it threw. */
  public String report() {
    if (exhausted && shrunk.isEmpty()) {
      return "Property " + name + " gave up: " + discarded + " of " + (tries + discarded)
          + " generated values were discarded (seed " + seed + ")";
    }
    if (shrunk.isEmpty()) {
      if (!statistics.unmet().isEmpty()) {
        StringBuilder b = new StringBuilder("Property " + name + " did not cover what it requires in " + tries + " tries (seed " + seed + "):\n");
        statistics.unmet().forEach(c -> b.append("  ").append(c.label()).append(": ")
            .append(String.format(java.util.Locale.ROOT, "%.1f%% of tries, at least %.1f%% required", c.percent(tries), c.minPercent())).append('\n'));
        b.append("The generator rarely or never makes these cases: change the generator (or its edge cases), not the requirement.\n");
        b.append(statistics.table(name));
        return b.toString();
      }
      return "Property " + name + " passed " + tries + " tries (seed " + seed + ")";
    }
    StringBuilder b = new StringBuilder();
    if (replay.isPresent() && replay.get().replayed()) {
      b.append("Property ").append(name).append(" failed replaying its last failure (stored in ").append(replay.get().file())
          .append(", found with seed ").append(seed).append("; -D").append(AfterFailure.PROPERTY).append("=ignore to skip it).\n");
    } else {
      b.append("Property ").append(name).append(" failed after ").append(tries).append(tries == 1 ? " try" : " tries")
          .append(" (seed ").append(seed).append("; re-run with -Dtfdrift.seed=").append(seed)
          .append(" or withSeed(").append(seed).append("L)).\n");
    }
    b.append("Shrunk in ").append(shrinking.steps()).append(shrinking.steps() == 1 ? " step" : " steps")
        .append(" (").append(shrinking.evaluations()).append(" of ").append(shrinking.budget()).append(" evaluations");
    if (shrinking.budgetRanOut()) {
      b.append("; the shrink budget ran out, a smaller case may exist: raise shrinkBudget");
    }
    b.append(") to:\n");
    b.append(description);
    if (!description.endsWith("\n")) {
      b.append('\n');
    }
    b.append("Shrunk choices: ").append(choices(shrinking.choices()));
    replay.ifPresent(m -> b.append(" (stored in ").append(m.file()).append(", replayed first by the next run)"));
    b.append('\n');
    failure.ifPresent(f -> b.append("Failure: ").append(f.getClass().getName()).append(f.getMessage() == null ? "" : ": " + f.getMessage().strip()));
    return b.toString();
  }

  private static String choices(List<Long> choices) {
    if (choices.size() <= 64) {
      return choices.toString();
    }
    return choices.subList(0, 64).toString().replace("]", ", … (" + choices.size() + " choices)]");
  }
}
