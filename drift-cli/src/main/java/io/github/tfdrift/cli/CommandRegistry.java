package io.github.tfdrift.cli;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The commands {@code drift} knows, in the order help lists them. Adding a command means writing one
 * {@link Command} class and naming it in {@link #builtIn()}.
 */
public final class CommandRegistry {
  private final Map<String, Command> commands;

  private CommandRegistry(Map<String, Command> commands) {
    this.commands = commands;
  }

  /** The built-in commands. */
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
        new ImportCommand());
  }

  /** A registry of the given commands; names must be unique. */
  public static CommandRegistry of(Command... commands) {
    Map<String, Command> m = new LinkedHashMap<>();
    for (Command c : commands) {
      if (m.putIfAbsent(c.name(), c) != null) {
        throw new IllegalArgumentException("two commands are named " + c.name());
      }
    }
    return new CommandRegistry(Collections.unmodifiableMap(m));
  }

  /** The command with this name. */
  public Optional<Command> find(String name) {
    return Optional.ofNullable(commands.get(name));
  }

  /** Every command, in help order. */
  public List<Command> commands() {
    return new ArrayList<>(commands.values());
  }
}
