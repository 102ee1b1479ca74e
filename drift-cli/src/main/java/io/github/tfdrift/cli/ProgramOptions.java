package io.github.tfdrift.cli;

import picocli.CommandLine;

/**
 * {@code drift} itself, the parent of every command: its options ({@code --help}, {@code --version},
 * {@code --debug}), the usage line, and the exit statuses shown by {@code drift --help}.
 */
@CommandLine.Command(
    name = Console.PROGRAM,
    customSynopsis = {"drift [--debug] COMMAND [ARGS...]", "       drift --help | --version"},
    description = "Reads Terraform and OpenTofu JSON plans (terraform show -json PLANFILE) and explains them.",
    footer = {
      "Run 'drift COMMAND --help' for the options of a command. 'drift generate-completion' prints a",
      "bash completion script (zsh: after 'autoload -U +X bashcompinit && bashcompinit').",
      "Exit status: 0 on success, 1 on bad input or a usage error. analyze and demo: 0 nothing",
      "actionable, 2 actionable changes, 3 destructive changes (STOP), 1 error. compare: 0 same",
      "changes, 2 different changes, 1 error."
    })
final class ProgramOptions {
  @CommandLine.Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help and exit")
  private boolean help;

  @CommandLine.Option(names = {"-V", "--version"}, versionHelp = true, description = "print the version and exit")
  private boolean version;

  @CommandLine.Option(names = Usage.DEBUG, description = Usage.DEBUG_DESCRIPTION)
  private boolean debug;
}
