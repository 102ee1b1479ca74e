package io.github.tfdrift.testkit.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tfdrift.core.json.PlanReader;
import io.github.tfdrift.core.json.PlanWriter;
import io.github.tfdrift.core.model.ChangeKind;
import io.github.tfdrift.core.model.Plan;
import io.github.tfdrift.testkit.ExpectedOutcome;
import io.github.tfdrift.testkit.Fixture;
import io.github.tfdrift.testkit.MaskAlignment;
import io.github.tfdrift.testkit.gen.Gen;
import io.github.tfdrift.testkit.gen.Property;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

class JUnitIntegrationTest {

  @Test
  void planPropertyRunsTheMethodOncePerTryAndPublishesTheSeed() {
    Examples.CountsTries.CALLS.set(0);
    Launch.Outcome o = Launch.only(Examples.CountsTries.class);
    assertThat(o.succeeded()).as(o.message()).isTrue();
    assertThat(Examples.CountsTries.CALLS.get()).isEqualTo(37);
    assertThat(o.entry("tfdrift.seed")).contains("5");
    assertThat(o.entry("tfdrift.tries")).contains("37");
  }

  @Test
  void failingPlanPropertyReportsSeedShrinkStepsAndTheShrunkPlan() {
    Launch.Outcome o = Launch.only(Examples.FailsWithThreeResources.class);
    assertThat(o.succeeded()).isFalse();
    assertThat(o.message())
        .contains("Property atMostTwoResources failed")
        .contains("seed 42")
        .contains("-Dtfdrift.seed=42")
        .containsPattern("Shrunk in \\d+ steps? \\(\\d+ of 2000 evaluations\\) to:")
        .contains("plan = plan by ")
        .contains("resource_changes:")
        .containsPattern("Shrunk choices: \\[[0-9, ]+\\]")
        .doesNotContain("\"prior_state\"", "\"configuration\"", "\"planned_values\"");
    assertThat(o.result().getThrowable()).hasValueSatisfying(t -> assertThat(t.getCause()).isInstanceOf(AssertionError.class));
  }

  @Test
  void sameSeedGivesTheSameFailureAgain() {
    String first = Launch.only(Examples.FailsWithThreeResources.class).message();
    String second = Launch.only(Examples.FailsWithThreeResources.class).message();
    assertThat(second).isEqualTo(first);
  }

  @Test
  void randomSeedIsReportedAndTheSystemPropertyReRunsIt() {
    String old = System.getProperty(Property.SEED_PROPERTY);
    System.clearProperty(Property.SEED_PROPERTY);
    try {
      Launch.Outcome random = Launch.only(Examples.FailsWithRandomSeed.class);
      assertThat(random.succeeded()).isFalse();
      Matcher m = Pattern.compile("seed (-?\\d+);").matcher(random.message());
      assertThat(m.find()).isTrue();
      String seed = m.group(1);
      assertThat(random.entry("tfdrift.seed")).contains(seed);
      System.setProperty(Property.SEED_PROPERTY, seed);
      assertThat(Launch.only(Examples.FailsWithRandomSeed.class).message()).isEqualTo(random.message());
    } finally {
      if (old == null) {
        System.clearProperty(Property.SEED_PROPERTY);
      } else {
        System.setProperty(Property.SEED_PROPERTY, old);
      }
    }
  }

  @Test
  void aPassingPropertyWithARandomSeedPrintsNothing() {
    String old = System.getProperty(Property.SEED_PROPERTY);
    System.clearProperty(Property.SEED_PROPERTY);
    java.io.PrintStream err = System.err;
    java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
    System.setErr(new java.io.PrintStream(captured, true, java.nio.charset.StandardCharsets.UTF_8));
    try {
      Launch.Outcome o = Launch.only(Examples.PassesWithRandomSeed.class);
      assertThat(o.succeeded()).as(o.message()).isTrue();
      assertThat(o.entry("tfdrift.seed")).isPresent();
    } finally {
      System.setErr(err);
      if (old != null) {
        System.setProperty(Property.SEED_PROPERTY, old);
      }
    }
    assertThat(captured.toString(java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("seed");
  }

  @Test
  void beforeTryAndAfterTryRunAroundEachTry() {
    Examples.PerTryHooks.BEFORE.set(0);
    Examples.PerTryHooks.AFTER.set(0);
    Examples.PerTryHooks.CALLS.set(0);
    Launch.Outcome o = Launch.only(Examples.PerTryHooks.class);
    assertThat(o.succeeded()).as(o.message()).isTrue();
    assertThat(Examples.PerTryHooks.CALLS.get()).isEqualTo(25);
    assertThat(Examples.PerTryHooks.BEFORE.get()).isEqualTo(25);
    assertThat(Examples.PerTryHooks.AFTER.get()).isEqualTo(25);
  }

  @Test
  void theLastFailureIsReplayedFirstByTheNextRunAndForgottenOnceFixed(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    java.util.Map<String, String> memory = java.util.Map.of("tfdrift.failures", dir.toString());
    Examples.FailsUntilFixed.fixed = false;
    Launch.Outcome first = Launch.run(Examples.FailsUntilFixed.class, memory).get(0);
    assertThat(first.message()).contains("Property belowFiveHundred failed after").contains("replayed first by the next run");
    try (var files = java.nio.file.Files.list(dir)) {
      assertThat(files).singleElement().satisfies(f -> assertThat(f.getFileName().toString()).endsWith("FailsUntilFixed#belowFiveHundred.properties"));
    }
    Launch.Outcome second = Launch.run(Examples.FailsUntilFixed.class, memory).get(0);
    assertThat(second.message()).contains("Property belowFiveHundred failed replaying its last failure").contains("x = 500");
    Examples.FailsUntilFixed.fixed = true;
    Launch.Outcome third = Launch.run(Examples.FailsUntilFixed.class, memory).get(0);
    assertThat(third.succeeded()).isTrue();
    try (var files = java.nio.file.Files.list(dir)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void aMissedCoverageRequirementFailsTheProperty() {
    Launch.Outcome o = Launch.only(Examples.MissesItsCoverage.class);
    assertThat(o.succeeded()).isFalse();
    assertThat(o.message()).contains("Property neverHuge did not cover what it requires in 50 tries").contains("huge: 0.0% of tries, at least 10.0% required");
  }

  @Test
  void aSeedForOnePropertyIsGivenByItsClassAndMethod() {
    String key = Property.SEED_PROPERTY + ".FailsWithRandomSeed#noStringX";
    System.setProperty(key, "99");
    try {
      Launch.Outcome o = Launch.only(Examples.FailsWithRandomSeed.class);
      assertThat(o.entry("tfdrift.seed")).contains("99");
    } finally {
      System.clearProperty(key);
    }
  }

  @Test
  void fromNamesAStaticGeneratorMethod() {
    Examples.NamedGenerator.SEEN.clear();
    assertThat(Launch.only(Examples.NamedGenerator.class).succeeded()).isTrue();
    assertThat(Examples.NamedGenerator.SEEN).hasSize(50).allSatisfy(x -> assertThat(x).isBetween(0, 3));
  }

  @Test
  void fromNamesAnInstanceGeneratorMethod() {
    Launch.Outcome o = Launch.only(Examples.InstanceGenerator.class);
    assertThat(o.succeeded()).as(o.message()).isTrue();
  }

  @Test
  void missingGeneratorMethodFailsWithItsName() {
    Launch.Outcome o = Launch.only(Examples.MissingGenerator.class);
    assertThat(o.succeeded()).isFalse();
    assertThat(o.message()).contains("nowhere");
  }

  @Test
  void parametersOfOtherTypesAreLeftToOtherResolvers() {
    Launch.Outcome o = Launch.only(Examples.ForeignParameter.class);
    assertThat(o.succeeded()).as(o.message()).isTrue();
  }

  @Test
  void failedAssumptionsDiscardTries() {
    Examples.Assumes.RAN.set(0);
    Launch.Outcome o = Launch.only(Examples.Assumes.class);
    assertThat(o.succeeded()).as(o.message()).isTrue();
    assertThat(Examples.Assumes.RAN.get()).isEqualTo(30);
  }

  @Test
  void unknownFixtureNameFailsWithTheKnownNames() {
    Launch.Outcome o = Launch.only(Examples.UnknownFixture.class);
    assertThat(o.succeeded()).isFalse();
    assertThat(o.message()).contains("s9-nothing").contains("s1-memory-changed");
  }

  @Test
  void fixtureSourceRunsOncePerNamedFixtureAndOncePerFixtureWhenEmpty() {
    List<Launch.Outcome> all = Launch.run(Examples.FixtureSources.class);
    assertThat(all).allSatisfy(o -> assertThat(o.succeeded()).as(o.name() + ": " + o.message()).isTrue());
    assertThat(all).hasSize(2 + io.github.tfdrift.testkit.PlanFixtures.names().size());
    assertThat(all).extracting(Launch.Outcome::name).contains("[1] s1-memory-changed", "[2] s6-vm-deleted-outside", "[12] seed003-prod-already-exists");
  }

  // ---- the annotations used directly ---------------------------------------------------------

  @Test
  void planFixtureInjectsPlanFixtureExpectationsAndJson(
      @PlanFixture("s1-memory-changed") Plan plan,
      @PlanFixture("s1-memory-changed") Fixture fixture,
      @PlanFixture("s1-memory-changed") ExpectedOutcome expected,
      @PlanFixture("s1-memory-changed") String json) {
    assertThat(plan).isSameAs(fixture.plan());
    assertThat(expected.exitCode()).isEqualTo(2);
    assertThat(json).isEqualTo(fixture.planJson());
  }

  @ParameterizedTest
  @PlanFixtureSource({"s5-golden-image-forced-replacement", "plain-destroy", "s6-vm-deleted-outside"})
  void stopFixturesExpectExitCodeThree(String name, Plan plan, ExpectedOutcome expected) {
    assertThat(expected.exitCode()).as(name).isEqualTo(3);
    assertThat(plan.resourceChanges()).anyMatch(rc -> rc.kind().isDestructive() || rc.kind() == ChangeKind.CREATE);
  }

  @PlanProperty(tries = 100, seed = 20241217L)
  void writtenPlansReadBackEqualAndAligned(Plan plan) {
    Plan back = PlanReader.create().read(PlanWriter.compact().toJson(plan)).get();
    assertThat(back).isEqualTo(plan);
    assertThat(MaskAlignment.problems(back)).isEmpty();
  }

  static Gen<List<Integer>> pairs() {
    return Gen.listOf(Gen.integers(0, 9), 2, 2);
  }

  @PlanProperty(tries = 50, seed = 7L)
  void namedGeneratorsWorkDirectly(@From("pairs") List<Integer> pair, boolean flag) {
    assertThat(pair).hasSize(2);
  }

  @PlanProperty(tries = 60, seed = 11L)
  void sizeBoundsPlansAndStrings(@Size(max = 2) Plan plan, @Size(min = 3, max = 5) String name) {
    assertThat(plan.resourceChanges().stream().filter(rc -> rc.deposed().isEmpty()).count() + plan.deferredChanges().size()).isLessThanOrEqualTo(2);
    assertThat(name.length()).isBetween(3, 5);
  }

  @PlanProperty(tries = 12, seed = 13L, edgeCases = io.github.tfdrift.testkit.gen.EdgeCases.FIRST)
  void withoutEdgeCasesKeepsOneParameterOrdinary(Plan edgy, @WithoutEdgeCases @Size(min = 1, max = 3) Plan ordinary) {
    assertThat(ordinary.resourceChanges()).isNotEmpty();
  }

  @Test
  void intRangeBoundsIntAndLongParametersAndReachesBothEnds() {
    Examples.IntRanges.INTS.clear();
    Examples.IntRanges.LONGS.clear();
    Launch.Outcome o = Launch.only(Examples.IntRanges.class);
    assertThat(o.succeeded()).as(o.message()).isTrue();
    assertThat(Examples.IntRanges.INTS).hasSize(200).allSatisfy(x -> assertThat(x).isBetween(3, 7)).contains(3, 7);
    assertThat(Examples.IntRanges.LONGS).allSatisfy(x -> assertThat(x).isBetween(-5_000_000_000L, 10_000_000_000L))
        .anySatisfy(x -> assertThat(x).isGreaterThan(Integer.MAX_VALUE))
        .anySatisfy(x -> assertThat(x).isLessThan(Integer.MIN_VALUE));
  }

  @Test
  void intRangeOnAParameterThatIsNotAnIntOrALongIsRefused() {
    Launch.Outcome o = Launch.only(Examples.IntRangeOnAString.class);
    assertThat(o.succeeded()).isFalse();
    assertThat(o.message()).contains("@IntRange applies to int and long parameters, not to String");
  }

  @Test
  void intRangeWiderThanAnIntOnAnIntParameterIsRefused() {
    Launch.Outcome o = Launch.only(Examples.IntRangeTooWideForAnInt.class);
    assertThat(o.succeeded()).isFalse();
    assertThat(o.message()).contains("@IntRange(min = 0, max = 3000000000) of").contains("does not fit an int: declare the parameter long");
  }
}
