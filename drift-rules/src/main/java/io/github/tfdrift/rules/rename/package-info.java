/**
 * Rename matching: which planned delete and create look like one object renamed (same type and
 * provider, known attributes equal under the normalisers, one-to-one), the evidence behind the
 * {@code rename} rule's suggested {@code moved} block. Used through {@link
 * io.github.tfdrift.rules.spi.PlanContext#suggestedMove}.
 */
@NullMarked
package io.github.tfdrift.rules.rename;

import org.jspecify.annotations.NullMarked;
