package io.github.tfdrift.cli;

import java.io.PrintStream;

/**
 * A one-line progress bar on standard error, drawn only when it is a terminal and more than one plan
 * is read: {@code [#######.......] 3/7 plans/prod.json}. Cleared when done, so it never mixes with the
 * report or error lines.
 */
final class Progress {
  private static final int WIDTH = 24;
  private static final int LINE = 78;

  private final PrintStream err;
  private final int total;
  private final boolean enabled;
  private int done;

  private Progress(PrintStream err, int total, boolean enabled) {
    this.err = err;
    this.total = total;
    this.enabled = enabled;
  }

  /** A progress bar over {@code total} steps; silent unless {@code enabled} and {@code total > 1}. */
  static Progress start(PrintStream err, int total, boolean enabled) {
    return new Progress(err, total, enabled && total > 1);
  }

  /** True when the bar is drawn. */
  boolean enabled() {
    return enabled;
  }

  /** Draws the bar before working on {@code name} (already redacted). */
  void step(String name) {
    if (!enabled) {
      return;
    }
    int filled = total == 0 ? WIDTH : Math.min(WIDTH, done * WIDTH / total);
    String head = "[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + (done + 1) + "/" + total + " ";
    String tail = name.replaceAll("[\\p{Cntrl}]", "?");
    int room = LINE - head.length();
    if (tail.length() > room) {
      tail = "…" + tail.substring(tail.length() - Math.max(0, room - 1));
    }
    err.print("\r" + head + tail + "\u001b[K");
    err.flush();
    done++;
  }

  /** Clears the bar. */
  void finish() {
    if (enabled) {
      err.print("\r\u001b[K");
      err.flush();
    }
  }
}
