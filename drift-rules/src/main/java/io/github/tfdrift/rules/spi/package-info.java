/**
 * The rule SPI: {@link io.github.tfdrift.rules.spi.Rule}, {@link
 * io.github.tfdrift.rules.spi.RuleProvider} (found with ServiceLoader), and what a rule reads: {@link
 * io.github.tfdrift.rules.spi.EntryFacts} and {@link io.github.tfdrift.rules.spi.PlanContext}, both
 * obtainable for a whole plan as {@link io.github.tfdrift.rules.spi.PlanEvidence}. Evidence from
 * outside the plan reaches rules through the context too: the {@link
 * io.github.tfdrift.rules.spi.ExistingObjects} a failed apply showed already exist (drift-imports reads
 * them from the apply log), given to {@code DriftEngine.classify(plan, name, existing)}.
 */
@NullMarked
package io.github.tfdrift.rules.spi;

import io.github.tfdrift.rules.engine.DriftEngine;
import org.jspecify.annotations.NullMarked;
