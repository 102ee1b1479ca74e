package io.github.tfdrift.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import picocli.CommandLine;

/**
 * The {@code drift} program: {@code drift [--debug] COMMAND [ARGS...]}, {@code drift --help},
 * {@code drift --version}, parsed by picocli ({@link #commandLine}). Exit status 0 on success and 1 on
 * any error, which is reported as a single line on standard error (usage errors: {@link UsageError});
 * a stack trace is printed only for internal errors and only with {@code --debug}.
 */
public final class Main {
  private Main() {}

  /**
   * Runs drift and exits with its status. Given a large file, drift runs in a JVM set up for a batch
   * run ({@link Relaunch}), or, when that cannot be, first tells the JIT what it may optimise ({@link
   * CompilerFocus}).
   */
  public static void main(String[] args) {
    PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    OptionalInt relaunched = Relaunch.run(args, err);
    if (relaunched.isPresent()) {
      System.exit(relaunched.getAsInt());
    }
    CompilerFocus.startFor(args);
    PrintStream out = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16), false, StandardCharsets.UTF_8);
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
    CommandLine drift = commandLine(commandsFor(args, registry));
    CommandLine.ParseResult parsed;
    try {
      parsed = drift.parseArgs(args);
    } catch (CommandLine.ParameterException e) {
      return console.fail(UsageError.describe(e));
    }
    if (parsed.isUsageHelpRequested()) {
      return help(drift, console);
    }
    if (parsed.isVersionHelpRequested()) {
      out.println(Console.PROGRAM + " " + Version.current());
      out.flush();
      return ExitCodes.OK;
    }
    if (!parsed.hasSubcommand()) {
      return console.fail("no command given (try 'drift --help')");
    }
    CommandLine.ParseResult sub = parsed.subcommand();
    CommandLine command = sub.commandSpec().commandLine();
    if (sub.isUsageHelpRequested()) {
      return help(command, console);
    }
    boolean debug = parsed.hasMatchedOption(Usage.DEBUG) || sub.hasMatchedOption(Usage.DEBUG);
    return execute(command, console.withDebug(debug));
  }

  /**
   * The commands picocli must know to parse {@code args}: only the command they name, when it is one
   * of the registry's (picocli then reads the annotations of one command class, not of all: drift
   * starts faster); none for {@code --version} or no command; every command, and {@code help}, for
   * {@code --help}, {@code help}, {@code generate-completion} and usage errors (suggestions need
   * every name). Either way, picocli parses {@code args} in full afterwards.
   */
  static List<Command> commandsFor(String[] args, CommandRegistry registry) {
    CommandLine program = new CommandLine(new ProgramOptions());
    program.setStopAtPositional(true).setUnmatchedArgumentsAllowed(true);
    CommandLine.ParseResult r;
    try {
      r = program.parseArgs(args);
    } catch (CommandLine.ParameterException e) {
      return every(registry);
    }
    if (r.isUsageHelpRequested()) {
      return every(registry);
    }
    if (r.isVersionHelpRequested() || r.unmatched().isEmpty()) {
      return List.of();
    }
    String name = r.unmatched().get(0);
    return registry.commands().stream()
        .filter(c -> CommandRegistry.name(c).equals(name) && !(c instanceof CompletionCommand))
        .findFirst()
        .map(List::of)
        .orElseGet(() -> every(registry));
  }

  private static List<Command> every(CommandRegistry registry) {
    List<Command> commands = new ArrayList<>(registry.commands());
    commands.add(new HelpCommand());
    return commands;
  }

  /**
   * drift's command line: {@link ProgramOptions} with the given commands, each with {@code --help}
   * and {@code --debug}. Options may be repeated (the last one wins), and {@code @FILE} arguments are
   * replaced by the arguments in FILE.
   */
  static CommandLine commandLine(List<Command> commands) {
    CommandLine drift = new CommandLine(new ProgramOptions());
    for (Command c : commands) {
      CommandLine command = new CommandLine(c);
      Usage.addCommonOptions(command);
      drift.addSubcommand(command);
    }
    drift.setOverwrittenOptionsAllowed(true);
    Usage.layOut(drift);
    return drift;
  }

  private static int help(CommandLine command, Console console) {
    console.out().print(Usage.of(command));
    console.out().flush();
    return ExitCodes.OK;
  }

  private static int execute(CommandLine command, Console c) {
    String name = command.getCommandName();
    try {
      int status = ((Command) command.getCommand()).run(c);
      c.out().flush();
      return status;
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError | LinkageError e) {
      c.out().flush();
      if (c.debug()) {
        e.printStackTrace(c.err());
      }
      // The exception's message is not printed: it might quote input.
      String what =
          e instanceof OutOfMemoryError
              ? "'" + name + "' ran out of memory: give Java a larger heap (java -Xmx4g -jar drift.jar ...)"
              : e instanceof StackOverflowError
                  ? "'" + name + "' ran out of stack: the input is nested too deep for it"
                  : "internal error in '" + name + "': this is a bug in drift, please report it";
      return c.fail(what + (c.debug() ? "" : "; run with --debug for a stack trace"));
    }
  }
}
