/**
 * What every reader of drift-core shares: the limits of a read
 * ({@link io.github.tfdrift.core.read.ReadOptions}) and the typed error of a document that could not be
 * read ({@link io.github.tfdrift.core.read.PlanError}, with its source, line, column and JSON path).
 *
 * <p>This package depends on nothing else in tfdrift, so that both the implementation
 * ({@code internal}) and the public readers ({@code json.PlanReader}, {@code ui.UiStreamReader}) can
 * use it without a cycle. See {@code docs/architecture.md}.
 */
@NullMarked
package io.github.tfdrift.core.read;

import org.jspecify.annotations.NullMarked;
