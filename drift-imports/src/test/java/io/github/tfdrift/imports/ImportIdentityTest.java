package io.github.tfdrift.imports;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tfdrift.core.json.PlanReader;
import io.github.tfdrift.core.model.Plan;
import io.github.tfdrift.core.value.JsonValue;
import io.github.tfdrift.core.value.JsonValues;
import java.util.Map;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Imports by identity ({@code identity = { … }}, Terraform 1.12+, OpenTofu 1.12+), one scenario each:
 * the runbook's seed 003 (AWS provider identities from the catalogue), and plans carrying the planned
 * identity as Terraform 1.12+ writes it ({@code after_identity}).
 */
class ImportIdentityTest {
  private static final String ROLE = "module.notion_lambda.module.lambda_function.aws_iam_role.lambda[0]";
  private static final String BUCKET = "aws_s3_bucket.wyatt-datalake-35315550";
  private static final String POLICY = "module.put_visualization_data.module.lambda_function.aws_iam_policy.additional_inline[0]";

  private static ImportPlan seed003() {
    return ImportPlanner.plan(Seed003.plan(), Seed003.jsonLog(), ImportOptions.defaults());
  }

  /**
   * A plan of one create of {@code type} made by Terraform 1.12 with AWS provider 6 configured for
   * eu-west-1; {@code extra} is raw members of the change ({@code after_identity}).
   */
  private static Plan oneCreate(String type, String after, String unknown, String extra) {
    String json =
        """
        {"format_version":"1.2","terraform_version":"1.12.2",
         "resource_changes":[{"address":"%1$s.this","mode":"managed","type":"%1$s","name":"this",
           "provider_name":"registry.terraform.io/hashicorp/aws",
           "change":{"actions":["create"],"before":null,"after":%2$s,"after_unknown":%3$s,
                     "before_sensitive":false,"after_sensitive":{}%4$s}}],
         "configuration":{"provider_config":{"aws":{"name":"aws","full_name":"registry.terraform.io/hashicorp/aws",
           "expressions":{"region":{"constant_value":"eu-west-1"}}}}}}
        """
            .formatted(type, after, unknown, extra.isEmpty() ? "" : "," + extra);
    return PlanReader.create().read(json).getOrElseThrow(e -> new AssertionError(e.describe()));
  }

  private static ImportEntry imported(Plan p, String type, String error) {
    ApplyLog log = Seed003.log(
        "╷\n│ Error: " + error + "\n│ \n│   with " + type + ".this,\n│   on main.tf line 1, in resource:\n│    1: resource {\n│ \n╵\n",
        "apply.txt");
    return ImportPlanner.plan(p, log, ImportOptions.defaults().withAwsAccountId("123456789012")).entries().get(0);
  }

  // ---- the catalogue, on seed 003 ---------------------------------------------------------------

  @Test
  void anIamRoleIsIdentifiedByItsNameAndTheAccountTheArnsShow() {
    ImportEntry e = seed003().entry(ROLE).orElseThrow();

    assertThat(e.identity().orElseThrow().members()).containsExactly(Map.entry("name", "notion_lambda"), Map.entry("account_id", Seed003.ACCOUNT));
  }

  @Test
  void anS3BucketIdentityCarriesTheRegion() {
    ImportEntry e = seed003().entry(BUCKET).orElseThrow();

    assertThat(e.identity().orElseThrow().members().keySet()).containsExactly("bucket", "region", "account_id");
  }

  @Test
  void theIdentityBlockIsWrittenAsTerraformFmtWritesIt() {
    ImportEntry e = seed003().entry(ROLE).orElseThrow();

    assertThat(ImportRenderer.hclBlock(e, ImportArgument.IDENTITY))
        .isEqualTo(
            "import {\n  to = " + ROLE + "\n  identity = {\n    name       = \"notion_lambda\"\n    account_id = \"123456789012\"\n  }\n}\n");
  }

  @Test
  void aTypeWithoutAKnownIdentityFallsBackToItsIdWithAComment() {
    String hcl = ImportRenderer.hcl(seed003(), ImportArgument.IDENTITY);

    assertThat(hcl)
        .contains("# no identity known for aws_iam_policy: imported by id (add its identity with an ImportIdProvider)\n"
            + "import {\n  to = " + POLICY + "\n  id = \"arn:aws:iam::123456789012:policy/put_visualization_data-inline\"\n}\n");
  }

  @Test
  void theIdentityFileSaysItNeedsTerraform112() {
    assertThat(ImportRenderer.hcl(seed003(), ImportArgument.IDENTITY)).contains("# Needs Terraform 1.12+ or OpenTofu 1.12+ (identity = { ... }).");
  }

  @Test
  void blocksByIdStayTheDefault() {
    assertThat(ImportRenderer.hcl(seed003())).doesNotContain("identity = {");
  }

  @Test
  void theJsonOutputCarriesTheIdentityObject() {
    JsonValue doc = JsonValues.parseTrusted(ImportRenderer.json(seed003()));
    JsonValue role = ((JsonValue.Arr) doc.get("entries")).elements().stream().filter(x -> x.get("address").asText().orElse("").equals(ROLE)).findFirst().orElseThrow();

    assertThat(role.get("identity").get("members").get("name")).isEqualTo(JsonValue.of("notion_lambda"));
  }

  @Test
  void theJsonOutputHasANullIdentityForATypeWithoutOne() {
    JsonValue doc = JsonValues.parseTrusted(ImportRenderer.json(seed003()));
    JsonValue policy = ((JsonValue.Arr) doc.get("entries")).elements().stream().filter(x -> x.get("address").asText().orElse("").equals(POLICY)).findFirst().orElseThrow();

    assertThat(policy.get("identity").isNull()).isTrue();
  }

  @Test
  void noIdentityBlockShowsTheSensitiveValueOfTheSeed() {
    assertThat(ImportRenderer.hcl(seed003(), ImportArgument.IDENTITY)).doesNotContain(Seed003.SECRET);
  }

  // ---- the plan's planned identity ----------------------------------------------------------------

  @Test
  void thePlannedIdentityOfTheProviderIsUsedAsItIs() {
    Plan p = oneCreate("aws_s3_bucket", "{\"bucket\":\"acme-logs\"}", "{\"id\":true,\"region\":true}",
        "\"after_identity\":{\"account_id\":\"123456789012\",\"bucket\":\"acme-logs\",\"region\":\"eu-central-1\"}");

    ImportIdentity id = imported(p, "aws_s3_bucket", "creating S3 Bucket (acme-logs): BucketAlreadyOwnedByYou: yours").identity().orElseThrow();

    assertThat(id.members()).containsExactly(
        Map.entry("bucket", "acme-logs"), Map.entry("region", "eu-central-1"), Map.entry("account_id", "123456789012"));
  }

  @Test
  void anIdentityWhollyFromThePlanSaysSo() {
    Plan p = oneCreate("aws_s3_bucket", "{\"bucket\":\"acme-logs\"}", "{\"id\":true,\"region\":true}",
        "\"after_identity\":{\"account_id\":\"123456789012\",\"bucket\":\"acme-logs\",\"region\":\"eu-central-1\"}");

    assertThat(imported(p, "aws_s3_bucket", "creating S3 Bucket (acme-logs): BucketAlreadyOwnedByYou: yours").identity().orElseThrow().origin())
        .isEqualTo(ImportIdentity.FROM_PLAN);
  }

  @Test
  void aTypeTheCatalogueDoesNotKnowTakesACompletePlannedIdentity() {
    Plan p = oneCreate("aws_vpc_ipam_pool", "{\"address_family\":\"ipv4\"}", "{\"id\":true}",
        "\"after_identity\":{\"id\":\"ipam-pool-0123\",\"region\":\"eu-west-1\"}");

    ImportEntry e = imported(p, "aws_vpc_ipam_pool", "creating IPAM Pool: the pool already exists");

    assertThat(e.identity().orElseThrow().members()).containsExactly(Map.entry("id", "ipam-pool-0123"), Map.entry("region", "eu-west-1"));
  }

  @Test
  void aPlannedIdentityWithNullMembersIsNotTakenForATypeTheCatalogueDoesNotKnow() {
    Plan p = oneCreate("aws_vpc_ipam_pool", "{\"address_family\":\"ipv4\"}", "{\"id\":true}",
        "\"after_identity\":{\"id\":null,\"region\":\"eu-west-1\"}");

    assertThat(imported(p, "aws_vpc_ipam_pool", "creating IPAM Pool: the pool already exists").identity()).isEmpty();
  }

  @Test
  void aRequiredMemberKnownOnlyAfterApplyIsAPlaceholderAndTheBlockIsCommentedOut() {
    Plan p = oneCreate("aws_instance", "{\"ami\":\"ami-1\"}", "{\"id\":true}", "");
    ImportEntry e = imported(p, "aws_instance", "creating EC2 Instance: the instance already exists");
    ImportPlan plan = new ImportPlan("apply.txt", io.github.tfdrift.core.model.Producer.Tool.TERRAFORM, java.util.List.of(e), java.util.List.of(),
        java.util.List.of(), java.util.List.of(), java.util.List.of(), java.util.List.of(), java.util.Optional.empty(), "given");

    assertThat(ImportRenderer.hcl(plan, ImportArgument.IDENTITY)).contains("# Replace <id>, then remove the '# ' in front of the block:\n# import {\n");
  }

  @Test
  void theCountsLineCountsTheIdentitiesToComplete() {
    Plan p = oneCreate("aws_instance", "{\"ami\":\"ami-1\"}", "{\"id\":true}", "");
    ImportEntry e = imported(p, "aws_instance", "creating EC2 Instance: the instance already exists");
    ImportPlan plan = new ImportPlan("apply.txt", io.github.tfdrift.core.model.Producer.Tool.TERRAFORM, java.util.List.of(e), java.util.List.of(),
        java.util.List.of(), java.util.List.of(), java.util.List.of(), java.util.List.of(), java.util.Optional.empty(), "given");

    assertThat(ImportRenderer.hcl(plan, ImportArgument.IDENTITY)).contains("# 1 to import (1 with an ID or identity to complete), 0 skipped");
  }

  @Test
  void anOptionalMemberNotKnownIsLeftOut() {
    Plan p = oneCreate("aws_iam_role", "{\"name\":\"deployer\"}", "{\"arn\":true}", "");
    ApplyLog log = Seed003.log(
        "╷\n│ Error: creating IAM Role (deployer): EntityAlreadyExists: Role with name deployer already exists.\n│ \n│   with aws_iam_role.this,\n│   on main.tf line 1, in resource:\n│    1: resource {\n│ \n╵\n",
        "apply.txt");

    ImportEntry e = ImportPlanner.plan(p, log, ImportOptions.defaults()).entries().get(0);

    assertThat(e.identity().orElseThrow().members()).containsOnlyKeys("name");
  }

  // ---- a real Terraform 1.14 plan of AWS provider 6 ------------------------------------------------

  /**
   * The corpus plan of trivy's {@code module_call} test data (Terraform 1.14.2, AWS provider 6): a
   * bucket created in a module, {@code after_identity} with every member {@code null} (the provider
   * knows them after apply), {@code region} set to the provider's.
   */
  private static ImportEntry trivyBucket() throws java.io.IOException {
    Path file = Path.of(System.getProperty("tfdrift.corpus", "../shared/corpus"))
        .resolve("aquasecurity__trivy/pkg__iac__scanners__terraformplan__tfjson__testdata__module_call.json");
    Assumptions.assumeTrue(Files.isRegularFile(file), "corpus absent: skipped");
    Plan p = PlanReader.create().read(file).getOrElseThrow(e -> new AssertionError(e.describe()));
    ApplyLog log = Seed003.log(
        "╷\n│ Error: creating S3 Bucket (test): operation error S3: CreateBucket, https response error StatusCode: 409,"
            + " RequestID: r, BucketAlreadyOwnedByYou: yours\n│ \n│   with module.s3_bucket.aws_s3_bucket.main,\n"
            + "│   on main.tf line 1, in resource:\n│    1: resource {\n│ \n╵\n",
        "apply.txt");
    return ImportPlanner.plan(p, log, ImportOptions.defaults()).entries().get(0);
  }

  @Test
  void aPlannedIdentityOfNullsGivesWayToTheCatalogue() throws java.io.IOException {
    assertThat(trivyBucket().identity().orElseThrow().members()).containsExactly(Map.entry("bucket", "test"), Map.entry("region", "eu-west-1"));
  }

  @Test
  void aBucketInTheProvidersRegionKeepsItsPlainId() throws java.io.IOException {
    assertThat(trivyBucket().id()).isEqualTo("test");
  }

  // ---- extension --------------------------------------------------------------------------------

  @Test
  void anImportIdProviderAddsIdentitiesThroughTheServiceLoader() {
    ImportIdentityCatalogue c = ImportIdentityCatalogue.installed(getClass().getClassLoader());

    assertThat(c.find("acme_widget").orElseThrow().origin()).isEqualTo(AcmeImportIds.class.getName());
  }

  @Test
  void theBuiltInCatalogueKnowsTheIdentitiesOfTheIssue() {
    ImportIdentityCatalogue c = ImportIdentityCatalogue.builtIn();

    assertThat(c.find("aws_cloudwatch_log_group").orElseThrow().template().optional().keySet()).containsExactly("region", "account_id");
  }
}
