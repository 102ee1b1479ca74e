/**
 * The implementation of {@code drift fix}: the lexical view of HCL text the edits are made in
 * ({@link io.github.tfdrift.fix.internal.HclText}), the edits of each procedure, {@code =}
 * alignment as {@code terraform fmt} does it, the unified diff and the atomic writer. Used only from
 * {@link io.github.tfdrift.fix.Fixer} and {@link io.github.tfdrift.fix.Patch}.
 */
@NullMarked
package io.github.tfdrift.fix.internal;

import org.jspecify.annotations.NullMarked;
