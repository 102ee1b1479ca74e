/**
 * {@code drift fix}: the runbook's procedures carried out on the configuration as reviewed patches.
 * This package holds the values a fix returns: {@link io.github.tfdrift.fix.PatchResult} (the {@link
 * io.github.tfdrift.fix.patch.Patch} and one {@link io.github.tfdrift.fix.EntryOutcome} per selected
 * entry: {@code Patched}, {@code Refused} with the reason, {@code NothingToDo}), the {@link
 * io.github.tfdrift.fix.Selection} of entries and the {@link io.github.tfdrift.fix.FixProcedure}.
 * {@link io.github.tfdrift.fix.engine.Fixer} makes them from a configuration (drift-config's {@code
 * ConfigurationReader}) and a classified plan.
 *
 * <p>Layers, each using only those before it: {@code patch} and {@code hcl}; this package;
 * {@code internal} (the procedures); {@code engine}.
 */
@NullMarked
package io.github.tfdrift.fix;

import org.jspecify.annotations.NullMarked;
