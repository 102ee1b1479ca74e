package io.github.tfdrift.rules.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tfdrift.core.address.AttributePath;
import io.github.tfdrift.core.value.JsonValue;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The policy's one attribute path syntax: Terraform's traversals, plus wildcards one step at a time. */
class PathPatternTest {
  /** A path as the plan JSON gives it (replace_paths, diffs): strings and numbers. */
  private static AttributePath planPath(Object... steps) {
    List<JsonValue> l = new java.util.ArrayList<>();
    for (Object s : steps) {
      l.add(s instanceof Integer i ? JsonValue.of(i) : JsonValue.of((String) s));
    }
    return AttributePath.fromJson(JsonValue.array(l)).get();
  }

  private static PathPattern p(String text) {
    return PathPattern.of(text);
  }

  @Test
  void indexAndAttributeSyntaxForAMapKeyMatchTheSamePlanPaths() {
    AttributePath managedBy = planPath("tags", "ManagedBy");
    assertThat(p("tags[\"ManagedBy\"]").covers(managedBy)).isTrue();
    assertThat(p("tags.ManagedBy").covers(managedBy)).isTrue();
    assertThat(p("tags[\"ManagedBy\"]")).isEqualTo(p("tags.ManagedBy")).hasSameHashCodeAs(p("tags.ManagedBy"));
    assertThat(p("tags[\"ManagedBy\"]").covers(planPath("tags", "Owner"))).isFalse();
  }

  @Test
  void aKeyThatIsNotANameIsWrittenQuotedAndMatchesThePlanKey() {
    assertThat(p("tags[\"kubernetes.io/cluster\"]").covers(planPath("tags", "kubernetes.io/cluster"))).isTrue();
    assertThat(p("tags[\"kubernetes.io/cluster\"]").covers(planPath("tags", "kubernetes"))).isFalse();
  }

  @Test
  void anIndexIsWrittenInBracketsOrAfterADot() {
    AttributePath size = planPath("disk", 0, "size");
    assertThat(p("disk[0].size").covers(size)).isTrue();
    assertThat(p("disk.0.size").covers(size)).isTrue();
    assertThat(p("disk[1].size").covers(size)).isFalse();
    assertThat(p("disk[0]").covers(planPath("disk", "0"))).isFalse();
  }

  @Test
  void aPatternCoversEverythingBelowWhatItNames() {
    assertThat(p("clone").covers(planPath("clone", 0, "vm_id"))).isTrue();
    assertThat(p("clone").coveredPart(planPath("clone", 0, "vm_id"))).contains(planPath("clone"));
    assertThat(p("clone[0].vm_id").covers(planPath("clone"))).isFalse();
    assertThat(p("all").covers(planPath("anything", 3))).isTrue();
    assertThat(p("all").coveredPart(planPath("anything"))).contains(AttributePath.all());
  }

  @Test
  void aSplatMatchesAnyOneStep() {
    assertThat(p("disk[*].size").covers(planPath("disk", 3, "size"))).isTrue();
    assertThat(p("disk.*.size").covers(planPath("disk", 3, "size"))).isTrue();
    assertThat(p("tags[*]").covers(planPath("tags", "Owner"))).isTrue();
    assertThat(p("disk[*].size").covers(planPath("disk", 3, "type"))).isFalse();
    assertThat(p("disk[*].size")).isEqualTo(p("disk.*.size"));
  }

  @Test
  void wildcardsInANameMatchWithinOneStepOnly() {
    assertThat(p("*_policy").covers(planPath("inline_policy"))).isTrue();
    assertThat(p("tags.Team*").covers(planPath("tags", "TeamName"))).isTrue();
    assertThat(p("tags.Team*").covers(planPath("tags", "Owner"))).isFalse();
    assertThat(p("*keys").covers(planPath("initialization", 0, "user_account", 0, "keys"))).isFalse();
    assertThat(p("tags.Team*").covers(planPath("tags", 0))).isFalse();
  }

  @Test
  void aQuotedKeyIsLiteralEvenWithAStar() {
    assertThat(p("tags[\"*\"]").covers(planPath("tags", "*"))).isTrue();
    assertThat(p("tags[\"*\"]").covers(planPath("tags", "Owner"))).isFalse();
    assertThat(p("tags[\"*\"]")).isNotEqualTo(p("tags.*"));
  }

  @Test
  void aLiteralPatternFromAPlanPathHasNoWildcards() {
    PathPattern star = PathPattern.literal(planPath("tags", "a*"));
    assertThat(star.hasWildcards()).isFalse();
    assertThat(star.covers(planPath("tags", "a*"))).isTrue();
    assertThat(star.covers(planPath("tags", "ab"))).isFalse();
    assertThat(PathPattern.literal(AttributePath.all())).isEqualTo(PathPattern.all());
  }

  @Test
  void renderingKeepsTheWrittenFormAndReparsesToAnEqualPattern() {
    for (String text : List.of("tags[\"Name\"]", "tags.Name", "disk[0].size", "disk[*].size", "*_policy", "tags[\"a b\"]", "all")) {
      assertThat(p(text).render()).isEqualTo(text);
      assertThat(p(p(text).render())).isEqualTo(p(text));
    }
    assertThat(p("disk.0.size").render()).isEqualTo("disk[0].size");
  }

  @Test
  void badTraversalsAreRejectedWithWhatIsWrong() {
    assertThat(PathPattern.parse("tags[Name]").getLeft().describe()).isEqualTo("expected an index or a quoted key at character 6");
    assertThat(PathPattern.parse("tags..Name").getLeft().describe()).isEqualTo("unexpected '.' at character 6");
    assertThat(PathPattern.parse("tags.").getLeft().describe()).isEqualTo("path ends with '.'");
    assertThat(PathPattern.parse("[0]").getLeft().describe()).startsWith("a path must start with an attribute name");
    assertThat(PathPattern.parse("").getLeft().describe()).isEqualTo("empty attribute path");
    assertThat(PathPattern.parse("tags.**").getLeft().describe()).startsWith("bad wildcard name '**': contains '**'");
  }

  @Test
  void pathsThatCanNeverMatchSayWhy() {
    assertThat(p("count").whyNeverMatches()).hasValueSatisfying(w -> assertThat(w).contains("meta-argument"));
    assertThat(p("lifecycle[0].ignore_changes").whyNeverMatches()).isPresent();
    assertThat(p("tags_all[0]").whyNeverMatches()).contains("'tags_all' is a map of tags, never indexed by number");
    assertThat(p("tags.Name.value").whyNeverMatches()).contains("a single value of 'tags' is a string, with nothing below it");
    assertThat(p("labels[\"env\"][0]").whyNeverMatches()).isPresent();
  }

  @Test
  void pathsThatMayMatchAreNotFlagged() {
    for (String text : List.of("tags", "tags.Name", "tags[0]", "tags[0].key", "tags_all.Name", "counter", "*", "tags.*.x", "all", "id")) {
      assertThat(p(text).whyNeverMatches()).as(text).isEmpty();
    }
  }

  @Test
  void aGlobProblemCarriesItsPosition() {
    assertThat(Glob.compile("aws_s3 bucket").getLeft().position()).hasValue(7);
    assertThat(Glob.compile("").getLeft().position()).isEmpty();
  }
}
