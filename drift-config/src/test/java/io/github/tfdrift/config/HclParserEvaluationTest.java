package io.github.tfdrift.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.bertramlabs.plugins.hcl4j.HCLParser;
import io.github.tfdrift.config.internal.HclParsing;
import io.github.tfdrift.config.source.ParsedFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Why the reader uses rewrite-hcl: it prints what it parsed back byte for byte, comments and
 * formatting included, which {@code drift fix} needs; hcl4j returns maps. Runs on the handwritten
 * fixtures and the runbooks' HCL always, and on any directory of real configurations given as
 * {@code -Dtfdrift.hclEval=DIR} (see docs/config-parser.md).
 */
class HclParserEvaluationTest {

  @Test
  void rewrite_hcl_prints_every_fixture_file_back_byte_for_byte() throws IOException {
    Path fixtures = Fixtures.dir("");
    HclParserEvaluation.Result r = HclParserEvaluation.run(fixtures);

    assertThat(r.files()).isGreaterThanOrEqualTo(15);
    assertThat(r.rewriteFailures()).isEmpty();
    assertThat(r.identicalPrints()).isEqualTo(r.files());
  }

  @Test
  void rewrite_hcl_prints_the_runbooks_hcl_back_byte_for_byte() throws IOException {
    List<String> snippets = runbookHcl();
    assertThat(snippets).isNotEmpty();

    for (String snippet : snippets) {
      ParsedFile parsed = HclParsing.parse("runbook.tf", Path.of("runbook.tf"), snippet)
          .getOrElseThrow(e -> new AssertionError(e.describe()));
      assertThat(parsed.tree().printAll()).isEqualTo(snippet);
    }
  }

  @Test
  void hcl4j_reads_the_same_file_into_maps_without_its_comments() throws Exception {
    String text = Files.readString(Fixtures.dir("proxmox/modules/vm/main.tf"), StandardCharsets.UTF_8);

    Map<String, Object> parsed = new HCLParser().parse(text, true);

    assertThat(parsed).containsKey("resource");
    assertThat(parsed.toString()).doesNotContain("SSH key format").doesNotContain("Golden image rotation");
  }

  @Test
  void real_configurations_given_on_the_command_line_print_back_byte_for_byte() throws IOException {
    String dir = System.getProperty("tfdrift.hclEval", "");
    Path root = dir.isEmpty() ? Fixtures.dir("") : Path.of(dir);
    List<String> lines = new ArrayList<>();
    lines.add("| repository | files | bytes | rewrite-hcl parse failures | identical prints | rewrite-hcl ms | hcl4j parse failures | hcl4j ms |");
    lines.add("| --- | --: | --: | --: | --: | --: | --: | --: |");
    List<String> failures = new ArrayList<>();
    int files = 0;
    int identical = 0;
    int parsed = 0;
    try (var repos = Files.list(root)) {
      for (Path repo : repos.sorted().filter(Files::isDirectory).toList()) {
        HclParserEvaluation.Result r = HclParserEvaluation.run(repo);
        lines.add(r.table(repo.getFileName().toString()));
        r.rewriteFailures().forEach(f -> failures.add("rewrite-hcl " + repo.getFileName() + "/" + f));
        r.hcl4jFailures().forEach(f -> failures.add("hcl4j " + repo.getFileName() + "/" + f));
        files += r.files();
        identical += r.identicalPrints();
        parsed += r.files() - r.rewriteFailures().size();
      }
    }
    Path out = Path.of("target", "config-parser-evaluation.md");
    Files.createDirectories(out.getParent());
    List<String> report = new ArrayList<>(lines);
    report.add("");
    failures.forEach(f -> report.add("- " + f));
    Files.write(out, report, StandardCharsets.UTF_8);

    assertThat(files).isPositive();
    assertThat(identical).as("every file rewrite-hcl parses prints back identical").isEqualTo(parsed);
  }

  /** The ```hcl blocks of the runbooks in the shared seeds. */
  private static List<String> runbookHcl() throws IOException {
    String seeds = System.getProperty("tfdrift.seeds", "../../shared/seeds");
    List<String> out = new ArrayList<>();
    Pattern block = Pattern.compile("```hcl\\n(.*?)```", Pattern.DOTALL);
    try (var files = Files.list(Path.of(seeds))) {
      for (Path f : files.sorted().toList()) {
        Matcher m = block.matcher(Files.readString(f, StandardCharsets.UTF_8));
        while (m.find()) {
          out.add(m.group(1));
        }
      }
    }
    return out;
  }
}
