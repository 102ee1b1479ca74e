package io.github.tfdrift.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/**
 * {@code drift help [COMMAND]}: the same text as {@code drift --help} or {@code drift COMMAND
 * --help}. Not listed in the help itself.
 */
@CommandLine.Command(
    name = "help",
    hidden = true,
    header = "print the help of drift or of a command",
    customSynopsis = "drift help [COMMAND]",
    description = "Prints the help of drift, or of COMMAND: the same as 'drift COMMAND --help'.")
final class HelpCommand implements Command {
  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  @CommandLine.Parameters(paramLabel = "COMMAND")
  private List<String> commands = new ArrayList<>();

  @Override
  public int run(Console console) {
    CommandLine drift = spec.root().commandLine();
    if (commands.isEmpty()) {
      console.out().print(Usage.of(drift));
    } else {
      CommandLine command = drift.getSubcommands().get(commands.get(0));
      if (command == null) {
        return console.fail("unknown command '" + commands.get(0) + "' (try 'drift --help')");
      }
      console.out().print(Usage.of(command));
    }
    console.out().flush();
    return ExitCodes.OK;
  }
}
