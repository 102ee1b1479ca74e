package io.github.tfdrift.testkit;

import static io.github.tfdrift.testkit.builder.Json.nul;
import static io.github.tfdrift.testkit.builder.Json.obj;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.tfdrift.core.json.PlanWriter;
import io.github.tfdrift.core.model.Plan;
import io.github.tfdrift.core.value.JsonValue;
import io.github.tfdrift.core.value.JsonValues;
import io.github.tfdrift.rules.Report;
import io.github.tfdrift.rules.engine.DriftEngine;
import io.github.tfdrift.rules.fingerprint.PlanFingerprint;
import io.github.tfdrift.testkit.builder.Plans;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Resource identities written by the plan builder as Terraform 1.12+ and OpenTofu 1.12 write them
 * ({@code before_identity}/{@code after_identity} of a change, {@code identity} and {@code
 * identity_schema_version} of an object in {@code prior_state} and {@code planned_values}), checked
 * against the corpus plan of OpenTofu's own {@code show-json-identity/update} test, then used by the
 * rename rule and the fingerprint.
 */
class IdentityBuilderTest {
  private static final String CORPUS_PLAN = "opentofu__opentofu/internal__command__testdata__show-json-identity__update__output.json";

  /** The plan of OpenTofu's show-json-identity/update test, rebuilt with the builder. */
  private static Plan openTofuUpdate() {
    return Plans.plan()
        .tofu("1.12.0")
        .resource("test_instance.test").update()
            .provider("registry.opentofu.org/hashicorp/test")
            .before(obj("ami", "old-ami", "id", "myid"))
            .after(obj("ami", "updated", "id", "myid"))
            .identity(obj("id", "myid"))
        .build();
  }

  private static JsonValue written(Plan p) {
    return JsonValues.parseTrusted(PlanWriter.compact().toJson(p));
  }

  private static JsonValue corpus() throws IOException {
    Path file = Path.of(System.getProperty("tfdrift.corpus", "../shared/corpus")).resolve(CORPUS_PLAN);
    assumeTrue(Files.isRegularFile(file), "corpus absent: skipped");
    return JsonValues.parseTrusted(Files.readString(file, StandardCharsets.UTF_8));
  }

  private static JsonValue change(JsonValue plan) {
    return plan.get("resource_changes").get(0).get("change");
  }

  private static JsonValue plannedObject(JsonValue plan) {
    return plan.get("planned_values").get("root_module").get("resources").get(0);
  }

  private static JsonValue priorObject(JsonValue plan) {
    return plan.get("prior_state").get("values").get("root_module").get("resources").get(0);
  }

  @Test
  void theChangeCarriesBeforeAndAfterIdentityAsOpenTofuWritesThem() throws IOException {
    JsonValue expected = corpus();
    JsonValue built = written(openTofuUpdate());

    assertThat(change(built).get("before_identity")).isEqualTo(change(expected).get("before_identity"));
    assertThat(change(built).get("after_identity")).isEqualTo(change(expected).get("after_identity"));
  }

  @Test
  void thePlannedObjectCarriesItsIdentityAndSchemaVersionAsOpenTofuWritesThem() throws IOException {
    JsonValue expected = plannedObject(corpus());
    JsonValue built = plannedObject(written(openTofuUpdate()));

    assertThat(built.get("identity")).isEqualTo(expected.get("identity"));
    assertThat(built.get("identity_schema_version")).isEqualTo(expected.get("identity_schema_version"));
  }

  @Test
  void thePriorObjectCarriesItsIdentityAsOpenTofuWritesIt() throws IOException {
    assertThat(priorObject(written(openTofuUpdate())).get("identity")).isEqualTo(priorObject(corpus()).get("identity"));
  }

  @Test
  void aCreateHasAnAfterIdentityOnly() {
    JsonValue built = written(Plans.plan().terraform("1.12.2")
        .resource("aws_s3_bucket.logs").create().after(obj("bucket", "acme-logs"))
            .identity(obj("account_id", nul(), "bucket", "acme-logs", "region", nul()))
        .build());

    assertThat(change(built).get("before_identity").isAbsent()).isTrue();
  }

  @Test
  void aDeleteHasABeforeIdentityOnly() {
    JsonValue built = written(Plans.plan().terraform("1.12.2")
        .resource("aws_s3_bucket.logs").delete().before(obj("bucket", "acme-logs"))
            .identity(obj("account_id", "123456789012", "bucket", "acme-logs", "region", "eu-west-1"))
        .build());

    assertThat(change(built).get("after_identity").isAbsent()).isTrue();
  }

  @Test
  void aDataSourceHasNoIdentity() {
    assertThatThrownBy(() -> Plans.plan().terraform("1.12.2")
            .resource("data.aws_caller_identity.me").read().after(obj("account_id", "123456789012"))
                .identity(obj("id", "x"))
            .build())
        .hasMessage("data.aws_caller_identity.me: data sources have no identity");
  }

  @Test
  void aRenamedBucketWithTheSameIdentityGetsAMovedBlockByIdentity() {
    JsonValue identity = obj("account_id", "123456789012", "bucket", "acme-logs", "region", "eu-west-1");
    Plan p = Plans.plan().terraform("1.12.2")
        .resource("aws_s3_bucket.logs").delete().reason("delete_because_no_resource_config")
            .before(obj("bucket", "acme-logs", "force_destroy", false)).identity(identity)
        .resource("module.logs.aws_s3_bucket.this").create()
            .after(obj("bucket", "acme-logs", "force_destroy", true)).identity(identity)
        .build();

    Report r = DriftEngine.builder().withBuiltInRules().today(LocalDate.of(2026, 12, 3)).build().classify(p);

    assertThat(r.entry("aws_s3_bucket.logs").orElseThrow().suggestedMove().orElseThrow().identity())
        .containsExactly("account_id", "bucket", "region");
  }

  @Test
  void thePlannedIdentityCountsInTheFingerprint() {
    Plan a = Plans.plan().terraform("1.12.2")
        .resource("aws_s3_bucket.logs").create().after(obj("bucket", "acme-logs")).identity(obj("bucket", "acme-logs", "region", "eu-west-1"))
        .build();
    Plan b = Plans.plan().terraform("1.12.2")
        .resource("aws_s3_bucket.logs").create().after(obj("bucket", "acme-logs")).identity(obj("bucket", "acme-logs", "region", "us-east-1"))
        .build();

    assertThat(PlanFingerprint.of(a)).isNotEqualTo(PlanFingerprint.of(b));
  }
}
