package io.github.tfdrift.rules.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/rules.md shows exactly the example rules compiled here, between their DOCS markers. */
class RulesDocExamplesTest {
  static final Path DOC = Path.of("../docs/rules.md");
  static final Path DIR = Path.of("src/test/java/io/github/tfdrift/rules/examples");

  static String example(String name) throws IOException {
    String s = Files.readString(DIR.resolve(name + ".java"), StandardCharsets.UTF_8);
    return s.substring(s.indexOf("// DOCS-BEGIN\n") + "// DOCS-BEGIN\n".length(), s.indexOf("// DOCS-END"));
  }

  static String doc() throws IOException {
    return Files.readString(DOC, StandardCharsets.UTF_8);
  }

  @Test
  void theDocShowsTheCompiledLastScannedRule() throws IOException {
    assertThat(doc()).contains("```java\n" + example("LastScannedIsCosmetic") + "```");
  }

  @Test
  void theDocShowsTheCompiledS3AclRule() throws IOException {
    assertThat(doc()).contains("```java\n" + example("S3AclPublicIsStop") + "```");
  }
}
