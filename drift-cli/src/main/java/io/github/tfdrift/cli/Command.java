package io.github.tfdrift.cli;

/**
 * One {@code drift} subcommand: a small class annotated with picocli's {@link
 * picocli.CommandLine.Command @Command} (its name, its one-line {@code header} for the command list,
 * its {@code customSynopsis} and {@code description}) whose {@link picocli.CommandLine.Option @Option}
 * and {@link picocli.CommandLine.Parameters @Parameters} fields picocli fills, registered in {@link
 * CommandRegistry#builtIn()}. {@link Main} adds the common {@code --help} and {@code --debug}, parses,
 * prints help when asked, and otherwise calls {@link #run}.
 *
 * <p>A command reports bad input with {@link Console#fail(String)}, which prints one line and returns
 * {@link ExitCodes#ERROR}; it never prints secrets from a plan, and never lets an exception escape for
 * bad input. An instance serves one command line: {@link CommandRegistry#builtIn()} makes new ones.
 */
public interface Command {

  /** Runs the command on the options and arguments picocli has set; returns the exit status. */
  int run(Console console);
}
