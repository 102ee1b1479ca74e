package io.github.tfdrift.imports;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tfdrift.core.json.PlanReader;
import io.github.tfdrift.core.model.Plan;
import org.junit.jupiter.api.Test;

/**
 * The AWS partition and DNS suffix of import IDs follow the region when nothing else in the plan shows
 * them: China, GovCloud and the isolated regions have their own ARNs and endpoints.
 */
class ImportPartitionTest {
  private static final String QUEUE_EXISTS =
      "creating SQS Queue (orders): operation error SQS: CreateQueue, https response error StatusCode: 400,"
          + " RequestID: r, QueueAlreadyExists: A queue already exists with the same name";
  private static final String ARN_TEMPLATE = "rules: []\nimport_ids:\n  aws_sqs_queue: \"arn:{@partition}:sqs:{@region}:{@account_id}:{name}\"\n";

  private static ImportEntry queue(ImportOptions options) {
    String json =
        """
        {"format_version":"1.2","terraform_version":"1.11.4",
         "resource_changes":[{"address":"aws_sqs_queue.q","mode":"managed","type":"aws_sqs_queue","name":"q",
           "provider_name":"registry.terraform.io/hashicorp/aws",
           "change":{"actions":["create"],"before":null,"after":{"name":"orders"},"after_unknown":{"id":true,"url":true,"arn":true},
                     "before_sensitive":false,"after_sensitive":{}}}]}
        """;
    Plan p = PlanReader.create().read(json).getOrElseThrow(e -> new AssertionError(e.describe()));
    ApplyLog log =
        Seed003.log(
            "╷\n│ Error: " + QUEUE_EXISTS + "\n│ \n│   with aws_sqs_queue.q,\n│   on main.tf line 1, in resource:\n│    1: resource {\n│ \n╵\n",
            "apply.txt");
    return ImportPlanner.plan(p, log, options.withAwsAccountId("210987654321")).entries().get(0);
  }

  private static String arnIn(String region) {
    ImportOptions arn = ImportOptions.defaults().withImportIds(ImportIdPolicy.parse(ARN_TEMPLATE, "policy.yaml").get(), "policy.yaml");
    return queue(arn.withAwsRegion(region)).id();
  }

  @Test
  void aQueueInChinaHasTheChineseDnsSuffix() {
    assertThat(queue(ImportOptions.defaults().withAwsRegion("cn-north-1")).id())
        .isEqualTo("https://sqs.cn-north-1.amazonaws.com.cn/210987654321/orders");
  }

  @Test
  void aRegionInChinaGivesTheAwsCnPartition() {
    assertThat(arnIn("cn-northwest-1")).isEqualTo("arn:aws-cn:sqs:cn-northwest-1:210987654321:orders");
  }

  @Test
  void aGovCloudRegionGivesTheAwsUsGovPartition() {
    assertThat(arnIn("us-gov-west-1")).isEqualTo("arn:aws-us-gov:sqs:us-gov-west-1:210987654321:orders");
  }

  @Test
  void anIsoRegionGivesTheAwsIsoPartition() {
    assertThat(arnIn("us-iso-east-1")).isEqualTo("arn:aws-iso:sqs:us-iso-east-1:210987654321:orders");
  }

  @Test
  void anIsoBRegionGivesTheAwsIsoBPartition() {
    assertThat(arnIn("us-isob-east-1")).isEqualTo("arn:aws-iso-b:sqs:us-isob-east-1:210987654321:orders");
  }

  @Test
  void aCommercialRegionGivesTheAwsPartitionWithoutAWarning() {
    ImportOptions arn = ImportOptions.defaults().withImportIds(ImportIdPolicy.parse(ARN_TEMPLATE, "policy.yaml").get(), "policy.yaml");
    ImportEntry e = queue(arn.withAwsRegion("eu-west-1"));

    assertThat(e.warnings()).isEmpty();
  }
}
