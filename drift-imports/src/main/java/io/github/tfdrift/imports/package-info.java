/**
 * The import assistant: turns the "already exists" errors of a failed {@code apply} into {@code
 * import {}} blocks or {@code terraform import} commands, with IDs computed from the plan.
 *
 * <p>Read the apply output with {@link io.github.tfdrift.imports.ApplyLog} (the {@code apply -json}
 * UI stream or the human output), then call {@link
 * io.github.tfdrift.imports.ImportPlanner#plan(io.github.tfdrift.core.model.Plan,
 * io.github.tfdrift.imports.ApplyLog, io.github.tfdrift.imports.ImportOptions)}: the {@link
 * io.github.tfdrift.imports.ImportPlan} lists one {@link io.github.tfdrift.imports.ImportEntry} per
 * resource to import, the addresses skipped because they are already in the state, the errors that
 * match nothing the plan creates, and the pipeline failures (SOPS, state backend, state lock,
 * credentials) that stopped the run. {@link io.github.tfdrift.imports.ImportRenderer} writes the
 * result as HCL, shell commands or JSON. {@link io.github.tfdrift.imports.ImportPlan#existingObjects()}
 * is the same result as evidence for the engine ({@code engine.classify(plan, name, existing)}): its
 * built-in rule {@code import-existing} makes the matching creates IMPORT, with their {@code import {}}
 * block, and {@link io.github.tfdrift.imports.ImportReconciler} does both and turns the rest of the log
 * into notes of the plan, as {@code drift analyze --apply-log} does.
 *
 * <p>Import IDs come from the {@link io.github.tfdrift.imports.ImportIdCatalogue}, a table of {@link
 * io.github.tfdrift.imports.ImportIdTemplate}s by resource type: built in, extended by the policy
 * file's {@code import_ids:} map ({@link io.github.tfdrift.imports.ImportIdPolicy}) and by {@link
 * io.github.tfdrift.imports.ImportIdProvider} services. An ID that cannot be known from the plan
 * (unknown until apply, sensitive, or an AWS account the plan does not show) is never guessed: the
 * entry keeps a {@code <PLACEHOLDER>} and a warning.
 */
@NullMarked
package io.github.tfdrift.imports;

import io.github.tfdrift.imports.ImportIdTemplate;
import org.jspecify.annotations.NullMarked;
