package io.github.tfdrift.cli;

import io.vavr.control.Either;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The {@code drift} program: {@code drift [--debug] COMMAND [ARGS...]}, {@code drift --help},
 * {@code drift --version}. Exit status 0 on success and 1 on any error, which is reported as a single
 * line on standard error; a stack trace is printed only for internal errors and only with {@code
 * --debug}.
 */
public final class Main {
  private Main() {}

  /** Runs drift and exits with its status. */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16), false, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    int status = run(args, System.in, out, err, CommandRegistry.builtIn(), Terminal.isStandardErrorATerminal());
    out.flush();
    err.flush();
    System.exit(status);
  }

  /** Runs drift with the built-in commands; returns the exit status. Never throws. */
  public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
    return run(args, in, out, err, CommandRegistry.builtIn());
  }

  /** Runs drift with the given commands; returns the exit status. Never throws. */
  public static int run(String[] args, InputStream in, PrintStream out, PrintStream err, CommandRegistry registry) {
    return run(args, in, out, err, registry, false);
  }

  /**
   * Runs drift with the given commands; {@code errTerminal} says whether standard error is a terminal
   * (progress bars are drawn only then). Returns the exit status. Never throws.
   */
  public static int run(
      String[] args, InputStream in, PrintStream out, PrintStream err, CommandRegistry registry, boolean errTerminal) {
    Console console = new Console(in, out, err, false, errTerminal);
    List<String> rest = Arrays.asList(args);
    int i = 0;
    while (i < rest.size() && rest.get(i).startsWith("-") && !rest.get(i).equals("-")) {
      String a = rest.get(i);
      switch (a) {
        case "--help":
        case "-h":
          out.print(Help.program(registry));
          out.flush();
          return ExitCodes.OK;
        case "--version":
        case "-V":
          out.println("drift " + Version.current());
          out.flush();
          return ExitCodes.OK;
        case "--debug":
          console = console.withDebug(true);
          break;
        default:
          return console.fail("unknown option '" + a + "' (try 'drift --help')");
      }
      i++;
    }
    if (i == rest.size()) {
      return console.fail("no command given (try 'drift --help')");
    }
    String name = rest.get(i);
    List<String> commandArgs = rest.subList(i + 1, rest.size());
    if (name.equals("help")) {
      return help(commandArgs, registry, console);
    }
    Optional<Command> command = registry.find(name);
    if (command.isEmpty()) {
      return console.fail("unknown command '" + name + "' (try 'drift --help')");
    }
    return execute(command.get(), commandArgs, console);
  }

  private static int help(List<String> args, CommandRegistry registry, Console console) {
    if (args.isEmpty()) {
      console.out().print(Help.program(registry));
    } else {
      Optional<Command> c = registry.find(args.get(0));
      if (c.isEmpty()) {
        return console.fail("unknown command '" + args.get(0) + "' (try 'drift --help')");
      }
      console.out().print(Help.command(c.get()));
    }
    console.out().flush();
    return ExitCodes.OK;
  }

  private static int execute(Command command, List<String> args, Console console) {
    Either<ArgumentError, Arguments> parsed = Arguments.parse(args, Help.all(command));
    if (parsed.isLeft()) {
      return console.fail(parsed.getLeft().describe() + " (try 'drift " + command.name() + " --help')");
    }
    Arguments a = parsed.get();
    if (a.has(Help.HELP.name())) {
      console.out().print(Help.command(command));
      console.out().flush();
      return ExitCodes.OK;
    }
    Console c = a.has(Help.DEBUG.name()) ? console.withDebug(true) : console;
    try {
      int status = command.run(a, c);
      c.out().flush();
      return status;
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError | LinkageError e) {
      c.out().flush();
      if (c.debug()) {
        e.printStackTrace(c.err());
      }
      // The exception's message is not printed: it might quote input.
      return c.fail(
          "internal error in '"
              + command.name()
              + "' ("
              + e.getClass().getName()
              + ")"
              + (c.debug() ? "" : "; run with --debug for a stack trace"));
    }
  }
}
