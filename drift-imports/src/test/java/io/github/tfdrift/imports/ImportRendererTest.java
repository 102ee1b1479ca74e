package io.github.tfdrift.imports;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tfdrift.core.model.Producer;
import io.github.tfdrift.core.value.JsonValue;
import io.github.tfdrift.core.value.JsonValues;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Rendering: shell quoting, HCL escaping, commented-out placeholders, comments that cannot be escaped. */
class ImportRendererTest {
  private static final SourceError SOURCE =
      new SourceError("apply.log", 7, LogDiagnostic.Origin.UI_STREAM, "EntityAlreadyExists", "aws", "creating IAM Role (r)");

  private static ImportEntry entry(String address, String id, List<String> placeholders, List<String> warnings) {
    return new ImportEntry(address, "aws_iam_role", id, placeholders, Optional.of("{name}"), Optional.of("built-in"), warnings, List.of(SOURCE));
  }

  private static ImportPlan plan(List<ImportEntry> entries, List<String> warnings) {
    return new ImportPlan("apply.log", Producer.Tool.TERRAFORM, entries, List.of(), List.of(), List.of(), List.of(), warnings,
        Optional.empty(), "no ARN in the plan reveals the AWS account ID");
  }

  @Test
  void shellWordsAreQuotedOnlyWhenNeeded() {
    assertThat(ImportRenderer.shellQuote("terraform")).isEqualTo("terraform");
    assertThat(ImportRenderer.shellQuote("/opt/tf 1.11/terraform")).isEqualTo("'/opt/tf 1.11/terraform'");
    assertThat(ImportRenderer.shellQuote("it's")).isEqualTo("'it'\\''s'");
    assertThat(ImportRenderer.shellQuote("")).isEqualTo("''");
  }

  @Test
  void addressesWithBracketsAndQuotesAreSingleQuotedForTheShell() {
    ImportEntry e = entry("module.m[\"a b\"].aws_iam_role.r[\"it's\"]", "role-$(whoami)", List.of(), List.of());
    assertThat(ImportRenderer.shellCommand(e, "tofu"))
        .isEqualTo("tofu import 'module.m[\"a b\"].aws_iam_role.r[\"it'\\''s\"]' 'role-$(whoami)'");
  }

  @Test
  void hclIdsAreEscapedAsHclStrings() {
    ImportEntry e = entry("aws_iam_role.r[\"k\"]", "a\"b\\c${x}%{y}", List.of(), List.of());
    assertThat(ImportRenderer.hclBlock(e))
        .isEqualTo("import {\n  to = aws_iam_role.r[\"k\"]\n  id = \"a\\\"b\\\\c$${x}%%{y}\"\n}\n");
  }

  @Test
  void anEntryWithAPlaceholderIsCommentedOutWithItsWarnings() {
    ImportEntry e = entry("aws_iam_policy.p", "arn:aws:iam::<AWS_ACCOUNT_ID>:policy/p", List.of("<AWS_ACCOUNT_ID>"),
        List.of("the AWS account ID is not known"));
    ImportPlan p = plan(List.of(e), List.of());
    assertThat(ImportRenderer.hcl(p))
        .contains(
            "# aws_iam_policy.p: EntityAlreadyExists at apply.log:7\n"
                + "# warning: the AWS account ID is not known\n"
                + "# Replace <AWS_ACCOUNT_ID>, then remove the '# ' in front of the block:\n"
                + "# import {\n"
                + "#   to = aws_iam_policy.p\n"
                + "#   id = \"arn:aws:iam::<AWS_ACCOUNT_ID>:policy/p\"\n"
                + "# }\n")
        .doesNotContain("\nimport {");
    assertThat(ImportRenderer.shell(p, "terraform"))
        .contains("\n# terraform import 'aws_iam_policy.p' 'arn:aws:iam::<AWS_ACCOUNT_ID>:policy/p'\n")
        .doesNotContain("\nterraform import");
  }

  @Test
  void lineBreaksInCommentTextCannotStartAnUncommentedLine() {
    ImportEntry e = entry("aws_iam_role.r", "r", List.of(), List.of("look\nimport {\n  to = aws_iam_role.evil"));
    ImportPlan p = plan(List.of(e), List.of("a\r\nterraform destroy -auto-approve"));
    String hcl = ImportRenderer.hcl(p);
    assertThat(hcl.lines().filter(l -> !l.startsWith("#") && !l.isEmpty()))
        .containsExactly("import {", "  to = aws_iam_role.r", "  id = \"r\"", "}");
    assertThat(ImportRenderer.shell(p, "terraform").lines().filter(l -> !l.startsWith("#") && !l.isEmpty()))
        .containsExactly("set -eu", "terraform import 'aws_iam_role.r' 'r'");
  }

  @Test
  void jsonHasEveryListAndNullsWhereNothingIsKnown() {
    UnmatchedError u = new UnmatchedError(Optional.empty(), "the error names no resource address", SOURCE);
    PipelineFailure f = new PipelineFailure(PipelineFailure.Kind.STATE_LOCK, "apply.log", 3, "Error acquiring the state lock", "wait");
    ImportPlan p = new ImportPlan("apply.log", Producer.Tool.OPENTOFU, List.of(), List.of(), List.of(u), List.of(f), List.of(), List.of(),
        Optional.empty(), "no ARN in the plan reveals the AWS account ID");
    JsonValue doc = JsonValues.parseTrusted(ImportRenderer.json(p));
    assertThat(doc.get("tool").asText()).contains("tofu");
    assertThat(doc.get("aws_account_id").isNull()).isTrue();
    assertThat(doc.get("unmatched").get(0).get("address").isNull()).isTrue();
    assertThat(doc.get("unmatched").get(0).get("source").get("line")).isEqualTo(JsonValue.of(7));
    assertThat(doc.get("failures").get(0).get("kind").asText()).contains("state_lock");
    assertThat(doc.get("failures").get(0).get("label").asText()).contains("state lock held");
    assertThat(doc.get("entries")).isEqualTo(JsonValue.array());
  }

  @Test
  void formatsAreNamedAsUsersTypeThem() {
    assertThat(ImportFormat.of("sh")).contains(ImportFormat.SH);
    assertThat(ImportFormat.of("HCL")).isEmpty();
    assertThat(ImportFormat.JSON.id()).isEqualTo("json");
  }
}
