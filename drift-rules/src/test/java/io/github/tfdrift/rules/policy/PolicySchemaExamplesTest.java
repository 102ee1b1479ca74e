package io.github.tfdrift.rules.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every policy the project shows or ships, checked by the schema and by PolicyReader: the yaml blocks
 * of README.md and docs/*.md that are policies, and every policy file of the repository.
 */
class PolicySchemaExamplesTest {
  private static final Pattern YAML_BLOCK = Pattern.compile("```ya?ml\\n(.*?)```", Pattern.DOTALL);
  private static final Set<String> POLICY_KEYS =
      Set.of("version", "ignore_changes", "expected", "expiry_warning_days", "accept", "normalizers", "required_tags", "rules", "checks", "import_ids");

  /** Policy files of the test suites that are wrong on purpose: both must reject them. */
  private static final Set<String> INVALID_ON_PURPOSE =
      Set.of(
          "drift-cli/src/test/resources/policies/invalid.yaml",
          "drift-cli/src/test/resources/policies/several-problems.yaml",
          "drift-cli/src/test/resources/policies/bad-import-ids.yaml");

  @Test
  void everyPolicyInTheReadmeAndTheDocsIsValidForTheSchemaAndForDrift() throws IOException {
    List<Path> pages = new ArrayList<>(List.of(PolicySchema.ROOT.resolve("README.md")));
    try (Stream<Path> docs = Files.list(PolicySchema.ROOT.resolve("docs"))) {
      docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
    }
    List<String> checked = new ArrayList<>();
    for (Path page : pages) {
      Matcher m = YAML_BLOCK.matcher(Files.readString(page));
      int n = 0;
      while (m.find()) {
        n++;
        String block = m.group(1);
        if (!isPolicy(block)) {
          continue;
        }
        String where = PolicySchema.ROOT.relativize(page) + " yaml block " + n;
        assertThat(PolicySchema.problems(block)).as(where).isEmpty();
        assertThat(PolicySchema.readerProblems(block)).as(where).isEmpty();
        checked.add(where);
      }
    }
    assertThat(checked).as("the README's policy section has a policy").anyMatch(w -> w.startsWith("README.md"));
  }

  @Test
  void everyPolicyFileOfTheRepositoryIsJudgedAlikeByTheSchemaAndByDrift() throws IOException {
    List<Path> files;
    try (Stream<Path> all = Files.walk(PolicySchema.ROOT)) {
      files =
          all.filter(p -> !p.toString().contains("/target/") && !p.toString().contains("/.git/"))
              .filter(p -> p.getFileName().toString().matches("policy.*\\.ya?ml") || p.getParent().getFileName().toString().equals("policies"))
              .filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
              .sorted()
              .toList();
    }
    assertThat(files).as("the fixture policies of drift-testkit and drift-cli").hasSizeGreaterThanOrEqualTo(15);
    for (Path f : files) {
      String rel = PolicySchema.ROOT.relativize(f).toString();
      String text = Files.readString(f);
      assertThat(PolicyReader.read(f).isRight()).as(rel + " read by PolicyReader").isEqualTo(!INVALID_ON_PURPOSE.contains(rel));
      if (INVALID_ON_PURPOSE.contains(rel)) {
        assertThat(PolicySchema.problems(text)).as(rel).isNotEmpty();
      } else {
        assertThat(PolicySchema.problems(text)).as(rel).isEmpty();
      }
    }
  }

  @Test
  void theBundledExamplePoliciesNameTheSchemaForEditors() throws IOException {
    try (Stream<Path> all = Files.walk(PolicySchema.ROOT.resolve("drift-testkit/src/main/resources"))) {
      List<Path> policies = all.filter(p -> p.getFileName().toString().equals("policy.yaml")).toList();
      assertThat(policies).isNotEmpty();
      for (Path p : policies) {
        assertThat(Files.readString(p)).as(p.toString()).startsWith("# yaml-language-server: $schema=");
      }
    }
  }

  /** A yaml block is a policy when its document is a mapping and every top-level key is a policy key. */
  private static boolean isPolicy(String block) throws IOException {
    JsonNode n = new ObjectMapper(new YAMLFactory()).readTree(block);
    if (n == null || !n.isObject() || n.isEmpty()) {
      return false;
    }
    List<String> keys = new ArrayList<>();
    n.fieldNames().forEachRemaining(keys::add);
    return POLICY_KEYS.containsAll(keys);
  }
}
