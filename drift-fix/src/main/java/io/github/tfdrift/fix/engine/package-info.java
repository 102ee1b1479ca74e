/**
 * The entry point of {@code drift fix}: {@link io.github.tfdrift.fix.engine.Fixer} carries out a
 * procedure ({@code accept}, {@code ignore}, {@code move}) on a configuration for a classified plan.
 * The only package that reaches {@code io.github.tfdrift.fix.internal}.
 */
@NullMarked
package io.github.tfdrift.fix.engine;

import org.jspecify.annotations.NullMarked;
