/**
 * The {@code lifecycle} blocks of the configuration, as the engine uses them: one {@link
 * io.github.tfdrift.rules.lifecycle.ConfiguredLifecycle} per resource instance, with the place in
 * the configuration where each meta-argument is written. The plan JSON carries no lifecycle blocks;
 * an embedder that reads the configuration (drift-config, {@code drift analyze --config}) gives them
 * to the policy with {@link io.github.tfdrift.rules.policy.Policy#withLifecycle}. This package
 * depends on drift-core only, so plan-only embedders do not inherit a configuration reader.
 */
@NullMarked
package io.github.tfdrift.rules.lifecycle;

import org.jspecify.annotations.NullMarked;
