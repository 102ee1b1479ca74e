package io.github.tfdrift.testkit.gen;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tfdrift.core.address.AttributePath;
import io.github.tfdrift.core.model.ChangeKind;
import io.github.tfdrift.core.model.Plan;
import io.github.tfdrift.core.model.ResourceChange;
import io.github.tfdrift.core.model.ValueMask;
import io.github.tfdrift.core.value.JsonValue;
import io.github.tfdrift.testkit.PlanValidity;
import io.github.tfdrift.testkit.schema.BlockSchema;
import io.github.tfdrift.testkit.schema.ProviderSchemas;
import io.github.tfdrift.testkit.schema.SchemaError;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Generators from provider schemas: the real built-in terraform provider schema and the bundled AWS excerpt. */
class SchemaGensTest {
  static final Path BUILTIN = Path.of("src/test/resources/schemas/terraform-builtin.schema.json");

  static ProviderSchemas builtin() throws Exception {
    return ProviderSchemas.parse(Files.readString(BUILTIN, StandardCharsets.UTF_8)).getOrElseThrow(e -> new AssertionError(e.describe()));
  }

  @Test
  void theBuiltInProviderSchemaReadsWithItsComputedAttributes() throws Exception {
    ProviderSchemas s = builtin();
    assertThat(s.resources()).containsOnlyKeys("terraform_data");
    assertThat(s.dataSources()).containsOnlyKeys("terraform_remote_state");
    ProviderSchemas.ResourceType data = s.resource("terraform_data").orElseThrow();
    assertThat(data.provider()).isEqualTo("terraform.io/builtin/terraform");
    assertThat(data.block().attributes()).containsOnlyKeys("id", "input", "output", "triggers_replace");
    assertThat(data.block().attributes().get("output").isComputedOnly()).isTrue();
    assertThat(data.block().attributes().get("input").type()).isEqualTo(JsonValue.of("dynamic"));
  }

  @Test
  void theAwsExcerptHasS3IamAndComputeTypesWithSensitiveAttributes() {
    ProviderSchemas aws = ProviderSchemas.awsExcerpt();
    assertThat(aws.resources()).containsKeys("aws_s3_bucket", "aws_iam_role", "aws_iam_policy", "aws_instance", "aws_db_instance");
    assertThat(aws.resource("aws_db_instance").orElseThrow().block().attributes().get("password").sensitive()).isTrue();
    assertThat(aws.resource("aws_iam_access_key").orElseThrow().block().attributes().get("secret")).satisfies(a -> {
      assertThat(a.sensitive()).isTrue();
      assertThat(a.isComputedOnly()).isTrue();
    });
    assertThat(aws.resource("aws_s3_bucket").orElseThrow().block().blocks().get("versioning").maxItems()).isEqualTo(1);
  }

  @Test
  void aDocumentThatIsNotASchemaIsATypedErrorWithItsPath() {
    assertThat(ProviderSchemas.parse("{\"format_version\":\"1.0\"}").getLeft()).isEqualTo(SchemaError.at("provider_schemas",
        "missing: not the output of `terraform providers schema -json`"));
    SchemaError e = ProviderSchemas.parse("{\"provider_schemas\":{\"p\":{\"resource_schemas\":{\"x\":{\"block\":{\"attributes\":{\"a\":{}}}}}}}}").getLeft();
    assertThat(e.describe()).isEqualTo("provider_schemas[\"p\"].resource_schemas.x.block.attributes.a: no type");
    assertThat(ProviderSchemas.parse("{").isLeft()).isTrue();
  }

  @Test
  void valuesHaveExactlyTheSchemasAttributesAndBlocksOfTheirTypes() {
    BlockSchema bucket = ProviderSchemas.awsExcerpt().resource("aws_s3_bucket").orElseThrow().block();
    Property.forAll(SchemaGens.values(bucket)).withSeed(1L).tries(100).verify(v -> {
      assertThat(((JsonValue.Obj) v).keys()).containsExactlyInAnyOrderElementsOf(
          java.util.stream.Stream.concat(bucket.attributes().keySet().stream(), bucket.blocks().keySet().stream()).toList());
      assertThat(v.get("force_destroy")).matches(x -> x.isNull() || x instanceof JsonValue.Bool);
      assertThat(v.get("tags")).matches(x -> x.isNull() || x instanceof JsonValue.Obj);
      assertThat(v.get("versioning")).isInstanceOfSatisfying(JsonValue.Arr.class, a -> assertThat(a.size()).isLessThanOrEqualTo(1));
      assertThat(v.get("grant")).isInstanceOfSatisfying(JsonValue.Arr.class, a -> a.elements().forEach(g ->
          assertThat(g.get("permissions")).isInstanceOf(JsonValue.Arr.class)));
    });
  }

  @Test
  void vocabularyNamesComeFromTheResourceType() {
    assertThat(PlanGens.attributeNames("aws_iam_role").samples(2L, 100, 10)).contains("assume_role_policy", "max_session_duration")
        .allMatch(n -> ProviderSchemas.awsExcerpt().resource("aws_iam_role").orElseThrow().block().attributes().containsKey(n));
    assertThat(PlanGens.attributeValues("aws_instance").samples(2L, 20, 10)).allSatisfy(v -> assertThat(((JsonValue.Obj) v).keys()).contains("ami", "root_block_device"));
    assertThat(PlanGens.attributeValues("example_unknown_type").samples(2L, 5, 10)).hasSize(5);
  }

  @Test
  void schemaPlansAreValidMarkSensitiveAttributesAndLeaveComputedOnesUnknownOnCreate() throws Exception {
    for (ProviderSchemas schemas : new ProviderSchemas[] {ProviderSchemas.awsExcerpt(), builtin()}) {
      Property.forAll(SchemaGens.plans(schemas, 4)).withSeed(3L).tries(150).verify(plan -> {
        assertThat(PlanValidity.problems(plan)).isEmpty();
        for (ResourceChange rc : plan.resourceChanges()) {
          BlockSchema block = schemas.resource(rc.type()).orElseThrow().block();
          assertThat(rc.providerName()).contains(schemas.resource(rc.type()).orElseThrow().provider());
          JsonValue value = rc.change().after().isNull() ? rc.change().before() : rc.change().after();
          ValueMask sensitive = ValueMask.of(rc.change().after().isNull() ? rc.change().beforeSensitive() : rc.change().afterSensitive());
          block.attributes().values().stream().filter(a -> a.sensitive() && !value.get(a.name()).isAbsent())
              .forEach(a -> assertThat(sensitive.isMarked(AttributePath.root().child(a.name()))).as(rc.address() + " " + a.name()).isTrue());
          if (rc.kind() == ChangeKind.CREATE) {
            ValueMask unknown = ValueMask.of(rc.change().afterUnknown());
            SchemaGens.computedOnly(block).forEach(p -> assertThat(unknown.isMarked(p)).as(rc.address() + " " + p.render()).isTrue());
          }
        }
      });
    }
  }

  @Test
  void schemaPlansCoverEveryKindOfChange() {
    Property<Plan> p = Property.forAll(SchemaGens.plans(ProviderSchemas.awsExcerpt(), 4)).withSeed(4L).tries(200).statisticsTo(null);
    PropertyResult<Plan> r = p.runChecked(plan -> {
      for (ChangeKind k : new ChangeKind[] {ChangeKind.CREATE, ChangeKind.UPDATE, ChangeKind.DELETE, ChangeKind.NO_OP}) {
        Statistics.cover(10.0, plan.resourceChanges().stream().anyMatch(rc -> rc.kind() == k), "has " + k);
      }
      Statistics.cover(5.0, plan.resourceChanges().stream().anyMatch(rc -> ValueMask.of(rc.change().afterSensitive()).anyMarked()), "marks something sensitive");
    });
    assertThat(r.passed()).as(r.report()).isTrue();
  }
}
