/**
 * drift-testkit: named scenario fixtures ({@link io.github.tfdrift.testkit.PlanFixtures}), AssertJ
 * assertions in Terraform's words ({@link io.github.tfdrift.testkit.DriftAssertions}, {@link
 * io.github.tfdrift.testkit.DriftSoftAssertions}) and the mirror alignment check ({@link
 * io.github.tfdrift.testkit.MaskAlignment}). The plan builder is in {@code builder}, generators and
 * properties in {@code gen}, JUnit 5 support in {@code junit}.
 */
package io.github.tfdrift.testkit;
