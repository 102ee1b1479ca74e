package io.github.tfdrift.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tfdrift.config.model.Configuration;
import io.github.tfdrift.config.model.Expression;
import io.github.tfdrift.config.source.ConfigError;
import io.github.tfdrift.core.value.JsonValue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LiteralValueTest {

  @TempDir Path dir;

  private Expression input(String hcl) throws IOException {
    Files.writeString(dir.resolve("main.tf"), "resource \"terraform_data\" \"x\" {\n  input = " + hcl + "\n}\n");
    Configuration config = ConfigurationReader.read(dir).getOrElseThrow(e -> new AssertionError(e.describe()));
    return config.root().resource("terraform_data.x").orElseThrow().body().argument("input").orElseThrow().value();
  }

  @Test
  void a_quoted_string_has_its_escapes_decoded() throws IOException {
    Expression e = input("\"a\\\"b\\n\\\\ $${x} %%{y}\"");

    assertThat(((Expression.Literal) e).value()).isEqualTo(JsonValue.of("a\"b\n\\ ${x} %{y}"));
  }

  @Test
  void a_unicode_escape_is_a_syntax_error_of_rewrite_hcl() throws IOException {
    Files.writeString(dir.resolve("main.tf"), "locals {\n  e = \"caf\\u00e9\"\n}\n");

    ConfigError error = ConfigurationReader.read(dir).getLeft();

    assertThat(error.describe()).isEqualTo("main.tf:2:11: token recognition error at: '\\u'");
  }

  @Test
  void a_string_with_an_interpolation_is_a_template() throws IOException {
    assertThat(input("\"v${var.x}\"")).isInstanceOf(Expression.Template.class);
  }

  @Test
  void numbers_keep_their_written_form() throws IOException {
    assertThat(((Expression.Literal) input("1.50")).value()).isEqualTo(JsonValue.number("1.50"));
  }

  @Test
  void null_is_a_literal() throws IOException {
    assertThat(((Expression.Literal) input("null")).value()).isEqualTo(JsonValue.nullValue());
  }

  @Test
  void an_indented_heredoc_has_its_common_indentation_removed() throws IOException {
    Expression e = input("<<-EOT\n    line one\n      line two\n  EOT");

    assertThat(((Expression.Literal) e).value()).isEqualTo(JsonValue.of("line one\n  line two\n"));
  }

  @Test
  void a_heredoc_keeps_its_text() throws IOException {
    Expression e = input("<<EOT\nline one\n  line two\nEOT");

    assertThat(((Expression.Literal) e).value()).isEqualTo(JsonValue.of("line one\n  line two\n"));
  }

  @Test
  void a_file_with_an_emoji_is_refused_with_its_position_because_rewrite_hcl_would_not_print_it_back() throws IOException {
    Files.writeString(dir.resolve("main.tf"), "locals {\n  party = \"\uD83C\uDF86\"\n  n     = 1\n}\n");

    ConfigError error = ConfigurationReader.read(dir).getLeft();

    assertThat(error.describe()).startsWith("main.tf:2:12: a character outside the Basic Multilingual Plane");
  }
}
