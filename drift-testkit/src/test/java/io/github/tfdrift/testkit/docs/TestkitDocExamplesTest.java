package io.github.tfdrift.testkit.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** docs/testkit.md shows exactly the examples compiled (and run) in this package, between their DOCS markers. */
class TestkitDocExamplesTest {
  static final Path DOC = Path.of("../docs/testkit.md");
  static final Path DIR = Path.of("src/test/java/io/github/tfdrift/testkit/docs");

  static String example(String name) throws IOException {
    String s = Files.readString(DIR.resolve(name + ".java"), StandardCharsets.UTF_8);
    return s.substring(s.indexOf("// DOCS-BEGIN\n") + "// DOCS-BEGIN\n".length(), s.indexOf("// DOCS-END"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"StatisticsExample", "EdgeCasesExample", "SchemaExample", "IntRangeExample"})
  void theDocShowsTheCompiledExample(String name) throws IOException {
    assertThat(Files.readString(DOC, StandardCharsets.UTF_8)).contains("```java\n" + example(name) + "```");
  }
}
