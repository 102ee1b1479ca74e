package io.github.tfdrift.core.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class JsonValueTest {
  @Test
  void numbersCompareByValueButKeepTheirLiteral() {
    JsonValue.Num one = JsonValue.number("1");
    JsonValue.Num oneDotZero = JsonValue.number("1.0");
    assertThat(one).isEqualTo(oneDotZero).hasSameHashCodeAs(oneDotZero);
    assertThat(JsonValues.toJson(oneDotZero)).isEqualTo("1.0");
  }

  @Test
  void onlyJsonNumberLiteralsAreNumbers() {
    assertThatThrownBy(() -> JsonValue.number("00000")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> JsonValue.number("+1")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> JsonValue.number("1.")).isInstanceOf(IllegalArgumentException.class);
    assertThat(JsonValue.number("-0.5e+10").literal()).isEqualTo("-0.5e+10");
  }

  @Test
  void absentAndNullAreDifferent() {
    assertThat(JsonValue.absent()).isNotEqualTo(JsonValue.nullValue());
    assertThat(JsonValue.absent().isNullOrAbsent()).isTrue();
    assertThat(JsonValue.object(java.util.Map.of("a", JsonValue.nullValue())).get("b").isAbsent()).isTrue();
  }

  @Test
  void objectsCompareAsMapsIgnoringKeyOrder() {
    JsonValue a = JsonValues.parseTrusted("{\"x\":1,\"y\":[true,null]}");
    JsonValue b = JsonValues.parseTrusted("{\"y\":[true,null],\"x\":1.0}");
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
  }

  @Test
  void toStringNeverShowsContent() {
    JsonValue v = JsonValues.parseTrusted("{\"password\":\"hunter2-secret\",\"n\":12345}");
    assertThat(v.toString()).doesNotContain("hunter2").doesNotContain("12345");
    assertThat(v.get("password").toString()).isEqualTo("Str(14 chars)");
  }

  @Test
  void duplicateMemberNamesAreKeptInOrderAndTheLastCountsForLookupAndEquality() {
    JsonValue.Obj dup =
        JsonValue.Obj.ofMembers(java.util.List.of("a", "b", "a"), java.util.List.of(JsonValue.of(1), JsonValue.of(2), JsonValue.of(3)));
    assertThat(dup.size()).isEqualTo(3);
    assertThat(dup.get("a")).isEqualTo(JsonValue.of(3));
    JsonValue.Obj asMap = JsonValue.object(java.util.Map.of("a", JsonValue.of(3), "b", JsonValue.of(2)));
    assertThat(dup).isEqualTo(asMap).hasSameHashCodeAs(asMap);
    assertThat(dup.mapValues((k, v) -> k.equals("a") ? JsonValue.of(0) : v).keys()).containsExactly("a", "b", "a");
  }
}
