package io.github.tfdrift.testkit.gen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class GenTest {

  @Test
  void samplesAreDeterministicPerSeed() {
    Gen<List<String>> gen = Gen.listOf(Gen.strings(), 0, 10);
    assertThat(gen.samples(7L, 50, 30)).isEqualTo(gen.samples(7L, 50, 30));
    assertThat(gen.samples(7L, 50, 30)).isNotEqualTo(gen.samples(8L, 50, 30));
  }

  @Test
  void integersStayInTheirRange() {
    assertThat(Gen.integers(-5, 7).samples(1L, 500, 10)).allSatisfy(i -> assertThat(i).isBetween(-5, 7)).contains(-5, 0, 7);
    assertThat(Gen.integers(10, 12).samples(1L, 200, 10)).containsOnly(10, 11, 12);
    assertThat(Gen.longs(Long.MIN_VALUE / 2, Long.MAX_VALUE / 2).samples(3L, 100, 10)).hasSize(100);
  }

  @Test
  void integerCounterexampleShrinksToTheBoundary() {
    PropertyResult<Integer> r = Property.forAll(Gen.integers(-1000, 1000)).withSeed(11L).run(x -> x < 50);
    assertThat(r.passed()).isFalse();
    assertThat(r.shrunk()).contains(50);
  }

  @Test
  void integerRangeAwayFromZeroShrinksTowardItsLowerBound() {
    PropertyResult<Integer> r = Property.forAll(Gen.integers(10, 100)).withSeed(5L).run(x -> x < 37);
    assertThat(r.shrunk()).contains(37);
  }

  @Test
  void negativeCounterexampleShrinksTowardZero() {
    PropertyResult<Integer> r = Property.forAll(Gen.integers(-1000, 1000)).withSeed(12L).run(x -> x > -20);
    assertThat(r.shrunk()).contains(-20);
  }

  @Test
  void listCounterexampleShrinksToTheSmallestFailingSum() {
    PropertyResult<List<Integer>> r =
        Property.forAll(Gen.listOf(Gen.integers(0, 100), 0, 20)).withSeed(3L).run(l -> l.stream().mapToInt(i -> i).sum() < 100);
    assertThat(r.shrunk()).hasValueSatisfying(l -> assertThat(l.stream().mapToInt(i -> i).sum()).isEqualTo(100));
    assertThat(r.shrinkSteps()).isPositive();
  }

  @Test
  void stringCounterexampleShrinksToOneCharacter() {
    PropertyResult<String> r = Property.forAll(Gen.strings()).withSeed(9L).tries(500).run(s -> !s.contains("x"));
    assertThat(r.shrunk()).contains("x");
  }

  @Test
  void oneOfAndElementsShrinkTowardTheFirstChoice() {
    PropertyResult<String> r = Property.forAll(Gen.elements("first", "second", "third")).withSeed(2L).run(s -> false);
    assertThat(r.shrunk()).contains("first");
    PropertyResult<Integer> f =
        Property.forAll(Gen.frequency(Gen.weighted(1, Gen.constant(1)), Gen.weighted(50, Gen.constant(2)))).withSeed(2L).run(i -> false);
    assertThat(f.shrunk()).contains(1);
  }

  @Test
  void flatMappedValuesShrinkThroughBothParts() {
    Gen<List<Integer>> gen = Gen.integers(1, 10).flatMap(n -> Gen.listOf(Gen.integers(0, 9), n, n));
    PropertyResult<List<Integer>> r = Property.forAll(gen).withSeed(4L).run(l -> !l.contains(7));
    assertThat(r.shrunk()).contains(List.of(7));
  }

  @Test
  void impossibleFilterGivesUpInsteadOfLooping() {
    PropertyResult<Integer> r = Property.forAll(Gen.integers(0, 10).filter(x -> x > 100)).withSeed(1L).tries(5).run(x -> true);
    assertThat(r.exhausted()).isTrue();
    assertThat(r.passed()).isFalse();
    assertThat(r.report()).contains("gave up");
  }

  @Test
  void assumptionsDiscardTriesWithoutFailingThem() {
    PropertyResult<Integer> r =
        Property.forAll(Gen.integers(0, 100)).withSeed(1L).tries(50).runChecked(x -> {
          Property.assume(x % 2 == 0);
          assertThat(x % 2).isZero();
        });
    assertThat(r.passed()).isTrue();
    assertThat(r.discarded()).isPositive();
  }

  @Test
  void failureMessageNamesSeedStepsAndShrunkCase() {
    assertThatThrownBy(() -> Property.forAll(Gen.integers(0, 1000)).withSeed(77L).named("small numbers").check(x -> x < 500))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Property small numbers failed")
        .hasMessageContaining("seed 77")
        .hasMessageContaining("-Dtfdrift.seed=77")
        .hasMessageContaining("Shrunk in ")
        .hasMessageContaining("\n500\n");
  }

  @Test
  void verifyReportsTheAssertionOfTheShrunkCase() {
    assertThatThrownBy(() -> Property.forAll(Gen.integers(0, 1000)).withSeed(78L).verify(x -> assertThat(x).isLessThan(500)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Failure: java.lang.AssertionError")
        .hasCauseInstanceOf(AssertionError.class);
  }

  @Test
  void sameSeedShrinksToTheSameCaseInTheSameSteps() {
    Gen<List<String>> gen = Gen.listOf(Gen.strings(), 0, 10);
    PropertyResult<List<String>> a = Property.forAll(gen).withSeed(31L).run(l -> l.size() < 3);
    PropertyResult<List<String>> b = Property.forAll(gen).withSeed(31L).run(l -> l.size() < 3);
    assertThat(a.shrunk()).isEqualTo(b.shrunk()).contains(List.of("", "", ""));
    assertThat(a.shrinkSteps()).isEqualTo(b.shrinkSteps());
  }

  @Test
  void seedComesFromTheSystemPropertyWhenNotSet() {
    String old = System.getProperty(Property.SEED_PROPERTY);
    System.setProperty(Property.SEED_PROPERTY, "4242");
    try {
      assertThat(Property.forAll(Gen.booleans()).resolvedSeed()).isEqualTo(4242L);
      assertThat(Property.forAll(Gen.booleans()).withSeed(5L).resolvedSeed()).isEqualTo(5L);
    } finally {
      if (old == null) {
        System.clearProperty(Property.SEED_PROPERTY);
      } else {
        System.setProperty(Property.SEED_PROPERTY, old);
      }
    }
  }
}
