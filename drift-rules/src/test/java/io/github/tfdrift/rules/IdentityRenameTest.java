package io.github.tfdrift.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tfdrift.core.model.Plan;
import io.github.tfdrift.rules.engine.DriftEngine;
import io.github.tfdrift.rules.policy.Policy;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The rename rule on Terraform 1.12+ plans, whose changes carry the resource identity as {@code
 * jsonplan} writes it: {@code before_identity} on the delete, {@code after_identity} on the create
 * (AWS provider 6's {@code aws_s3_bucket} identity: {@code account_id}, {@code bucket}, {@code region}).
 */
class IdentityRenameTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
  private static final String OLD = "aws_s3_bucket.logs";
  private static final String NEW = "module.logs.aws_s3_bucket.this";

  private static String identity(String bucket) {
    return "{\"account_id\":\"123456789012\",\"bucket\":\"" + bucket + "\",\"region\":\"eu-west-1\"}";
  }

  private static Plan plan(String deletedBucket, boolean deletedForceDestroy, String createdBucket, boolean createdForceDestroy) {
    return Plans.read(
        """
        {"format_version":"1.2","terraform_version":"1.12.2","planned_values":{"root_module":{}},
         "resource_changes":[
          {"address":"aws_s3_bucket.logs","mode":"managed","type":"aws_s3_bucket","name":"logs",
           "provider_name":"registry.terraform.io/hashicorp/aws","action_reason":"delete_because_no_resource_config",
           "change":{"actions":["delete"],
             "before":{"bucket":"%1$s","force_destroy":%2$s,"id":"%1$s","region":"eu-west-1"},
             "after":null,"after_unknown":{},"before_sensitive":{},"after_sensitive":false,
             "before_identity":%5$s}},
          {"address":"module.logs.aws_s3_bucket.this","module_address":"module.logs","mode":"managed","type":"aws_s3_bucket",
           "name":"this","provider_name":"registry.terraform.io/hashicorp/aws",
           "change":{"actions":["create"],"before":null,
             "after":{"bucket":"%3$s","force_destroy":%4$s,"region":"eu-west-1"},
             "after_unknown":{"id":true,"arn":true},"before_sensitive":false,"after_sensitive":{},
             "after_identity":%6$s}}],
         "configuration":{"root_module":{}},"errored":false}
        """
            .formatted(deletedBucket, deletedForceDestroy, createdBucket, createdForceDestroy, identity(deletedBucket), identity(createdBucket)));
  }

  private static Report classify(Plan p) {
    return DriftEngine.builder().withBuiltInRules().policy(Policy.empty()).today(TODAY).build().classify(p);
  }

  @Test
  void equalIdentitiesPairTheDeleteAndTheCreateEvenWhenAnAttributeDiffers() {
    Report r = classify(plan("acme-logs", false, "acme-logs", true));

    SuggestedMove m = r.entry(OLD).orElseThrow().suggestedMove().orElseThrow();

    assertThat(m.identity()).containsExactly("account_id", "bucket", "region");
  }

  @Test
  void theMoveFoundByIdentityListsTheAttributesThatAreEqualToo() {
    Report r = classify(plan("acme-logs", false, "acme-logs", true));

    assertThat(r.entry(NEW).orElseThrow().suggestedMove().orElseThrow().attributes()).containsExactly("bucket", "region");
  }

  @Test
  void theWarningSaysTheIdentitiesAreEqual() {
    Report r = classify(plan("acme-logs", false, "acme-logs", true));

    assertThat(r.entry(OLD).orElseThrow().warnings())
        .anySatisfy(w -> assertThat(w).contains("equal identity: account_id, bucket, region").contains("moved { from = aws_s3_bucket.logs to = module.logs.aws_s3_bucket.this }"));
  }

  @Test
  void theDeleteStaysADeleteWhenTheIdentityPairsIt() {
    Report r = classify(plan("acme-logs", false, "acme-logs", true));

    assertThat(r.entry(OLD).orElseThrow().verdict()).isEqualTo(Verdict.DELETE);
  }

  @Test
  void differentIdentitiesAreTwoObjectsHoweverAlikeTheirValues() {
    Plan p = Plans.read(planJsonWithIdentities("acme-logs", "acme-logs-2", "acme-logs"));

    assertThat(classify(p).entry(OLD).orElseThrow().suggestedMove()).isEmpty();
  }

  @Test
  void withoutIdentitiesTheValuesDecideAsBefore() {
    Plan p = Plans.read(planJsonWithIdentities(null, null, "acme-logs"));

    assertThat(classify(p).entry(OLD).orElseThrow().suggestedMove().orElseThrow().identity()).isEmpty();
  }

  /**
   * A delete and a create with equal values ({@code bucket} {@code valueBucket}); the delete's
   * identity names {@code deletedIdentity}, the create's {@code createdIdentity} (none when null).
   */
  private static String planJsonWithIdentities(String deletedIdentity, String createdIdentity, String valueBucket) {
    return """
        {"format_version":"1.2","terraform_version":"1.12.2","planned_values":{"root_module":{}},
         "resource_changes":[
          {"address":"aws_s3_bucket.logs","mode":"managed","type":"aws_s3_bucket","name":"logs",
           "provider_name":"registry.terraform.io/hashicorp/aws",
           "change":{"actions":["delete"],"before":{"bucket":"%1$s","id":"%1$s","region":"eu-west-1"},
             "after":null,"after_unknown":{},"before_sensitive":{},"after_sensitive":false%2$s}},
          {"address":"aws_s3_bucket.archive","mode":"managed","type":"aws_s3_bucket","name":"archive",
           "provider_name":"registry.terraform.io/hashicorp/aws",
           "change":{"actions":["create"],"before":null,"after":{"bucket":"%1$s","region":"eu-west-1"},
             "after_unknown":{"id":true},"before_sensitive":false,"after_sensitive":{}%3$s}}],
         "configuration":{"root_module":{}},"errored":false}
        """
        .formatted(
            valueBucket,
            deletedIdentity == null ? "" : ",\"before_identity\":" + identity(deletedIdentity),
            createdIdentity == null ? "" : ",\"after_identity\":" + identity(createdIdentity));
  }
}
