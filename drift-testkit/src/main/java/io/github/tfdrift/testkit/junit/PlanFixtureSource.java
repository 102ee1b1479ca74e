package io.github.tfdrift.testkit.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * A {@code @ParameterizedTest} source of named scenario fixtures (all of them when no name is given).
 * Each invocation receives, by declared parameter type: {@code String} the fixture name, {@code Plan}
 * the plan, {@code Fixture} the fixture, {@code ExpectedOutcome} its expectations.
 *
 * <pre>{@code
 * @ParameterizedTest
 * @PlanFixtureSource({"s1-memory-changed", "s2-startup-order"})
 * void driftIsReported(String name, Plan plan) { ... }
 * }</pre>
 */
@Documented
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@ArgumentsSource(PlanFixtureArgumentsProvider.class)
public @interface PlanFixtureSource {
  /** The fixture names; empty means every fixture. */
  String[] value() default {};
}
