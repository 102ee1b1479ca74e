/**
 * The {@code drift} command line: {@link io.github.tfdrift.cli.Main} parses it with picocli and runs
 * the {@link io.github.tfdrift.cli.Command}s of a {@link io.github.tfdrift.cli.CommandRegistry}; exit
 * status 0 means success and 1 means an error, reported as one line on standard error.
 */
@NullMarked
package io.github.tfdrift.cli;

import org.jspecify.annotations.NullMarked;
