/**
 * Framework-neutral, seeded property-based testing: {@link io.github.tfdrift.testkit.gen.Gen}
 * generators with integrated shrinking of recorded choices, the {@link
 * io.github.tfdrift.testkit.gen.Property} runner, and the plan-domain generators of {@link
 * io.github.tfdrift.testkit.gen.PlanGens}.
 */
@NullMarked
package io.github.tfdrift.testkit.gen;

import org.jspecify.annotations.NullMarked;
