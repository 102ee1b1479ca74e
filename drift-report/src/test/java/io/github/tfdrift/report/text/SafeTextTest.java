package io.github.tfdrift.report.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** A report line never breaks: each run of line breaks becomes one space, and nothing else changes. */
class SafeTextTest {
  @Test
  void oneLineTurnsEachRunOfLineBreaksIntoOneSpace() {
    assertThat(SafeText.oneLine("a\r\nb\n\nc\rd")).isEqualTo("a b c d");
    assertThat(SafeText.oneLine("\nlead and trail\r")).isEqualTo(" lead and trail ");
  }

  @Test
  void oneLineReturnsATextWithoutBreaksAsItIs() {
    String s = "aws_instance.web[\"a b\"]\t(sensitive)";
    assertThat(SafeText.oneLine(s)).isSameAs(s);
  }

  @Test
  void oneLineAgreesWithTheRegularExpressionOnGeneratedTexts() {
    Random r = new Random(20261203);
    char[] alphabet = {'a', ' ', '\n', '\r', '\t', 'é', '→'};
    for (int i = 0; i < 5_000; i++) {
      StringBuilder b = new StringBuilder();
      for (int n = r.nextInt(12); n > 0; n--) {
        b.append(alphabet[r.nextInt(alphabet.length)]);
      }
      String s = b.toString();
      assertThat(SafeText.oneLine(s)).as("%s", s).isEqualTo(s.replaceAll("[\\r\\n]+", " "));
    }
  }
}
