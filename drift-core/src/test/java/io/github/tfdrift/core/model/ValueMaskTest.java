package io.github.tfdrift.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tfdrift.core.address.AttributePath;
import io.github.tfdrift.core.address.PathStep;
import io.github.tfdrift.core.value.JsonValues;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ValueMaskTest {

  /** A before_sensitive mirror as Terraform writes it: containers kept, scalars in lists false. */
  private static final ValueMask SENSITIVE =
      ValueMask.of(
          JsonValues.parseTrusted(
              "{\"password\":true,\"tags\":{},\"ingress\":[{\"cidr_blocks\":[false,false]}],"
                  + "\"environment\":[{\"variables\":true}]}"));

  @ParameterizedTest
  @ValueSource(strings = {"false", "null", "{}", "[]"})
  void aMirrorThatMarksNothingAtItsTopIsNone(String mirror) {
    ValueMask m = ValueMask.of(JsonValues.parseTrusted(mirror));
    assertThat(m.isNone()).isTrue();
    assertThat(m.anyMarked()).isFalse();
    assertThat(m.isMarked(AttributePath.of(PathStep.attribute("anything")))).isFalse();
  }

  @Test
  void aSensitiveLeafIsMarkedAndEverythingBelowAMarkedBlockToo() {
    assertThat(SENSITIVE.isMarked(AttributePath.of(PathStep.attribute("password")))).isTrue();
    assertThat(SENSITIVE.isMarked(AttributePath.of(PathStep.attribute("environment"), PathStep.index(0),
        PathStep.attribute("variables"), PathStep.key("DB_PASSWORD")))).isTrue();
    assertThat(SENSITIVE.child("environment").child(0).child("variables").isWhollyMarked()).isTrue();
  }

  @Test
  void keptContainersAndFalseScalarsMarkNothing() {
    assertThat(SENSITIVE.child("tags").isNone()).isTrue();
    assertThat(SENSITIVE.child("ingress").child(0).child("cidr_blocks").child(1).isNone()).isTrue();
    assertThat(SENSITIVE.child("ingress").anyMarked()).isFalse();
    assertThat(SENSITIVE.child("not_there").isNone()).isTrue();
    assertThat(SENSITIVE.anyMarked()).isTrue();
  }

  @Test
  void aWhollyMarkedMaskIsItsOwnChild() {
    ValueMask all = ValueMask.of(JsonValues.parseTrusted("true"));
    assertThat(all.child("x")).isSameAs(all);
    assertThat(all.child(3)).isSameAs(all);
    assertThat(ValueMask.none().child("x").isNone()).isTrue();
  }
}
