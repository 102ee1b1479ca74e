package io.github.tfdrift.testkit.gen;

import io.github.tfdrift.core.address.AttributePath;
import io.github.tfdrift.core.model.Plan;
import io.github.tfdrift.core.value.JsonValue;
import io.github.tfdrift.testkit.builder.PlanBuilder;
import io.github.tfdrift.testkit.builder.Plans;
import io.github.tfdrift.testkit.builder.ResourceChangeBuilder;
import io.github.tfdrift.testkit.schema.AttributeSchema;
import io.github.tfdrift.testkit.schema.BlockSchema;
import io.github.tfdrift.testkit.schema.NestedBlockSchema;
import io.github.tfdrift.testkit.schema.ProviderSchemas;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Generators driven by a provider schema ({@link ProviderSchemas}, read from {@code terraform
 * providers schema -json}, or the bundled {@link ProviderSchemas#awsExcerpt()}): resource values with
 * exactly the schema's attributes, each of its cty type (unset optional attributes {@code null}, as
 * Terraform writes them), nested blocks within their item bounds, and whole valid plans whose changes
 * mark the schema's sensitive attributes sensitive and leave computed-only attributes unknown on
 * create. Shrinking leads to short strings, 0, {@code false}, empty collections and the fewest blocks.
 *
 * <pre>{@code
 * Gen<Plan> plans = SchemaGens.plans(ProviderSchemas.awsExcerpt(), 4);
 * Gen<JsonValue> buckets = SchemaGens.values(ProviderSchemas.awsExcerpt().resource("aws_s3_bucket").orElseThrow().block());
 * }</pre>
 */
public final class SchemaGens {
  private SchemaGens() {}

  /** Values of a block: every attribute (unset optional ones {@code null}) and its nested blocks. */
  public static Gen<JsonValue> values(BlockSchema block) {
    return values(block, 0);
  }

  private static Gen<JsonValue> values(BlockSchema block, int depth) {
    List<String> names = new ArrayList<>();
    List<Gen<?>> gens = new ArrayList<>();
    block.attributes().forEach((name, a) -> {
      names.add(name);
      Gen<JsonValue> typed = ofType(a.type(), depth);
      gens.add(a.required() || a.computed() ? typed : Gen.frequency(Gen.weighted(1, Gen.constant(JsonValue.nullValue())), Gen.weighted(2, typed)));
    });
    block.blocks().forEach((name, b) -> {
      names.add(name);
      gens.add(nested(b, depth));
    });
    return Gen.tuple(gens).map(values -> {
      Map<String, JsonValue> m = new TreeMap<>();
      for (int i = 0; i < names.size(); i++) {
        m.put(names.get(i), (JsonValue) values.get(i));
      }
      return (JsonValue) JsonValue.object(m);
    });
  }

  private static Gen<JsonValue> nested(NestedBlockSchema b, int depth) {
    Gen<JsonValue> body = depth > 4 ? Gen.constant(JsonValue.Obj.EMPTY) : values(b.block(), depth + 1);
    int max = b.maxItems() == 0 ? Math.max(b.minItems(), 2) : Math.min(b.maxItems(), Math.max(b.minItems(), 2));
    if (b.isRepeated()) {
      return Gen.listOf(body, b.minItems(), max).map(l -> (JsonValue) JsonValue.array(l));
    }
    if (b.isMap()) {
      return Gen.mapOf(Gen.elements("a", "b", "primary", "secondary"), body, b.minItems(), max).map(m -> (JsonValue) JsonValue.object(new TreeMap<>(m)));
    }
    return b.minItems() > 0 || b.nestingMode().equals("group")
        ? body
        : Gen.frequency(Gen.weighted(1, Gen.constant(JsonValue.nullValue())), Gen.weighted(2, body));
  }

  /** Values of a cty type as the schema writes it ({@code "string"}, {@code ["list","number"]}, …). */
  public static Gen<JsonValue> ofType(JsonValue type) {
    return ofType(type, 0);
  }

  private static Gen<JsonValue> ofType(JsonValue type, int depth) {
    if (type instanceof JsonValue.Str) {
      return switch (type.asText().orElse("")) {
        case "string" -> Gen.frequency(Gen.weighted(3, Gen.strings("abcdefghijklmnopqrstuvwxyz0123456789-", 0, 12)),
                Gen.weighted(1, Gen.elements("arn:aws:iam::123456789012:role/app", "private", "public-read", "t3.micro", "us-east-1")))
            .map(JsonValue::of);
        case "number" -> Gen.integers(0, 1000).map(i -> (JsonValue) JsonValue.of(i));
        case "bool" -> Gen.booleans().map(b -> (JsonValue) JsonValue.of(b));
        default -> PlanGens.scalars();
      };
    }
    if (type instanceof JsonValue.Arr a && a.size() == 2) {
      String kind = a.get(0).asText().orElse("");
      JsonValue inner = a.get(1);
      if (depth > 4) {
        return Gen.constant(kind.equals("map") || kind.equals("object") ? JsonValue.Obj.EMPTY : JsonValue.array(List.of()));
      }
      switch (kind) {
        case "list", "set" -> {
          return Gen.listOf(ofType(inner, depth + 1), 0, 3).map(l -> (JsonValue) JsonValue.array(kind.equals("set") ? List.copyOf(new LinkedHashSet<>(l)) : l));
        }
        case "map" -> {
          return Gen.mapOf(Gen.elements("Name", "env", "owner", "team", "cost-center"), ofType(inner, depth + 1), 0, 3)
              .map(m -> (JsonValue) JsonValue.object(new TreeMap<>(m)));
        }
        case "object" -> {
          if (inner instanceof JsonValue.Obj members) {
            List<String> keys = new ArrayList<>(members.keys());
            List<Gen<?>> gens = new ArrayList<>();
            keys.forEach(k -> gens.add(ofType(members.get(k), depth + 1)));
            return Gen.tuple(gens).map(vs -> {
              Map<String, JsonValue> m = new TreeMap<>();
              for (int i = 0; i < keys.size(); i++) {
                m.put(keys.get(i), (JsonValue) vs.get(i));
              }
              return (JsonValue) JsonValue.object(m);
            });
          }
        }
        case "tuple" -> {
          if (inner instanceof JsonValue.Arr elements) {
            List<Gen<?>> gens = new ArrayList<>();
            elements.elements().forEach(e -> gens.add(ofType(e, depth + 1)));
            return Gen.tuple(gens).map(vs -> {
              List<JsonValue> l = new ArrayList<>();
              vs.forEach(v -> l.add((JsonValue) v));
              return (JsonValue) JsonValue.array(l);
            });
          }
        }
        default -> {
          return PlanGens.scalars();
        }
      }
    }
    return PlanGens.scalars();
  }

  /** The paths of the sensitive attributes of a block, in {@code value} (nested blocks by their index or key). */
  public static List<AttributePath> sensitivePaths(BlockSchema block, JsonValue value) {
    List<AttributePath> out = new ArrayList<>();
    sensitive(block, value, AttributePath.root(), out);
    return out;
  }

  private static void sensitive(BlockSchema block, JsonValue value, AttributePath at, List<AttributePath> out) {
    block.attributes().forEach((name, a) -> {
      if (a.sensitive() && !(value.get(name).isAbsent())) {
        out.add(at.child(name));
      }
    });
    block.blocks().forEach((name, b) -> {
      JsonValue v = value.get(name);
      if (v instanceof JsonValue.Arr arr) {
        for (int i = 0; i < arr.size(); i++) {
          sensitive(b.block(), arr.get(i), at.child(name).child(io.github.tfdrift.core.address.PathStep.index(i)), out);
        }
      } else if (v instanceof JsonValue.Obj o && b.isMap()) {
        for (String k : o.keys()) {
          sensitive(b.block(), o.get(k), at.child(name).child(io.github.tfdrift.core.address.PathStep.key(k)), out);
        }
      } else if (v instanceof JsonValue.Obj o) {
        sensitive(b.block(), o, at.child(name), out);
      }
    });
  }

  /** The top-level computed-only attributes of a block ({@code arn}, {@code unique_id}): unknown until apply. */
  public static List<AttributePath> computedOnly(BlockSchema block) {
    List<AttributePath> out = new ArrayList<>();
    block.attributes().forEach((name, a) -> {
      if (a.isComputedOnly()) {
        out.add(AttributePath.root().child(name));
      }
    });
    return out;
  }

  /**
   * Whole valid plans over the schemas' resource types: up to {@code maxResources} creates (computed-only
   * attributes unknown), in-place updates of a configurable attribute, deletes and no-ops, with the
   * schemas' sensitive attributes marked sensitive. The provider is the schema's.
   */
  public static Gen<Plan> plans(ProviderSchemas schemas, int maxResources) {
    List<ProviderSchemas.ResourceType> types = new ArrayList<>(schemas.resources().values());
    if (types.isEmpty()) {
      throw new IllegalArgumentException("the schemas have no resource types");
    }
    Gen<Object[]> one =
        Gen.elements(types).flatMap(t -> Gen.tuple(List.of(
                Gen.elements("this", "main", "a", "b", "logs", "app"),
                Gen.integers(0, 3),
                values(t.block()),
                Gen.integers(0, 1_000_000)))
            .map(x -> new Object[] {t, x.get(0), x.get(1), x.get(2), x.get(3)}));
    return Gen.listOf(one, 0, maxResources).map(specs -> {
      PlanBuilder plan = Plans.plan();
      Set<String> used = new LinkedHashSet<>();
      for (Object[] s : specs) {
        ProviderSchemas.ResourceType t = (ProviderSchemas.ResourceType) s[0];
        String address = t.name() + "." + s[1];
        if (!used.add(address)) {
          continue;
        }
        JsonValue value = (JsonValue) s[3];
        int kind = (Integer) s[2];
        ResourceChangeBuilder r = plan.resource(address).provider(t.provider()).schemaVersion(t.schemaVersion());
        switch (kind) {
          case 0 -> r.create().after(value).unknown(unknownOnCreate(t.block(), value).toArray(new AttributePath[0]));
          case 1 -> {
            Optional<Map.Entry<String, JsonValue>> changed = changedAttribute(t.block(), value, (Integer) s[4]);
            if (changed.isPresent()) {
              r.update().before(value).after(((JsonValue.Obj) value).with(changed.get().getKey(), changed.get().getValue()));
            } else {
              r.noOp().value(value);
            }
          }
          case 2 -> r.delete().before(value);
          default -> r.noOp().value(value);
        }
        r.sensitive(sensitivePaths(t.block(), value).toArray(new AttributePath[0]));
      }
      return plan.build();
    });
  }

  private static List<AttributePath> unknownOnCreate(BlockSchema block, JsonValue value) {
    List<AttributePath> out = new ArrayList<>(computedOnly(block));
    block.attributes().forEach((name, a) -> {
      if (a.computed() && a.optional() && value.get(name).isNull()) {
        out.add(AttributePath.root().child(name));
      }
    });
    return out;
  }

  /** A configurable scalar attribute with a new value of its type, chosen by {@code pick}; empty when there is none. */
  private static Optional<Map.Entry<String, JsonValue>> changedAttribute(BlockSchema block, JsonValue value, int pick) {
    List<AttributeSchema> candidates = new ArrayList<>();
    block.attributes().values().forEach(a -> {
      if ((a.optional() || a.required()) && a.type() instanceof JsonValue.Str && !a.type().asText().orElse("").equals("dynamic")) {
        candidates.add(a);
      }
    });
    if (candidates.isEmpty()) {
      return Optional.empty();
    }
    AttributeSchema a = candidates.get(pick % candidates.size());
    JsonValue old = value.get(a.name());
    JsonValue next =
        switch (a.type().asText().orElse("")) {
          case "bool" -> JsonValue.of(!(old instanceof JsonValue.Bool b && b.value()));
          case "number" -> JsonValue.of(old instanceof JsonValue.Num n ? n.decimalValue().intValue() + 1 : 1);
          default -> JsonValue.of(old.asText().orElse("") + "-changed");
        };
    return Optional.of(Map.entry(a.name(), next));
  }
}
