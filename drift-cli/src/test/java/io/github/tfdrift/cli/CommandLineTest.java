package io.github.tfdrift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What picocli gives drift's command line: completion, suggestions, {@code --opt=value}, {@code @argfiles}. */
class CommandLineTest {
  @TempDir Path tmp;

  private static List<String> commandNames() {
    return CommandRegistry.builtIn().commands().stream().map(CommandRegistry::name).toList();
  }

  private static String mixed() {
    return CliRun.plan("mixed.json").toString();
  }

  // ---- completion ------------------------------------------------------------------------------

  @Test
  void generateCompletionPrintsABashScriptThatNamesEveryCommand() {
    CliRun r = CliRun.of("generate-completion");
    assertThat(r.status()).isEqualTo(ExitCodes.OK);
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).startsWith("#!/usr/bin/env bash").contains("complete -F ");
    assertThat(commandNames()).hasSize(11).allSatisfy(name -> assertThat(r.out()).contains(name));
  }

  @Test
  void completionScriptKnowsTheOptionsOfACommand() {
    assertThat(CliRun.of("generate-completion").out()).contains("--redact").contains("--apply-log").contains("--exit-code").contains("--procedure");
  }

  @Test
  void completionHelpSaysHowZshUsesIt() {
    CliRun r = CliRun.of("generate-completion", "--help");
    assertThat(r.status()).isEqualTo(ExitCodes.OK);
    assertThat(r.out()).startsWith("Usage: drift generate-completion\n").contains("bashcompinit");
  }

  @Test
  void generateCompletionTakesNoArguments() {
    CliRun r = CliRun.of("generate-completion", "zsh");
    assertThat(r.status()).isEqualTo(ExitCodes.ERROR);
    assertThat(r.errLines()).containsExactly("drift: generate-completion takes no arguments (try 'drift generate-completion --help')");
  }

  // ---- help and version ------------------------------------------------------------------------

  @Test
  void everyCommandHasItsHelp() {
    assertThat(commandNames()).allSatisfy(name -> {
      CliRun r = CliRun.of(name, "--help");
      assertThat(r.status()).as(name).isEqualTo(ExitCodes.OK);
      assertThat(r.out()).as(name).startsWith("Usage: drift " + name).contains("\nOptions:\n").contains("-h, --help").contains("--debug");
      assertThat(CliRun.of("help", name).out()).as(name).isEqualTo(r.out());
    });
  }

  @Test
  void helpOfAnUnknownCommandExitsOne() {
    CliRun r = CliRun.of("help", "nope");
    assertThat(r.status()).isEqualTo(ExitCodes.ERROR);
    assertThat(r.errLines()).containsExactly("drift: unknown command 'nope' (try 'drift --help')");
  }

  @Test
  void shortVersionOptionPrintsTheVersion() {
    CliRun r = CliRun.of("-V");
    assertThat(r.status()).isEqualTo(ExitCodes.OK);
    assertThat(r.out()).isEqualTo(CliRun.of("--version").out()).startsWith("drift ");
  }

  // ---- suggestions -----------------------------------------------------------------------------

  @Test
  void mistypedCommandIsSuggested() {
    CliRun r = CliRun.of("anlyze", mixed());
    assertThat(r.status()).isEqualTo(ExitCodes.ERROR);
    assertThat(r.out()).isEmpty();
    assertThat(r.errLines()).containsExactly("drift: unknown command 'anlyze'; did you mean 'analyze'? (try 'drift --help')");
  }

  @Test
  void mistypedOptionOfACommandIsSuggested() {
    CliRun r = CliRun.of("show", "--redcat", mixed());
    assertThat(r.status()).isEqualTo(ExitCodes.ERROR);
    assertThat(r.errLines()).containsExactly("drift: unknown option '--redcat'; did you mean '--redact'? (try 'drift show --help')");
  }

  @Test
  void unknownOptionWithAValueIsNamedWithoutTheValue() {
    CliRun r = CliRun.of("show", "--colour=s3cr3t", mixed());
    assertThat(r.status()).isEqualTo(ExitCodes.ERROR);
    assertThat(r.errLines()).containsExactly("drift: unknown option '--colour' (try 'drift show --help')");
  }

  // ---- parsing ---------------------------------------------------------------------------------

  @Test
  void optionValueMayFollowAnEqualsSign() {
    CliRun spaced = CliRun.of("show", "--format", "json", mixed());
    CliRun joined = CliRun.of("show", "--format=json", mixed());
    assertThat(joined.status()).isEqualTo(ExitCodes.OK);
    assertThat(joined.out()).startsWith("{\"format_version\"").isEqualTo(spaced.out());
  }

  @Test
  void argumentFileIsReadInPlaceOfItsName() throws IOException {
    Path args = Files.writeString(tmp.resolve("show.args"), "# drift show arguments\n--format\njson\n\"" + mixed() + "\"\n");
    CliRun r = CliRun.of("show", "@" + args);
    assertThat(r.status()).isEqualTo(ExitCodes.OK);
    assertThat(r.out()).isEqualTo(CliRun.of("show", "--format", "json", mixed()).out());
  }

  @Test
  void argumentFileMayHoldTheCommandToo() throws IOException {
    Path args = Files.writeString(tmp.resolve("drift.args"), "fingerprint\n--format=json\n\"" + mixed() + "\"\n");
    CliRun r = CliRun.of("@" + args);
    assertThat(r.status()).isEqualTo(ExitCodes.OK);
    assertThat(r.out()).isEqualTo(CliRun.of("fingerprint", "--format", "json", mixed()).out());
  }

  @Test
  void repeatedOptionKeepsTheLastValue() {
    CliRun r = CliRun.of("show", "--format", "text", "--format", "json", mixed());
    assertThat(r.status()).isEqualTo(ExitCodes.OK);
    assertThat(r.out()).startsWith("{\"format_version\"");
  }

  @Test
  void optionWithoutItsValueExitsOne() {
    CliRun r = CliRun.of("show", "--format");
    assertThat(r.status()).isEqualTo(ExitCodes.ERROR);
    assertThat(r.errLines()).containsExactly("drift: option '--format' needs a value (FORMAT) (try 'drift show --help')");
  }

  @Test
  void flagGivenAValueExitsOne() {
    CliRun r = CliRun.of("show", "--redact=please", mixed());
    assertThat(r.status()).isEqualTo(ExitCodes.ERROR);
    assertThat(r.errLines()).singleElement().asString()
        .startsWith("drift: invalid value for option '--redact'")
        .endsWith("(try 'drift show --help')");
  }

  @Test
  void shortOptionIsTheSameAsTheLongOne() {
    CliRun r = CliRun.of("analyze", "-f", "json", mixed());
    assertThat(r.out()).isEqualTo(CliRun.of("analyze", "--format", "json", mixed()).out()).startsWith("{");
  }

  @Test
  void doubleDashMakesWhatFollowsAPlanName() {
    CliRun r = CliRun.of("show", "--", "--help");
    assertThat(r.status()).isEqualTo(ExitCodes.ERROR);
    assertThat(r.errLines()).containsExactly("drift: --help: no such file");
  }

  @Test
  void debugMayComeBeforeOrAfterTheCommand() {
    assertThat(CliRun.of("--debug", "show", mixed()).status()).isEqualTo(ExitCodes.OK);
    assertThat(CliRun.of("show", mixed(), "--debug").status()).isEqualTo(ExitCodes.OK);
  }

  // ---- what picocli reads ----------------------------------------------------------------------

  @Test
  void aCommandLineNamingACommandBuildsThatCommandOnly() {
    List<Command> built = Main.commandsFor(new String[] {"--debug", "show", "--format=json", mixed()}, CommandRegistry.builtIn());
    assertThat(built).singleElement().isInstanceOf(ShowCommand.class);
  }

  @Test
  void versionBuildsNoCommand() {
    assertThat(Main.commandsFor(new String[] {"--version"}, CommandRegistry.builtIn())).isEmpty();
  }

  @Test
  void helpCompletionAndMistypedCommandsBuildEveryCommand() {
    for (String[] args : List.of(new String[] {"--help"}, new String[] {"help", "show"}, new String[] {"generate-completion"}, new String[] {"shwo"}, new String[] {"--verbose", "show"})) {
      assertThat(Main.commandsFor(args, CommandRegistry.builtIn())).as(String.join(" ", args)).hasSize(commandNames().size() + 1);
    }
  }
}
