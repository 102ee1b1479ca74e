/**
 * The configuration model: a {@link io.github.tfdrift.config.model.Configuration} is a tree of
 * {@link io.github.tfdrift.config.model.ConfigModule}s holding resource blocks (with their {@link
 * io.github.tfdrift.config.model.Lifecycle}), module calls, variables, locals, {@code moved} and
 * {@code import} blocks and tfvars assignments, every element with its {@link
 * io.github.tfdrift.config.source.SourceRange}. Expressions are kept as a small {@link
 * io.github.tfdrift.config.model.Expression} tree, enough to follow a value to where it is written
 * ({@link io.github.tfdrift.config.model.Configuration#originOf}). No type of the HCL parser appears
 * here.
 */
@NullMarked
package io.github.tfdrift.config.model;

import org.jspecify.annotations.NullMarked;
