/**
 * The rule engine: {@link io.github.tfdrift.rules.engine.DriftEngine} joins a plan's changes with
 * their drift, runs every rule on each entry and decides one verdict per resource instance by the
 * precedence documented in {@code docs/rules.md}. Above the rule SPI, the built-in rules and the
 * engine's implementation, which it alone reaches.
 */
@NullMarked
package io.github.tfdrift.rules.engine;

import org.jspecify.annotations.NullMarked;
