package io.github.tfdrift.fix;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tfdrift.config.ConfigurationReader;
import io.github.tfdrift.config.model.Configuration;
import io.github.tfdrift.core.json.PlanReader;
import io.github.tfdrift.core.model.Plan;
import io.github.tfdrift.fix.engine.Fixer;
import io.github.tfdrift.rules.Report;
import io.github.tfdrift.rules.engine.DriftEngine;
import io.github.tfdrift.rules.policy.Glob;
import io.github.tfdrift.testkit.PlanFixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/fixing.md's library example, compiled and run on the runbook's configuration and scenario 1;
 * the page shows the body between the markers verbatim.
 */
class FixingDocTest {
  private static final String SOURCE = "drift-fix/src/test/java/io/github/tfdrift/fix/FixingDocTest.java";

  @TempDir Path dir;

  @Test
  void theLibraryExampleAcceptsScenario1AndWritesTheFile() throws IOException {
    JellybuntuConfigurationTest.copy(dir);
    Path planFile = dir.resolve("s1.json");
    Files.writeString(planFile, PlanFixtures.fixture("s1-memory-changed").planJson());

    // fixing.md: begin
    Configuration config = ConfigurationReader.read(dir).getOrElseThrow(e -> new IllegalArgumentException(e.describe()));
    Plan plan = PlanReader.create().read(planFile).getOrElseThrow(e -> new IllegalArgumentException(e.describe()));
    Report report = DriftEngine.withDefaults().classify(plan, planFile.toString());
    PatchResult result = Fixer.accept(config, report, Selection.of(Glob.of("module.jellyfin.*")));
    result.refused().forEach(r -> System.err.println(r.describe()));   // address: reason, never a value
    System.out.print(result.patch().unifiedDiff());                   // review it...
    result.patch().applyTo(dir).getOrElseThrow(e -> new IllegalStateException(e.describe()));  // ...or write it
    // fixing.md: end

    assertThat(result.complete()).isTrue();
    assertThat(Files.readString(dir.resolve("vms.tf"))).contains("  memory    = 10240 # MiB\n");
  }

  @Test
  void fixingMdShowsTheExampleVerbatim() throws IOException {
    Path root = root();
    String source = Files.readString(root.resolve(SOURCE));
    int start = source.indexOf('\n', source.indexOf("// fixing.md: begin")) + 1;
    int end = source.lastIndexOf('\n', source.indexOf("// fixing.md: end"));
    StringBuilder snippet = new StringBuilder();
    source.substring(start, end + 1).lines().forEach(l -> snippet.append(l.substring(4)).append('\n'));

    assertThat(Files.readString(root.resolve("docs/fixing.md"))).contains("```java\n" + snippet + "```\n");
  }

  private static Path root() {
    for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
      if (Files.isRegularFile(d.resolve(SOURCE))) {
        return d;
      }
    }
    throw new AssertionError("no repository above " + Path.of("").toAbsolutePath());
  }
}
