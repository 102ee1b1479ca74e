package io.github.tfdrift.testkit.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the generator of a {@link PlanProperty} parameter: a method of the test class (static or
 * not, any visibility, no parameters) returning a {@link io.github.tfdrift.testkit.gen.Gen}.
 *
 * <pre>{@code
 * Gen<Plan> smallPlans() { return PlanGens.plans(3); }
 *
 * @PlanProperty
 * void property(@From("smallPlans") Plan plan) { ... }
 * }</pre>
 */
@Documented
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
public @interface From {
  /** The name of the generator method. */
  String value();
}
