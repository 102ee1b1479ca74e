package io.github.tfdrift.testkit.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Generates one {@link PlanProperty} parameter without its edge cases (for a {@code Plan}, none of
 * {@link io.github.tfdrift.testkit.gen.PlanGens#planEdgeCases()}), whatever the property's {@link
 * PlanProperty#edgeCases()} mode says for the other parameters.
 *
 * <pre>{@code
 * @PlanProperty(edgeCases = EdgeCases.FIRST)
 * void mergedPlans(Plan edgy, @WithoutEdgeCases Plan ordinary) { ... }
 * }</pre>
 */
@Documented
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
public @interface WithoutEdgeCases {}
