package io.github.tfdrift.testkit.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tfdrift.core.model.Plan;
import io.github.tfdrift.core.value.JsonValue;
import io.github.tfdrift.testkit.gen.Gen;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;

/** Example test classes run by {@link JUnitIntegrationTest} through the launcher. Some fail on purpose. */
final class Examples {
  private Examples() {}

  @ExtendWith(SelfTestOnly.class)
  static class CountsTries {
    static final AtomicInteger CALLS = new AtomicInteger();

    @PlanProperty(tries = 37, seed = 5L)
    void everyPlanIsAPlan(Plan plan) {
      CALLS.incrementAndGet();
      assertThat(plan.formatVersion()).isEqualTo("1.2");
    }
  }

  @ExtendWith(SelfTestOnly.class)
  static class FailsWithThreeResources {
    @PlanProperty(tries = 100, seed = 42L)
    void atMostTwoResources(Plan plan) {
      assertThat(plan.resourceChanges()).hasSizeLessThanOrEqualTo(2);
    }
  }

  @ExtendWith(SelfTestOnly.class)
  static class FailsWithRandomSeed {
    @PlanProperty(tries = 100)
    void noStringX(JsonValue value) {
      assertThat(io.github.tfdrift.core.value.JsonValues.toJson(value)).doesNotContain("x");
    }
  }

  @ExtendWith(SelfTestOnly.class)
  static class PassesWithRandomSeed {
    @PlanProperty(tries = 10)
    void anything(int x) {
      assertThat(x).isBetween(-1000, 1000);
    }
  }

  @ExtendWith(SelfTestOnly.class)
  static class PerTryHooks {
    static final AtomicInteger BEFORE = new AtomicInteger();
    static final AtomicInteger AFTER = new AtomicInteger();
    static final AtomicInteger CALLS = new AtomicInteger();
    private List<Integer> perTry;

    @BeforeTry
    void fresh() {
      BEFORE.incrementAndGet();
      perTry = new java.util.ArrayList<>();
    }

    @AfterTry
    void done() {
      AFTER.incrementAndGet();
    }

    @PlanProperty(tries = 25, seed = 8L)
    void eachTryStartsFresh(int x) {
      CALLS.incrementAndGet();
      assertThat(perTry).isEmpty();
      perTry.add(x);
    }
  }

  @ExtendWith(SelfTestOnly.class)
  static class FailsUntilFixed {
    static volatile boolean fixed;

    @PlanProperty(tries = 50, seed = 12L)
    void belowFiveHundred(int x) {
      assertThat(fixed || x < 500).isTrue();
    }
  }

  @ExtendWith(SelfTestOnly.class)
  static class MissesItsCoverage {
    @PlanProperty(tries = 50, seed = 3L)
    void neverHuge(int x) {
      io.github.tfdrift.testkit.gen.Statistics.cover(10.0, x > 5000, "huge");
    }
  }

  @ExtendWith(SelfTestOnly.class)
  static class NamedGenerator {
    static final List<Integer> SEEN = new CopyOnWriteArrayList<>();

    static Gen<Integer> small() {
      return Gen.integers(0, 3);
    }

    @PlanProperty(tries = 50, seed = 1L)
    void staysSmall(@From("small") int x) {
      SEEN.add(x);
    }
  }

  @ExtendWith(SelfTestOnly.class)
  static class InstanceGenerator {
    final int bound = 9;

    Gen<Integer> upToBound() {
      return Gen.integers(0, bound);
    }

    @PlanProperty(tries = 20, seed = 1L)
    void withinBound(@From("upToBound") int x) {
      assertThat(x).isBetween(0, bound);
    }
  }

  @ExtendWith(SelfTestOnly.class)
  static class MissingGenerator {
    @PlanProperty(tries = 5, seed = 1L)
    void noSuchGenerator(@From("nowhere") int x) {}
  }

  @ExtendWith(SelfTestOnly.class)
  static class ForeignParameter {
    @PlanProperty(tries = 3, seed = 1L)
    void withTestInfo(Plan plan, TestInfo info) {
      assertThat(info.getTestMethod()).isPresent();
    }
  }

  @ExtendWith(SelfTestOnly.class)
  static class Assumes {
    static final AtomicInteger RAN = new AtomicInteger();

    @PlanProperty(tries = 30, seed = 3L)
    void evenOnly(int x) {
      Assumptions.assumeTrue(x % 2 == 0);
      RAN.incrementAndGet();
      assertThat(x % 2).isZero();
    }
  }

  @ExtendWith(SelfTestOnly.class)
  static class UnknownFixture {
    @Test
    void unknown(@PlanFixture("s9-nothing") Plan plan) {}
  }

  @ExtendWith(SelfTestOnly.class)
  static class FixtureSources {
    @ParameterizedTest
    @PlanFixtureSource({"s1-memory-changed", "s6-vm-deleted-outside"})
    void two(String name, Plan plan) {
      assertThat(plan.resourceChanges()).isNotEmpty();
    }

    @ParameterizedTest
    @PlanFixtureSource
    void all(io.github.tfdrift.testkit.Fixture fixture) {
      assertThat(fixture.plan()).isSameAs(io.github.tfdrift.testkit.PlanFixtures.load(fixture.name()));
    }
  }

  @ExtendWith(SelfTestOnly.class)
  static class IntRanges {
    static final List<Integer> INTS = new CopyOnWriteArrayList<>();
    static final List<Long> LONGS = new CopyOnWriteArrayList<>();

    @PlanProperty(tries = 200, seed = 17L)
    void inRange(@IntRange(min = 3, max = 7) int small, @IntRange(min = -5_000_000_000L, max = 10_000_000_000L) Long big) {
      INTS.add(small);
      LONGS.add(big);
    }
  }

  @ExtendWith(SelfTestOnly.class)
  static class IntRangeOnAString {
    @PlanProperty(tries = 5, seed = 1L)
    void name(@IntRange(max = 3) String name) {}
  }

  @ExtendWith(SelfTestOnly.class)
  static class IntRangeTooWideForAnInt {
    @PlanProperty(tries = 5, seed = 1L)
    void count(@IntRange(max = 3_000_000_000L) int count) {}
  }
}
