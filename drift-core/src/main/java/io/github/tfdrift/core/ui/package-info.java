/**
 * The machine-readable UI stream of {@code terraform plan -json} / {@code apply -json} (and OpenTofu's): one typed message per line, read leniently with a position for every problem.
 */
@NullMarked
package io.github.tfdrift.core.ui;

import org.jspecify.annotations.NullMarked;
