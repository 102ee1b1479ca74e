/**
 * drift-testkit: named scenario fixtures ({@link io.github.tfdrift.testkit.PlanFixtures}), AssertJ
 * assertions in Terraform's and the runbook's words for plans, resource changes, classification
 * reports and their entries ({@link io.github.tfdrift.testkit.DriftAssertions}, {@link
 * io.github.tfdrift.testkit.DriftSoftAssertions}), the sensitive values of a plan for leak checks
 * ({@link io.github.tfdrift.testkit.SensitiveValues}) and the mirror alignment check ({@link
 * io.github.tfdrift.testkit.MaskAlignment}). The plan builder is in {@code builder}, generators and
 * properties in {@code gen}, JUnit 5 support in {@code junit}, the harness for custom rules in {@code
 * rules}.
 */
@NullMarked
package io.github.tfdrift.testkit;

import org.jspecify.annotations.NullMarked;
