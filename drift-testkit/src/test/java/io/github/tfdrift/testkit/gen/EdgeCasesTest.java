package io.github.tfdrift.testkit.gen;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tfdrift.core.model.ChangeKind;
import io.github.tfdrift.core.model.Plan;
import io.github.tfdrift.core.address.ResourceAddress;
import io.github.tfdrift.core.model.ResourceChange;
import io.github.tfdrift.core.model.ValueMask;
import io.github.tfdrift.core.value.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** Edge cases: drawn first, mixed in, or never, as the property says. */
class EdgeCasesTest {
  static final Gen<Integer> DIGITS = Gen.integers(0, 9).withEdgeCases(List.of(EdgeCase.constant("hundred", 100), EdgeCase.constant("thousand", 1000)));

  static List<Integer> seen(EdgeCases mode, int tries) {
    List<Integer> seen = new ArrayList<>();
    Property.forAll(DIGITS).withSeed(5L).tries(tries).edgeCases(mode).verify(seen::add);
    return seen;
  }

  @Test
  void firstDrawsEveryEdgeCaseInOrderBeforeAnyOtherValue() {
    List<Integer> seen = seen(EdgeCases.FIRST, 50);
    assertThat(seen).hasSize(50).startsWith(100, 1000);
    assertThat(seen.subList(2, 50)).anySatisfy(i -> assertThat(i).isBetween(0, 9));
  }

  @Test
  void mixinDrawsEdgeCasesNowAndThen() {
    List<Integer> seen = seen(EdgeCases.MIXIN, 300);
    assertThat(seen).contains(100, 1000);
    assertThat(seen.stream().filter(i -> i >= 100).count()).isBetween(10L, 100L);
  }

  @Test
  void noneNeverDrawsAnEdgeCaseNorLeansTowardTheBounds() {
    List<Integer> seen = seen(EdgeCases.NONE, 300);
    assertThat(seen).doesNotContain(100, 1000);
    List<Long> wide = new ArrayList<>();
    Property.forAll(Gen.longs(0, 1_000_000)).withSeed(9L).tries(300).edgeCases(EdgeCases.NONE).verify(wide::add);
    assertThat(wide).doesNotContain(0L, 1_000_000L);
  }

  @Test
  void aFailingEdgeCaseShrinksWithinItsOwnGenerator() {
    Gen<List<Integer>> lists = Gen.listOf(Gen.integers(0, 9), 0, 5).withEdgeCases(List.of(EdgeCase.of("long lists", Gen.listOf(Gen.integers(50, 60), 20, 30))));
    PropertyResult<List<Integer>> r = Property.forAll(lists).withSeed(3L).edgeCases(EdgeCases.FIRST).run(l -> l.size() < 20);
    assertThat(r.tries()).isEqualTo(1);
    assertThat(r.shrunk()).hasValueSatisfying(l -> assertThat(l).hasSize(20).containsOnly(50));
  }

  @Test
  void planEdgeCasesAreTheDocumentedTen() {
    assertThat(PlanGens.planEdgeCases()).extracting(EdgeCase::name).containsExactly(
        "empty plan", "only deletes", "deposed objects", "everything sensitive", "everything unknown", "deep module nesting",
        "long and unicode keys", "deferred changes", "imports", "moves");
  }

  @Test
  void planEdgeCasesMakeWhatTheySay() {
    List<EdgeCase<Plan>> cases = PlanGens.planEdgeCases();
    Plan empty = cases.get(0).gen().samples(1L, 1, 10).get(0);
    assertThat(empty.resourceChanges()).isEmpty();
    assertThat(cases.get(1).gen().samples(1L, 20, 10)).allSatisfy(p ->
        assertThat(p.resourceChanges()).isNotEmpty().allSatisfy(rc -> assertThat(rc.kind()).isEqualTo(ChangeKind.DELETE)));
    assertThat(cases.get(2).gen().samples(1L, 20, 10)).allSatisfy(p -> assertThat(p.resourceChanges()).anyMatch(rc -> rc.deposed().isPresent()));
    assertThat(cases.get(5).gen().samples(1L, 20, 10)).allSatisfy(p ->
        assertThat(p.resourceChanges()).allSatisfy(rc -> assertThat(rc.address()).containsPattern("^(module\\.[a-z]+(\\[\\d+\\])?\\.){5,}")));
    assertThat(cases.get(7).gen().samples(1L, 20, 10)).anySatisfy(p -> assertThat(p.deferredChanges()).isNotEmpty());
    assertThat(cases.get(8).gen().samples(1L, 20, 10)).allSatisfy(p ->
        assertThat(p.resourceChanges()).allSatisfy(rc -> assertThat(rc.change().importing()).isPresent()));
    assertThat(cases.get(9).gen().samples(1L, 20, 10)).allSatisfy(p ->
        assertThat(p.resourceChanges()).allSatisfy(rc -> assertThat(rc.previousAddress()).isPresent()));
  }

  // ---- the plan edge cases under EdgeCases.MIXIN -------------------------------------------------

  static final int PLAN_TRIES = 400;

  static boolean all(Plan plan, Predicate<ResourceChange> p) {
    return !plan.resourceChanges().isEmpty() && plan.resourceChanges().stream().allMatch(p);
  }

  static boolean any(Plan plan, Predicate<ResourceChange> p) {
    return plan.resourceChanges().stream().anyMatch(p);
  }

  static boolean empty(JsonValue v) {
    return !(v instanceof JsonValue.Obj o) || o.keys().isEmpty();
  }

  static ResourceAddress address(ResourceChange rc) {
    return rc.parsedAddress().getOrElseThrow(e -> new AssertionError(rc.address()));
  }

  static boolean oddKey(ResourceChange rc) {
    return address(rc).key().map(k -> {
      String text = k.render();
      return text.length() >= 200 || text.chars().anyMatch(c -> c > 127 || c == '\t') || text.matches("\\d{7,}");
    }).orElse(false);
  }

  /** Each of the ten plan edge cases, told from the plan alone: what makes it that case. */
  static void labelEdgeCases(Plan plan) {
    double once = 100.0 / PLAN_TRIES / 2; // at least one try of PLAN_TRIES
    Statistics.cover(once, plan.resourceChanges().isEmpty() && plan.outputChanges().isEmpty(), "empty plan");
    Statistics.cover(once, all(plan, rc -> rc.kind() == ChangeKind.DELETE), "only deletes");
    Statistics.cover(once, any(plan, rc -> rc.deposed().isPresent()), "deposed objects");
    Statistics.cover(once, all(plan, rc -> empty(rc.change().before()) && empty(rc.change().after())
        || ValueMask.of(rc.change().beforeSensitive()).anyMarked() || ValueMask.of(rc.change().afterSensitive()).anyMarked()), "everything sensitive");
    Statistics.cover(once, all(plan, rc -> (rc.kind() == ChangeKind.CREATE || rc.kind() == ChangeKind.UPDATE || rc.kind().isReplace())
        && empty(rc.change().after()) && (empty(rc.change().before()) || ValueMask.of(rc.change().afterUnknown()).anyMarked())), "everything unknown");
    Statistics.cover(once, any(plan, rc -> address(rc).modulePath().size() >= 5), "deep module nesting");
    Statistics.cover(once, any(plan, EdgeCasesTest::oddKey), "long and unicode keys");
    Statistics.cover(once, !plan.deferredChanges().isEmpty(), "deferred changes");
    Statistics.cover(once, all(plan, rc -> rc.change().importing().isPresent()), "imports");
    Statistics.cover(once, all(plan, rc -> rc.previousAddress().isPresent()), "moves");
  }

  @Test
  void mixinProducesEveryPlanEdgeCase() {
    PropertyResult<Plan> r =
        Property.forAll(PlanGens.plans(3)).withSeed(20261203L).tries(PLAN_TRIES).edgeCases(EdgeCases.MIXIN).named("plan edge cases").statisticsTo(null)
            .runChecked(EdgeCasesTest::labelEdgeCases);
    assertThat(r.passed()).as(r.report()).isTrue();
    assertThat(r.statistics().coverage()).hasSize(10);
  }

  @Test
  void withoutEdgeCasesSomeArePlainlyMissed() {
    PropertyResult<Plan> r =
        Property.forAll(PlanGens.plans(3)).withSeed(20261203L).tries(PLAN_TRIES).edgeCases(EdgeCases.NONE).statisticsTo(null)
            .runChecked(EdgeCasesTest::labelEdgeCases);
    assertThat(r.passed()).isFalse();
    assertThat(r.statistics().unmet()).extracting(StatisticsReport.Coverage::label).contains("deferred changes", "deep module nesting");
  }
}
