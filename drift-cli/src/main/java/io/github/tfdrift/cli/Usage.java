package io.github.tfdrift.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * How {@code drift} lays out picocli's help: the {@code Usage:} line, the description, the commands
 * (of {@code drift} itself), the options, the footer; no colours, 100 columns. The usage line, the
 * description and the footer are printed as written in the {@code @Command} annotation (picocli
 * wraps the command and option lists). Every command gets the common {@code -h, --help} and {@code
 * --debug}.
 */
final class Usage {
  /** {@code --debug}, which drift and every command accept. */
  static final String DEBUG = "--debug";
  /** What {@code --debug} does, in help. */
  static final String DEBUG_DESCRIPTION = "add details to errors, and the stack trace of internal errors";

  private static final int WIDTH = 100;
  private static final List<String> SECTIONS =
      List.of(
          UsageMessageSpec.SECTION_KEY_SYNOPSIS_HEADING,
          UsageMessageSpec.SECTION_KEY_SYNOPSIS,
          UsageMessageSpec.SECTION_KEY_DESCRIPTION_HEADING,
          UsageMessageSpec.SECTION_KEY_DESCRIPTION,
          UsageMessageSpec.SECTION_KEY_COMMAND_LIST_HEADING,
          UsageMessageSpec.SECTION_KEY_COMMAND_LIST,
          UsageMessageSpec.SECTION_KEY_OPTION_LIST_HEADING,
          UsageMessageSpec.SECTION_KEY_OPTION_LIST,
          UsageMessageSpec.SECTION_KEY_FOOTER_HEADING,
          UsageMessageSpec.SECTION_KEY_FOOTER);

  private Usage() {}

  /** Adds {@code -h, --help} and {@code --debug} to a command, and drift's help layout. */
  static void addCommonOptions(CommandLine command) {
    CommandSpec spec = command.getCommandSpec();
    spec.addOption(
        OptionSpec.builder("-h", "--help").usageHelp(true).type(boolean.class).description("show this help and exit").build());
    spec.addOption(OptionSpec.builder(DEBUG).type(boolean.class).description(DEBUG_DESCRIPTION).build());
  }

  /** Gives a command (and its subcommands) drift's help layout. */
  static void layOut(CommandLine command) {
    UsageMessageSpec u = command.getCommandSpec().usageMessage();
    u.sortOptions(false)
        .width(WIDTH)
        .synopsisHeading("Usage: ")
        .descriptionHeading("%n")
        .commandListHeading("%nCommands:%n")
        .optionListHeading("%nOptions:%n")
        .footerHeading("%n");
    command.setHelpSectionKeys(SECTIONS);
    command.getHelpSectionMap().put(UsageMessageSpec.SECTION_KEY_SYNOPSIS, h -> verbatim(h.commandSpec().usageMessage().customSynopsis()));
    command.getHelpSectionMap().put(UsageMessageSpec.SECTION_KEY_DESCRIPTION, h -> verbatim(h.commandSpec().usageMessage().description()));
    command.getHelpSectionMap().put(UsageMessageSpec.SECTION_KEY_FOOTER, h -> verbatim(h.commandSpec().usageMessage().footer()));
    command.getSubcommands().values().forEach(Usage::layOut);
  }

  /** The help text of a command, as {@code drift COMMAND --help} prints it. */
  static String of(CommandLine command) {
    return command.getUsageMessage(CommandLine.Help.Ansi.OFF);
  }

  /** Lines as written in the command's annotation, line breaks and blank lines kept. */
  private static String verbatim(String[] lines) {
    String text = String.join("\n", lines).strip();
    return text.isEmpty() ? "" : text + "\n";
  }
}
