package io.github.tfdrift.rules.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A policy file as bytes: drift reads UTF-8 only, and says which encoding a file is in when an editor
 * saved it otherwise, where a byte is not UTF-8, and whether a syntax error is one of JSON or YAML.
 */
class PolicyFileTextTest {
  @TempDir Path dir;

  private PolicyError onlyError(byte[] bytes) throws Exception {
    Path f = dir.resolve("drift-policy.yaml");
    Files.write(f, bytes);
    PolicyErrors e = PolicyReader.read(f).swap().getOrElseThrow(p -> new AssertionError("accepted: " + p));
    assertThat(e.errors()).as(e.describe()).hasSize(1);
    return e.first();
  }

  private static byte[] bytes(int[] prefix, String text, java.nio.charset.Charset charset) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int b : prefix) {
      out.write(b);
    }
    out.writeBytes(text.getBytes(charset));
    return out.toByteArray();
  }

  @Test
  void aPolicySavedAsUtf16IsRejectedNamingItsEncoding() throws Exception {
    byte[] utf16 = bytes(new int[] {0xFF, 0xFE}, "accept: []\n", StandardCharsets.UTF_16LE);

    assertThat(onlyError(utf16).message()).isEqualTo("UTF-16 text (byte-order mark); drift reads UTF-8");
  }

  @Test
  void aPolicySavedAsUtf32IsRejectedNamingItsEncoding() throws Exception {
    byte[] utf32 = bytes(new int[] {0x00, 0x00, 0xFE, 0xFF}, "accept: []\n", java.nio.charset.Charset.forName("UTF-32BE"));

    assertThat(onlyError(utf32).message()).isEqualTo("UTF-32 text (byte-order mark); drift reads UTF-8");
  }

  @Test
  void aByteThatIsNotUtf8IsReportedWithItsOffset() throws Exception {
    byte[] latin1 = "accept: []\n# caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);

    assertThat(onlyError(latin1).message()).isEqualTo("not a text file (invalid UTF-8 at byte 16)");
  }

  @Test
  void aUtf8PolicyWithAByteOrderMarkIsRead() throws Exception {
    Path f = dir.resolve("drift-policy.yaml");
    Files.write(f, bytes(new int[] {0xEF, 0xBB, 0xBF}, "accept:\n  - attributes: [tags]\n", StandardCharsets.UTF_8));

    assertThat(PolicyReader.read(f).get().accept()).hasSize(1);
  }

  @Test
  void aJsonSyntaxErrorSaysJsonAndWhereItIs() {
    PolicyError e = PolicyReader.read("{\"accept\": [}\n", "p.json").getLeft().first();

    assertThat(e.describe()).startsWith("p.json:1:13: not valid JSON: ");
  }
}
