package io.github.tfdrift.imports;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tfdrift.core.value.JsonValue;
import io.github.tfdrift.core.value.JsonValues;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Runbook 003 end to end: the 16 "already exists" resources become 16 imports with the right IDs. */
class Seed003ImportTest {

  private static Map<String, String> ids(ImportPlan p) {
    Map<String, String> m = new LinkedHashMap<>();
    p.entries().forEach(e -> m.put(e.address(), e.id()));
    return m;
  }

  @Test
  void theSixteenResourcesOfTheJsonLogBecomeSixteenImportsWithTheRunbooksIds() {
    ImportPlan p = ImportPlanner.plan(Seed003.plan(), Seed003.jsonLog(), ImportOptions.defaults());
    assertThat(ids(p)).containsExactlyInAnyOrderEntriesOf(Seed003.EXPECTED);
  }

  @Test
  void theHumanOutputGivesTheSameSixteenImports() {
    ImportPlan p = ImportPlanner.plan(Seed003.plan(), Seed003.textLog(), ImportOptions.defaults());
    assertThat(ids(p)).containsExactlyInAnyOrderEntriesOf(Seed003.EXPECTED);
  }

  @Test
  void thePolicyArnsTakeTheAccountIdFromThePlan() {
    ImportPlan p = ImportPlanner.plan(Seed003.plan(), Seed003.jsonLog(), ImportOptions.defaults());
    assertThat(p.awsAccountId()).contains(Seed003.ACCOUNT);
    assertThat(p.awsAccountEvidence()).isEqualTo("from the ARNs of resources in the plan's prior state");
    assertThat(p.entry("module.get_visualization_data.module.lambda_function.aws_iam_policy.additional_inline[0]").orElseThrow().id())
        .isEqualTo("arn:aws:iam::123456789012:policy/get_visualization_data-inline");
  }

  @Test
  void everyEntryIsCompleteAndSaysWhichErrorItCameFrom() {
    ImportPlan p = ImportPlanner.plan(Seed003.plan(), Seed003.jsonLog(), ImportOptions.defaults());
    assertThat(p.entries()).allSatisfy(e -> {
      assertThat(e.isResolved()).isTrue();
      assertThat(e.warnings()).isEmpty();
      assertThat(e.sources()).hasSize(1);
      assertThat(e.source().log()).endsWith("apply.log");
      assertThat(e.source().line()).isBetween(58, 75);
      assertThat(e.source().family()).isEqualTo("aws");
    });
    assertThat(p.entry("aws_s3_bucket.wyatt-datalake-35315550").orElseThrow().source().code()).isEqualTo("BucketAlreadyOwnedByYou");
    assertThat(p.entry("module.api_gateway.aws_cloudwatch_log_group.api_gw[0]").orElseThrow().source().code())
        .isEqualTo("ResourceAlreadyExistsException");
    assertThat(p.entry("module.notion_lambda.module.lambda_function.aws_iam_role.lambda[0]").orElseThrow().source())
        .satisfies(s -> {
          assertThat(s.code()).isEqualTo("EntityAlreadyExists");
          assertThat(s.line()).isEqualTo(60);
          assertThat(s.summary()).startsWith("creating IAM Role (notion_lambda): operation error IAM: CreateRole");
        });
  }

  @Test
  void nothingIsSkippedUnmatchedOrFailedAndTheToolIsTerraform() {
    ImportPlan p = ImportPlanner.plan(Seed003.plan(), Seed003.jsonLog(), ImportOptions.defaults());
    assertThat(p.skipped()).isEmpty();
    assertThat(p.unmatched()).isEmpty();
    assertThat(p.failures()).isEmpty();
    assertThat(p.otherErrors()).isEmpty();
    assertThat(p.warnings()).isEmpty();
    assertThat(p.tool().command()).isEqualTo("terraform");
  }

  @Test
  void hclHasOneImportBlockPerResource() {
    String hcl = ImportRenderer.hcl(ImportPlanner.plan(Seed003.plan(), Seed003.jsonLog(), ImportOptions.defaults()));
    assertThat(hcl.split("\nimport \\{\n", -1)).hasSize(17);
    assertThat(hcl)
        .contains(
            "# module.notion_lambda.module.lambda_function.aws_iam_role.lambda[0]: EntityAlreadyExists at "
                + Seed003.file("apply.log") + ":60\n"
                + "import {\n"
                + "  to = module.notion_lambda.module.lambda_function.aws_iam_role.lambda[0]\n"
                + "  id = \"notion_lambda\"\n"
                + "}\n")
        .contains(
            "import {\n  to = aws_s3_bucket.wyatt-datalake-35315550\n  id = \"step-function-bucket-35315550\"\n}\n")
        .contains(
            "  id = \"arn:aws:iam::123456789012:policy/put_visualization_data-inline\"\n");
  }

  @Test
  void shellHasOneQuotedTerraformImportPerResource() {
    String sh = ImportRenderer.shell(ImportPlanner.plan(Seed003.plan(), Seed003.textLog(), ImportOptions.defaults()));
    assertThat(sh.lines().filter(l -> l.startsWith("terraform import "))).hasSize(16);
    assertThat(sh)
        .startsWith("#!/bin/sh\n")
        .contains("\nset -eu\n")
        .contains(
            "terraform import 'module.chatgpt_lambda.module.lambda_function.aws_iam_role.lambda[0]' 'ChatGPT_lambda'\n")
        .contains(
            "terraform import 'module.api_gateway.aws_cloudwatch_log_group.api_gw[0]' '/aws/apigateway/dashboard-api'\n")
        .contains(
            "terraform import 'module.put_visualization_data.module.lambda_function.aws_iam_policy.additional_inline[0]'"
                + " 'arn:aws:iam::123456789012:policy/put_visualization_data-inline'\n");
  }

  @Test
  void jsonListsTheSixteenEntriesWithTheirSources() {
    String json = ImportRenderer.json(ImportPlanner.plan(Seed003.plan(), Seed003.jsonLog(), ImportOptions.defaults()));
    JsonValue doc = JsonValues.parseTrusted(json);
    assertThat(doc.get("format").asText()).contains("tfdrift-import/1");
    assertThat(doc.get("aws_account_id").asText()).contains(Seed003.ACCOUNT);
    JsonValue.Arr entries = (JsonValue.Arr) doc.get("entries");
    assertThat(entries.size()).isEqualTo(16);
    Map<String, String> m = new LinkedHashMap<>();
    for (JsonValue e : entries.elements()) {
      m.put(e.get("address").asText().orElseThrow(), e.get("id").asText().orElseThrow());
      assertThat(e.get("resolved")).isEqualTo(JsonValue.of(true));
      assertThat(e.get("sources").get(0).get("code").asText()).isPresent();
      assertThat(e.get("command").asText().orElseThrow()).startsWith("terraform import '");
      assertThat(e.get("hcl").asText().orElseThrow()).startsWith("import {\n  to = ");
    }
    assertThat(m).containsExactlyInAnyOrderEntriesOf(Seed003.EXPECTED);
    assertThat(doc.get("skipped")).isEqualTo(JsonValue.array());
    assertThat(doc.get("failures")).isEqualTo(JsonValue.array());
  }

  @Test
  void entriesAreSortedByAddress() {
    ImportPlan p = ImportPlanner.plan(Seed003.plan(), Seed003.textLog(), ImportOptions.defaults());
    assertThat(p.entries().get(0).address()).isEqualTo("aws_s3_bucket.wyatt-datalake-35315550");
    assertThat(p.entries().get(1).address()).isEqualTo("module.api_gateway.aws_cloudwatch_log_group.api_gw[0]");
    assertThat(p.entries().get(2).address())
        .isEqualTo("module.chatgpt_lambda.module.lambda_function.aws_cloudwatch_log_group.lambda[0]");
  }

  @Test
  void noOutputShowsTheSensitiveValueOfThePlan() {
    ImportPlan p = ImportPlanner.plan(Seed003.plan(), Seed003.jsonLog(), ImportOptions.defaults());
    for (ImportFormat f : ImportFormat.values()) {
      assertThat(ImportRenderer.render(p, f, "terraform")).doesNotContain(Seed003.SECRET);
    }
  }
}
