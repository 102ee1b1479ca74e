package io.github.tfdrift.imports;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tfdrift.core.json.PlanReader;
import io.github.tfdrift.core.model.Plan;
import org.junit.jupiter.api.Test;

/**
 * What a plan tells about the AWS account, region and partition, from the strongest evidence to the
 * weakest: the caller identity data source, the ARNs of the resources themselves, any ARN in the plan.
 */
class AwsFactsTest {
  private static final String ROLE_ARN = "arn:aws:iam::111111111111:role/r";

  private static Plan plan(String priorResources, String changes, String providerConfig) {
    String json =
        """
        {"format_version":"1.2","terraform_version":"1.11.4",
         "prior_state":{"format_version":"1.0","terraform_version":"1.11.4","values":{"root_module":{"resources":[%s],
           "child_modules":[]}}},
         "resource_changes":[%s],
         "configuration":{"provider_config":{%s}}}
        """
            .formatted(priorResources, changes, providerConfig);
    return PlanReader.create().read(json).getOrElseThrow(e -> new AssertionError(e.describe()));
  }

  private static String state(String mode, String type, String values, String sensitive) {
    return """
        {"address":"%s%s.x","mode":"%s","type":"%s","name":"x","provider_name":"registry.terraform.io/hashicorp/aws",
         "schema_version":0,"values":%s,"sensitive_values":%s}
        """
        .formatted(mode.equals("data") ? "data." : "", type, mode, type, values, sensitive);
  }

  private static String change(String mode, String type, String actions, String before, String after, String beforeSensitive,
      String afterSensitive) {
    return """
        {"address":"%s%s.c","mode":"%s","type":"%s","name":"c","provider_name":"registry.terraform.io/hashicorp/aws",
         "change":{"actions":[%s],"before":%s,"after":%s,"after_unknown":{},"before_sensitive":%s,"after_sensitive":%s}}
        """
        .formatted(mode.equals("data") ? "data." : "", type, mode, type, actions, before, after, beforeSensitive, afterSensitive);
  }

  private static String creates(String after) {
    return change("managed", "aws_sqs_queue", "\"create\"", "null", after, "false", "{}");
  }

  private static AwsFacts facts(Plan p) {
    return AwsFacts.of(p, ImportOptions.defaults());
  }

  @Test
  void theCallerIdentityDataSourceNamesTheAccountBeforeTheResourcesArns() {
    Plan p = plan(
        state("data", "aws_caller_identity", "{\"account_id\":\"222222222222\",\"arn\":\"arn:aws:iam::222222222222:user/ci\"}", "{}")
            + "," + state("managed", "aws_iam_role", "{\"arn\":\"" + ROLE_ARN + "\"}", "{}"),
        "", "");
    AwsFacts f = facts(p);
    assertThat(f.accountId).contains("222222222222");
    assertThat(f.accountEvidence).isEqualTo("from data source aws_caller_identity");
  }

  @Test
  void aCallerIdentityReadDuringThePlanNamesTheAccount() {
    Plan p = plan("", change("data", "aws_caller_identity", "\"read\"", "null",
        "{\"account_id\":\"333333333333\",\"arn\":\"arn:aws:sts::333333333333:assumed-role/ci/s\"}", "false", "{}"), "");
    assertThat(facts(p).accountEvidence).isEqualTo("from data source aws_caller_identity");
  }

  @Test
  void aSensitiveCallerIdentityIsNotRead() {
    Plan p = plan(
        state("data", "aws_caller_identity", "{\"account_id\":\"222222222222\"}", "{\"account_id\":true}")
            + "," + state("managed", "aws_iam_role", "{\"arn\":\"" + ROLE_ARN + "\"}", "{}"),
        "", "");
    assertThat(facts(p).accountId).contains("111111111111");
  }

  @Test
  void theArnsOfResourcesInThePriorStateNameTheAccount() {
    AwsFacts f = facts(plan(state("managed", "aws_iam_role", "{\"arn\":\"" + ROLE_ARN + "\"}", "{}"), "", ""));
    assertThat(f.accountEvidence).isEqualTo("from the ARNs of resources in the plan's prior state");
  }

  @Test
  void theArnBeforeAnUpdateNamesTheAccount() {
    Plan p = plan("", change("managed", "aws_iam_role", "\"update\"", "{\"arn\":\"" + ROLE_ARN + "\",\"name\":\"a\"}",
        "{\"arn\":\"" + ROLE_ARN + "\",\"name\":\"b\"}", "{}", "{}"), "");
    AwsFacts f = facts(p);
    assertThat(f.accountId).contains("111111111111");
    assertThat(f.accountEvidence).isEqualTo("from the ARNs of resources in the plan's prior state");
  }

  @Test
  void aSensitiveArnIsNeverRead() {
    Plan p = plan(state("managed", "aws_iam_role", "{\"arn\":\"" + ROLE_ARN + "\"}", "{\"arn\":true}"), "", "");
    assertThat(facts(p).accountId).isEmpty();
  }

  @Test
  void anArnNestedInWhatThePlanCreatesNamesTheAccountAsTheWeakestEvidence() {
    Plan p = plan("", creates("{\"policy\":[{\"principals\":[\"arn:aws:iam::444444444444:root\"]}]}"), "");
    AwsFacts f = facts(p);
    assertThat(f.accountId).contains("444444444444");
    assertThat(f.accountEvidence).isEqualTo("from ARNs in the plan");
  }

  @Test
  void aSensitiveNestedArnIsNeverRead() {
    Plan p = plan("", change("managed", "aws_sqs_queue", "\"create\"", "null",
        "{\"policy\":[{\"principals\":[\"arn:aws:iam::444444444444:root\"]}]}", "false", "{\"policy\":[{\"principals\":true}]}"), "");
    assertThat(facts(p).accountEvidence).isEqualTo("no ARN in the plan reveals the AWS account ID");
  }

  @Test
  void twoAccountsInTheSameEvidenceLeaveTheAccountUnknownAndNameBoth() {
    Plan p = plan(state("managed", "aws_iam_role", "{\"arn\":\"" + ROLE_ARN + "\"}", "{}")
        + "," + state("managed", "aws_sqs_queue", "{\"arn\":\"arn:aws:sqs:eu-west-1:555555555555:q\"}", "{}"), "", "");
    AwsFacts f = facts(p);
    assertThat(f.accountId).isEmpty();
    assertThat(f.accountEvidence)
        .isEqualTo("the ARNs of resources in the plan's prior state show several AWS accounts (111111111111, 555555555555)");
    assertThat(f.accountCandidates).containsExactlyInAnyOrder("111111111111", "555555555555");
  }

  @Test
  void anAccountGivenThatThePlanContradictsIsUsedWithAWarning() {
    Plan p = plan(state("managed", "aws_iam_role", "{\"arn\":\"" + ROLE_ARN + "\"}", "{}"), "", "");
    AwsFacts f = AwsFacts.of(p, ImportOptions.defaults().withAwsAccountId("999999999999"));
    assertThat(f.warnings)
        .containsExactly("the AWS account ID given (999999999999) is not the one the ARNs of resources in the plan's prior state show"
            + " (111111111111); the IDs use the one given");
  }

  @Test
  void anAccountGivenThatThePlanConfirmsHasNoWarning() {
    Plan p = plan(state("managed", "aws_iam_role", "{\"arn\":\"" + ROLE_ARN + "\"}", "{}"), "", "");
    AwsFacts f = AwsFacts.of(p, ImportOptions.defaults().withAwsAccountId("111111111111"));
    assertThat(f.warnings).isEmpty();
    assertThat(f.accountEvidence).isEqualTo("given with --aws-account-id");
  }

  @Test
  void theRegionComesFromTheAwsProviderConfiguration() {
    Plan p = plan("", "", "\"aws\":{\"name\":\"aws\",\"full_name\":\"registry.terraform.io/hashicorp/aws\","
        + "\"expressions\":{\"region\":{\"constant_value\":\"eu-central-1\"}}}");
    AwsFacts f = facts(p);
    assertThat(f.region).contains("eu-central-1");
    assertThat(f.regionEvidence).isEqualTo("from the aws provider configuration");
  }

  @Test
  void anotherProvidersRegionIsNotTheAwsRegion() {
    Plan p = plan("", "", "\"google\":{\"name\":\"google\",\"full_name\":\"registry.terraform.io/hashicorp/google\","
        + "\"expressions\":{\"region\":{\"constant_value\":\"europe-west1\"}}}");
    assertThat(facts(p).regionEvidence).isEqualTo("the plan does not show the AWS region");
  }

  @Test
  void twoAwsProvidersInTwoRegionsLeaveTheRegionUnknownAndNameBoth() {
    Plan p = plan("", "", "\"aws\":{\"name\":\"aws\",\"expressions\":{\"region\":{\"constant_value\":\"eu-west-1\"}}},"
        + "\"aws.us\":{\"name\":\"aws\",\"alias\":\"us\",\"expressions\":{\"region\":{\"constant_value\":\"us-east-1\"}}}");
    AwsFacts f = facts(p);
    assertThat(f.region).isEmpty();
    assertThat(f.regionEvidence).isEqualTo("the aws provider is configured for several regions (eu-west-1, us-east-1)");
  }

  @Test
  void withoutAProviderRegionTheRegionOfTheResourcesArnsIsUsed() {
    Plan p = plan(state("managed", "aws_sqs_queue", "{\"arn\":\"arn:aws:sqs:ap-south-1:555555555555:q\"}", "{}"), "", "");
    AwsFacts f = facts(p);
    assertThat(f.region).contains("ap-south-1");
    assertThat(f.regionEvidence).isEqualTo("from the ARNs of resources in the plan's prior state");
  }

  @Test
  void theCallerIdentitysRegionComesBeforeTheResourcesRegions() {
    Plan p = plan(
        state("data", "aws_caller_identity", "{\"account_id\":\"555555555555\",\"arn\":\"arn:aws:sqs:ca-central-1:555555555555:x\"}", "{}")
            + "," + state("managed", "aws_sqs_queue", "{\"arn\":\"arn:aws:sqs:ap-south-1:555555555555:q\"}", "{}"),
        "", "");
    assertThat(facts(p).region).contains("ca-central-1");
  }

  @Test
  void anArnWithoutARegionShowsNoRegionAndThePartitionIsNotAssumed() {
    AwsFacts f = facts(plan(state("managed", "aws_iam_role", "{\"arn\":\"" + ROLE_ARN + "\"}", "{}"), "", ""));
    assertThat(f.region).isEmpty();
    assertThat(f.partition).isEqualTo("aws");
    assertThat(f.partitionAssumed).isFalse();
  }

  @Test
  void thePartitionComesFromTheArnsThatNameTheAccount() {
    AwsFacts f = facts(plan(state("managed", "aws_iam_role", "{\"arn\":\"arn:aws-cn:iam::111111111111:role/r\"}", "{}"), "", ""));
    assertThat(f.partition).isEqualTo("aws-cn");
  }

  @Test
  void aPlanWithoutArnOrRegionAssumesTheCommercialPartition() {
    AwsFacts f = facts(plan("", "", ""));
    assertThat(f.partition).isEqualTo("aws");
    assertThat(f.partitionAssumed).isTrue();
  }

  @Test
  void aGivenRegionIsNotAssumedAndSaysWhereItCameFrom() {
    AwsFacts f = AwsFacts.of(plan("", "", ""), ImportOptions.defaults().withAwsRegion("eu-west-3"));
    assertThat(f.partitionAssumed).isFalse();
    assertThat(f.regionEvidence).isEqualTo("given with --aws-region");
  }
}
