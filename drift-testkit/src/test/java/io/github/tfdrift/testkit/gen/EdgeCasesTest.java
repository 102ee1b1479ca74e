package io.github.tfdrift.testkit.gen;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tfdrift.core.model.ChangeKind;
import io.github.tfdrift.core.model.Plan;
import java.util.ArrayList;
import java.util.List;
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
}
