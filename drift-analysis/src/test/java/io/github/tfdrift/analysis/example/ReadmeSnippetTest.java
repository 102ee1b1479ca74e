package io.github.tfdrift.analysis.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * README's "Using the library" shows exactly the body of {@link UsingTheLibraryExampleTest}, so the
 * snippet a newcomer copies is the one the build compiles and runs.
 */
class ReadmeSnippetTest {
  private static final String TEST_SOURCE =
      "drift-analysis/src/test/java/io/github/tfdrift/analysis/example/UsingTheLibraryExampleTest.java";

  @Test
  void theReadmeShowsTheCompiledSnippetVerbatim() throws IOException {
    Path root = repositoryRoot();
    String source = Files.readString(root.resolve(TEST_SOURCE));
    int start = source.indexOf("    AnalysisResult result =\n");
    int end = source.indexOf("\n", source.indexOf("    int exitCode = result.exitCode();"));
    assertThat(start).as("the snippet's first line in the test").isPositive();
    StringBuilder snippet = new StringBuilder();
    source.substring(start, end + 1).lines().forEach(l -> snippet.append(l.substring(4)).append('\n'));

    assertThat(Files.readString(root.resolve("README.md"))).contains("```java\n").contains(snippet);
  }

  /** The repository root: tests run in drift-analysis/target/test-classes/example. */
  private static Path repositoryRoot() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve(TEST_SOURCE))) {
        return dir;
      }
    }
    throw new AssertionError("no repository above " + Path.of("").toAbsolutePath());
  }
}
