package io.github.tfdrift.imports;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tfdrift.core.json.PlanReader;
import io.github.tfdrift.core.model.Plan;
import org.junit.jupiter.api.Test;

/** The pipeline failures of runbook 000's troubleshooting, recognised in apply logs with the runbook's hint. */
class PipelineFailureTest {
  private static final Plan EMPTY =
      PlanReader.create().read("{\"format_version\":\"1.2\",\"terraform_version\":\"1.11.4\",\"resource_changes\":[]}").get();

  private static ImportPlan plan(String log) {
    return ImportPlanner.plan(EMPTY, Seed003.log(log, "ci.log"), ImportOptions.defaults());
  }

  @Test
  void sopsDecryptionFailureIsReportedWithTheAgeKeyHint() {
    ImportPlan p = plan("+ sops -d vault.yml\nFailed to get the data key required to decrypt the SOPS file.\n");
    assertThat(p.failures()).singleElement().satisfies(f -> {
      assertThat(f.kind()).isEqualTo(PipelineFailure.Kind.SOPS_DECRYPTION);
      assertThat(f.line()).isEqualTo(2);
      assertThat(f.cause()).isEqualTo("Failed to get the data key required to decrypt the SOPS file.");
      assertThat(f.hint()).contains("SOPS_AGE_KEY").contains("AGE-SECRET-KEY-1");
    });
  }

  @Test
  void minioUploadFailureIsAnUnreachableBackend() {
    ImportPlan p = plan("Failed to upload state to S3: dial tcp 192.168.0.15:9000: connect: connection refused\n");
    assertThat(p.failures()).singleElement().satisfies(f -> {
      assertThat(f.kind()).isEqualTo(PipelineFailure.Kind.STATE_BACKEND);
      assertThat(f.describe())
          .isEqualTo(
              "ci.log:1: state backend unreachable: Failed to upload state to S3: dial tcp 192.168.0.15:9000: connect:"
                  + " connection refused (hint: " + f.hint() + ")");
    });
  }

  @Test
  void workspacesThatCannotBeListedAreAnUnreachableBackend() {
    ImportPlan p =
        plan(
            "╷\n│ Error: Failed to get existing workspaces: operation error S3: ListObjectsV2, https response error"
                + " StatusCode: 0, RequestID: , HostID: , request send failed, Get \"http://nas:9000/tfstate?list-type=2\":"
                + " dial tcp 192.168.0.15:9000: connect: connection refused\n│ \n│ \n╵\n");
    assertThat(p.failures()).extracting(PipelineFailure::kind).containsExactly(PipelineFailure.Kind.STATE_BACKEND);
  }

  @Test
  void aHeldStateLockNamesTheLockId() {
    ImportPlan p =
        plan(
            "╷\n│ Error: Error acquiring the state lock\n│ \n│ Error message: operation error DynamoDB: PutItem, https"
                + " response error StatusCode: 400, RequestID: QQ7, ConditionalCheckFailedException: The conditional"
                + " request failed\n│ Lock Info:\n│   ID:        6e8f1d2a-8a7b-1c3d-9e0f-1a2b3c4d5e6f\n│   Path:      tfstate/prod\n"
                + "│   Operation: OperationTypeApply\n│ \n│ Terraform acquires a state lock to protect the state from being"
                + " written\n│ by multiple users at the same time.\n╵\n");
    assertThat(p.failures()).singleElement().satisfies(f -> {
      assertThat(f.kind()).isEqualTo(PipelineFailure.Kind.STATE_LOCK);
      assertThat(f.line()).isEqualTo(2);
      assertThat(f.cause()).isEqualTo("Error acquiring the state lock (lock ID 6e8f1d2a-8a7b-1c3d-9e0f-1a2b3c4d5e6f)");
      assertThat(f.hint()).contains("force-unlock");
    });
  }

  @Test
  void missingAwsCredentialsAreProviderAuthentication() {
    ImportPlan p =
        plan(
            "╷\n│ Error: No valid credential sources found\n│ \n│   with provider[\"registry.terraform.io/hashicorp/aws\"],\n"
                + "│   on providers.tf line 1, in provider \"aws\":\n│    1: provider \"aws\" {\n│ \n│ Please see"
                + " https://registry.terraform.io/providers/hashicorp/aws\n╵\n");
    assertThat(p.failures()).extracting(PipelineFailure::kind).containsExactly(PipelineFailure.Kind.PROVIDER_CREDENTIALS);
  }

  @Test
  void invalidAndExpiredTokensAreProviderAuthentication() {
    assertThat(
            plan("Error: validating provider credentials: retrieving caller identity from STS: operation error STS:"
                    + " GetCallerIdentity, https response error StatusCode: 403, RequestID: r, api error InvalidClientTokenId:"
                    + " The security token included in the request is invalid.\n")
                .failures())
        .extracting(PipelineFailure::kind)
        .containsExactly(PipelineFailure.Kind.PROVIDER_CREDENTIALS);
    assertThat(plan("Error: creating IAM Role (r): operation error IAM: CreateRole, https response error StatusCode: 403,"
                    + " RequestID: r, api error ExpiredToken: The security token included in the request is expired\n")
                .failures())
        .extracting(PipelineFailure::kind)
        .containsExactly(PipelineFailure.Kind.PROVIDER_CREDENTIALS);
  }

  @Test
  void expiredCredentialsAreTheCauseEvenWhenTheBackendReportsThem() {
    ImportPlan p = plan("Error: Failed to get existing workspaces: operation error S3: ListObjectsV2, api error ExpiredToken: expired\n");
    assertThat(p.failures()).extracting(PipelineFailure::kind).containsExactly(PipelineFailure.Kind.PROVIDER_CREDENTIALS);
  }

  @Test
  void aRepeatedFailureIsReportedOnceAtItsFirstLine() {
    ImportPlan p = plan("Error: Error acquiring the state lock\n\nError: Error acquiring the state lock\n");
    assertThat(p.failures()).singleElement().satisfies(f -> assertThat(f.line()).isEqualTo(1));
  }

  @Test
  void aConnectionRefusedOfAProviderIsNotABackendFailure() {
    ImportPlan p = plan("Error: Get \"https://pve.lan:8006/api2/json/nodes\": dial tcp 10.0.0.5:8006: connect: connection refused\n");
    assertThat(p.failures()).isEmpty();
    assertThat(p.otherErrors()).singleElement().satisfies(e -> assertThat(e.line()).isEqualTo(1));
  }

  @Test
  void failuresAndImportsAreReportedTogether() {
    String log = "Error: Error acquiring the state lock\n" + Seed003.text("apply.txt");
    ImportPlan p = ImportPlanner.plan(Seed003.plan(), Seed003.log(log, "ci.log"), ImportOptions.defaults());
    assertThat(p.failures()).hasSize(1);
    assertThat(p.entries()).hasSize(16);
  }
}
