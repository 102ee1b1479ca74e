package io.github.tfdrift.fix.hcl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tfdrift.core.value.JsonValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HclLiteralTest {
  @Test
  void aStringIsQuotedWithItsEscapesAndTemplateIntroducersDoubled() {
    assertThat(HclLiteral.render(JsonValue.of("a \"b\" \\ ${x} %{y}\n"), ""))
        .isEqualTo("\"a \\\"b\\\" \\\\ $${x} %%{y}\\n\"");
  }

  @Test
  void aNumberIsWrittenAsThePlanWroteIt() {
    assertThat(HclLiteral.render(JsonValue.number("10240"), "")).isEqualTo("10240");
    assertThat(HclLiteral.render(JsonValue.number("0.5"), "")).isEqualTo("0.5");
  }

  @Test
  void boolsAndNullAreKeywords() {
    assertThat(HclLiteral.render(JsonValue.of(true), "")).isEqualTo("true");
    assertThat(HclLiteral.render(JsonValue.nullValue(), "")).isEqualTo("null");
  }

  @Test
  void aShortListOfScalarsStaysOnOneLine() {
    assertThat(HclLiteral.render(JsonValue.array(JsonValue.of("jellyfin"), JsonValue.of("media")), "  "))
        .isEqualTo("[\"jellyfin\", \"media\"]");
  }

  @Test
  void aLongListGoesOneElementALineWithTrailingCommas() {
    JsonValue keys = JsonValue.array(JsonValue.of("ssh-ed25519 " + "A".repeat(60)), JsonValue.of("ssh-rsa B"));
    assertThat(HclLiteral.render(keys, "  ")).isEqualTo("[\n    \"ssh-ed25519 " + "A".repeat(60) + "\",\n    \"ssh-rsa B\",\n  ]");
  }

  @Test
  void anObjectGoesOneKeyALineWithItsEqualsSignsAligned() {
    Map<String, JsonValue> m = new LinkedHashMap<>();
    m.put("memory", JsonValue.of(10240));
    m.put("name", JsonValue.of("jellyfin"));
    m.put("Environment Name", JsonValue.of("prod"));
    assertThat(HclLiteral.render(JsonValue.object(m), "  ")).isEqualTo("""
        {
            memory             = 10240
            name               = "jellyfin"
            "Environment Name" = "prod"
          }""");
  }

  @Test
  void aMultiLineMemberBreaksTheAlignmentAsTerraformFmtDoes() {
    Map<String, JsonValue> inner = new LinkedHashMap<>();
    inner.put("dedicated", JsonValue.of(8192));
    Map<String, JsonValue> m = new LinkedHashMap<>();
    m.put("cores", JsonValue.of(4));
    m.put("memory", JsonValue.object(inner));
    m.put("on_boot", JsonValue.of(true));
    assertThat(HclLiteral.render(JsonValue.object(m), "")).isEqualTo("""
        {
          cores = 4
          memory = {
            dedicated = 8192
          }
          on_boot = true
        }""");
  }

  @Test
  void emptyCollectionsAreWrittenEmpty() {
    assertThat(HclLiteral.render(JsonValue.array(List.of()), "")).isEqualTo("[]");
    assertThat(HclLiteral.render(JsonValue.object(Map.of()), "")).isEqualTo("{}");
  }

  @Test
  void anAbsentValueHasNoLiteral() {
    assertThatThrownBy(() -> HclLiteral.render(JsonValue.absent(), "")).isInstanceOf(IllegalArgumentException.class);
  }
}
