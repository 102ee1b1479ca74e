package io.github.tfdrift.report.internal;

import io.github.tfdrift.report.text.SafeText;
import java.io.IOException;
import java.io.Writer;

/** A line-oriented text sink that redacts every line it is given before writing it. */
public final class Lines {
  private final Writer out;
  private final SafeText safe;

  /** A sink writing to {@code out} through {@code safe}. */
  public Lines(Writer out, SafeText safe) {
    this.out = out;
    this.safe = safe;
  }

  /** Writes one line, redacted (line breaks inside become spaces). */
  public void line(String text) throws IOException {
    out.write(SafeText.oneLine(safe.text(text)));
    out.write('\n');
  }

  /** Writes text that may span lines, redacted. */
  public void block(String text) throws IOException {
    out.write(safe.text(text));
    if (!text.endsWith("\n")) {
      out.write('\n');
    }
  }

  /** Writes an empty line. */
  public void blank() throws IOException {
    out.write('\n');
  }

  /** The redactor. */
  public SafeText safe() {
    return safe;
  }
}
