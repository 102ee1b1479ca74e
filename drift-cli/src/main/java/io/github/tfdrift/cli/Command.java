package io.github.tfdrift.cli;

import java.util.List;

/**
 * One {@code drift} subcommand. Implementations are small, stateless classes registered in {@link
 * CommandRegistry#builtIn()}. {@link Main} parses the command's {@link #options()} (plus the common
 * {@code --help} and {@code --debug}), prints help when asked, and otherwise calls {@link #run}.
 *
 * <p>A command reports bad input with {@link Console#fail(String)}, which prints one line and returns
 * {@link ExitCodes#ERROR}; it never prints secrets from a plan, and never lets an exception escape for
 * bad input.
 */
public interface Command {

  /** The name users type: {@code show}. */
  String name();

  /** One line for the command list of {@code drift --help}. */
  String summary();

  /** What follows {@code drift NAME} in the usage line: {@code [--format text|json] PLAN}. */
  String synopsis();

  /** A paragraph or two for {@code drift NAME --help}. */
  String description();

  /** The options this command accepts, besides {@code --help} and {@code --debug}. */
  default List<Option> options() {
    return List.of();
  }

  /** Runs the command; returns the exit status. */
  int run(Arguments args, Console console);
}
