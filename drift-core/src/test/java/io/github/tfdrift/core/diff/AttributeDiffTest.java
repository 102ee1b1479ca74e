package io.github.tfdrift.core.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tfdrift.core.address.AttributePath;
import io.github.tfdrift.core.model.Action;
import io.github.tfdrift.core.model.Change;
import io.github.tfdrift.core.value.JsonValue;
import io.github.tfdrift.core.value.JsonValues;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttributeDiffTest {

  /** JSON with single quotes for readability. */
  private static JsonValue json(String s) {
    return JsonValues.parseTrusted(s.replace('\'', '"'));
  }

  /** A change object: the keys of the format (before, after, after_unknown, *_sensitive). */
  private static Change change(String action, String changeJson) {
    JsonValue c = json(changeJson);
    return Change.builder()
        .addAction(Action.of(action))
        .before(c.get("before"))
        .after(c.get("after"))
        .afterUnknown(c.get("after_unknown"))
        .beforeSensitive(c.get("before_sensitive"))
        .afterSensitive(c.get("after_sensitive"))
        .build();
  }

  private static AttributeDiff diff(String action, String changeJson) {
    return AttributeDiff.of(change(action, changeJson));
  }

  private static AttributePath path(String s) {
    return AttributePath.parse(s).get();
  }

  @Test
  void memoryChangedInProxmoxIsOneLeafDifferenceInTheNestedBlock() {
    AttributeDiff d =
        diff(
            "update",
            "{'before': {'name': 'jellyfin', 'memory': [{'dedicated': 8192, 'floating': 0}]},"
                + " 'after': {'name': 'jellyfin', 'memory': [{'dedicated': 10240, 'floating': 0}]},"
                + " 'after_unknown': {'memory': [{}]}, 'before_sensitive': {'memory': [{}]},"
                + " 'after_sensitive': {'memory': [{}]}}");

    assertThat(d.paths()).containsExactly(path("memory[0].dedicated"));
    AttributeDifference m = d.get(0);
    assertThat(m.path().render()).isEqualTo("memory[0].dedicated");
    assertThat(m.before()).isEqualTo(JsonValue.of(8192));
    assertThat(m.after()).isEqualTo(JsonValue.of(10240));
    assertThat(m.kind()).isEqualTo(AttributeDifference.Kind.CHANGED);
    assertThat(m.unknownAfter()).isFalse();
    assertThat(m.sensitive()).isFalse();
  }

  @Test
  void startupOrderChangedIsADifferenceAtStartupOrder() {
    AttributeDiff d =
        diff(
            "update",
            "{'before': {'startup': [{'order': 1, 'up_delay': 0}]},"
                + " 'after': {'startup': [{'order': 2, 'up_delay': 0}]}}");

    assertThat(d.paths()).containsExactly(path("startup[0].order"));
    assertThat(d.get(0).before()).isEqualTo(JsonValue.of(1));
    assertThat(d.get(0).after()).isEqualTo(JsonValue.of(2));
  }

  @Test
  void replacedTagInAListIsADifferenceAtItsIndex() {
    AttributeDiff d =
        diff("update", "{'before': {'tags': ['old-tag']}, 'after': {'tags': ['new-tag']}}");

    assertThat(d.paths()).containsExactly(path("tags[0]"));
    assertThat(d.get(0).before()).isEqualTo(JsonValue.of("old-tag"));
    assertThat(d.get(0).after()).isEqualTo(JsonValue.of("new-tag"));
  }

  @Test
  void longerListGivesAnAddedElementAndShorterListARemovedOne() {
    AttributeDiff longer = diff("update", "{'before': {'tags': ['a']}, 'after': {'tags': ['a', 'b']}}");
    AttributeDiff shorter =
        diff("update", "{'before': {'tags': ['a', 'b', 'c']}, 'after': {'tags': ['a']}}");

    assertThat(longer.paths()).containsExactly(path("tags[1]"));
    assertThat(longer.get(0).before().isAbsent()).isTrue();
    assertThat(longer.get(0).kind()).isEqualTo(AttributeDifference.Kind.ADDED);
    assertThat(shorter.paths()).containsExactly(path("tags[1]"), path("tags[2]"));
    assertThat(shorter.get(1).after().isAbsent()).isTrue();
    assertThat(shorter.get(1).kind()).isEqualTo(AttributeDifference.Kind.REMOVED);
  }

  @Test
  void mapKeysCompareByKeyAndRenderWithBracketsWhenNotIdentifiers() {
    AttributeDiff d =
        diff(
            "update",
            "{'before': {'tags': {'Name': 'web', 'aws:cloudformation:stack-name': 's1', 'Gone': 'x'}},"
                + " 'after': {'tags': {'aws:cloudformation:stack-name': 's2', 'Name': 'web2', 'New key': 'y'}}}");

    assertThat(d.paths())
        .extracting(AttributePath::render)
        .containsExactly(
            "tags.Name", "tags[\"aws:cloudformation:stack-name\"]", "tags.Gone", "tags[\"New key\"]");
    assertThat(d.at(path("tags[\"Name\"]"))).isPresent();
    assertThat(d.at(path("tags.Gone")).get().kind()).isEqualTo(AttributeDifference.Kind.REMOVED);
    assertThat(d.at(path("tags[\"New key\"]")).get().kind())
        .isEqualTo(AttributeDifference.Kind.ADDED);
  }

  @Test
  void addedMapKeyHoldingAnObjectIsOneDifference() {
    AttributeDiff d =
        diff(
            "update",
            "{'before': {'rules': {}}, 'after': {'rules': {'ssh': {'port': 22, 'cidr': ['0.0.0.0/0']}}}}");

    assertThat(d.paths()).containsExactly(path("rules.ssh"));
    assertThat(d.get(0).after()).isEqualTo(json("{'port': 22, 'cidr': ['0.0.0.0/0']}"));
  }

  @Test
  void sensitiveLeafIsMarkedAndNeverPrinted() {
    AttributeDiff d =
        diff(
            "update",
            "{'before': {'username': 'admin', 'password': 'hunter2-old-secret'},"
                + " 'after': {'username': 'admin', 'password': 'correct-horse-battery'},"
                + " 'before_sensitive': {'password': true}, 'after_sensitive': {'password': true}}");

    assertThat(d.paths()).containsExactly(path("password"));
    assertThat(d.get(0).sensitive()).isTrue();
    assertThat(d.anySensitive()).isTrue();
    assertThat(d.get(0).toString())
        .isEqualTo("password: (sensitive) -> (sensitive) [sensitive]")
        .doesNotContain("hunter2")
        .doesNotContain("correct-horse");
    assertThat(d.toString()).doesNotContain("hunter2").doesNotContain("correct-horse");
  }

  @Test
  void valueThatBecomesSensitiveIsSensitive() {
    AttributeDiff d =
        diff(
            "update",
            "{'before': {'token': 'plain-old-token'}, 'after': {'token': 'new-secret-token'},"
                + " 'after_sensitive': {'token': true}}");

    assertThat(d.get(0).sensitive()).isTrue();
    assertThat(d.toString()).doesNotContain("plain-old-token").doesNotContain("new-secret-token");
  }

  @Test
  void leafBelowASensitiveParentIsSensitiveAndItsKeyIsHiddenInToString() {
    AttributeDiff d =
        diff(
            "update",
            "{'before': {'env': {'DB_PASSWORD': 'pw-one-secret', 'MODE': 'a'}},"
                + " 'after': {'env': {'DB_PASSWORD': 'pw-two-secret', 'MODE': 'a'}},"
                + " 'before_sensitive': {'env': true}, 'after_sensitive': {'env': true}}");

    assertThat(d.paths()).containsExactly(path("env.DB_PASSWORD"));
    AttributeDifference x = d.get(0);
    assertThat(x.sensitive()).isTrue();
    assertThat(x.displayPath()).isEqualTo("env[(sensitive)]");
    assertThat(x.toString())
        .isEqualTo("env[(sensitive)]: (sensitive) -> (sensitive) [sensitive]")
        .doesNotContain("DB_PASSWORD")
        .doesNotContain("pw-");
  }

  @Test
  void addedBlockWithASensitiveAttributeInsideIsSensitive() {
    AttributeDiff d =
        diff(
            "update",
            "{'before': {'user': []}, 'after': {'user': [{'name': 'root', 'password': 's3cr3t-value'}]},"
                + " 'after_sensitive': {'user': [{'password': true}]}}");

    assertThat(d.paths()).containsExactly(path("user[0]"));
    assertThat(d.get(0).sensitive()).isTrue();
    assertThat(d.get(0).displayPath()).isEqualTo("user[0]");
    assertThat(d.toString()).doesNotContain("s3cr3t-value");
  }

  @Test
  void wholeSensitiveOutputHidesItsKeys() {
    AttributeDiff d =
        AttributeDiff.of(
            json("{'alpha key': 'one'}"),
            json("{'alpha key': 'two'}"),
            JsonValue.of(false),
            JsonValue.of(true),
            JsonValue.of(true));

    assertThat(d.get(0).path().render()).isEqualTo("[\"alpha key\"]");
    assertThat(d.toString()).doesNotContain("alpha key").contains("[(sensitive)]");
  }

  @Test
  void numbersCompareByValue() {
    assertThat(diff("update", "{'before': {'size': 1, 'ratio': 0.50}, 'after': {'size': 1.0, 'ratio': 0.5}}"))
        .isEmpty();
    assertThat(diff("update", "{'before': {'size': 1}, 'after': {'size': 1.5}}").paths())
        .containsExactly(path("size"));
    assertThat(diff("update", "{'before': {'big': 12345678901234567890}, 'after': {'big': 12345678901234567891}}").paths())
        .containsExactly(path("big"));
  }

  @Test
  void numberAndStringOfTheSameDigitsDiffer() {
    AttributeDiff d = diff("update", "{'before': {'port': '22'}, 'after': {'port': 22}}");

    assertThat(d.paths()).containsExactly(path("port"));
  }

  @Test
  void unknownAfterIsKnownAfterApply() {
    AttributeDiff d =
        diff(
            "update",
            "{'before': {'id': 'vm-100', 'arn': 'arn:x'}, 'after': {'arn': 'arn:x'},"
                + " 'after_unknown': {'id': true}}");

    assertThat(d.paths()).containsExactly(path("id"));
    AttributeDifference id = d.get(0);
    assertThat(id.unknownAfter()).isTrue();
    assertThat(id.before()).isEqualTo(JsonValue.of("vm-100"));
    assertThat(id.after().isAbsent()).isTrue();
    assertThat(id.kind()).isEqualTo(AttributeDifference.Kind.CHANGED);
    assertThat(id.toString()).isEqualTo("id: Str(6 chars) -> (known after apply) [unknown after]");
    assertThat(d.anyUnknownAfter()).isTrue();
  }

  @Test
  void unknownListElementIsOneDifferenceAtItsIndex() {
    AttributeDiff d =
        diff(
            "update",
            "{'before': {'ips': ['10.0.0.1', '10.0.0.2']}, 'after': {'ips': ['10.0.0.1', null]},"
                + " 'after_unknown': {'ips': [false, true]}}");

    assertThat(d.paths()).containsExactly(path("ips[1]"));
    assertThat(d.get(0).unknownAfter()).isTrue();
  }

  @Test
  void unknownBlockIsOneDifferenceEvenWhenBeforeHadDetail() {
    AttributeDiff d =
        diff(
            "update",
            "{'before': {'disk': [{'size': 10, 'id': 'd1'}]}, 'after': {},"
                + " 'after_unknown': {'disk': true}}");

    assertThat(d.paths()).containsExactly(path("disk"));
    assertThat(d.get(0).unknownAfter()).isTrue();
  }

  @Test
  void whollyUnknownAfterIsOneUnknownDifferenceAtTheRoot() {
    AttributeDiff d =
        AttributeDiff.of(
            JsonValue.of("old"), JsonValue.absent(), JsonValue.of(true), JsonValue.of(false), JsonValue.of(false));

    assertThat(d.size()).isEqualTo(1);
    assertThat(d.get(0).path().isRoot()).isTrue();
    assertThat(d.get(0).unknownAfter()).isTrue();
    assertThat(d.get(0).toString()).isEqualTo("(root): Str(3 chars) -> (known after apply) [unknown after]");
  }

  @Test
  void valueThatChangesTypeIsOneDifference() {
    AttributeDiff d =
        diff(
            "update",
            "{'before': {'policy': 'text', 'network': null, 'list': ['a']},"
                + " 'after': {'policy': {'Version': '2012'}, 'network': {'bridge': 'vmbr0'}, 'list': 'a'}}");

    assertThat(d.paths()).containsExactly(path("policy"), path("network"), path("list"));
    assertThat(d.at(path("network")).get().kind()).isEqualTo(AttributeDifference.Kind.ADDED);
    assertThat(d.at(path("network")).get().before().isNull()).isTrue();
  }

  @Test
  void nullOnOneSideAndMissingOnTheOtherIsNoDifference() {
    assertThat(diff("update", "{'before': {'a': null, 'b': 1}, 'after': {'b': 1}}")).isEmpty();
    assertThat(diff("update", "{'before': {'b': 1}, 'after': {'a': null, 'b': 1}}")).isEmpty();
  }

  @Test
  void createGivesOneDifferencePerTopLevelAttributeWithAValue() {
    AttributeDiff d =
        diff(
            "create",
            "{'before': null, 'after': {'name': 'vm', 'memory': [{'dedicated': 8192}], 'description': null},"
                + " 'after_unknown': {'id': true, 'memory': [{}]}, 'before_sensitive': false,"
                + " 'after_sensitive': {'memory': [{}]}}");

    assertThat(d.paths()).containsExactly(path("name"), path("memory"), path("id"));
    assertThat(d.differences()).allMatch(x -> x.kind() == AttributeDifference.Kind.ADDED);
    assertThat(d.differences()).allMatch(x -> x.before().isAbsent());
    assertThat(d.at(path("id")).get().unknownAfter()).isTrue();
    assertThat(d.at(path("memory")).get().after()).isEqualTo(json("[{'dedicated': 8192}]"));
  }

  @Test
  void deleteGivesOneRemovedDifferencePerTopLevelAttributeWithAValue() {
    AttributeDiff d =
        diff(
            "delete",
            "{'before': {'id': 'i-1', 'tags': {'a': 'b'}, 'note': null}, 'after': null,"
                + " 'after_unknown': {}, 'before_sensitive': {'note': true}, 'after_sensitive': false}");

    assertThat(d.paths()).containsExactly(path("id"), path("tags"));
    assertThat(d.differences()).allMatch(x -> x.kind() == AttributeDifference.Kind.REMOVED);
    assertThat(d.differences()).allMatch(x -> x.after().isAbsent());
  }

  @Test
  void createOfAPlainValueIsOneRootDifference() {
    AttributeDiff d =
        AttributeDiff.of(
            JsonValue.nullValue(), JsonValue.of("v"), JsonValue.of(false), JsonValue.of(false), JsonValue.of(false));

    assertThat(d.size()).isEqualTo(1);
    assertThat(d.get(0).path()).isEqualTo(AttributePath.root());
  }

  @Test
  void equalValuesGiveAnEmptyDiff() {
    AttributeDiff d =
        diff(
            "no-op",
            "{'before': {'a': [1, {'b': 'c'}], 'm': {'k': 'v'}}, 'after': {'m': {'k': 'v'}, 'a': [1, {'b': 'c'}]}}");

    assertThat(d.isEmpty()).isTrue();
    assertThat(d.paths()).isEmpty();
    assertThat(d).isSameAs(AttributeDiff.empty());
    assertThat(d.toString()).isEqualTo("AttributeDiff[0 differences]");
  }

  @Test
  void ignoredPathsOfTheRunbookLeaveOnlyRealDrift() {
    AttributeDiff d =
        diff(
            "update",
            "{'before': {'memory': [{'dedicated': 8192}], 'clone': [{'vm_id': 9000}],"
                + " 'initialization': [{'user_account': [{'keys': ['ssh-ed25519 AAAA1']}]}]},"
                + " 'after': {'memory': [{'dedicated': 10240}], 'clone': [{'vm_id': 9001}],"
                + " 'initialization': [{'user_account': [{'keys': ['ssh-ed25519 AAAA2']}]}]}}");

    AttributeDiff real =
        d.excluding(List.of(path("initialization[0].user_account[0].keys"), path("clone")));

    assertThat(d.size()).isEqualTo(3);
    assertThat(real.paths()).containsExactly(path("memory[0].dedicated"));
    assertThat(d.excluding(List.of(AttributePath.all()))).isEmpty();
  }

  @Test
  void diffIsImmutable() {
    AttributeDiff d = diff("update", "{'before': {'a': 1}, 'after': {'a': 2}}");

    assertThatThrownBy(() -> d.differences().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> d.paths().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThat(d.filter(x -> false)).isEmpty();
    assertThat(d.size()).isEqualTo(1);
  }

  @Test
  void diffsOfEqualChangesAreEqual() {
    String c = "{'before': {'a': 1, 'b': [1]}, 'after': {'a': 2, 'b': [1, 2]}}";

    assertThat(diff("update", c)).isEqualTo(diff("update", c));
    assertThat(diff("update", c).hashCode()).isEqualTo(diff("update", c).hashCode());
    assertThat(diff("update", c).toString())
        .isEqualTo("AttributeDiff[2 differences: a: Num -> Num; b[1]: (absent) -> Num]");
  }

  @Test
  void lambdaEnvironmentVariablesMarkedSensitiveAreOneDifferenceAsShownHidingTheirKeys() {
    Change c =
        change(
            "update",
            "{'before': {'environment': [{'variables': {'DB_PASSWORD': 'old', 'MODE': 'a'}}], 'memory_size': 128},"
                + " 'after': {'environment': [{'variables': {'DB_PASSWORD': 'new', 'MODE': 'b'}}], 'memory_size': 128},"
                + " 'after_unknown': {}, 'before_sensitive': {'environment': [{'variables': true}]},"
                + " 'after_sensitive': {'environment': [{'variables': true}]}}");

    AttributeDiff shown = AttributeDiff.asShown(c);

    assertThat(shown.paths()).containsExactly(path("environment[0].variables"));
    assertThat(shown.get(0).sensitive()).isTrue();
    assertThat(shown.get(0).before().get("DB_PASSWORD")).isEqualTo(JsonValue.of("old"));
    assertThat(shown.toString()).doesNotContain("DB_PASSWORD").doesNotContain("old").doesNotContain("new");
    assertThat(AttributeDiff.of(c).paths())
        .containsExactly(path("environment[0].variables.DB_PASSWORD"), path("environment[0].variables.MODE"));
  }

  @Test
  void unchangedSensitiveValueIsNoDifferenceAsShown() {
    Change c =
        change(
            "update",
            "{'before': {'password': 'hunter2', 'port': 5432}, 'after': {'password': 'hunter2', 'port': 5433},"
                + " 'after_unknown': {}, 'before_sensitive': {'password': true}, 'after_sensitive': {'password': true}}");

    assertThat(AttributeDiff.asShown(c).paths()).containsExactly(path("port"));
  }

  @Test
  void newNestedAttributeKnownOnlyAfterApplyIsOneUnknownDifference() {
    AttributeDiff d =
        diff(
            "update",
            "{'before': {'name': 'a'}, 'after': {'name': 'a'},"
                + " 'after_unknown': {'network_interface': [{'id': true}]}, 'before_sensitive': {}, 'after_sensitive': {}}");

    assertThat(d.paths()).containsExactly(path("network_interface"));
    assertThat(d.get(0).unknownAfter()).isTrue();
  }

  @Test
  void blockLeftOutOfAfterWhileItsInsideIsUnknownIsUnknownNotRemoved() {
    AttributeDiff d =
        diff(
            "update",
            "{'before': {'disk': [{'size': 10}]}, 'after': {},"
                + " 'after_unknown': {'disk': [{'size': true}]}, 'before_sensitive': {}, 'after_sensitive': {}}");

    assertThat(d.paths()).containsExactly(path("disk"));
    assertThat(d.get(0).unknownAfter()).isTrue();
    assertThat(d.get(0).kind()).isEqualTo(AttributeDifference.Kind.CHANGED);
  }
}
