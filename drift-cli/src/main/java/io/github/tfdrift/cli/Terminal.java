package io.github.tfdrift.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether standard error is a terminal, so that a progress bar may be drawn on it. */
final class Terminal {
  private Terminal() {}

  /**
   * True when file descriptor 2 is a terminal. On Linux this reads {@code /proc/self/fd/2}; elsewhere
   * it falls back to {@link System#console()}, which needs standard input and output to be terminals
   * too. {@code TERM=dumb} and the {@code CI} variable turn it off.
   */
  static boolean isStandardErrorATerminal() {
    String term = System.getenv("TERM");
    if ("dumb".equals(term) || System.getenv("CI") != null) {
      return false;
    }
    Path fd = Path.of("/proc/self/fd/2");
    if (Files.exists(Path.of("/proc/self/fd"))) {
      try {
        String target = Files.readSymbolicLink(fd).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
      } catch (IOException | UnsupportedOperationException | SecurityException e) {
        return false;
      }
    }
    return System.console() != null;
  }
}
