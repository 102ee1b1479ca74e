package io.github.tfdrift.testkit.gen;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Sets, maps, unique lists, doubles and dates: in range, distinct where they say, and shrinking to simple values. */
class CollectionAndScalarGensTest {

  @Test
  void setsAndUniqueListsHoldDistinctValuesWithinTheirBounds() {
    assertThat(Gen.setOf(Gen.integers(0, 20), 2, 6).samples(1L, 200, 30)).allSatisfy(s -> assertThat(s).hasSizeBetween(2, 6));
    assertThat(Gen.integers(0, 5).uniqueList(0, 10).samples(2L, 200, 30)).allSatisfy(l -> assertThat(new HashSet<>(l)).hasSameSizeAs(l));
  }

  @Test
  void aUniqueListThatCannotBeFilledIsDiscarded() {
    PropertyResult<List<Boolean>> r = Property.forAll(Gen.booleans().uniqueList(3, 4)).withSeed(1L).tries(5).run(l -> true);
    assertThat(r.exhausted()).isTrue();
  }

  @Test
  void mapsHaveDistinctKeysAndShrinkToTheFewestEntries() {
    Gen<Map<String, Integer>> maps = Gen.mapOf(Gen.strings("abc", 1, 2), Gen.integers(0, 9), 0, 5);
    assertThat(maps.samples(3L, 200, 30)).allSatisfy(m -> assertThat(m).hasSizeLessThanOrEqualTo(5));
    PropertyResult<Map<String, Integer>> r = Property.forAll(maps).withSeed(3L).run(m -> m.size() < 3);
    assertThat(r.shrunk()).hasValueSatisfying(m -> assertThat(m).hasSize(3).containsValues(0));
  }

  @Test
  void setsShrinkToTheSmallestFailingSet() {
    PropertyResult<Set<Integer>> r = Property.forAll(Gen.setOf(Gen.integers(0, 100), 0, 10)).withSeed(5L).run(s -> s.size() < 2);
    assertThat(r.shrunk()).hasValueSatisfying(s -> assertThat(s).containsExactlyInAnyOrder(0, 1));
  }

  @Test
  void doublesStayInRangeAndShrinkToAWholeNumber() {
    assertThat(Gen.doubles(-2.5, 7.25).samples(4L, 500, 10)).allSatisfy(d -> assertThat(d).isBetween(-2.5, 7.25)).anyMatch(d -> d != Math.floor(d));
    PropertyResult<Double> r = Property.forAll(Gen.doubles(-1000, 1000)).withSeed(6L).run(d -> d < 12.5);
    assertThat(r.shrunk()).contains(13.0);
    PropertyResult<Double> away = Property.forAll(Gen.doubles(10, 20)).withSeed(6L).run(d -> false);
    assertThat(away.shrunk()).contains(10.0);
  }

  @Test
  void datesStayInRangeAndShrinkTowardTheFirst() {
    LocalDate from = LocalDate.of(2026, 1, 1);
    LocalDate to = LocalDate.of(2026, 12, 31);
    assertThat(Gen.dates(from, to).samples(7L, 300, 10)).allSatisfy(d -> assertThat(d).isBetween(from, to)).contains(from, to);
    PropertyResult<LocalDate> r = Property.forAll(Gen.dates(from, to)).withSeed(7L).run(d -> d.isBefore(LocalDate.of(2026, 6, 1)));
    assertThat(r.shrunk()).contains(LocalDate.of(2026, 6, 1));
  }

  @Test
  void withoutEdgeCasesDrawsNoEdgeCaseEvenWhenThePropertyAsksForThemFirst() {
    Gen<Integer> edgy = Gen.integers(0, 9).withEdgeCases(List.of(EdgeCase.constant("hundred", 100)));
    List<Integer> seen = new java.util.ArrayList<>();
    Property.forAll(edgy.withoutEdgeCases()).withSeed(8L).tries(200).edgeCases(EdgeCases.FIRST).verify(seen::add);
    assertThat(seen).doesNotContain(100);
    PropertyResult<Integer> r = Property.forAll(edgy.withoutEdgeCases()).withSeed(8L).run(x -> x < 5);
    assertThat(r.shrunk()).contains(5);
  }
}
