package io.github.tfdrift.testkit.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Injects a named scenario fixture of {@link io.github.tfdrift.testkit.PlanFixtures} into a test
 * parameter of type {@link io.github.tfdrift.core.model.Plan}, {@link io.github.tfdrift.testkit.Fixture},
 * {@link io.github.tfdrift.testkit.ExpectedOutcome} or {@link String} (the raw plan JSON).
 *
 * <pre>{@code
 * @Test
 * void memoryDrift(@PlanFixture("s1-memory-changed") Plan plan) { ... }
 * }</pre>
 */
@Documented
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(PlanFixtureExtension.class)
public @interface PlanFixture {
  /** The fixture name, e.g. {@code s1-memory-changed}. */
  String value();
}
