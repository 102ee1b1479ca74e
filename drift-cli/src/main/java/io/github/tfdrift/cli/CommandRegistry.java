package io.github.tfdrift.cli;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine;

/**
 * The commands {@code drift} knows, in the order help lists them. Adding a command means writing one
 * {@link Command} class and naming it in {@link #builtIn()}.
 */
public final class CommandRegistry {
  private final List<Command> commands;

  private CommandRegistry(List<Command> commands) {
    this.commands = List.copyOf(commands);
  }

  /** The built-in commands, new instances (picocli sets their fields while parsing). */
  public static CommandRegistry builtIn() {
    return of(
        new AnalyzeCommand(),
        new PolicyCommand(),
        new ShowCommand(),
        new FingerprintCommand(),
        new CompareCommand(),
        new RulesCommand(),
        new ExplainCommand(),
        new DemoCommand(),
        new ImportCommand(),
        new FixCommand(),
        new CompletionCommand());
  }

  /**
   * A registry of the given commands; each must carry picocli's {@link CommandLine.Command @Command}
   * with a name, and names must be unique.
   */
  public static CommandRegistry of(Command... commands) {
    Set<String> names = new HashSet<>();
    for (Command c : commands) {
      if (!names.add(name(c))) {
        throw new IllegalArgumentException("two commands are named " + name(c));
      }
    }
    return new CommandRegistry(List.of(commands));
  }

  /** Every command, in help order. */
  public List<Command> commands() {
    return new ArrayList<>(commands);
  }

  /** The name of a command, from its {@link CommandLine.Command @Command} annotation. */
  static String name(Command c) {
    CommandLine.Command a = c.getClass().getAnnotation(CommandLine.Command.class);
    if (a == null || a.name().isEmpty() || a.name().equals("<main class>")) {
      throw new IllegalArgumentException(c.getClass().getName() + " has no @Command name");
    }
    return a.name();
  }
}
