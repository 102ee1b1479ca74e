package io.github.tfdrift.core.address;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tfdrift.core.value.JsonValue;
import io.github.tfdrift.core.value.JsonValues;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AttributePathTest {

  private static AttributePath path(String s) {
    Either<PathError, AttributePath> r = AttributePath.parse(s);
    assertThat(r.isRight()).as("parses %s: %s", s, r.isLeft() ? r.getLeft().describe() : "").isTrue();
    return r.get();
  }

  @Test
  void sshKeysPathOfTheRunbookIsParsedStepByStep() {
    AttributePath p = path("initialization[0].user_account[0].keys");

    assertThat(p.steps())
        .containsExactly(
            PathStep.attribute("initialization"),
            PathStep.index(0),
            PathStep.attribute("user_account"),
            PathStep.index(0),
            PathStep.attribute("keys"));
    assertThat(p.render()).isEqualTo("initialization[0].user_account[0].keys");
  }

  @Test
  void quotedMapKeyIsAKeyStep() {
    AttributePath p = path("tags[\"Name\"]");

    assertThat(p.steps()).containsExactly(PathStep.attribute("tags"), PathStep.key("Name"));
    assertThat(p.render()).isEqualTo("tags[\"Name\"]");
  }

  @Test
  void dottedAndQuotedMapKeysAreEqual() {
    AttributePath dotted = path("tags.Name");
    AttributePath quoted = path("tags[\"Name\"]");

    assertThat(dotted).isEqualTo(quoted);
    assertThat(dotted.hashCode()).isEqualTo(quoted.hashCode());
    assertThat(dotted.compareTo(quoted)).isZero();
    assertThat(new TreeSet<>(List.of(dotted, quoted))).hasSize(1);
  }

  @Test
  void allIsTheSpecialPathThatCoversEverything() {
    AttributePath all = path("all");

    assertThat(all.isAll()).isTrue();
    assertThat(all).isSameAs(AttributePath.all());
    assertThat(all.render()).isEqualTo("all");
    assertThat(all.covers(path("clone[0].vm_id"))).isTrue();
    assertThat(all.covers(AttributePath.root())).isTrue();
    assertThat(all.covers(AttributePath.all())).isTrue();
    assertThat(path("clone").covers(AttributePath.all())).isFalse();
    assertThat(all).isNotEqualTo(AttributePath.root());
  }

  @Test
  void cloneCoversEverythingInsideTheCloneBlock() {
    AttributePath clone = path("clone");

    assertThat(clone.covers(path("clone[0].vm_id"))).isTrue();
    assertThat(clone.covers(path("clone"))).isTrue();
    assertThat(clone.covers(path("clones"))).isFalse();
    assertThat(clone.covers(path("clon"))).isFalse();
    assertThat(path("clone[0].vm_id").covers(clone)).isFalse();
    assertThat(path("clone[0]").covers(path("clone[1].vm_id"))).isFalse();
    assertThat(path("clone[0].vm_id").overlaps(clone)).isTrue();
  }

  @Test
  void mapKeyCoversAcrossNotations() {
    assertThat(path("tags.Name").covers(path("tags[\"Name\"]"))).isTrue();
    assertThat(path("tags[\"Name\"]").covers(path("tags.Name"))).isTrue();
    assertThat(path("tags[\"Name\"]").covers(path("tags[\"Owner\"]"))).isFalse();
  }

  @Test
  void legacyDottedIndexIsAnIndex() {
    assertThat(path("list.0.id")).isEqualTo(path("list[0].id"));
    assertThat(path("list.0.id").steps().get(1)).isEqualTo(PathStep.index(0));
  }

  @Test
  void jsonPathOfReplacePathsIsReadAndWrittenBack() {
    JsonValue json = JsonValues.parseTrusted("[\"map\",\"key two\",\"id\"]");

    AttributePath p = AttributePath.fromJson(json).get();

    assertThat(p.render()).isEqualTo("map[\"key two\"].id");
    assertThat(p.toJson()).isEqualTo(json);
    assertThat(AttributePath.fromJson(JsonValues.parseTrusted("[\"list\",1,\"id\"]")).get())
        .isEqualTo(path("list[1].id"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{}|a path must be an array of strings and numbers",
        "[\"a\",1.5]|path step 1 is not a whole number",
        "[\"a\",99999999999]|path step 1 is not a whole number",
        "[\"a\",true]|path step 1 is neither a string nor a number",
        "[\"a\",null]|path step 1 is neither a string nor a number"
      })
  void badJsonPathsAreRejected(String json, String message) {
    assertThat(AttributePath.fromJson(JsonValues.parseTrusted(json)).getLeft().describe()).isEqualTo(message);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "tags",
        "tags[\"Name\"]",
        "tags[\"aws:cloudformation:stack-name\"]",
        "tags[\"with \\\"quote\\\"\"]",
        "memory[0].dedicated",
        "startup[0].order",
        "a.b.c[12].d[\"e.f\"][3]",
        "with-dash[0]"
      })
  void renderingRoundTrips(String text) {
    assertThat(path(text).render()).isEqualTo(text);
    assertThat(path(path(text).render())).isEqualTo(path(text));
  }

  @Test
  void aFirstNameStartingWithADigitRendersBareAndParsesBack() {
    assertThat(path("5").render()).isEqualTo("5");
    assertThat(path(path("0abc.x").render())).isEqualTo(path("0abc.x"));
  }

  @Test
  void keysThatAreNotIdentifiersRenderWithBrackets() {
    AttributePath p = AttributePath.root().child("tags").child("aws:cloudformation").child("x");

    assertThat(p.render()).isEqualTo("tags[\"aws:cloudformation\"].x");
    assertThat(AttributePath.of(PathStep.attribute("my key")).render()).isEqualTo("[\"my key\"]");
    assertThat(AttributePath.root().child("tags").child("Name").render()).isEqualTo("tags.Name");
  }

  @Test
  void pathsSortStepByStepWithIndexesInNumericOrder() {
    List<AttributePath> l =
        new ArrayList<>(
            List.of(path("a[10]"), path("b"), path("a[2]"), path("a"), AttributePath.all(), path("a[2].x")));
    Collections.sort(l);

    assertThat(l)
        .containsExactly(
            AttributePath.all(), path("a"), path("a[2]"), path("a[2].x"), path("a[10]"), path("b"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "''|empty attribute path",
        "'   '|empty attribute path",
        "tags[|expected an index or a quoted key at character 6",
        "tags[\"x|malformed quoted key at character 6",
        "tags[0|expected ']' at character 7",
        "tags[x]|expected an index or a quoted key at character 6",
        ".tags|unexpected '.' at character 1",
        "tags..x|unexpected '.' at character 6",
        "tags.|path ends with '.'",
        "[0]|a path must start with an attribute name (character 1)",
        "tags x|expected '.' or '[' at character 5",
        "tags[0]x|expected '.' or '[' at character 8",
        "tags.$x|unexpected character '$' at character 6",
        "list[99999999999]|index too large at character 6",
        "list.99999999999|index too large at character 6",
        "'  tags['|expected an index or a quoted key at character 8"
      })
  void badPathsGiveMessagesWithThePosition(String text, String message) {
    assertThat(AttributePath.parse(text).getLeft().describe()).isEqualTo(message);
  }

  @Test
  void aPathErrorCarriesTheCharacterOrTheStepWhereItGoesWrong() {
    assertThat(AttributePath.parse("tags[Name]").getLeft().position()).hasValue(5);
    assertThat(AttributePath.fromJson(JsonValues.parseTrusted("[\"a\",true]")).getLeft().position()).hasValue(1);
    assertThat(AttributePath.parse(" ").getLeft().position()).isEmpty();
  }

  @Test
  void aPatternKeepsWildcardsAsNamesAndReadsTheSplatAsStar() {
    AttributePath p = AttributePath.parsePattern("disk[*].size_*").get();

    assertThat(p.steps()).containsExactly(PathStep.attribute("disk"), PathStep.attribute("*"), PathStep.attribute("size_*"));
  }

  @Test
  void aPatternKeepsAQuotedStarAsALiteralKey() {
    assertThat(AttributePath.parsePattern("tags[\"*\"]").get().steps()).containsExactly(PathStep.attribute("tags"), PathStep.key("*"));
  }

  @Test
  void wildcardsAreNotPartOfAPlainPath() {
    assertThat(AttributePath.parse("tags.*").getLeft().describe()).isEqualTo("unexpected character '*' at character 6");
    assertThat(AttributePath.parse("disk[*]").getLeft().describe()).isEqualTo("expected an index or a quoted key at character 6");
  }

  @Test
  void aPatternIsParsedByTheSameGrammarAsAPath() {
    assertThat(AttributePath.parsePattern("tags[Name]").getLeft()).isEqualTo(AttributePath.parse("tags[Name]").getLeft());
    assertThat(AttributePath.parsePattern("disk.0.size").get()).isEqualTo(AttributePath.parse("disk[0].size").get());
  }
}
