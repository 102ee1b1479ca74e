package io.github.tfdrift.imports;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tfdrift.core.json.PlanReader;
import io.github.tfdrift.core.model.Plan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * AWS provider 6's per-resource {@code region} against the provider's region (eu-west-1 here), one
 * scenario each: the resource's own region wins in {@code {@region}}, in the {@code ID@REGION} form of
 * the types that need it, and in the identity.
 */
class ImportRegionTest {
  private static final String PROVIDER_REGION = "eu-west-1";

  /** A plan of one create of {@code type}, the aws provider configured for eu-west-1. */
  private static Plan oneCreate(String type, String after, String unknown) {
    String json =
        """
        {"format_version":"1.2","terraform_version":"1.12.2",
         "resource_changes":[{"address":"%1$s.this","mode":"managed","type":"%1$s","name":"this",
           "provider_name":"registry.terraform.io/hashicorp/aws",
           "change":{"actions":["create"],"before":null,"after":%2$s,"after_unknown":%3$s,
                     "before_sensitive":false,"after_sensitive":{}}}],
         "configuration":{"provider_config":{"aws":{"name":"aws","full_name":"registry.terraform.io/hashicorp/aws",
           "expressions":{"region":{"constant_value":"%4$s"}}}}}}
        """
            .formatted(type, after, unknown, PROVIDER_REGION);
    return PlanReader.create().read(json).getOrElseThrow(e -> new AssertionError(e.describe()));
  }

  private static ImportEntry imported(Plan p, String type, String error) {
    ApplyLog log = Seed003.log(
        "╷\n│ Error: " + error + "\n│ \n│   with " + type + ".this,\n│   on main.tf line 1, in resource:\n│    1: resource {\n│ \n╵\n",
        "apply.txt");
    return ImportPlanner.plan(p, log, ImportOptions.defaults().withAwsAccountId("123456789012")).entries().get(0);
  }

  private static ImportEntry logGroup(String region) {
    Plan p = oneCreate("aws_cloudwatch_log_group", "{\"name\":\"/app/api\",\"region\":\"" + region + "\"}", "{\"arn\":true,\"id\":true}");
    return imported(p, "aws_cloudwatch_log_group",
        "creating CloudWatch Logs Log Group (/app/api): operation error CloudWatch Logs: CreateLogGroup, https response error"
            + " StatusCode: 400, RequestID: r, ResourceAlreadyExistsException: The specified log group already exists");
  }

  @Test
  void theRegionFactPrefersTheResourcesRegionOverTheProviders() {
    Plan p = oneCreate("aws_sqs_queue", "{\"name\":\"orders\",\"region\":\"us-east-1\"}", "{\"id\":true,\"url\":true,\"arn\":true}");

    ImportEntry e = imported(p, "aws_sqs_queue", "creating SQS Queue (orders): operation error SQS: CreateQueue, https response error"
        + " StatusCode: 400, RequestID: r, QueueAlreadyExists: A queue already exists with the same name");

    assertThat(e.id()).isEqualTo("https://sqs.us-east-1.amazonaws.com/123456789012/orders");
  }

  @Test
  void anIdWhoseTemplateNamesTheRegionGetsNoSuffix() {
    Plan p = oneCreate("aws_sqs_queue", "{\"name\":\"orders\",\"region\":\"us-east-1\"}", "{\"id\":true,\"url\":true,\"arn\":true}");

    ImportEntry e = imported(p, "aws_sqs_queue", "creating SQS Queue (orders): QueueAlreadyExists: A queue already exists with the same name");

    assertThat(e.id()).doesNotContain("@");
  }

  @Test
  void aLogGroupInAnotherRegionThanTheProvidersIsImportedAsIdAtRegion() {
    assertThat(logGroup("us-east-1").id()).isEqualTo("/app/api@us-east-1");
  }

  @Test
  void theSuffixIsExplained() {
    assertThat(logGroup("us-east-1").warnings())
        .contains("the object is in us-east-1, not in the AWS provider's region eu-west-1: the ID ends in @us-east-1, as AWS provider 6 asks");
  }

  @Test
  void aLogGroupInTheProvidersRegionKeepsItsPlainId() {
    assertThat(logGroup(PROVIDER_REGION).id()).isEqualTo("/app/api");
  }

  @Test
  void theIdentityCarriesTheResourcesRegion() {
    assertThat(logGroup("us-east-1").identity().orElseThrow().members()).containsEntry("region", "us-east-1");
  }

  @Test
  void theIdentityCarriesTheProvidersRegionWhenTheResourceHasNone() {
    Plan p = oneCreate("aws_cloudwatch_log_group", "{\"name\":\"/app/api\"}", "{\"arn\":true,\"id\":true}");

    ImportEntry e = imported(p, "aws_cloudwatch_log_group", "creating CloudWatch Logs Log Group (/app/api): ResourceAlreadyExistsException: exists");

    assertThat(e.identity().orElseThrow().members()).containsEntry("region", PROVIDER_REGION);
  }

  @Test
  void theTypesThatTakeTheSuffixAreTheOnesDocsImportsListsMdLists() throws IOException {
    String doc = Files.readString(Path.of(System.getProperty("user.dir")).resolve("../docs/imports.md"));
    String section = doc.substring(doc.indexOf("## Resources in another region"));
    section = section.substring(0, section.indexOf("\n## ", 3) < 0 ? section.length() : section.indexOf("\n## ", 3));
    Set<String> listed = new TreeSet<>();
    Matcher m = Pattern.compile("`(aws_[a-z0-9_]+)`").matcher(section.substring(section.indexOf("need it:")));
    while (m.find()) {
      listed.add(m.group(1));
    }

    assertThat(listed).isEqualTo(new TreeSet<>(RegionSuffix.TYPES));
  }
}
