package io.github.tfdrift.testkit.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method of a test class (no parameters, any visibility, static or not) that runs after
 * every try of each {@link PlanProperty} of the class: the tries, the candidates of shrinking and
 * the replay of a remembered failure. JUnit's {@code @AfterEach} runs once after all the tries of a
 * property; this runs after each one. Methods of superclasses run too.
 *
 * <pre>{@code
 * @AfterTry
 * void closeConnections() { pool.closeAll(); }
 * }</pre>
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface AfterTry {}
