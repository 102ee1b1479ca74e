package io.github.tfdrift.testkit.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method of a test class (no parameters, any visibility, static or not) that runs before
 * every try of each {@link PlanProperty} of the class: the tries, the candidates of shrinking and
 * the replay of a remembered failure. JUnit's {@code @BeforeEach} runs once before all the tries of a
 * property; this runs before each one. Methods of superclasses run too.
 *
 * <pre>{@code
 * private List<String> log;
 *
 * @BeforeTry
 * void freshLog() { log = new ArrayList<>(); }
 * }</pre>
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface BeforeTry {}
