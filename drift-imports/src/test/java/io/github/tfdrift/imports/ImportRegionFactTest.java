package io.github.tfdrift.imports;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tfdrift.core.json.PlanReader;
import io.github.tfdrift.core.model.Plan;
import org.junit.jupiter.api.Test;

/**
 * The {@code {@region}} fact of import ID templates: the resource's own {@code region} (AWS provider 6
 * lets a resource name its region) wins over the region the AWS provider is configured for, unless
 * the plan does not let drift print it.
 */
class ImportRegionFactTest {
  private static final String QUEUE_EXISTS =
      "creating SQS Queue (orders): operation error SQS: CreateQueue, https response error StatusCode: 400,"
          + " RequestID: r, QueueAlreadyExists: A queue already exists with the same name";

  /** A queue created in a plan whose AWS provider is configured for eu-west-1. */
  private static String queueId(String after, String afterSensitive) {
    String json =
        """
        {"format_version":"1.2","terraform_version":"1.11.4",
         "resource_changes":[{"address":"aws_sqs_queue.q","mode":"managed","type":"aws_sqs_queue","name":"q",
           "provider_name":"registry.terraform.io/hashicorp/aws",
           "change":{"actions":["create"],"before":null,"after":%s,"after_unknown":{"id":true,"url":true,"arn":true},
                     "before_sensitive":false,"after_sensitive":%s}}],
         "configuration":{"provider_config":{"aws":{"name":"aws","full_name":"registry.terraform.io/hashicorp/aws",
           "expressions":{"region":{"constant_value":"eu-west-1"}}}}}}
        """
            .formatted(after, afterSensitive);
    Plan p = PlanReader.create().read(json).getOrElseThrow(e -> new AssertionError(e.describe()));
    ApplyLog log =
        Seed003.log(
            "╷\n│ Error: " + QUEUE_EXISTS + "\n│ \n│   with aws_sqs_queue.q,\n│   on main.tf line 1, in resource:\n│    1: resource {\n│ \n╵\n",
            "apply.txt");
    ImportOptions options = ImportOptions.defaults().withAwsAccountId("210987654321");
    return ImportPlanner.plan(p, log, options).entries().get(0).id();
  }

  @Test
  void aQueueInAnotherRegionThanTheProvidersIsImportedFromItsOwnRegion() {
    assertThat(queueId("{\"name\":\"orders\",\"region\":\"us-east-2\"}", "{}"))
        .isEqualTo("https://sqs.us-east-2.amazonaws.com/210987654321/orders");
  }

  @Test
  void aQueueWithoutARegionOfItsOwnIsImportedFromTheProvidersRegion() {
    assertThat(queueId("{\"name\":\"orders\",\"region\":\"\"}", "{}"))
        .isEqualTo("https://sqs.eu-west-1.amazonaws.com/210987654321/orders");
  }

  @Test
  void aSensitiveRegionOfTheResourceIsNeverPrintedAndTheProvidersIsUsed() {
    assertThat(queueId("{\"name\":\"orders\",\"region\":\"us-east-2\"}", "{\"region\":true}"))
        .isEqualTo("https://sqs.eu-west-1.amazonaws.com/210987654321/orders");
  }
}
