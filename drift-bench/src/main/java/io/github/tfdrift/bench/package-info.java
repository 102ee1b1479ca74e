/**
 * Benchmarks of tfdrift (Maven profile {@code bench}): plan generation at scale and the timed runs that BENCHMARKS.md records. Not published.
 */
@NullMarked
package io.github.tfdrift.bench;

import org.jspecify.annotations.NullMarked;
