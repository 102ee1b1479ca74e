/**
 * Classifies every change of a Terraform/OpenTofu plan: {@link io.github.tfdrift.rules.engine.DriftEngine}
 * joins each resource instance's drift and planned change, runs the rules, and decides by precedence
 * into a {@link io.github.tfdrift.rules.Report} of {@link io.github.tfdrift.rules.ClassifiedEntry}
 * values with a {@link io.github.tfdrift.rules.Verdict}, {@link io.github.tfdrift.rules.Risk}, runbook
 * {@link io.github.tfdrift.rules.Procedure} and reason, plus a {@link
 * io.github.tfdrift.rules.Decision} and exit code.
 */
@NullMarked
package io.github.tfdrift.rules;

import io.github.tfdrift.rules.engine.DriftEngine;
import org.jspecify.annotations.NullMarked;
