package io.github.tfdrift.core.address;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tfdrift.core.value.JsonValue;
import io.github.tfdrift.core.value.JsonValues;
import org.junit.jupiter.api.Test;

class InstanceKeyTest {

  @Test
  void keysRenderInTerraformNotation() {
    assertThat(InstanceKey.of(0).render()).isEqualTo("[0]");
    assertThat(InstanceKey.of("a.b").render()).isEqualTo("[\"a.b\"]");
    assertThat(InstanceKey.of("q\"uote").render()).isEqualTo("[\"q\\\"uote\"]");
    assertThat(InstanceKey.of("${x}").render()).isEqualTo("[\"$${x}\"]");
    assertThat(InstanceKey.unknown().render()).isEqualTo("[*]");
    assertThat(InstanceKey.of("k")).hasToString("[\"k\"]");
  }

  @Test
  void indexFieldIsANumberOrAString() {
    assertThat(InstanceKey.fromJson(JsonValues.parseTrusted("3"))).contains(InstanceKey.of(3));
    assertThat(InstanceKey.fromJson(JsonValues.parseTrusted("3.0"))).contains(InstanceKey.of(3));
    assertThat(InstanceKey.fromJson(JsonValue.of("3"))).contains(InstanceKey.of("3"));
    assertThat(InstanceKey.fromJson(JsonValues.parseTrusted("1.5"))).isEmpty();
    assertThat(InstanceKey.fromJson(JsonValues.parseTrusted("true"))).isEmpty();
    assertThat(InstanceKey.fromJson(JsonValue.nullValue())).isEmpty();
    assertThat(InstanceKey.fromJson(JsonValue.absent())).isEmpty();
  }

  @Test
  void integerAndStringKeysAreDifferentKeys() {
    assertThat(InstanceKey.of(3)).isNotEqualTo(InstanceKey.of("3"));
    assertThat(InstanceKey.of("3")).isEqualTo(InstanceKey.of("3"));
  }

  @Test
  void keysWriteTheirJsonForm() {
    assertThat(InstanceKey.of(7).toJson()).isEqualTo(JsonValue.of(7));
    assertThat(InstanceKey.of("k").toJson()).isEqualTo(JsonValue.of("k"));
    assertThat(InstanceKey.fromJson(InstanceKey.of("k").toJson())).contains(InstanceKey.of("k"));
    assertThat(InstanceKey.unknown().toJson().isAbsent()).isTrue();
  }
}
