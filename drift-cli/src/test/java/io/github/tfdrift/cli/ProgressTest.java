package io.github.tfdrift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProgressTest {
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);

  private String drawn() {
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void onATerminalSeveralPlansDrawABarThatIsClearedAtTheEnd() {
    Progress p = Progress.start(err, 2, true);
    p.step("plans/dev.json");
    p.step("plans/prod.json");
    p.finish();
    assertThat(drawn())
        .isEqualTo(
            "\r[........................] 1/2 plans/dev.json\u001b[K"
                + "\r[############............] 2/2 plans/prod.json\u001b[K"
                + "\r\u001b[K");
  }

  @Test
  void onePlanOrNoTerminalDrawsNothing() {
    Progress one = Progress.start(err, 1, true);
    one.step("a.json");
    one.finish();
    Progress notTerminal = Progress.start(err, 5, false);
    notTerminal.step("a.json");
    notTerminal.finish();
    assertThat(drawn()).isEmpty();
    assertThat(one.enabled()).isFalse();
  }

  @Test
  void longNamesKeepTheirEndAndControlCharactersAreReplaced() {
    Progress p = Progress.start(err, 2, true);
    p.step("/very/long/" + "d".repeat(100) + "/plan\u001b.json");
    assertThat(drawn()).contains("…").endsWith("/plan?.json\u001b[K");
  }

  @Test
  void analyzeDrawsTheBarOnlyWhenStandardErrorIsATerminal() {
    String a = CliRun.plan("clean.json").toString();
    String b = CliRun.plan("s1-memory-changed.json").toString();
    CliRun plain = CliRun.of("analyze", a, b);
    assertThat(plain.err()).isEmpty();
    CliRun terminal = CliRun.in(CommandRegistry.builtIn(), new byte[0], true, "analyze", a, b);
    assertThat(terminal.err()).contains("] 1/2 ").contains("] 2/2 ").endsWith("\r\u001b[K");
    assertThat(terminal.out()).isEqualTo(plain.out());
    assertThat(CliRun.in(CommandRegistry.builtIn(), new byte[0], true, "analyze", "--no-progress", a, b).err()).isEmpty();
  }
}
