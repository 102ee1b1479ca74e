package io.github.tfdrift.testkit.gen;

import java.io.PrintStream;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

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
 * grows from 1 to {@link #maxSize(int)} over the tries; edge cases are drawn as {@link
 * #edgeCases(EdgeCases)} says. On the first failure the value is shrunk (see {@link Gen}) and an
 * {@link AssertionError} reports the seed, how shrinking went (steps, evaluations, whether the budget
 * ran out), the shrunk value (rendered by {@link Describe}: for a plan, only its changes) and its
 * shrunk choice sequence. After the tries, what {@link Statistics} counted is printed as a table and
 * its coverage requirements are checked.
 *
 * <p>The seed is, in order: {@link #withSeed(long)} if not 0; the system property {@code
 * tfdrift.seed.ID} for one of the property's ids ({@link #remembering(String, String...)}; the JUnit extension
 * uses {@code Class#method}); the system property {@code tfdrift.seed} (the build fixes it; it is
 * printed when first used and whenever it changes; {@code -Pexplore} leaves it unset); or a random
 * one, reported only if the property fails.
 *
 * <p>A property with an id remembers its last failure under {@code target/tfdrift-failures/} (system
 * property {@code tfdrift.failures} for another directory) and replays it before any new try; see
 * {@link AfterFailure} for the modes.
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
  private EdgeCases edgeCases = EdgeCases.MIXIN;
  private final List<String> ids = new ArrayList<>();
  private @Nullable AfterFailure afterFailure;
  private @Nullable Path failureDirectory;
  private final List<Runnable> beforeTry = new ArrayList<>();
  private final List<Runnable> afterTry = new ArrayList<>();
  private @Nullable PrintStream statisticsOut = System.out;
  private BiFunction<? super T, String, String> describer = Describe::describe;

  private Property(Gen<T> gen) {
    this.gen = Objects.requireNonNull(gen, "gen");
  }

  /** A property over the values of {@code gen}. */
  public static <T> Property<T> forAll(Gen<T> gen) {
    return new Property<>(gen);
  }

  /** The seed; 0 means the system properties {@code tfdrift.seed.ID}, {@code tfdrift.seed} or a random seed. */
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

  /** The most property evaluations shrinking may spend (default 2000); the report says when it ran out. */
  public Property<T> shrinkBudget(int evaluations) {
    this.shrinkBudget = Math.max(0, evaluations);
    return this;
  }

  /** How edge cases are drawn (default {@link EdgeCases#MIXIN}). */
  public Property<T> edgeCases(EdgeCases mode) {
    this.edgeCases = Objects.requireNonNull(mode, "mode");
    return this;
  }

  /** A name for messages. */
  public Property<T> named(String name) {
    this.name = Objects.requireNonNull(name, "name");
    return this;
  }

  /**
   * Gives the property an id ({@code MyTest#myProperty}) and so a memory: its last failure is
   * stored and replayed first by the next run (see {@link AfterFailure}), and the system property
   * {@code tfdrift.seed.ID} sets its seed alone. Further ids (aliases) are looked up for the seed
   * too.
   */
  public Property<T> remembering(String id, String... aliases) {
    ids.clear();
    ids.add(Objects.requireNonNull(id, "id"));
    ids.addAll(List.of(aliases));
    return this;
  }

  /** What to do with a remembered failure (default: the system property {@code tfdrift.afterFailure}). */
  public Property<T> afterFailure(AfterFailure mode) {
    this.afterFailure = Objects.requireNonNull(mode, "mode");
    return this;
  }

  /** Where remembered failures are stored (default: the system property {@code tfdrift.failures}, else {@code target/tfdrift-failures}). */
  public Property<T> failureDirectory(Path directory) {
    this.failureDirectory = Objects.requireNonNull(directory, "directory");
    return this;
  }

  /** Runs {@code hook} before every try, shrinking candidates and replays included. */
  public Property<T> beforeTry(Runnable hook) {
    beforeTry.add(Objects.requireNonNull(hook, "hook"));
    return this;
  }

  /** Runs {@code hook} after every try (also when the try failed), shrinking candidates and replays included. */
  public Property<T> afterTry(Runnable hook) {
    afterTry.add(Objects.requireNonNull(hook, "hook"));
    return this;
  }

  /** Where the statistics table goes after a run that counted anything (default standard output; {@code null}: nowhere). */
  public Property<T> statisticsTo(@Nullable PrintStream out) {
    this.statisticsOut = out;
    return this;
  }

  /** How to show a counterexample (default {@link Describe#describe(Object, String)}). */
  public Property<T> describedBy(Function<? super T, String> describer) {
    Objects.requireNonNull(describer, "describer");
    this.describer = (t, failure) -> describer.apply(t);
    return this;
  }

  /** How to show a counterexample, knowing the failure's message (to show only what it names). */
  public Property<T> describedBy(BiFunction<? super T, String, String> describer) {
    this.describer = Objects.requireNonNull(describer, "describer");
    return this;
  }

  /** The seed this property will run with (resolving 0 as described above). */
  public long resolvedSeed() {
    if (seed != 0) {
      return seed;
    }
    for (String id : ids) {
      String scoped = System.getProperty(SEED_PROPERTY + "." + id);
      if (scoped != null && !scoped.isBlank()) {
        seed = parseSeed(SEED_PROPERTY + "." + id, scoped);
        return seed;
      }
    }
    String prop = System.getProperty(SEED_PROPERTY);
    if (prop != null && !prop.isBlank()) {
      long fixed = parseSeed(SEED_PROPERTY, prop);
      if (!prop.equals(PRINTED_SEED.getAndSet(prop))) {
        System.err.println("[tfdrift] properties without their own seed run with seed " + fixed
            + " (-D" + SEED_PROPERTY + "=N to change it, -Pexplore for random seeds)");
      }
      return fixed;
    }
    long s;
    do {
      s = new SecureRandom().nextLong();
    } while (s == 0);
    seed = s;
    return s;
  }

  private static long parseSeed(String property, String value) {
    try {
      return Long.parseLong(value.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(property + " must be a long, not '" + value + "'");
    }
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
    AfterFailure mode = afterFailure != null ? afterFailure : AfterFailure.fromSystemProperty();
    Optional<FailureStore> store =
        ids.isEmpty() || mode == AfterFailure.IGNORE
            ? Optional.empty()
            : Optional.of(failureDirectory != null ? FailureStore.at(failureDirectory) : FailureStore.fromSystemProperty());
    Optional<PropertyResult<T>> replayed = store.flatMap(st -> replayStored(st, assertions));
    if (replayed.isPresent()) {
      return replayed.get();
    }
    if (store.isPresent() && mode == AfterFailure.REPLAY_ONLY && storedBefore) {
      return new PropertyResult<>(name, s, 1, 0, Optional.empty(), Optional.empty(), PropertyResult.Shrinking.none(), Optional.empty(), "", false,
          new Statistics.Tally().report(), Optional.empty());
    }
    Statistics.Tally tally = new Statistics.Tally();
    SplittableRandom master = new SplittableRandom(s);
    int discarded = 0;
    int ran = 0;
    int forced = edgeCases == EdgeCases.FIRST ? 0 : -1;
    while (ran < tries) {
      long trySeed = master.nextLong();
      int size = 1 + (int) ((long) (maxSize - 1) * ran / Math.max(1, tries - 1));
      ChoiceSource source = ChoiceSource.random(trySeed, size, edgeCases, forced);
      T value;
      try {
        value = source.draw(gen);
      } catch (Gen.Rejected e) {
        if (++discarded > 10 * tries) {
          return finish(new PropertyResult<>(name, s, ran, discarded, Optional.empty(), Optional.empty(), PropertyResult.Shrinking.none(),
              Optional.empty(), "", true, tally.report(), Optional.empty()));
        }
        continue;
      }
      if (forced >= 0) {
        forced = forced + 1 < source.mostEdgeCases() ? forced + 1 : -1;
      }
      Outcome[] outcome = {Outcome.PASS};
      T v = value;
      tally.during(() -> outcome[0] = evaluate(assertions, v));
      if (outcome[0] == Outcome.DISCARD) {
        tally.drop();
        if (++discarded > 10 * tries) {
          return finish(new PropertyResult<>(name, s, ran, discarded, Optional.empty(), Optional.empty(), PropertyResult.Shrinking.none(),
              Optional.empty(), "", true, tally.report(), Optional.empty()));
        }
        continue;
      }
      tally.keep();
      ran++;
      if (outcome[0].failure != null) {
        return finish(shrunk(s, ran, discarded, source.choices(), size, value, outcome[0].failure, assertions, tally.report(), store, false));
      }
    }
    return finish(new PropertyResult<>(name, s, ran, discarded, Optional.empty(), Optional.empty(), PropertyResult.Shrinking.none(),
        Optional.empty(), "", false, tally.report(), Optional.empty()));
  }

  private boolean storedBefore;

  /** Replays the stored failure; a result when it still fails, empty (and the failure forgotten) when it passes. */
  private Optional<PropertyResult<T>> replayStored(FailureStore store, Consumer<? super T> assertions) {
    String id = ids.get(0);
    Optional<FailureStore.Stored> stored = store.load(id);
    storedBefore = stored.isPresent();
    if (stored.isEmpty()) {
      return Optional.empty();
    }
    FailureStore.Stored f = stored.get();
    ChoiceSource source = ChoiceSource.replay(f.choices(), f.size());
    T value;
    try {
      value = source.draw(gen);
    } catch (Gen.Rejected e) {
      store.forget(id);
      return Optional.empty();
    }
    Outcome outcome = evaluate(assertions, value);
    if (outcome.failure == null) {
      store.forget(id);
      return Optional.empty();
    }
    return Optional.of(shrunk(f.seed(), 1, 0, source.choices(), f.size(), value, outcome.failure, assertions, new Statistics.Tally().report(),
        Optional.of(store), true));
  }

  private PropertyResult<T> shrunk(
      long s, int ran, int discarded, long[] choices, int size, T value, Throwable first, Consumer<? super T> assertions,
      StatisticsReport statistics, Optional<FailureStore> store, boolean replayed) {
    Shrinker<T> shrinker = new Shrinker<>(gen, size, t -> evaluate(assertions, t).failure != null, shrinkBudget);
    Shrinker.Outcome<T> shrunk = shrinker.shrink(choices, value);
    Throwable failure = evaluate(assertions, shrunk.value()).failure;
    if (failure == null) {
      failure = first;
    }
    List<Long> shrunkChoices = new ArrayList<>(shrunk.choices().length);
    for (long c : shrunk.choices()) {
      shrunkChoices.add(c);
    }
    Optional<PropertyResult.Memory> memory = Optional.empty();
    if (store.isPresent()) {
      FailureStore st = store.get();
      memory = Optional.of(new PropertyResult.Memory(st.file(ids.get(0)).toString(), replayed));
      try {
        st.save(ids.get(0), name, new FailureStore.Stored(s, size, shrunk.choices()));
      } catch (java.io.UncheckedIOException e) {
        System.err.println("[tfdrift] " + e.getMessage() + ": " + e.getCause().getMessage());
      }
    }
    String message = failure.getMessage() == null ? "" : failure.getMessage();
    return new PropertyResult<>(
        name, s, ran, discarded, Optional.ofNullable(value), Optional.ofNullable(shrunk.value()),
        new PropertyResult.Shrinking(shrunk.steps(), shrunk.evaluations(), shrinkBudget, shrunkChoices),
        Optional.of(failure), describer.apply(shrunk.value(), message), false, statistics, memory);
  }

  private PropertyResult<T> finish(PropertyResult<T> result) {
    if (statisticsOut != null && !result.statistics().isEmpty()) {
      statisticsOut.print(result.statistics().table(name));
      statisticsOut.flush();
    }
    return result;
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

  private Outcome evaluate(Consumer<? super T> assertions, T value) {
    try {
      try {
        beforeTry.forEach(Runnable::run);
        assertions.accept(value);
      } finally {
        afterTry.forEach(Runnable::run);
      }
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
