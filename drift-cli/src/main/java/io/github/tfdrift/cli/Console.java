package io.github.tfdrift.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.Objects;

/**
 * What a command talks to: standard input, output and error, and whether {@code --debug} was given.
 * Errors go to standard error as one line, {@code drift: MESSAGE}.
 */
public final class Console {
  /** The program name used in messages. */
  public static final String PROGRAM = "drift";

  private final InputStream in;
  private final PrintStream out;
  private final PrintStream err;
  private final boolean debug;
  private final boolean errTerminal;

  /** A console over the given streams; standard error is not a terminal. */
  public Console(InputStream in, PrintStream out, PrintStream err, boolean debug) {
    this(in, out, err, debug, false);
  }

  /**
   * A console over the given streams.
   *
   * @param in standard input
   * @param out standard output
   * @param err standard error
   * @param debug true when {@code --debug} was given
   * @param errTerminal true when standard error is a terminal (progress may be drawn there)
   */
  public Console(InputStream in, PrintStream out, PrintStream err, boolean debug, boolean errTerminal) {
    this.in = Objects.requireNonNull(in, "in");
    this.out = Objects.requireNonNull(out, "out");
    this.err = Objects.requireNonNull(err, "err");
    this.debug = debug;
    this.errTerminal = errTerminal;
  }

  /** Standard input. */
  public InputStream in() {
    return in;
  }

  /** Standard output. */
  public PrintStream out() {
    return out;
  }

  /** Standard error. */
  public PrintStream err() {
    return err;
  }

  /** True when {@code --debug} was given: internal errors then add a stack trace. */
  public boolean debug() {
    return debug;
  }

  /** True when standard error is a terminal, so a progress bar may be drawn there. */
  public boolean errTerminal() {
    return errTerminal;
  }

  /** A copy with debugging switched on or off. */
  public Console withDebug(boolean on) {
    return new Console(in, out, err, on, errTerminal);
  }

  /**
   * Prints {@code drift: MESSAGE} (one line; line breaks in the message become spaces) on standard
   * error and returns {@link ExitCodes#ERROR}.
   */
  public int fail(String message) {
    err.println(PROGRAM + ": " + message.replaceAll("[\\r\\n]+", " "));
    err.flush();
    return ExitCodes.ERROR;
  }
}
