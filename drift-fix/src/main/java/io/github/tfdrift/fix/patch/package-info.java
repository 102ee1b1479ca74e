/**
 * Patches of a configuration: {@link io.github.tfdrift.fix.patch.FileEdit} (the new text of one
 * file), {@link io.github.tfdrift.fix.patch.Patch} (the edits of every file, as a unified diff or
 * applied all or nothing, each file written to a temporary file and moved over it) and {@link
 * io.github.tfdrift.fix.patch.FixError}. Independent of how the edits were made.
 */
@NullMarked
package io.github.tfdrift.fix.patch;

import org.jspecify.annotations.NullMarked;
