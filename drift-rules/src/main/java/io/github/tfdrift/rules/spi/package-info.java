/**
 * The rule SPI: {@link io.github.tfdrift.rules.spi.Rule}, {@link
 * io.github.tfdrift.rules.spi.RuleProvider} (found with ServiceLoader), and what a rule reads: {@link
 * io.github.tfdrift.rules.spi.EntryFacts} and {@link io.github.tfdrift.rules.spi.PlanContext}, both
 * obtainable for a whole plan as {@link io.github.tfdrift.rules.spi.PlanEvidence}.
 */
package io.github.tfdrift.rules.spi;
