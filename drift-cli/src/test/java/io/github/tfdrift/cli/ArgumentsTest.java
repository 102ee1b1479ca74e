package io.github.tfdrift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArgumentsTest {
  private static final List<Option> OPTIONS =
      List.of(
          Option.valued("format", "FORMAT", "format"),
          Option.flag("help", "help").withShortName('h'),
          Option.flag("debug", "debug"));

  @Test
  void valueFollowsTheOptionOrItsEqualsSign() {
    assertThat(Arguments.parse(List.of("--format", "json", "plan.json"), OPTIONS).get().value("format")).contains("json");
    assertThat(Arguments.parse(List.of("--format=json", "plan.json"), OPTIONS).get().value("format")).contains("json");
    assertThat(Arguments.parse(List.of("--format=", "plan.json"), OPTIONS).get().value("format")).contains("");
  }

  @Test
  void positionalsKeepTheirOrderAroundOptions() {
    Arguments a = Arguments.parse(List.of("a.json", "--debug", "b.json"), OPTIONS).get();
    assertThat(a.positionals()).containsExactly("a.json", "b.json");
    assertThat(a.has("debug")).isTrue();
    assertThat(a.has("help")).isFalse();
  }

  @Test
  void singleDashIsAPositionalMeaningStandardInput() {
    assertThat(Arguments.parse(List.of("-"), OPTIONS).get().positionals()).containsExactly("-");
  }

  @Test
  void doubleDashMakesEverythingAfterItPositional() {
    Arguments a = Arguments.parse(List.of("--", "--help", "-x"), OPTIONS).get();
    assertThat(a.positionals()).containsExactly("--help", "-x");
    assertThat(a.has("help")).isFalse();
  }

  @Test
  void shortNameIsTheSameOption() {
    assertThat(Arguments.parse(List.of("-h"), OPTIONS).get().has("help")).isTrue();
  }

  @Test
  void repeatedOptionKeepsEveryValueAndTheLastWins() {
    Arguments a = Arguments.parse(List.of("--format", "text", "--format", "json"), OPTIONS).get();
    assertThat(a.values("format")).containsExactly("text", "json");
    assertThat(a.value("format")).contains("json");
  }

  @Test
  void unknownLongOptionIsAnError() {
    assertThat(Arguments.parse(List.of("--colour=always"), OPTIONS).getLeft().describe()).isEqualTo("unknown option '--colour'");
  }

  @Test
  void unknownShortOptionIsAnError() {
    assertThat(Arguments.parse(List.of("-x"), OPTIONS).getLeft().describe()).isEqualTo("unknown option '-x'");
    assertThat(Arguments.parse(List.of("-hx"), OPTIONS).getLeft().describe()).isEqualTo("unknown option '-hx'");
  }

  @Test
  void missingValueIsAnError() {
    assertThat(Arguments.parse(List.of("--format"), OPTIONS).getLeft().describe()).isEqualTo("option '--format' needs a value (FORMAT)");
  }

  @Test
  void flagWithAValueIsAnError() {
    assertThat(Arguments.parse(List.of("--debug=yes"), OPTIONS).getLeft().describe()).isEqualTo("option '--debug' takes no value");
  }

  @Test
  void anErrorNamesTheArgumentWhereItGoesWrong() {
    assertThat(Arguments.parse(List.of("plan.json", "--format"), OPTIONS).getLeft().position()).isEqualTo(1);
  }
}
