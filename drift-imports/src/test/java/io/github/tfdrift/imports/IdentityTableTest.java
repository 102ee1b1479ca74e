package io.github.tfdrift.imports;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tfdrift.core.value.JsonValue;
import io.github.tfdrift.core.value.JsonValues;
import org.junit.jupiter.api.Test;

/** A table of identity templates (identities.yaml, a provider's identities) and what a wrong one says. */
class IdentityTableTest {
  private static String problem(String json) {
    return TemplateTables.readIdentities(JsonValues.parseTrusted(json), "identities").swap()
        .getOrElseThrow(t -> new AssertionError("read: " + t)).describe();
  }

  @Test
  void noTableHasNoIdentities() {
    assertThat(TemplateTables.readIdentities(JsonValue.nullValue(), "identities").get()).isEmpty();
  }

  @Test
  void aTableWithRequiredAndOptionalMembersReadsBoth() {
    var t = TemplateTables.readIdentities(
        JsonValues.parseTrusted("{\"aws_sqs_queue\": {\"required\": {\"url\": \"{url}\"}, \"optional\": {\"region\": \"{@region}\"}}}"),
        "identities").get();
    assertThat(t).containsOnlyKeys("aws_sqs_queue");
  }

  @Test
  void aListIsNotATable() {
    assertThat(problem("[]")).isEqualTo("identities: must be a map from resource type to identity");
  }

  @Test
  void aKeyThatIsNotAResourceTypeSaysSo() {
    assertThat(problem("{\"AWS Queue\": {\"required\": {\"url\": \"{url}\"}}}"))
        .isEqualTo("identities.AWS Queue: not a resource type (lower-case letters, digits and _, optionally ending in *)");
  }

  @Test
  void anIdentityThatIsNotAMapSaysSo() {
    assertThat(problem("{\"aws_sqs_queue\": \"{url}\"}")).isEqualTo("identities.aws_sqs_queue: must be a map with required: and optional optional:");
  }

  @Test
  void anUnknownKeyIsNamed() {
    assertThat(problem("{\"aws_sqs_queue\": {\"required\": {\"url\": \"{url}\"}, \"extra\": {}}}"))
        .isEqualTo("identities.aws_sqs_queue: unknown key 'extra' (an identity has required and optional)");
  }

  @Test
  void anIdentityNeedsARequiredMember() {
    assertThat(problem("{\"aws_sqs_queue\": {\"optional\": {\"region\": \"{@region}\"}}}"))
        .isEqualTo("identities.aws_sqs_queue: needs at least one required member");
  }

  @Test
  void membersMustBeAMap() {
    assertThat(problem("{\"aws_sqs_queue\": {\"required\": [\"url\"]}}"))
        .isEqualTo("identities.aws_sqs_queue.required: must be a map from identity member to template");
  }

  @Test
  void aMemberNameMustBeLowerCase() {
    assertThat(problem("{\"aws_sqs_queue\": {\"required\": {\"URL\": \"{url}\"}}}"))
        .isEqualTo("identities.aws_sqs_queue.required.URL: not an identity member name (lower-case letters, digits and _)");
  }

  @Test
  void aMemberMustBeATemplateString() {
    assertThat(problem("{\"aws_sqs_queue\": {\"required\": {\"url\": 3}}}"))
        .isEqualTo("identities.aws_sqs_queue.required.url: must be a template string");
  }

  @Test
  void aBadTemplateSaysWhichMember() {
    assertThat(problem("{\"aws_sqs_queue\": {\"required\": {\"url\": \"{url\"}}}")).startsWith("identities.aws_sqs_queue.required.url");
  }

  @Test
  void aBadOptionalMemberSaysSo() {
    assertThat(problem("{\"aws_sqs_queue\": {\"required\": {\"url\": \"{url}\"}, \"optional\": \"x\"}}"))
        .isEqualTo("identities.aws_sqs_queue.optional: must be a map from identity member to template");
  }

  @Test
  void aMemberBothRequiredAndOptionalIsNamed() {
    assertThat(problem("{\"aws_sqs_queue\": {\"required\": {\"url\": \"{url}\"}, \"optional\": {\"url\": \"{id}\"}}}"))
        .isEqualTo("identities.aws_sqs_queue.optional.url: is also required");
  }
}
