package io.github.tfdrift.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tfdrift.core.address.ResourceMode;
import org.junit.jupiter.api.Test;

/** The open vocabularies keep words they do not know instead of failing. */
class VocabularyTest {

  @Test
  void unknownActionKeepsItsWordAndIsNotOpen() {
    Action a = Action.of("Open");

    assertThat(a.text()).isEqualTo("Open");
    assertThat(a.isKnown()).isFalse();
    assertThat(a).isNotEqualTo(Action.OPEN);
    assertThat(a).hasToString("Open");
  }

  @Test
  void knownActionsAreTheirConstants() {
    assertThat(Action.of("no-op")).isSameAs(Action.NO_OP);
    assertThat(Action.of("forget")).isSameAs(Action.FORGET);
    assertThat(Action.of("open").isKnown()).isTrue();
  }

  @Test
  void unknownActionReasonIsKeptAsText() {
    ActionReason r = ActionReason.of("replace_because_the_moon_is_full");

    assertThat(r.text()).isEqualTo("replace_because_the_moon_is_full");
    assertThat(r.isKnown()).isFalse();
    assertThat(ActionReason.of("replace_because_tainted")).isEqualTo(ActionReason.REPLACE_BECAUSE_TAINTED);
    assertThat(ActionReason.of("forgot_because_lifecycle_destroy_in_state").isKnown()).isTrue();
  }

  @Test
  void knownActionReasonsAreTheirConstants() {
    // One instance for the thousands of entries a large plan gives the same reason.
    assertThat(ActionReason.of("read_because_dependency_pending")).isSameAs(ActionReason.READ_BECAUSE_DEPENDENCY_PENDING);
    assertThat(ActionReason.of("replace_because_cannot_update")).isSameAs(ActionReason.REPLACE_BECAUSE_CANNOT_UPDATE);
  }

  @Test
  void unknownResourceModeIsKeptAsText() {
    ResourceMode m = ResourceMode.of("list");

    assertThat(m.text()).isEqualTo("list");
    assertThat(m.isKnown()).isFalse();
    assertThat(ResourceMode.of("ephemeral")).isSameAs(ResourceMode.EPHEMERAL);
  }

  @Test
  void unknownCheckStatusIsKeptAsText() {
    CheckStatus s = CheckStatus.of("skipped");

    assertThat(s.text()).isEqualTo("skipped");
    assertThat(s.isKnown()).isFalse();
    assertThat(CheckStatus.of("fail")).isEqualTo(CheckStatus.FAIL);
  }
}
