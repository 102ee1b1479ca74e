package io.github.tfdrift.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Finding a type's identity in a catalogue (exact key, else the longest prefix*), and the templates as values. */
class IdentityCatalogueLookupTest {
  private static ImportIdTemplate t(String text) {
    return ImportIdTemplate.parse(text).get();
  }

  private static ImportIdentityTemplate identity(String member, String template) {
    return ImportIdentityTemplate.of(Map.of(member, t(template)), Map.of());
  }

  private static ImportIdentityCatalogue catalogue() {
    Map<String, ImportIdentityTemplate> m = new LinkedHashMap<>();
    m.put("aws_*", identity("id", "{id}"));
    m.put("aws_sqs_*", identity("url", "{url}"));
    m.put("aws_sqs_queue_policy", identity("queue_url", "{queue_url}"));
    return ImportIdentityCatalogue.of(m, "test");
  }

  @Test
  void anExactKeyWinsOverEveryPrefix() {
    assertThat(catalogue().find("aws_sqs_queue_policy").orElseThrow().key()).isEqualTo("aws_sqs_queue_policy");
  }

  @Test
  void theLongestMatchingPrefixWinsWhateverTheOrder() {
    assertThat(catalogue().find("aws_sqs_queue").orElseThrow().key()).isEqualTo("aws_sqs_*");
  }

  @Test
  void aShorterPrefixCoversTheRest() {
    assertThat(catalogue().find("aws_iam_role").orElseThrow().key()).isEqualTo("aws_*");
  }

  @Test
  void aTypeNoKeyMatchesHasNoIdentity() {
    assertThat(catalogue().find("google_storage_bucket")).isEmpty();
  }

  @Test
  void aPrefixWithoutItsStarIsAnExactKeyOnly() {
    ImportIdentityCatalogue c = ImportIdentityCatalogue.of(Map.of("aws_sqs", identity("id", "{id}")), "test");
    assertThat(c.find("aws_sqs_queue")).isEmpty();
  }

  @Test
  void aKeyThatIsNotAResourceTypeIsRejected() {
    assertThatThrownBy(() -> ImportIdentityCatalogue.of(Map.of("AWS", identity("id", "{id}")), "test"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a resource type or prefix*: AWS");
  }

  @Test
  void theCatalogueSaysItsSizeAndProblems() {
    assertThat(catalogue()).hasToString("ImportIdentityCatalogue[3 entries, 0 problems]");
    assertThat(catalogue().entries()).containsOnlyKeys("aws_*", "aws_sqs_*", "aws_sqs_queue_policy");
  }

  @Test
  void identityTemplatesWithTheSameMembersInTheSameOrderAreEqual() {
    Map<String, ImportIdTemplate> a = new LinkedHashMap<>();
    a.put("url", t("{url}"));
    a.put("name", t("{name}"));
    assertThat(ImportIdentityTemplate.of(a, Map.of("region", t("{@region}"))))
        .isEqualTo(ImportIdentityTemplate.of(new LinkedHashMap<>(a), Map.of("region", t("{@region}"))))
        .hasSameHashCodeAs(ImportIdentityTemplate.of(new LinkedHashMap<>(a), Map.of("region", t("{@region}"))));
  }

  @Test
  void identityTemplatesWithTheirMembersInAnotherOrderDiffer() {
    Map<String, ImportIdTemplate> a = new LinkedHashMap<>();
    a.put("url", t("{url}"));
    a.put("name", t("{name}"));
    Map<String, ImportIdTemplate> b = new LinkedHashMap<>();
    b.put("name", t("{name}"));
    b.put("url", t("{url}"));
    assertThat(ImportIdentityTemplate.of(a, Map.of())).isNotEqualTo(ImportIdentityTemplate.of(b, Map.of()));
  }

  @Test
  void identityTemplatesWithOtherOptionalMembersDiffer() {
    assertThat(ImportIdentityTemplate.of(Map.of("url", t("{url}")), Map.of("region", t("{@region}"))))
        .isNotEqualTo(ImportIdentityTemplate.of(Map.of("url", t("{url}")), Map.of()))
        .isNotEqualTo(ImportIdentityTemplate.of(Map.of("url", t("{id}")), Map.of("region", t("{@region}"))))
        .isNotEqualTo("url");
  }

  @Test
  void anIdentityTemplateShowsItsMembersAndTemplates() {
    assertThat(ImportIdentityTemplate.of(Map.of("url", t("{url}")), Map.of("region", t("{@region}"))))
        .hasToString("ImportIdentityTemplate[url={url}, region?={@region}]");
  }

  @Test
  void idTemplatesAreEqualByTheirText() {
    assertThat(t("{name}")).isEqualTo(t("{name}")).hasSameHashCodeAs(t("{name}")).isNotEqualTo(t("{id}")).isNotEqualTo("{name}");
    assertThat(t("{name}")).hasToString("ImportIdTemplate[{name}]");
  }
}
