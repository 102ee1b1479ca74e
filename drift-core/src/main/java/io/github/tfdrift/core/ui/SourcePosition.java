package io.github.tfdrift.core.ui;

/**
 * A position in a configuration file.
 *
 * @param line 1-based line
 * @param column 1-based column, in Unicode characters
 * @param byteOffset 0-based byte offset into the file ({@code byte} in the JSON)
 */
public record SourcePosition(int line, int column, int byteOffset) {
  @Override
  public String toString() {
    return line + ":" + column;
  }
}
