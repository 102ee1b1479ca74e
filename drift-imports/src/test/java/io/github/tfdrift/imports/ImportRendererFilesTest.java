package io.github.tfdrift.imports;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tfdrift.core.model.Producer;
import io.github.tfdrift.core.value.JsonValue;
import io.github.tfdrift.core.value.JsonValues;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Whole rendered files, as a user reads them: the header and its counts, each entry with where it came
 * from, the trailer of skipped addresses, unmatched errors, pipeline failures and warnings, in HCL, shell
 * and JSON.
 */
class ImportRendererFilesTest {
  private static final SourceError FIRST =
      new SourceError("apply.log", 7, LogDiagnostic.Origin.UI_STREAM, "EntityAlreadyExists", "aws", "creating IAM Role (r)");
  private static final SourceError REPEATED =
      new SourceError("apply.log", 19, LogDiagnostic.Origin.UI_STREAM, "EntityAlreadyExists", "aws", "creating IAM Role (r) again");
  private static final SourceError NO_CODE =
      new SourceError("apply.txt", 3, LogDiagnostic.Origin.TEXT, "", "", "something already exists");

  private static ImportEntry role() {
    return new ImportEntry("aws_iam_role.r", "aws_iam_role", "r", List.of(), Optional.of("{name}"), Optional.of("built-in"), List.of(),
        List.of(FIRST, REPEATED));
  }

  private static ImportEntry policy() {
    return new ImportEntry("aws_iam_policy.p", "aws_iam_policy", "arn:aws:iam::<AWS_ACCOUNT_ID>:policy/p", List.of("<AWS_ACCOUNT_ID>"),
        Optional.empty(), Optional.empty(), List.of("the AWS account ID is not known"), List.of(NO_CODE));
  }

  private static ImportPlan plan(List<ImportEntry> entries) {
    return new ImportPlan("apply.log", Producer.Tool.TERRAFORM, entries,
        List.of(new SkippedImport("aws_instance.web", "the plan does not create it", List.of(FIRST))),
        List.of(new UnmatchedError(Optional.of("aws_s3_bucket.gone"), "the plan creates no such resource", REPEATED)),
        List.of(new PipelineFailure(PipelineFailure.Kind.STATE_LOCK, "apply.log", 2, "lock held by ci", "wait for the other run")),
        List.of(NO_CODE),
        List.of("the log ends before the apply finished"),
        Optional.empty(), "no ARN in the plan reveals the AWS account ID");
  }

  private static ImportPlan bare(List<ImportEntry> entries) {
    return new ImportPlan("apply.log", Producer.Tool.OPENTOFU, entries, List.of(), List.of(), List.of(), List.of(), List.of(),
        Optional.of("123456789012"), "from the ARNs of resources in the plan's prior state");
  }

  @Test
  void anHclFileListsItsCountsEachEntryItsSourceAndEverythingNotImported() {
    assertThat(ImportRenderer.render(plan(List.of(role(), policy())), ImportFormat.HCL, "ignored"))
        .isEqualTo(
            "# Import blocks for the resources terraform apply reported as already existing (drift import, from apply.log).\n"
                + "# Needs Terraform 1.5+ or OpenTofu 1.6+. Put this file next to the configuration and run `terraform plan`:\n"
                + "# each resource below should show as imported. Apply, then `terraform plan` again should show no changes.\n"
                + "# 2 to import (1 with an ID to complete), 1 skipped, 1 unmatched errors, 1 pipeline failures.\n"
                + "\n"
                + "# aws_iam_role.r: EntityAlreadyExists at apply.log:7 (and 1 more)\n"
                + "import {\n"
                + "  to = aws_iam_role.r\n"
                + "  id = \"r\"\n"
                + "}\n"
                + "\n"
                + "# aws_iam_policy.p: error at apply.txt:3\n"
                + "# warning: the AWS account ID is not known\n"
                + "# Replace <AWS_ACCOUNT_ID>, then remove the '# ' in front of the block:\n"
                + "# import {\n"
                + "#   to = aws_iam_policy.p\n"
                + "#   id = \"arn:aws:iam::<AWS_ACCOUNT_ID>:policy/p\"\n"
                + "# }\n"
                + "\n"
                + "# Not imported:\n"
                + "# - aws_instance.web: the plan does not create it (EntityAlreadyExists at apply.log:7)\n"
                + "\n"
                + "# Errors that match nothing the plan creates (nothing is generated for them):\n"
                + "# - EntityAlreadyExists at apply.log:19: the plan creates no such resource\n"
                + "\n"
                + "# Pipeline failures (fix these first):\n"
                + "# - apply.log:2: state lock held: lock held by ci (hint: wait for the other run)\n"
                + "\n"
                + "# warning: the log ends before the apply finished\n");
  }

  @Test
  void aShellScriptRunsTheCompleteCommandsAndCommentsOutTheOthers() {
    assertThat(ImportRenderer.render(plan(List.of(role(), policy())), ImportFormat.SH, "/opt/tf 1.11/terraform"))
        .isEqualTo(
            "#!/bin/sh\n"
                + "# Imports for the resources apply reported as already existing (drift import, from apply.log).\n"
                + "# Run it in the configuration's directory; add the -var/-var-file options your apply uses.\n"
                + "# Afterwards `/opt/tf 1.11/terraform plan` should show these resources without changes to create them.\n"
                + "# 2 to import (1 with an ID to complete), 1 skipped, 1 unmatched errors, 1 pipeline failures.\n"
                + "set -eu\n"
                + "\n"
                + "# aws_iam_role.r: EntityAlreadyExists at apply.log:7 (and 1 more)\n"
                + "'/opt/tf 1.11/terraform' import 'aws_iam_role.r' 'r'\n"
                + "\n"
                + "# aws_iam_policy.p: error at apply.txt:3\n"
                + "# warning: the AWS account ID is not known\n"
                + "# Replace <AWS_ACCOUNT_ID>, then remove the '# ' in front of the command:\n"
                + "# '/opt/tf 1.11/terraform' import 'aws_iam_policy.p' 'arn:aws:iam::<AWS_ACCOUNT_ID>:policy/p'\n"
                + "\n"
                + "# Not imported:\n"
                + "# - aws_instance.web: the plan does not create it (EntityAlreadyExists at apply.log:7)\n"
                + "\n"
                + "# Errors that match nothing the plan creates (nothing is generated for them):\n"
                + "# - EntityAlreadyExists at apply.log:19: the plan creates no such resource\n"
                + "\n"
                + "# Pipeline failures (fix these first):\n"
                + "# - apply.log:2: state lock held: lock held by ci (hint: wait for the other run)\n"
                + "\n"
                + "# warning: the log ends before the apply finished\n");
  }

  @Test
  void aFileWithEveryIdCompleteHasNoCountToCompleteAndNoTrailer() {
    assertThat(ImportRenderer.shell(bare(List.of(role()))))
        .isEqualTo(
            "#!/bin/sh\n"
                + "# Imports for the resources apply reported as already existing (drift import, from apply.log).\n"
                + "# Run it in the configuration's directory; add the -var/-var-file options your apply uses.\n"
                + "# Afterwards `tofu plan` should show these resources without changes to create them.\n"
                + "# 1 to import, 0 skipped, 0 unmatched errors.\n"
                + "set -eu\n"
                + "\n"
                + "# aws_iam_role.r: EntityAlreadyExists at apply.log:7 (and 1 more)\n"
                + "tofu import 'aws_iam_role.r' 'r'\n");
  }

  @Test
  void anEntryFromOneErrorSaysNothingOfMore() {
    ImportEntry once = new ImportEntry("aws_iam_role.r", "aws_iam_role", "r", List.of(), Optional.empty(), Optional.empty(), List.of(),
        List.of(FIRST));
    assertThat(ImportRenderer.hcl(bare(List.of(once))))
        .contains("\n# aws_iam_role.r: EntityAlreadyExists at apply.log:7\nimport {\n");
  }

  private static ImportEntry queueWithIdentity(ImportIdentity identity, List<String> placeholders, List<String> warnings) {
    return new ImportEntry("aws_sqs_queue.q", "aws_sqs_queue", placeholders.isEmpty() ? "https://sqs/q" : "https://sqs/<AWS_ACCOUNT_ID>/q",
        placeholders, Optional.of("{url}"), Optional.of("built-in"), warnings, List.of(FIRST), Optional.of(identity));
  }

  private static Map<String, String> members(String region) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("url", "https://sqs/q");
    m.put("region", region);
    return m;
  }

  @Test
  void anHclFileByIdentityWritesIdentityBlocksDropsIdPlaceholderWarningsAndSaysWhichTypesFallBackToTheId() {
    ImportEntry queue = queueWithIdentity(new ImportIdentity(members("eu-west-1"), List.of(), "built-in", List.of("identity note")),
        List.of("<AWS_ACCOUNT_ID>"), List.of("replace <AWS_ACCOUNT_ID> with the account", "the queue is FIFO"));
    ImportEntry role = new ImportEntry("aws_iam_role.r", "aws_iam_role", "r", List.of(), Optional.empty(), Optional.empty(),
        List.of("role note"), List.of(FIRST));
    assertThat(ImportRenderer.render(bare(List.of(queue, role)), ImportFormat.HCL, "tofu", ImportArgument.IDENTITY))
        .isEqualTo(
            "# Import blocks for the resources tofu apply reported as already existing (drift import, from apply.log).\n"
                + "# Needs Terraform 1.12+ or OpenTofu 1.12+ (identity = { ... }). Put this file next to the configuration and run `tofu plan`:\n"
                + "# each resource below should show as imported. Apply, then `tofu plan` again should show no changes.\n"
                + "# 2 to import, 0 skipped, 0 unmatched errors.\n"
                + "\n"
                + "# aws_sqs_queue.q: EntityAlreadyExists at apply.log:7\n"
                + "# warning: identity note\n"
                + "# warning: the queue is FIFO\n"
                + ImportRenderer.hclBlock(queue, ImportArgument.IDENTITY)
                + "\n"
                + "# aws_iam_role.r: EntityAlreadyExists at apply.log:7\n"
                + "# no identity known for aws_iam_role: imported by id (add its identity with an ImportIdProvider)\n"
                + "# warning: role note\n"
                + "import {\n"
                + "  to = aws_iam_role.r\n"
                + "  id = \"r\"\n"
                + "}\n");
  }

  @Test
  void anIdentityBlockNamesTheObjectByItsMembers() {
    ImportEntry queue = queueWithIdentity(new ImportIdentity(members("eu-west-1"), List.of(), "built-in", List.of()), List.of(), List.of());
    assertThat(ImportRenderer.hclBlock(queue, ImportArgument.IDENTITY))
        .isEqualTo("import {\n  to = aws_sqs_queue.q\n  identity = {\n    url    = \"https://sqs/q\"\n    region = \"eu-west-1\"\n  }\n}\n");
  }

  @Test
  void anIdentityWithAPlaceholderIsCountedAndCommentedOutEvenWhenTheIdIsComplete() {
    ImportEntry queue = queueWithIdentity(new ImportIdentity(members("<REGION>"), List.of("<REGION>"), "built-in", List.of()), List.of(),
        List.of());
    String hcl = ImportRenderer.hcl(bare(List.of(queue)), ImportArgument.IDENTITY);
    assertThat(hcl)
        .contains("# 1 to import (1 with an ID or identity to complete), 0 skipped, 0 unmatched errors.\n")
        .contains("# Replace <REGION>, then remove the '# ' in front of the block:\n# import {\n#   to = aws_sqs_queue.q\n")
        .doesNotContain("\nimport {");
  }

  @Test
  void byIdAnEntryWithAnIdentityStillWritesItsIdBlock() {
    ImportEntry queue = queueWithIdentity(new ImportIdentity(members("eu-west-1"), List.of(), "built-in", List.of()), List.of(), List.of());
    assertThat(ImportRenderer.hcl(bare(List.of(queue))))
        .endsWith("# aws_sqs_queue.q: EntityAlreadyExists at apply.log:7\nimport {\n  to = aws_sqs_queue.q\n  id = \"https://sqs/q\"\n}\n");
  }

  @Test
  void jsonCarriesEachEntryWithItsIdentityCommandAndSources() {
    ImportEntry queue = queueWithIdentity(new ImportIdentity(members("<REGION>"), List.of("<REGION>"), "built-in", List.of("find the region")),
        List.of(), List.of("w"));
    JsonValue e = JsonValues.parseTrusted(ImportRenderer.json(bare(List.of(queue)), "terraform")).get("entries").get(0);
    assertThat(e).isEqualTo(JsonValues.parseTrusted("""
        {"address": "aws_sqs_queue.q", "type": "aws_sqs_queue", "id": "https://sqs/q", "resolved": true, "placeholders": [],
         "template": "{url}", "template_origin": "built-in",
         "hcl": "import {\\n  to = aws_sqs_queue.q\\n  id = \\"https://sqs/q\\"\\n}\\n",
         "identity": {"members": {"url": "https://sqs/q", "region": "<REGION>"}, "resolved": false, "placeholders": ["<REGION>"],
                      "origin": "built-in",
                      "hcl": "import {\\n  to = aws_sqs_queue.q\\n  identity = {\\n    url    = \\"https://sqs/q\\"\\n    region = \\"<REGION>\\"\\n  }\\n}\\n",
                      "warnings": ["find the region"]},
         "command": "terraform import 'aws_sqs_queue.q' 'https://sqs/q'",
         "warnings": ["w"],
         "sources": [{"log": "apply.log", "line": 7, "origin": "ui_stream", "code": "EntityAlreadyExists", "family": "aws",
                      "summary": "creating IAM Role (r)"}]}
        """));
  }

  @Test
  void jsonCarriesThePlansAccountSkippedUnmatchedFailuresAndOtherErrors() {
    ImportPlan p = plan(List.of(policy()));
    JsonValue doc = JsonValues.parseTrusted(ImportRenderer.render(p, ImportFormat.JSON, "tofu"));
    JsonValue expected = JsonValues.parseTrusted("""
        {"format": "tfdrift-import/1", "log": "apply.log", "tool": "terraform", "aws_account_id": null,
         "aws_account_evidence": "no ARN in the plan reveals the AWS account ID",
         "entries": [{"address": "aws_iam_policy.p", "type": "aws_iam_policy", "id": "arn:aws:iam::<AWS_ACCOUNT_ID>:policy/p",
                      "resolved": false, "placeholders": ["<AWS_ACCOUNT_ID>"], "template": null, "template_origin": null,
                      "hcl": "import {\\n  to = aws_iam_policy.p\\n  id = \\"arn:aws:iam::<AWS_ACCOUNT_ID>:policy/p\\"\\n}\\n",
                      "identity": null,
                      "command": "tofu import 'aws_iam_policy.p' 'arn:aws:iam::<AWS_ACCOUNT_ID>:policy/p'",
                      "warnings": ["the AWS account ID is not known"],
                      "sources": [{"log": "apply.txt", "line": 3, "origin": "text", "code": "", "family": "",
                                   "summary": "something already exists"}]}],
         "skipped": [{"address": "aws_instance.web", "reason": "the plan does not create it",
                      "sources": [{"log": "apply.log", "line": 7, "origin": "ui_stream", "code": "EntityAlreadyExists", "family": "aws",
                                   "summary": "creating IAM Role (r)"}]}],
         "unmatched": [{"address": "aws_s3_bucket.gone", "reason": "the plan creates no such resource",
                        "source": {"log": "apply.log", "line": 19, "origin": "ui_stream", "code": "EntityAlreadyExists", "family": "aws",
                                   "summary": "creating IAM Role (r) again"}}],
         "failures": [{"kind": "state_lock", "label": "state lock held", "log": "apply.log", "line": 2, "cause": "lock held by ci",
                       "hint": "wait for the other run"}],
         "other_errors": [{"log": "apply.txt", "line": 3, "origin": "text", "code": "", "family": "", "summary": "something already exists"}],
         "warnings": ["the log ends before the apply finished"]}
        """);
    assertThat(doc).isEqualTo(expected);
  }

  @Test
  void jsonNamesTheAccountWhenThePlanRevealsIt() {
    JsonValue doc = JsonValues.parseTrusted(ImportRenderer.json(bare(List.of())));
    assertThat(doc.get("aws_account_id")).isEqualTo(JsonValue.of("123456789012"));
  }

  @Test
  void jsonIsIndentedTwoSpacesAndEndsInALineBreak() {
    assertThat(ImportRenderer.json(bare(List.of())))
        .startsWith("{\n  \"format\" : \"tfdrift-import/1\",\n  \"log\" : \"apply.log\",\n")
        .endsWith("}\n");
  }
}
