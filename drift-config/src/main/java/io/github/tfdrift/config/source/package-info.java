/**
 * The files of a configuration as they were read: {@link io.github.tfdrift.config.source.SourceRange}
 * (a place in a file, with line:column and character offsets), {@link
 * io.github.tfdrift.config.source.ConfigError} (why a configuration could not be read, with its
 * position) and {@link io.github.tfdrift.config.source.ParsedFile} (a file's text and its lossless
 * parsed tree, the handle an editor such as {@code drift fix} works on).
 */
@NullMarked
package io.github.tfdrift.config.source;

import org.jspecify.annotations.NullMarked;
