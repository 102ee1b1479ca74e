package io.github.tfdrift.cli;

import java.util.List;

/** Renders help text for {@code drift} and its commands. */
public final class Help {
  /** {@code --help}, which every command accepts. */
  public static final Option HELP = Option.flag("help", "show this help and exit").withShortName('h');
  /** {@code --debug}, which every command accepts. */
  public static final Option DEBUG = Option.flag("debug", "add details to errors, and the stack trace of internal errors");

  private Help() {}

  /** The help of {@code drift} itself. */
  public static String program(CommandRegistry registry) {
    StringBuilder b = new StringBuilder();
    b.append("Usage: drift [--debug] COMMAND [ARGS...]\n");
    b.append("       drift --help | --version\n\n");
    b.append("Reads Terraform and OpenTofu JSON plans (terraform show -json PLANFILE) and explains them.\n\n");
    b.append("Commands:\n");
    int width = registry.commands().stream().mapToInt(c -> c.name().length()).max().orElse(0);
    for (Command c : registry.commands()) {
      b.append("  ").append(pad(c.name(), width)).append("  ").append(c.summary()).append('\n');
    }
    b.append("\nOptions:\n");
    List<Option> global =
        List.of(HELP, Option.flag("version", "print the version and exit").withShortName('V'), DEBUG);
    options(b, global);
    b.append("\nRun 'drift COMMAND --help' for the options of a command.\n");
    b.append("Exit status: 0 on success, 1 on bad input or a usage error. analyze and demo: 0 nothing\n");
    b.append("actionable, 2 actionable changes, 3 destructive changes (STOP), 1 error. compare: 0 same\n");
    b.append("changes, 2 different changes, 1 error.\n");
    return b.toString();
  }

  /** The help of one command. */
  public static String command(Command c) {
    StringBuilder b = new StringBuilder();
    b.append("Usage: drift ").append(c.name());
    if (!c.synopsis().isEmpty()) {
      b.append(' ').append(c.synopsis());
    }
    b.append("\n\n").append(c.description().strip()).append("\n\nOptions:\n");
    options(b, all(c));
    return b.toString();
  }

  /** A command's options plus the common ones. */
  static List<Option> all(Command c) {
    List<Option> l = new java.util.ArrayList<>(c.options());
    l.add(HELP);
    l.add(DEBUG);
    return l;
  }

  private static void options(StringBuilder b, List<Option> options) {
    int width = options.stream().mapToInt(o -> o.label().length()).max().orElse(0);
    for (Option o : options) {
      b.append("  ").append(pad(o.label(), width)).append("  ").append(o.description()).append('\n');
    }
  }

  private static String pad(String s, int width) {
    return s + " ".repeat(Math.max(0, width - s.length()));
  }
}
