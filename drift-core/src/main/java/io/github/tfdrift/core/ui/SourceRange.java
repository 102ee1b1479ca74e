package io.github.tfdrift.core.ui;

import java.util.Objects;

/**
 * The part of a configuration file a diagnostic is about ({@code range}).
 *
 * @param filename the file, relative to the working directory
 * @param start the first position (inclusive)
 * @param end the end position (exclusive)
 */
public record SourceRange(String filename, SourcePosition start, SourcePosition end) {
  /** Validates the parts. */
  public SourceRange {
    Objects.requireNonNull(filename, "filename");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
  }

  @Override
  public String toString() {
    return filename + ":" + start;
  }
}
