/**
 * JUnit 5 support: {@link io.github.tfdrift.testkit.junit.PlanProperty} properties with generated
 * parameters, {@link io.github.tfdrift.testkit.junit.PlanFixture} parameter injection and the {@link
 * io.github.tfdrift.testkit.junit.PlanFixtureSource} source for parameterized tests.
 */
@NullMarked
package io.github.tfdrift.testkit.junit;

import org.jspecify.annotations.NullMarked;
