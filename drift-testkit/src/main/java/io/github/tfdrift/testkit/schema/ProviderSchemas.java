package io.github.tfdrift.testkit.schema;

import io.github.tfdrift.core.value.JsonValue;
import io.github.tfdrift.core.value.JsonValues;
import io.vavr.control.Either;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The schemas of one or more providers, read from the output of {@code terraform providers schema
 * -json}: for each provider source address, its resource types and data source types with their
 * block schemas. Descriptions, functions and the provider's own configuration schema are not kept.
 *
 * <pre>{@code
 * ProviderSchemas schemas = ProviderSchemas.parse(Files.readString(Path.of("schema.json")))
 *     .getOrElseThrow(e -> new IllegalArgumentException(e.describe()));
 * Gen<Plan> plans = SchemaGens.plans(schemas, 5);
 * }</pre>
 *
 * @param resources resource types by name, each with its provider
 * @param dataSources data source types by name, each with its provider
 */
public record ProviderSchemas(Map<String, ResourceType> resources, Map<String, ResourceType> dataSources) {
  /** The bundled AWS excerpt (see {@link #awsExcerpt()}). */
  static final String AWS_EXCERPT = "/io/github/tfdrift/testkit/schemas/aws-excerpt.schema.json";

  /** Copies the parts. */
  public ProviderSchemas {
    resources = Collections.unmodifiableMap(new LinkedHashMap<>(resources));
    dataSources = Collections.unmodifiableMap(new LinkedHashMap<>(dataSources));
  }

  /**
   * A resource or data source type of a provider.
   *
   * @param name the type name ({@code aws_s3_bucket})
   * @param provider the provider's source address ({@code registry.terraform.io/hashicorp/aws})
   * @param schemaVersion the schema version
   * @param block the body
   */
  public record ResourceType(String name, String provider, int schemaVersion, BlockSchema block) {
    /** Validates the parts. */
    public ResourceType {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(provider, "provider");
      Objects.requireNonNull(block, "block");
    }
  }

  /** The resource type named {@code type}. */
  public Optional<ResourceType> resource(String type) {
    return Optional.ofNullable(resources.get(type));
  }

  /**
   * A hand-built excerpt of the AWS provider's schema, bundled with the testkit: {@code
   * aws_s3_bucket}, {@code aws_s3_bucket_public_access_block}, {@code aws_iam_role}, {@code
   * aws_iam_policy}, {@code aws_iam_access_key}, {@code aws_instance} and {@code aws_db_instance},
   * each with a subset of its attributes and nested blocks, their types and their required, optional,
   * computed and sensitive flags as the provider declares them. An excerpt: not every attribute, and
   * not tied to one provider version.
   */
  public static ProviderSchemas awsExcerpt() {
    try (InputStream in = ProviderSchemas.class.getResourceAsStream(AWS_EXCERPT)) {
      if (in == null) {
        throw new IllegalStateException("the testkit jar lacks " + AWS_EXCERPT);
      }
      String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return parse(json).getOrElseThrow(e -> new IllegalStateException("the bundled AWS excerpt does not read: " + e.describe()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads the output of {@code terraform providers schema -json}. */
  public static Either<SchemaError, ProviderSchemas> parse(String json) {
    Either<?, JsonValue> parsed = JsonValues.parse(json);
    if (parsed.isLeft()) {
      return Either.left(SchemaError.at("", "not JSON: " + parsed.getLeft()));
    }
    if (!(parsed.get().get("provider_schemas") instanceof JsonValue.Obj providers)) {
      return Either.left(SchemaError.at("provider_schemas", "missing: not the output of `terraform providers schema -json`"));
    }
    Map<String, ResourceType> resources = new LinkedHashMap<>();
    Map<String, ResourceType> dataSources = new LinkedHashMap<>();
    for (String provider : providers.keys()) {
      String at = "provider_schemas[\"" + provider + "\"]";
      JsonValue p = providers.get(provider);
      for (String section : new String[] {"resource_schemas", "data_source_schemas"}) {
        JsonValue types = p.get(section);
        if (types.isNullOrAbsent()) {
          continue;
        }
        if (!(types instanceof JsonValue.Obj o)) {
          return Either.left(SchemaError.at(at + "." + section, "not an object"));
        }
        for (String type : o.keys()) {
          String typeAt = at + "." + section + "." + type;
          JsonValue t = o.get(type);
          Either<SchemaError, BlockSchema> block = block(t.get("block"), typeAt + ".block");
          if (block.isLeft()) {
            return Either.left(block.getLeft());
          }
          int version = number(t.get("version"));
          (section.equals("resource_schemas") ? resources : dataSources).put(type, new ResourceType(type, provider, version, block.get()));
        }
      }
    }
    return Either.right(new ProviderSchemas(resources, dataSources));
  }

  private static Either<SchemaError, BlockSchema> block(JsonValue v, String at) {
    if (!(v instanceof JsonValue.Obj o)) {
      return Either.left(SchemaError.at(at, "missing or not an object"));
    }
    Map<String, AttributeSchema> attributes = new LinkedHashMap<>();
    if (o.get("attributes") instanceof JsonValue.Obj as) {
      for (String name : as.keys()) {
        JsonValue a = as.get(name);
        JsonValue type = a.get("type");
        if (type.isNullOrAbsent() && a.get("nested_type") instanceof JsonValue.Obj nested) {
          type = nestedType(nested);
        }
        if (type.isNullOrAbsent()) {
          return Either.left(SchemaError.at(at + ".attributes." + name, "no type"));
        }
        attributes.put(name, new AttributeSchema(name, type, flag(a, "required"), flag(a, "optional"), flag(a, "computed"), flag(a, "sensitive")));
      }
    }
    Map<String, NestedBlockSchema> blocks = new LinkedHashMap<>();
    if (o.get("block_types") instanceof JsonValue.Obj bs) {
      for (String name : bs.keys()) {
        JsonValue b = bs.get(name);
        Either<SchemaError, BlockSchema> inner = block(b.get("block"), at + ".block_types." + name + ".block");
        if (inner.isLeft()) {
          return inner;
        }
        String mode = b.get("nesting_mode").asText().orElse("list");
        int min = number(b.get("min_items"));
        int max = number(b.get("max_items"));
        blocks.put(name, new NestedBlockSchema(mode, inner.get(), min, max));
      }
    }
    return Either.right(new BlockSchema(attributes, blocks));
  }

  /** A protocol-6 nested attribute type written as the equivalent cty type. */
  private static JsonValue nestedType(JsonValue.Obj nested) {
    Map<String, JsonValue> members = new LinkedHashMap<>();
    if (nested.get("attributes") instanceof JsonValue.Obj as) {
      for (String name : as.keys()) {
        JsonValue t = as.get(name).get("type");
        members.put(name, t.isNullOrAbsent() && as.get(name).get("nested_type") instanceof JsonValue.Obj n ? nestedType(n) : t);
      }
    }
    JsonValue object = JsonValue.array(JsonValue.of("object"), JsonValue.object(members));
    String mode = nested.get("nesting_mode").asText().orElse("single");
    return switch (mode) {
      case "list", "set", "map" -> JsonValue.array(JsonValue.of(mode), object);
      default -> object;
    };
  }

  private static int number(JsonValue v) {
    return v instanceof JsonValue.Num n ? n.decimalValue().intValue() : 0;
  }

  private static boolean flag(JsonValue attribute, String name) {
    return attribute.get(name) instanceof JsonValue.Bool b && b.value();
  }
}
