package io.github.tfdrift.core.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The UI stream's reasons: its own words, plus the plan's delete, read and forget reasons as is. */
class UiChangeReasonTest {

  @Test
  void ownReplaceWordsAreConstantsAndKnown() {
    assertThat(UiChangeReason.of("cannot_update")).isSameAs(UiChangeReason.CANNOT_UPDATE);
    assertThat(UiChangeReason.of("unknown").isKnown()).isTrue();
  }

  @Test
  void planDeleteReadAndForgetReasonsAreKnownWithoutConstants() {
    assertThat(UiChangeReason.of("delete_because_each_key").isKnown()).isTrue();
    assertThat(UiChangeReason.of("read_because_check_nested").isKnown()).isTrue();
    assertThat(UiChangeReason.of("forgot_because_lifecycle_destroy_in_config").isKnown()).isTrue();
  }

  @Test
  void planReplaceReasonsAreNotUiWords() {
    assertThat(UiChangeReason.of("replace_because_tainted").isKnown()).isFalse();
    assertThat(UiChangeReason.of("replace_by_request").isKnown()).isFalse();
  }

  @Test
  void otherWordsAreKeptAsText() {
    UiChangeReason r = UiChangeReason.of("delete_because_the_moon_is_full");

    assertThat(r.isKnown()).isFalse();
    assertThat(r).hasToString("delete_because_the_moon_is_full");
  }
}
