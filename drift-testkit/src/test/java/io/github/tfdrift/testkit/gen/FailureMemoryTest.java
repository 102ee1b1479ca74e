package io.github.tfdrift.testkit.gen;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A remembered property stores its last failure, replays it first, and forgets it once it passes. */
class FailureMemoryTest {
  static final String ID = "FailureMemoryTest#below500";

  static Property<Integer> property(Path dir, AfterFailure mode) {
    return Property.forAll(Gen.integers(0, 1000)).withSeed(77L).named("below500").remembering(ID).failureDirectory(dir).afterFailure(mode);
  }

  @Test
  void aFailureIsStoredWithItsSeedAndShrunkChoices(@TempDir Path dir) throws Exception {
    PropertyResult<Integer> r = property(dir, AfterFailure.REPLAY_FIRST).run(x -> x < 500);
    assertThat(r.replay()).hasValueSatisfying(m -> assertThat(m.replayed()).isFalse());
    Path file = Path.of(r.replay().get().file());
    assertThat(file).exists().hasParent(dir);
    assertThat(Files.readString(file)).contains("seed=77", "choices=" + String.join(",", r.shrinking().choices().stream().map(String::valueOf).toList()));
    assertThat(r.report()).contains("(stored in " + file + ", replayed first by the next run)");
  }

  @Test
  void theNextRunReplaysTheStoredFailureFirst(@TempDir Path dir) {
    property(dir, AfterFailure.REPLAY_FIRST).run(x -> x < 500);
    AtomicInteger calls = new AtomicInteger();
    PropertyResult<Integer> again = property(dir, AfterFailure.REPLAY_FIRST).withSeed(1L).run(x -> calls.incrementAndGet() > 0 && x < 500);
    assertThat(again.replay()).hasValueSatisfying(m -> assertThat(m.replayed()).isTrue());
    assertThat(again.tries()).isEqualTo(1);
    assertThat(again.shrunk()).contains(500);
    assertThat(again.seed()).isEqualTo(77L);
    assertThat(again.report()).startsWith("Property below500 failed replaying its last failure (stored in ");
  }

  @Test
  void aStoredFailureThatPassesNowIsForgottenAndTheTriesRun(@TempDir Path dir) {
    PropertyResult<Integer> first = property(dir, AfterFailure.REPLAY_FIRST).run(x -> x < 500);
    Path file = Path.of(first.replay().get().file());
    PropertyResult<Integer> fixed = property(dir, AfterFailure.REPLAY_FIRST).run(x -> x <= 1000);
    assertThat(fixed.passed()).isTrue();
    assertThat(fixed.tries()).isEqualTo(100);
    assertThat(file).doesNotExist();
  }

  @Test
  void replayOnlyRunsNothingButTheStoredFailure(@TempDir Path dir) {
    property(dir, AfterFailure.REPLAY_FIRST).run(x -> x < 500);
    AtomicInteger calls = new AtomicInteger();
    Predicate<Integer> fixedNow = x -> calls.incrementAndGet() > 0;
    PropertyResult<Integer> r = property(dir, AfterFailure.REPLAY_ONLY).run(fixedNow);
    assertThat(r.passed()).isTrue();
    assertThat(calls.get()).isEqualTo(1);
  }

  @Test
  void ignoreNeitherStoresNorReplays(@TempDir Path dir) throws Exception {
    PropertyResult<Integer> r = property(dir, AfterFailure.IGNORE).run(x -> x < 500);
    assertThat(r.replay()).isEmpty();
    try (var files = Files.list(dir)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void aSeedForOnePropertyOverridesTheSeedOfTheBuild() {
    String key = Property.SEED_PROPERTY + "." + ID;
    System.setProperty(key, "4711");
    try {
      assertThat(Property.forAll(Gen.booleans()).remembering(ID).resolvedSeed()).isEqualTo(4711L);
      assertThat(Property.forAll(Gen.booleans()).remembering("Other#property", ID).resolvedSeed()).isEqualTo(4711L);
      assertThat(Property.forAll(Gen.booleans()).remembering("Other#property").withSeed(3L).resolvedSeed()).isEqualTo(3L);
    } finally {
      System.clearProperty(key);
    }
  }

  @Test
  void afterFailureModesHaveTheirDocumentedNames() {
    assertThat(AfterFailure.parse("replay-only")).isEqualTo(AfterFailure.REPLAY_ONLY);
    assertThat(AfterFailure.parse("IGNORE")).isEqualTo(AfterFailure.IGNORE);
    assertThat(AfterFailure.parse(" ")).isEqualTo(AfterFailure.REPLAY_FIRST);
  }

  @Test
  void hooksRunAroundEveryTryAndEveryShrinkCandidate() {
    AtomicInteger before = new AtomicInteger();
    AtomicInteger after = new AtomicInteger();
    AtomicInteger evaluations = new AtomicInteger();
    PropertyResult<Integer> r =
        Property.forAll(Gen.integers(0, 1000)).withSeed(77L).beforeTry(before::incrementAndGet).afterTry(after::incrementAndGet)
            .run(x -> evaluations.incrementAndGet() > 0 && x < 500);
    assertThat(r.passed()).isFalse();
    assertThat(before.get()).isEqualTo(evaluations.get()).isEqualTo(after.get()).isGreaterThan(r.tries());
  }
}
