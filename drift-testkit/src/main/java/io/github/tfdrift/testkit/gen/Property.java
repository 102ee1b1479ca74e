package io.github.tfdrift.testkit.gen;

import java.security.SecureRandom;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A property over generated values, runnable from any test framework.
 *
 * <pre>{@code
 * Property.forAll(PlanGens.plans())
 *     .withSeed(42L)
 *     .tries(200)
 *     .check(plan -> MaskAlignment.problems(plan).isEmpty());
 * }</pre>
 *
 * <p>Each try draws a value from a random source seeded from the property's seed, with a size that
 * grows from 1 to {@link #maxSize(int)} over the tries. On the first failure the value is shrunk (see
 * {@link Gen}) and an {@link AssertionError} reports the seed, the number of shrink steps and the
 * shrunk value (rendered by {@link Describe}, plans as indented JSON). The seed is, in order: {@link
 * #withSeed(long)} if not 0, the system property {@code tfdrift.seed} (the build fixes it; it is printed
 * when first used and whenever it changes; {@code -Pexplore} leaves it unset), or a random one that is printed.
 *
 * @param <T> the generated type
 */
public final class Property<T> {
  /** The system property that fixes the seed of properties that do not set one. */
  public static final String SEED_PROPERTY = "tfdrift.seed";

  private static final AtomicReference<String> PRINTED_SEED = new AtomicReference<>();

  private final Gen<T> gen;
  private long seed;
  private int tries = 100;
  private int maxSize = 50;
  private int shrinkBudget = 2000;
  private String name = "property";
  private Function<? super T, String> describer = Describe::describe;

  private Property(Gen<T> gen) {
    this.gen = Objects.requireNonNull(gen, "gen");
  }

  /** A property over the values of {@code gen}. */
  public static <T> Property<T> forAll(Gen<T> gen) {
    return new Property<>(gen);
  }

  /** The seed; 0 means the system property {@code tfdrift.seed} or a random seed. */
  public Property<T> withSeed(long seed) {
    this.seed = seed;
    return this;
  }

  /** How many values to try (default 100). */
  public Property<T> tries(int tries) {
    if (tries < 1) {
      throw new IllegalArgumentException("tries must be at least 1");
    }
    this.tries = tries;
    return this;
  }

  /** The largest size hint (default 50): collections and plans grow up to it. */
  public Property<T> maxSize(int maxSize) {
    if (maxSize < 1) {
      throw new IllegalArgumentException("maxSize must be at least 1");
    }
    this.maxSize = maxSize;
    return this;
  }

  /** The most property evaluations shrinking may spend (default 2000). */
  public Property<T> shrinkBudget(int evaluations) {
    this.shrinkBudget = Math.max(0, evaluations);
    return this;
  }

  /** A name for messages. */
  public Property<T> named(String name) {
    this.name = Objects.requireNonNull(name, "name");
    return this;
  }

  /** How to show a counterexample (default {@link Describe#describe(Object)}). */
  public Property<T> describedBy(Function<? super T, String> describer) {
    this.describer = Objects.requireNonNull(describer, "describer");
    return this;
  }

  /** The seed this property will run with (resolving 0 as described above). */
  public long resolvedSeed() {
    if (seed != 0) {
      return seed;
    }
    String prop = System.getProperty(SEED_PROPERTY);
    if (prop != null && !prop.isBlank()) {
      try {
        long fixed = Long.parseLong(prop.strip());
        if (!prop.equals(PRINTED_SEED.getAndSet(prop))) {
          System.err.println("[tfdrift] properties without their own seed run with seed " + fixed
              + " (-D" + SEED_PROPERTY + "=N to change it, -Pexplore for random seeds)");
        }
        return fixed;
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(SEED_PROPERTY + " must be a long, not '" + prop + "'");
      }
    }
    long s;
    do {
      s = new SecureRandom().nextLong();
    } while (s == 0);
    seed = s;
    return s;
  }

  /** Runs the property: a failure is a {@code false} result or any exception. Never throws. */
  public PropertyResult<T> run(Predicate<? super T> property) {
    Objects.requireNonNull(property, "property");
    return runChecked(t -> {
      if (!property.test(t)) {
        throw new AssertionError("the predicate is false");
      }
    });
  }

  /**
   * Checks a predicate for every try.
   *
   * @throws AssertionError with the seed, shrink steps and shrunk counterexample when it fails
   */
  public void check(Predicate<? super T> property) {
    throwIfFailed(run(property));
  }

  /**
   * Checks a block of assertions for every try: the property fails when the block throws.
   *
   * @throws AssertionError with the seed, shrink steps and shrunk counterexample when it fails
   */
  public void verify(Consumer<? super T> assertions) {
    throwIfFailed(runChecked(assertions));
  }

  /** Runs a block of assertions for every try and reports the outcome. Never throws. */
  public PropertyResult<T> runChecked(Consumer<? super T> assertions) {
    Objects.requireNonNull(assertions, "assertions");
    long s = resolvedSeed();
    SplittableRandom master = new SplittableRandom(s);
    int discarded = 0;
    int ran = 0;
    while (ran < tries) {
      long trySeed = master.nextLong();
      int size = 1 + (int) ((long) (maxSize - 1) * ran / Math.max(1, tries - 1));
      ChoiceSource source = ChoiceSource.random(trySeed, size);
      T value;
      try {
        value = source.draw(gen);
      } catch (Gen.Rejected e) {
        if (++discarded > 10 * tries) {
          return new PropertyResult<>(name, s, ran, discarded, Optional.empty(), Optional.empty(), 0, Optional.empty(), "", true);
        }
        continue;
      }
      Outcome outcome = evaluate(assertions, value);
      if (outcome == Outcome.DISCARD) {
        if (++discarded > 10 * tries) {
          return new PropertyResult<>(name, s, ran, discarded, Optional.empty(), Optional.empty(), 0, Optional.empty(), "", true);
        }
        continue;
      }
      ran++;
      if (outcome.failure != null) {
        Shrinker<T> shrinker = new Shrinker<>(gen, size, t -> evaluate(assertions, t).failure != null, shrinkBudget);
        Shrinker.Outcome<T> shrunk = shrinker.shrink(source.choices(), value);
        Throwable failure = evaluate(assertions, shrunk.value()).failure;
        if (failure == null) {
          failure = outcome.failure;
        }
        return new PropertyResult<>(
            name, s, ran, discarded, Optional.ofNullable(value), Optional.ofNullable(shrunk.value()), shrunk.steps(),
            Optional.of(failure), describer.apply(shrunk.value()), false);
      }
    }
    return new PropertyResult<>(name, s, ran, discarded, Optional.empty(), Optional.empty(), 0, Optional.empty(), "", false);
  }

  private void throwIfFailed(PropertyResult<T> result) {
    if (!result.passed()) {
      AssertionError e = new AssertionError(result.report());
      result.failure().ifPresent(e::initCause);
      throw e;
    }
  }

  /**
   * Discards the current try when {@code condition} is false: the value is not counted, and the
   * shrinker does not consider it a failure. Use it inside the checked block.
   *
   * @throws Discard when the condition is false
   */
  public static void assume(boolean condition) {
    if (!condition) {
      throw new Discard();
    }
  }

  /** Thrown by {@link #assume(boolean)} to discard a try. */
  public static final class Discard extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** A discard. */
    public Discard() {
      super("assumption not met", null, false, false);
    }
  }

  private static final class Outcome {
    static final Outcome PASS = new Outcome(null);
    static final Outcome DISCARD = new Outcome(null);
    final Throwable failure;

    Outcome(Throwable failure) {
      this.failure = failure;
    }
  }

  private static <T> Outcome evaluate(Consumer<? super T> assertions, T value) {
    try {
      assertions.accept(value);
      return Outcome.PASS;
    } catch (Discard | Gen.Rejected d) {
      return Outcome.DISCARD;
    } catch (VirtualMachineError e) {
      throw e;
    } catch (Throwable t) {
      if (isAbort(t)) {
        return Outcome.DISCARD;
      }
      return new Outcome(t);
    }
  }

  /** Test frameworks' "assumption failed" exceptions (JUnit's TestAbortedException) discard a try. */
  private static boolean isAbort(Throwable t) {
    for (Class<?> c = t.getClass(); c != null; c = c.getSuperclass()) {
      if (c.getName().equals("org.opentest4j.TestAbortedException")) {
        return true;
      }
    }
    return false;
  }
}
