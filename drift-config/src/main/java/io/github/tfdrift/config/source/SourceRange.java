package io.github.tfdrift.config.source;

import java.util.Objects;

/**
 * A place in a configuration file: the file, relative to the configuration's root directory and
 * written with {@code /}, its 1-based start and end line:column, and the 0-based character offsets
 * of the same span in the file's text ({@link ParsedFile#text()}), end exclusive. The offsets are
 * what an edit needs: {@code text.substring(startOffset, endOffset)} is exactly the element's source,
 * and replacing that span replaces the element and nothing else.
 *
 * @param file the file relative to the root directory, e.g. {@code modules/vm/main.tf}
 * @param startLine 1-based line of the first character
 * @param startColumn 1-based column of the first character
 * @param endLine 1-based line just after the last character
 * @param endColumn 1-based column just after the last character
 * @param startOffset 0-based offset of the first character in the file's text
 * @param endOffset 0-based offset just after the last character
 */
public record SourceRange(
    String file, int startLine, int startColumn, int endLine, int endColumn, int startOffset, int endOffset) {

  /** Validates the parts. */
  public SourceRange {
    Objects.requireNonNull(file, "file");
    if (startLine < 1 || startColumn < 1 || endLine < startLine || endColumn < 1) {
      throw new IllegalArgumentException("not a range: " + startLine + ":" + startColumn + "-" + endLine + ":" + endColumn);
    }
    if (startOffset < 0 || endOffset < startOffset) {
      throw new IllegalArgumentException("not an offset span: " + startOffset + "-" + endOffset);
    }
  }

  /**
   * The range of the characters {@code [startOffset, endOffset)} of {@code text}, a file's whole text,
   * with lines and columns counted in it.
   */
  public static SourceRange of(String file, String text, int startOffset, int endOffset) {
    int line = 1;
    int col = 1;
    int startLine = 1;
    int startCol = 1;
    for (int i = 0; i < endOffset && i < text.length(); i++) {
      if (i == startOffset) {
        startLine = line;
        startCol = col;
      }
      if (text.charAt(i) == '\n') {
        line++;
        col = 1;
      } else {
        col++;
      }
    }
    if (startOffset >= endOffset) {
      startLine = line;
      startCol = col;
    }
    return new SourceRange(file, startLine, startCol, line, col, startOffset, endOffset);
  }

  /** {@code file:line}, the form a reason cites, e.g. {@code modules/vm/main.tf:42}. */
  public String fileAndLine() {
    return file + ":" + startLine;
  }

  /** {@code file:line:column} of the start. */
  public String describe() {
    return file + ":" + startLine + ":" + startColumn;
  }

  @Override
  public String toString() {
    return file + ":" + startLine + ":" + startColumn + "-" + endLine + ":" + endColumn;
  }
}
