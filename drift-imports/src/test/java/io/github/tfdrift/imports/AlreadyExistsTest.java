package io.github.tfdrift.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Recognising "already exists" errors as AWS, AzureRM, Google and other providers word them. */
class AlreadyExistsTest {

  private static AlreadyExists recognised(String summary) {
    return AlreadyExists.in(summary).orElseThrow(() -> new AssertionError("not recognised: " + summary));
  }

  @Test
  void awsIamRoleIsEntityAlreadyExists() {
    AlreadyExists a =
        recognised(
            "creating IAM Role (notion_lambda): operation error IAM: CreateRole, https response error StatusCode: 409,"
                + " RequestID: 2c0f9a1e-6b1d-4e0a-9f0e-6c1b2a3d4e5f, EntityAlreadyExists: Role with name notion_lambda already exists.");
    assertThat(a).isEqualTo(new AlreadyExists(AlreadyExists.Family.AWS, "EntityAlreadyExists", Optional.empty()));
  }

  @Test
  void awsLogGroupIsResourceAlreadyExistsException() {
    assertThat(
            recognised(
                    "creating CloudWatch Logs Log Group (/aws/lambda/notion_lambda): operation error CloudWatch Logs:"
                        + " CreateLogGroup, https response error StatusCode: 400, RequestID: r,"
                        + " ResourceAlreadyExistsException: The specified log group already exists")
                .code())
        .isEqualTo("ResourceAlreadyExistsException");
  }

  @Test
  void awsBucketOwnedByYouAndBucketTakenAreTellApart() {
    assertThat(
            recognised(
                    "creating S3 Bucket (b): operation error S3: CreateBucket, https response error StatusCode: 409, RequestID: r,"
                        + " HostID: h, BucketAlreadyOwnedByYou: Your previous request to create the named bucket succeeded"
                        + " and you already own it.")
                .code())
        .isEqualTo("BucketAlreadyOwnedByYou");
    assertThat(
            recognised(
                    "creating S3 Bucket (b): operation error S3: CreateBucket, https response error StatusCode: 409, RequestID: r,"
                        + " HostID: h, BucketAlreadyExists: The requested bucket name is not available.")
                .code())
        .isEqualTo("BucketAlreadyExists");
  }

  @Test
  void awsGlueIsAlreadyExistsException() {
    assertThat(
            recognised(
                    "creating Glue Catalog Database (db): operation error Glue: CreateDatabase, https response error"
                        + " StatusCode: 400, RequestID: r, AlreadyExistsException: Database already exists.")
                .code())
        .isEqualTo("AlreadyExistsException");
  }

  @Test
  void awsResourceInUseCountsOnlyWhenTheResourceExists() {
    assertThat(
            recognised(
                    "creating Amazon DynamoDB Table (orders): operation error DynamoDB: CreateTable, https response error"
                        + " StatusCode: 400, RequestID: r, ResourceInUseException: Table already exists: orders")
                .code())
        .isEqualTo("ResourceInUseException");
    assertThat(
            AlreadyExists.in(
                "deleting ECS Cluster (c): operation error ECS: DeleteCluster, https response error StatusCode: 400,"
                    + " RequestID: r, ResourceInUseException: The Cluster cannot be deleted while Services are active."))
        .isEmpty();
  }

  @Test
  void awsSecretsManagerIsResourceExistsException() {
    assertThat(
            recognised(
                    "creating Secrets Manager Secret (db-password): operation error Secrets Manager: CreateSecret, https"
                        + " response error StatusCode: 400, RequestID: r, ResourceExistsException: The operation failed"
                        + " because the secret db-password already exists.")
                .code())
        .isEqualTo("ResourceExistsException");
  }

  @Test
  void anAwsCodeWithoutAliasIsTakenFromTheMessage() {
    AlreadyExists a =
        recognised(
            "creating Security Group (web): operation error EC2: CreateSecurityGroup, https response error StatusCode:"
                + " 400, RequestID: r, api error InvalidGroup.Duplicate: The security group 'web' already exists for VPC"
                + " 'vpc-0abc'");
    assertThat(a.family()).isEqualTo(AlreadyExists.Family.AWS);
    assertThat(a.code()).isEqualTo("InvalidGroup.Duplicate");
  }

  @Test
  void theOlderAwsProviderWordingIsRecognisedToo() {
    assertThat(recognised("Error creating IAM Role notion_lambda: EntityAlreadyExists: Role with name notion_lambda already exists.").code())
        .isEqualTo("EntityAlreadyExists");
  }

  @Test
  void azurermNamesTheIdToImport() {
    AlreadyExists a =
        recognised(
            "A resource with the ID \"/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-prod\" already"
                + " exists - to be managed via Terraform this resource needs to be imported into the State. Please see the"
                + " resource documentation for \"azurerm_resource_group\" for more information.");
    assertThat(a.family()).isEqualTo(AlreadyExists.Family.AZURERM);
    assertThat(a.idInMessage()).contains("/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-prod");
  }

  @Test
  void google409NamesTheResource() {
    AlreadyExists a =
        recognised(
            "Error creating Network: googleapi: Error 409: The resource 'projects/acme-prod/global/networks/vpc-main'"
                + " already exists, alreadyExists");
    assertThat(a).isEqualTo(
        new AlreadyExists(AlreadyExists.Family.GOOGLE, "alreadyExists", Optional.of("projects/acme-prod/global/networks/vpc-main")));
  }

  @Test
  void aGoogleBucketYouOwnIsA409Conflict() {
    AlreadyExists a =
        recognised(
            "googleapi: Error 409: Your previous request to create the named bucket succeeded and you already own it., conflict");
    assertThat(a.family()).isEqualTo(AlreadyExists.Family.GOOGLE);
    assertThat(a.code()).isEqualTo("409 conflict");
    assertThat(a.idInMessage()).isEmpty();
  }

  @Test
  void anyOtherAlreadyExistsIsGeneric() {
    AlreadyExists k = recognised("namespaces \"monitoring\" already exists");
    assertThat(k).isEqualTo(new AlreadyExists(AlreadyExists.Family.GENERIC, "already exists", Optional.empty()));
    AlreadyExists d = recognised("creating terraform_data (x): resource with ID \"0b5ab8f1\" already exists");
    assertThat(d.idInMessage()).contains("0b5ab8f1");
  }

  @Test
  void otherErrorsAreNotRecognised() {
    assertThat(AlreadyExists.in("creating IAM Role (r): operation error IAM: CreateRole, https response error StatusCode: 403,"
            + " RequestID: r, api error AccessDenied: User is not authorized to perform: iam:CreateRole"))
        .isEmpty();
    assertThat(AlreadyExists.in("Invalid reference")).isEmpty();
  }

  @Test
  void aProvisionersOutputInTheDetailIsNotTakenForAProviderError() {
    LogDiagnostic d =
        new LogDiagnostic(
            "local-exec provisioner error",
            "Error running command './create.sh': exit status 1. Output: EntityAlreadyExists: role already exists",
            Optional.of("terraform_data.x"),
            3,
            LogDiagnostic.Origin.TEXT);
    assertThat(AlreadyExists.in(d)).isEmpty();
  }

  @Test
  void anAzureSentenceInTheDetailIsRecognised() {
    LogDiagnostic d =
        new LogDiagnostic(
            "creating Resource Group \"rg-prod\"",
            "A resource with the ID \"/subscriptions/s/resourceGroups/rg-prod\" already exists - to be managed via"
                + " Terraform this resource needs to be imported into the State.",
            Optional.of("azurerm_resource_group.rg"),
            3,
            LogDiagnostic.Origin.UI_STREAM);
    assertThat(AlreadyExists.in(d).map(AlreadyExists::idInMessage)).contains(Optional.of("/subscriptions/s/resourceGroups/rg-prod"));
  }

  @Test
  void toStringLeavesTheIdOut() {
    assertThat(new AlreadyExists(AlreadyExists.Family.AZURERM, "c", Optional.of("/subscriptions/x")).toString())
        .doesNotContain("/subscriptions/x");
  }
}
