package io.github.tfdrift.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The committed fixture files are exactly what {@link FixtureScenarios} defines. Run with {@code
 * -Dtfdrift.regenerateFixtures=true} after changing a definition to rewrite them.
 */
class FixtureFilesTest {
  static final Path DIR = Path.of("src/main/resources/io/github/tfdrift/testkit/fixtures");

  @Test
  void committedFixtureFilesEqualTheirDefinitions() throws IOException {
    boolean regenerate = Boolean.getBoolean("tfdrift.regenerateFixtures");
    for (Map.Entry<String, Map<String, String>> fixture : FixtureScenarios.all().entrySet()) {
      for (Map.Entry<String, String> file : fixture.getValue().entrySet()) {
        Path p = DIR.resolve(fixture.getKey()).resolve(file.getKey());
        if (regenerate) {
          Files.createDirectories(p.getParent());
          Files.writeString(p, file.getValue(), StandardCharsets.UTF_8);
        }
        assertThat(p).as("generated file %s", p).exists();
        assertThat(Files.readString(p, StandardCharsets.UTF_8))
            .as("%s differs from its definition (regenerate with -Dtfdrift.regenerateFixtures=true)", p)
            .isEqualTo(file.getValue());
      }
    }
  }

  /** The directory of the configuration fixtures, beside the scenarios. */
  private static final String CONFIGURATIONS = "configurations";

  @Test
  void eachConfigurationFixtureListsExactlyItsFiles() throws IOException {
    try (Stream<Path> configs = Files.list(DIR.resolve(CONFIGURATIONS))) {
      for (Path c : configs.toList()) {
        List<String> listed = Files.readAllLines(c.resolve("files.txt")).stream()
            .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).sorted().toList();
        try (Stream<Path> files = Files.walk(c)) {
          List<String> present = files.filter(Files::isRegularFile).map(f -> c.relativize(f).toString().replace('\\', '/'))
              .filter(f -> !f.equals("files.txt")).sorted().toList();
          assertThat(listed).as(c.getFileName() + "/files.txt").isEqualTo(present);
        }
      }
    }
  }

  @Test
  void indexListsEveryFixtureDirectoryAndEachHasItsThreeFiles() throws IOException {
    TreeSet<String> dirs;
    try (Stream<Path> s = Files.list(DIR)) {
      dirs = s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
    }
    dirs.remove(CONFIGURATIONS); // configuration fixtures (.tf files), not scenarios
    List<String> names = PlanFixtures.names();
    assertThat(new TreeSet<>(names)).isEqualTo(dirs);
    assertThat(names).containsExactlyElementsOf(FixtureScenarios.all().keySet());
    for (String n : names) {
      assertThat(DIR.resolve(n).resolve("plan.json")).exists();
      assertThat(DIR.resolve(n).resolve("policy.yaml")).exists();
      assertThat(DIR.resolve(n).resolve("expected.json")).exists();
    }
  }
}
