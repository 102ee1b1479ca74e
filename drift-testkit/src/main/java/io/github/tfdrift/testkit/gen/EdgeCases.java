package io.github.tfdrift.testkit.gen;

/**
 * How a property draws edge cases: the named cases a generator declares with {@link
 * Gen#withEdgeCases} (for plans, {@link PlanGens#planEdgeCases()}), and the bias of every choice
 * toward its bounds (the minimum and the maximum, each one time in sixteen).
 *
 * <pre>{@code
 * Property.forAll(PlanGens.plans()).edgeCases(EdgeCases.FIRST).check(plan -> ...);
 *
 * @PlanProperty(edgeCases = EdgeCases.NONE)
 * void property(Plan plan) { ... }
 * }</pre>
 */
public enum EdgeCases {
  /**
   * The first tries draw each edge case once, in order (they count as tries), then the property
   * goes on as {@link #MIXIN}.
   */
  FIRST,
  /** The default: an edge-cased generator draws one of its edge cases about one time in seven. */
  MIXIN,
  /** No edge cases, and no bias toward the bounds of a choice: uniform choices only. */
  NONE
}
