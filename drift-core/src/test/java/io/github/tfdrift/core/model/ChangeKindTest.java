package io.github.tfdrift.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChangeKindTest {

  private static List<Action> actions(String words) {
    if (words.isEmpty()) {
      return List.of();
    }
    return Arrays.stream(words.split(",")).map(Action::of).collect(Collectors.toList());
  }

  /** Every actions array of the format reference (section 5.1), and shapes it does not list. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "no-op|NO_OP",
        "create|CREATE",
        "read|READ",
        "update|UPDATE",
        "delete,create|REPLACE_DELETE_FIRST",
        "create,delete|REPLACE_CREATE_FIRST",
        "delete|DELETE",
        "forget|FORGET",
        "create,forget|REPLACE_CREATE_THEN_FORGET",
        "forget,create|REPLACE_FORGET_THEN_CREATE",
        "open|OPEN",
        "Open|UNKNOWN",
        "Renew|UNKNOWN",
        "''|UNKNOWN",
        "delete,delete|UNKNOWN",
        "create,create|UNKNOWN",
        "update,create|UNKNOWN",
        "delete,forget|UNKNOWN",
        "create,delete,forget|UNKNOWN"
      })
  void actionArraysMapToTheirKind(String words, ChangeKind kind) {
    assertThat(ChangeKind.of(actions(words))).isEqualTo(kind);
  }

  @Test
  void everyReplacementIsAReplaceButOnlyDeletesDestroy() {
    assertThat(ChangeKind.REPLACE_DELETE_FIRST.isReplace()).isTrue();
    assertThat(ChangeKind.REPLACE_CREATE_FIRST.isReplace()).isTrue();
    assertThat(ChangeKind.REPLACE_CREATE_THEN_FORGET.isReplace()).isTrue();
    assertThat(ChangeKind.REPLACE_FORGET_THEN_CREATE.isReplace()).isTrue();
    assertThat(ChangeKind.UPDATE.isReplace()).isFalse();

    assertThat(ChangeKind.DELETE.isDestructive()).isTrue();
    assertThat(ChangeKind.REPLACE_DELETE_FIRST.isDestructive()).isTrue();
    assertThat(ChangeKind.REPLACE_CREATE_FIRST.isDestructive()).isTrue();
    assertThat(ChangeKind.REPLACE_CREATE_THEN_FORGET.isDestructive()).isFalse();
    assertThat(ChangeKind.REPLACE_FORGET_THEN_CREATE.isDestructive()).isFalse();
    assertThat(ChangeKind.FORGET.isDestructive()).isFalse();
    assertThat(ChangeKind.UNKNOWN.isDestructive()).isFalse();
  }

  @Test
  void forgetKindsForgetAndReplacementsCreate() {
    assertThat(ChangeKind.FORGET.forgets()).isTrue();
    assertThat(ChangeKind.REPLACE_CREATE_THEN_FORGET.forgets()).isTrue();
    assertThat(ChangeKind.REPLACE_FORGET_THEN_CREATE.forgets()).isTrue();
    assertThat(ChangeKind.DELETE.forgets()).isFalse();
    assertThat(ChangeKind.CREATE.creates()).isTrue();
    assertThat(ChangeKind.REPLACE_FORGET_THEN_CREATE.creates()).isTrue();
    assertThat(ChangeKind.READ.creates()).isFalse();
  }

  @Test
  void symbolsFollowTerraformsHumanOutput() {
    assertThat(ChangeKind.UPDATE.symbol()).isEqualTo("~");
    assertThat(ChangeKind.REPLACE_DELETE_FIRST.symbol()).isEqualTo("-/+");
    assertThat(ChangeKind.REPLACE_CREATE_FIRST.symbol()).isEqualTo("+/-");
    assertThat(ChangeKind.READ.symbol()).isEqualTo("<=");
    assertThat(ChangeKind.UNKNOWN.symbol()).isEqualTo("?");
  }
}
