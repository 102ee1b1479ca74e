package io.github.tfdrift.imports;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tfdrift.core.json.PlanReader;
import io.github.tfdrift.core.model.Plan;
import org.junit.jupiter.api.Test;

/**
 * Every place of a plan the AWS facts are read from: planned values, child modules, resource drift, a
 * caller identity that only has its account ID, a provider known by its full name, resources in two
 * regions.
 */
class AwsFactsSourcesTest {
  private static Plan plan(String members) {
    String json = "{\"format_version\":\"1.2\",\"terraform_version\":\"1.11.4\"," + members + "}";
    return PlanReader.create().read(json).getOrElseThrow(e -> new AssertionError(e.describe()));
  }

  private static String resource(String address, String mode, String type, String values) {
    return """
        {"address":"%s","mode":"%s","type":"%s","name":"x","provider_name":"registry.terraform.io/hashicorp/aws",
         "schema_version":0,"values":%s,"sensitive_values":{}}
        """
        .formatted(address, mode, type, values);
  }

  private static String values(String resources, String childModules) {
    return "{\"root_module\":{\"resources\":[" + resources + "],\"child_modules\":[" + childModules + "]}}";
  }

  private static String prior(String resources, String childModules) {
    return "\"prior_state\":{\"format_version\":\"1.0\",\"terraform_version\":\"1.11.4\",\"values\":" + values(resources, childModules) + "}";
  }

  private static AwsFacts facts(Plan p) {
    return AwsFacts.of(p, ImportOptions.defaults());
  }

  @Test
  void aCallerIdentityInThePlannedValuesWithOnlyItsAccountIdNamesTheAccount() {
    Plan p = plan("\"planned_values\":" + values(resource("data.aws_caller_identity.x", "data", "aws_caller_identity",
        "{\"account_id\":\"222222222222\"}"), ""));
    AwsFacts f = facts(p);
    assertThat(f.accountId).contains("222222222222");
    assertThat(f.accountEvidence).isEqualTo("from data source aws_caller_identity");
  }

  @Test
  void aCallerIdentityReadDuringThePlanWithOnlyItsAccountIdNamesTheAccount() {
    Plan p = plan("""
        "resource_changes":[{"address":"data.aws_caller_identity.c","mode":"data","type":"aws_caller_identity","name":"c",
          "provider_name":"registry.terraform.io/hashicorp/aws",
          "change":{"actions":["read"],"before":null,"after":{"account_id":"333333333333"},"after_unknown":{},
                    "before_sensitive":false,"after_sensitive":{}}}]
        """);
    assertThat(facts(p).accountId).contains("333333333333");
  }

  @Test
  void aCallerIdentitysAccountIdThatIsNotTwelveDigitsIsIgnored() {
    Plan p = plan("\"planned_values\":" + values(resource("data.aws_caller_identity.x", "data", "aws_caller_identity",
        "{\"account_id\":\"12345\"}"), ""));
    assertThat(facts(p).accountId).isEmpty();
  }

  @Test
  void theResourcesOfAChildModuleInThePriorStateCount() {
    String child = "{\"address\":\"module.m\",\"resources\":[" + resource("module.m.aws_iam_role.x", "managed", "aws_iam_role",
        "{\"arn\":\"arn:aws:iam::444444444444:role/r\"}") + "],\"child_modules\":[]}";
    AwsFacts f = facts(plan(prior("", child)));
    assertThat(f.accountId).contains("444444444444");
    assertThat(f.accountEvidence).isEqualTo("from the ARNs of resources in the plan's prior state");
  }

  @Test
  void anArnInsideAnAttributeOfTheStateIsTheWeakestEvidence() {
    AwsFacts f = facts(plan(prior(resource("aws_sqs_queue.x", "managed", "aws_sqs_queue",
        "{\"policy\":\"{\\\"Principal\\\":\\\"arn:aws:iam::555555555555:root\\\"}\"}"), "")));
    assertThat(f.accountId).contains("555555555555");
    assertThat(f.accountEvidence).isEqualTo("from ARNs in the plan");
  }

  @Test
  void anArnInThePlannedValuesIsTheWeakestEvidence() {
    AwsFacts f = facts(plan("\"planned_values\":" + values(resource("aws_sqs_queue.x", "managed", "aws_sqs_queue",
        "{\"policy\":[\"arn:aws:iam::666666666666:root\"]}"), "")));
    assertThat(f.accountId).contains("666666666666");
  }

  @Test
  void anArnInResourceDriftIsTheWeakestEvidence() {
    Plan p = plan("""
        "resource_drift":[{"address":"aws_sqs_queue.d","mode":"managed","type":"aws_sqs_queue","name":"d",
          "provider_name":"registry.terraform.io/hashicorp/aws",
          "change":{"actions":["update"],"before":{"policy":"a"},"after":{"policy":"arn:aws:iam::777777777777:root"},
                    "after_unknown":{},"before_sensitive":{},"after_sensitive":{}}}]
        """);
    assertThat(facts(p).accountId).contains("777777777777");
  }

  @Test
  void anAwsProviderKnownOnlyByItsFullNameGivesTheRegion() {
    Plan p = plan("\"configuration\":{\"provider_config\":{\"aws\":{\"name\":\"amazon\",\"full_name\":\"registry.opentofu.org/hashicorp/aws\","
        + "\"expressions\":{\"region\":{\"constant_value\":\"eu-north-1\"}}}}}");
    assertThat(facts(p).region).contains("eu-north-1");
  }

  @Test
  void resourcesInTwoRegionsShowNoRegion() {
    AwsFacts f = facts(plan(prior(resource("aws_sqs_queue.a", "managed", "aws_sqs_queue", "{\"arn\":\"arn:aws:sqs:eu-west-1:555555555555:a\"}")
        + "," + resource("aws_sqs_queue.b", "managed", "aws_sqs_queue", "{\"arn\":\"arn:aws:sqs:us-east-1:555555555555:b\"}"), "")));
    assertThat(f.region).isEmpty();
    assertThat(f.regionEvidence).isEqualTo("the plan does not show the AWS region");
  }

  @Test
  void aRegionPartOfAnArnThatIsNotARegionIsIgnored() {
    AwsFacts f = facts(plan(prior(resource("aws_s3_bucket.a", "managed", "aws_s3_bucket", "{\"arn\":\"arn:aws:s3:global:555555555555:a\"}"), "")));
    assertThat(f.region).isEmpty();
  }
}
