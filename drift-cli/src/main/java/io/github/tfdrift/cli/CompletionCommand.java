package io.github.tfdrift.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.AutoComplete;
import picocli.CommandLine;

/**
 * {@code drift generate-completion}: prints the bash completion script of every command and option
 * (picocli's {@link AutoComplete}); zsh uses it through {@code bashcompinit}.
 */
@CommandLine.Command(
    name = "generate-completion",
    header = "print a bash completion script for drift (zsh too, with bashcompinit)",
    customSynopsis = "drift generate-completion",
    description =
        """
            Prints a bash script that completes drift's commands and options. Load it in the
            current shell with: source <(java -jar drift.jar generate-completion), or save it
            where bash-completion finds it. It assumes drift is a command on PATH (a wrapper
            script or an alias for java -jar drift.jar). zsh: run 'autoload -U +X bashcompinit &&
            bashcompinit' first (in ~/.zshrc), then source the same script.
            """)
public final class CompletionCommand implements Command {
  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  @CommandLine.Parameters(paramLabel = "ARGS")
  private List<String> arguments = new ArrayList<>();

  /** A generate-completion command. */
  public CompletionCommand() {}

  @Override
  public int run(Console console) {
    if (!arguments.isEmpty()) {
      return console.fail("generate-completion takes no arguments (try 'drift generate-completion --help')");
    }
    console.out().print(AutoComplete.bash(Console.PROGRAM, spec.root().commandLine()));
    console.out().flush();
    return ExitCodes.OK;
  }
}
