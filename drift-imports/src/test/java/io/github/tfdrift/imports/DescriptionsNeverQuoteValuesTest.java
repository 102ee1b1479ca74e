package io.github.tfdrift.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What the import assistant's values print in logs and debuggers: where and how many, never an error's
 * text, an ID or an identity's values (which can quote secrets).
 */
class DescriptionsNeverQuoteValuesTest {
  private static final String SECRET = "s3cr3t-value";
  private static final SourceError SOURCE =
      new SourceError("apply.log", 7, LogDiagnostic.Origin.UI_STREAM, "EntityAlreadyExists", "aws", "role " + SECRET + " exists");

  @Test
  void aDiagnosticShowsItsLineOriginAndAddress() {
    assertThat(new LogDiagnostic("x " + SECRET, "", Optional.of("aws_iam_role.r"), 4, LogDiagnostic.Origin.TEXT))
        .hasToString("LogDiagnostic[line 4, TEXT, aws_iam_role.r]");
  }

  @Test
  void aDiagnosticWithoutAddressShowsItsLineAndOrigin() {
    assertThat(new LogDiagnostic("x " + SECRET, SECRET, Optional.empty(), 4, LogDiagnostic.Origin.UI_STREAM))
        .hasToString("LogDiagnostic[line 4, UI_STREAM]");
  }

  @Test
  void aDiagnosticsTextIsItsSummaryThenItsDetail() {
    assertThat(new LogDiagnostic("summary", "detail", Optional.empty(), 1, LogDiagnostic.Origin.TEXT).text()).isEqualTo("summary\ndetail");
    assertThat(new LogDiagnostic("summary", "", Optional.empty(), 1, LogDiagnostic.Origin.TEXT).text()).isEqualTo("summary");
  }

  @Test
  void anEntryShowsItsAddressAndWhetherItsIdIsKnown() {
    ImportEntry known = new ImportEntry("aws_iam_role.r", "aws_iam_role", SECRET, List.of(), Optional.empty(), Optional.empty(), List.of(),
        List.of(SOURCE));
    ImportEntry open = new ImportEntry("aws_iam_role.r", "aws_iam_role", SECRET + "<AWS_ACCOUNT_ID>", List.of("<AWS_ACCOUNT_ID>"),
        Optional.empty(), Optional.empty(), List.of(), List.of(SOURCE));
    assertThat(known).hasToString("ImportEntry[aws_iam_role.r, id known]");
    assertThat(open).hasToString("ImportEntry[aws_iam_role.r, placeholders [<AWS_ACCOUNT_ID>]]");
  }

  @Test
  void anIdentityShowsItsMemberNamesNotTheirValues() {
    assertThat(new ImportIdentity(Map.of("name", SECRET), List.of(), "plan", List.of())).hasToString("ImportIdentity[name]");
    assertThat(new ImportIdentity(Map.of("name", "<NAME>"), List.of("<NAME>"), "plan", List.of()))
        .hasToString("ImportIdentity[name, placeholders [<NAME>]]");
  }

  @Test
  void aSourceErrorShowsWhereNotItsSummary() {
    assertThat(SOURCE).hasToString("SourceError[EntityAlreadyExists at apply.log:7]");
  }

  @Test
  void aPipelineFailureShowsItsKindAndWhere() {
    assertThat(new PipelineFailure(PipelineFailure.Kind.SOPS_DECRYPTION, "apply.log", 3, SECRET, "add the age key"))
        .hasToString("PipelineFailure[SOPS_DECRYPTION at apply.log:3]");
  }

  @Test
  void aLogReadErrorShowsItsKindAndDescription() {
    assertThat(new LogReadError(LogReadError.Kind.EMPTY, "the log is empty", "apply.log", 0))
        .hasToString("EMPTY: apply.log: the log is empty");
  }

  @Test
  void aTemplateErrorShowsWhereAndWhat() {
    assertThat(TemplateError.in("import_ids.aws_sqs_queue", "must be a template string"))
        .hasToString("TemplateError[import_ids.aws_sqs_queue: must be a template string]");
  }

  @Test
  void anOptionErrorNamesTheOptionOnly() {
    assertThat(new OptionError("--aws-account-id", "not 12 digits: " + SECRET)).hasToString("OptionError[--aws-account-id]");
  }

  @Test
  void optionsShowTheAccountRegionAndHowManyPolicyTemplates() {
    assertThat(ImportOptions.defaults()).hasToString("ImportOptions[account=-, region=-, 0 policy templates]");
    assertThat(ImportOptions.defaults().withAwsAccountId("123456789012").withAwsRegion("eu-west-1"))
        .hasToString("ImportOptions[account=123456789012, region=eu-west-1, 0 policy templates]");
  }

  @Test
  void policyTemplatesAreKeptWithWhereTheyCameFrom() {
    Map<String, ImportIdTemplate> policy = ImportIdPolicy.parse("rules: []\nimport_ids:\n  aws_sqs_queue: \"{name}\"\n", "policy.yaml").get();
    ImportOptions o = ImportOptions.defaults().withImportIds(policy, "policy.yaml");
    assertThat(o.importIds()).containsOnlyKeys("aws_sqs_queue");
    assertThat(o.importIdsOrigin()).isEqualTo("policy.yaml");
  }
}
