/**
 * The implementation of {@code drift fix}: the procedures ({@code AcceptProcedure}, {@code
 * IgnoreProcedure}, {@code MoveProcedure}), the lexical view of HCL text the edits are placed in
 * ({@link io.github.tfdrift.fix.internal.HclText}), the splicing of edits and the {@code =}
 * alignment that {@code terraform fmt} applies. Used only from {@link
 * io.github.tfdrift.fix.engine.Fixer}.
 */
@NullMarked
package io.github.tfdrift.fix.internal;

import org.jspecify.annotations.NullMarked;
