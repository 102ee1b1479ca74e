/**
 * {@code drift fix}: the runbook's procedures carried out on the configuration as reviewed patches.
 * {@link io.github.tfdrift.fix.Fixer} takes a configuration (drift-config's {@code
 * ConfigurationReader}), a classified plan and a {@link io.github.tfdrift.fix.Selection}, and returns
 * a {@link io.github.tfdrift.fix.PatchResult}: a {@link io.github.tfdrift.fix.Patch} (one {@link
 * io.github.tfdrift.fix.FileEdit} per file, shown as a unified diff or applied atomically) and one
 * {@link io.github.tfdrift.fix.EntryOutcome} per selected entry ({@code Patched}, {@code Refused}
 * with the reason, {@code NothingToDo}).
 */
@NullMarked
package io.github.tfdrift.fix;

import org.jspecify.annotations.NullMarked;
