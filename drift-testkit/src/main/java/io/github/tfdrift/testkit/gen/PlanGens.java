package io.github.tfdrift.testkit.gen;

import io.github.tfdrift.core.address.AttributePath;
import io.github.tfdrift.core.address.InstanceKey;
import io.github.tfdrift.core.address.ModuleInstance;
import io.github.tfdrift.core.address.PathStep;
import io.github.tfdrift.core.address.ResourceAddress;
import io.github.tfdrift.core.address.ResourceMode;
import io.github.tfdrift.core.model.ChangeKind;
import io.github.tfdrift.core.model.Plan;
import io.github.tfdrift.core.model.ResourceChange;
import io.github.tfdrift.core.value.JsonValue;
import io.github.tfdrift.core.value.JsonValues;
import io.github.tfdrift.testkit.builder.ActionInvocationBuilder;
import io.github.tfdrift.testkit.builder.Json;
import io.github.tfdrift.testkit.builder.Mirrors;
import io.github.tfdrift.testkit.builder.PlanBuilder;
import io.github.tfdrift.testkit.builder.Plans;
import io.github.tfdrift.testkit.builder.ResourceChangeBuilder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Generators of the plan domain, all shrinking toward simple cases: attribute values (nested objects,
 * blocks, lists, maps, strings, numbers written as {@code 1} or {@code 1.0}), attribute paths,
 * resource addresses (modules, count indexes and for_each keys with dots, quotes and spaces),
 * resource changes of every kind with consistent mirrors, drift entries, whole valid plans, {@code
 * ignore_changes} sets taken from generated values, and cosmetic variants (re-formatted SSH keys,
 * re-ordered or re-indented JSON policy documents).
 *
 * <p>Plans are built with {@link PlanBuilder}, so every generated plan is valid by construction:
 * aligned mirrors, unique {@code (address, deposed)} keys, consistent {@code planned_values} and
 * {@code prior_state}. Simplest values: the empty object, {@code ""}, {@code 0}, the address {@code
 * aws_s3_bucket.a}, a create, a plan with no resources.
 */
public final class PlanGens {
  private PlanGens() {}

  // ---- values ------------------------------------------------------------------------------

  /** Attribute and block names: identifiers such as {@code a}, {@code memory}, {@code vm_id}. */
  public static Gen<String> attributeNames() {
    return Gen.frequency(
        Gen.weighted(3, Gen.elements("a", "b", "name", "tags", "memory", "dedicated", "vm_id", "keys", "clone", "policy", "id", "arn")),
        Gen.weighted(1, Gen.zip(Gen.chars("abcdefghijklmnopqrstuvwxyz"), Gen.strings("abcdefghijklmnopqrstuvwxyz0123456789_", 0, 8), (c, s) -> c + s)));
  }

  /**
   * The attribute names of a resource type, from the bundled AWS schema excerpt ({@link
   * io.github.tfdrift.testkit.schema.ProviderSchemas#awsExcerpt()}: S3 buckets, IAM roles, policies
   * and access keys, EC2 instances, RDS instances), or {@link #attributeNames()} for another type.
   */
  public static Gen<String> attributeNames(String type) {
    return io.github.tfdrift.testkit.schema.ProviderSchemas.awsExcerpt().resource(type)
        .map(t -> Gen.elements(List.copyOf(t.block().attributes().keySet())))
        .orElseGet(PlanGens::attributeNames);
  }

  /**
   * The values of a resource type: for a type of the bundled AWS schema excerpt, values with its
   * attributes and nested blocks ({@link SchemaGens#values}); for another type, {@link
   * #attributeValues()}.
   */
  public static Gen<JsonValue> attributeValues(String type) {
    return io.github.tfdrift.testkit.schema.ProviderSchemas.awsExcerpt().resource(type)
        .map(t -> SchemaGens.values(t.block()))
        .orElseGet(PlanGens::attributeValues);
  }

  /** JSON strings, including empty, non-ASCII, quotes, backslashes and line breaks. */
  public static Gen<JsonValue> stringValues() {
    Gen<java.util.function.UnaryOperator<String>> decorations =
        Gen.elements(
            s -> " " + s, s -> s + "\n", s -> s + "\r\n", s -> "tab\t" + s, s -> "q\"" + s, s -> s + "\\", s -> "${" + s + "}",
            s -> "日本" + s, s -> "é" + s);
    return Gen.frequency(
            Gen.weighted(4, Gen.strings()),
            Gen.weighted(1, Gen.zip(decorations, Gen.strings(), (d, s) -> d.apply(s))))
        .map(JsonValue::of);
  }

  /**
   * JSON numbers with the literal forms plans carry: integers, the same integers written {@code
   * N.0}, decimals, and integers beyond 64 bits.
   */
  public static Gen<JsonValue> numbers() {
    return Gen.oneOf(
        Gen.integers(-1000, 1000).map(i -> (JsonValue) JsonValue.of(i)),
        Gen.integers(-1000, 1000).map(i -> JsonValue.number(i + ".0")),
        Gen.zip(Gen.integers(-1000, 1000), Gen.integers(1, 999), (i, f) -> JsonValue.number(i + "." + f)),
        Gen.longs(0, Long.MAX_VALUE / 2).map(l -> JsonValue.number((l + 1) + "0000")));
  }

  /** Strings, numbers, booleans and null. */
  public static Gen<JsonValue> scalars() {
    return Gen.frequency(
        Gen.weighted(5, stringValues()),
        Gen.weighted(3, numbers()),
        Gen.weighted(1, Gen.booleans().map(b -> (JsonValue) JsonValue.of(b))),
        Gen.weighted(1, Gen.constant(JsonValue.nullValue())));
  }

  /** Any JSON value nested at most {@code depth} levels. */
  public static Gen<JsonValue> jsonValues(int depth) {
    if (depth <= 0) {
      return scalars();
    }
    Gen<JsonValue> inner = Gen.lazy(() -> jsonValues(depth - 1));
    return Gen.frequency(
        Gen.weighted(6, scalars()),
        Gen.weighted(1, Gen.listOf(inner, 0, 4).map(l -> (JsonValue) JsonValue.array(l))),
        Gen.weighted(1, objects(Gen.strings(), inner, 4)));
  }

  /**
   * The value of a resource: an object of attributes whose values are scalars, lists of scalars, maps
   * (any string keys) and nested blocks (lists of objects), as providers write them.
   */
  public static Gen<JsonValue> attributeValues() {
    return attributes(2);
  }

  private static Gen<JsonValue> attributes(int depth) {
    List<Gen.Weighted<JsonValue>> kinds = new ArrayList<>();
    kinds.add(Gen.weighted(6, scalars()));
    kinds.add(Gen.weighted(1, Gen.listOf(scalars(), 0, 3).map(l -> (JsonValue) JsonValue.array(l))));
    kinds.add(Gen.weighted(1, objects(Gen.strings(), stringValues(), 3)));
    if (depth > 0) {
      Gen<JsonValue> block = Gen.lazy(() -> attributes(depth - 1));
      kinds.add(Gen.weighted(2, Gen.listOf(block, 0, 2).map(l -> (JsonValue) JsonValue.array(l))));
    }
    return objects(attributeNames(), Gen.frequency(kinds), 6);
  }

  private static Gen<JsonValue> objects(Gen<String> keys, Gen<JsonValue> values, int max) {
    return Gen.listOf(Gen.zip(keys, values, Map::entry), 0, max)
        .map(
            entries -> {
              Map<String, JsonValue> m = new TreeMap<>();
              entries.forEach(e -> m.putIfAbsent(e.getKey(), e.getValue()));
              return (JsonValue) JsonValue.object(m);
            });
  }

  /**
   * A copy of {@code value} with one scalar changed (or one attribute added), so it never equals the
   * input. An added attribute is never {@code null}: Terraform writes unset attributes as {@code null},
   * so a {@code null} member and a missing one are the same value.
   */
  public static Gen<JsonValue> mutationsOf(JsonValue value) {
    List<AttributePath> leaves = new ArrayList<>();
    for (AttributePath p : Mirrors.paths(value)) {
      JsonValue v = Mirrors.at(value, p);
      if (!(v instanceof JsonValue.Obj) && !(v instanceof JsonValue.Arr)) {
        leaves.add(p);
      }
    }
    if (leaves.isEmpty()) {
      return scalars()
          .map(s -> s.isNull() ? JsonValue.of("added") : s)
          .map(s -> value instanceof JsonValue.Obj o ? o.with("changed", s) : s);
    }
    return Gen.zip(
        Gen.elements(leaves),
        scalars(),
        (p, s) -> {
          JsonValue old = Mirrors.at(value, p);
          JsonValue replacement = s.equals(old) ? JsonValue.of(old.asText().orElse("") + "'") : s;
          return Mirrors.with(value, p, replacement);
        });
  }

  // ---- paths ---------------------------------------------------------------------------------

  /** Attribute paths: an attribute, then attributes, list indexes and map keys. */
  public static Gen<AttributePath> attributePaths() {
    Gen<PathStep> step =
        Gen.oneOf(
            Gen.integers(0, 3).map(PathStep::index),
            attributeNames().map(PathStep::attribute),
            Gen.elements("a.b", "with space", "q\"uote", "Name", "").map(PathStep::key));
    return Gen.zip(
        attributeNames(),
        Gen.listOf(step, 0, 3),
        (first, rest) -> {
          AttributePath p = AttributePath.root().child(first);
          for (PathStep s : rest) {
            p = p.child(s);
          }
          return p;
        });
  }

  /** A path to some member of {@code value} (the root path when the value has no members). */
  public static Gen<AttributePath> pathsIn(JsonValue value) {
    List<AttributePath> paths = Mirrors.paths(value);
    return paths.isEmpty() ? Gen.constant(AttributePath.root()) : Gen.elements(paths);
  }

  /**
   * An {@code ignore_changes} list for a resource value: up to four distinct paths taken from the
   * value (empty when the value has no members).
   */
  public static Gen<List<AttributePath>> ignoreChanges(JsonValue value) {
    List<AttributePath> paths = Mirrors.paths(value);
    if (paths.isEmpty()) {
      return Gen.constant(List.of());
    }
    return Gen.listOf(Gen.elements(paths), 0, 4).map(l -> List.copyOf(new LinkedHashSet<>(l)));
  }

  /** {@code ignore_changes} lists for the planned resources of a plan, by address, paths taken from their values. */
  public static Gen<Map<String, List<AttributePath>>> ignoreChanges(Plan plan) {
    Map<String, JsonValue> values = new TreeMap<>();
    for (ResourceChange rc : plan.resourceChanges()) {
      JsonValue v = rc.change().after() instanceof JsonValue.Obj ? rc.change().after() : rc.change().before();
      values.putIfAbsent(rc.address(), v);
    }
    List<Gen<?>> gens = new ArrayList<>();
    values.values().forEach(v -> gens.add(ignoreChanges(v)));
    List<String> addresses = new ArrayList<>(values.keySet());
    return Gen.tuple(gens)
        .map(
            lists -> {
              Map<String, List<AttributePath>> m = new LinkedHashMap<>();
              for (int i = 0; i < addresses.size(); i++) {
                @SuppressWarnings("unchecked")
                List<AttributePath> l = (List<AttributePath>) lists.get(i);
                if (!l.isEmpty()) {
                  m.put(addresses.get(i), l);
                }
              }
              return Collections.unmodifiableMap(m);
            });
  }

  // ---- addresses -----------------------------------------------------------------------------

  /** Instance keys: count indexes and for_each keys with dots, quotes, spaces, escapes and non-ASCII. */
  public static Gen<InstanceKey> instanceKeys() {
    return Gen.oneOf(
        Gen.integers(0, 20).map(i -> InstanceKey.of(i)),
        Gen.frequency(
                Gen.weighted(2, Gen.elements("a", "a.b", "with space", "q\"uote", "back\\slash", "${tpl}", "%{x}", "x]y", "new\nline", "é", "")),
                Gen.weighted(1, Gen.strings()))
            .map(InstanceKey::of));
  }

  private static final List<String> TYPES =
      List.of("aws_s3_bucket", "aws_iam_role", "aws_cloudwatch_log_group", "aws_instance", "proxmox_virtual_environment_vm",
          "google_storage_bucket", "azurerm_resource_group", "terraform_data", "null_resource", "random_id");

  private static Gen<ResourceAddress> addresses(ResourceMode mode) {
    Gen<ModuleInstance> module =
        Gen.zip(
            Gen.elements("app", "jellyfin", "lambda_function", "net", "m"),
            optional(instanceKeys()),
            (n, k) -> new ModuleInstance(n, k));
    Gen<String> names = Gen.frequency(Gen.weighted(3, Gen.elements("a", "b", "c", "main", "this", "vm", "lambda")), Gen.weighted(1, attributeNames()));
    return Gen.tuple(List.of(Gen.listOf(module, 0, 2), Gen.elements(TYPES), names, optional(instanceKeys())))
        .map(
            t -> {
              @SuppressWarnings("unchecked")
              List<ModuleInstance> path = (List<ModuleInstance>) t.get(0);
              @SuppressWarnings("unchecked")
              Optional<InstanceKey> key = (Optional<InstanceKey>) t.get(3);
              return new ResourceAddress(path, mode, (String) t.get(1), (String) t.get(2), key);
            });
  }

  /** Managed resource instance addresses. */
  public static Gen<ResourceAddress> resourceAddresses() {
    return addresses(ResourceMode.MANAGED);
  }

  /** Data resource instance addresses ({@code data.TYPE.NAME}). */
  public static Gen<ResourceAddress> dataAddresses() {
    return addresses(ResourceMode.DATA);
  }

  private static <T> Gen<Optional<T>> optional(Gen<T> gen) {
    return r -> r.weighted(0.3) ? Optional.of(r.draw(gen)) : Optional.empty();
  }

  // ---- changes and plans ---------------------------------------------------------------------

  /** The kinds of change the generators produce; moves and imports are no-ops with extra fields. */
  enum Kind {
    CREATE, UPDATE, DELETE, NO_OP, REPLACE, REPLACE_CREATE_FIRST, FORGET, READ, IMPORT, MOVE
  }

  /** One generated resource instance object, applied to a {@link PlanBuilder}. */
  record Spec(
      ResourceAddress address,
      Kind kind,
      JsonValue before,
      JsonValue after,
      List<AttributePath> sensitive,
      List<AttributePath> unknown,
      List<AttributePath> replacePaths,
      Optional<String> reason,
      Optional<JsonValue> driftBefore,
      boolean deletedOutside,
      Optional<String> deposedKey,
      Optional<String> extra,
      Optional<String> deferral) {

    Spec withAddress(ResourceAddress a) {
      return new Spec(a, kind, before, after, sensitive, unknown, replacePaths, reason, driftBefore, deletedOutside, deposedKey, extra, deferral);
    }

    Spec withSensitive(List<AttributePath> paths) {
      return new Spec(address, kind, before, after, paths, unknown, replacePaths, reason, driftBefore, deletedOutside, deposedKey, extra, deferral);
    }

    Spec withUnknown(List<AttributePath> paths) {
      return new Spec(address, kind, before, after, sensitive, paths, replacePaths, reason, driftBefore, deletedOutside, deposedKey, extra, deferral);
    }

    Spec withDeposed(String key) {
      return new Spec(address, kind, before, after, sensitive, unknown, replacePaths, reason, driftBefore, deletedOutside, Optional.of(key), extra, deferral);
    }

    Spec withDeferral(String why) {
      return new Spec(address, kind, before, after, sensitive, unknown, replacePaths, reason, driftBefore, deletedOutside, deposedKey, extra, Optional.of(why));
    }

    void applyTo(PlanBuilder plan) {
      ResourceChangeBuilder r = plan.resource(address.render());
      switch (kind) {
        case CREATE -> r.create().after(after);
        case READ -> r.read().after(after);
        case UPDATE -> r.update().before(before).after(after);
        case DELETE -> r.delete().before(before);
        case NO_OP -> r.noOp().value(before);
        case REPLACE -> r.replace().before(before).after(after);
        case REPLACE_CREATE_FIRST -> r.replaceCreateFirst().before(before).after(after);
        case FORGET -> r.forget().before(before);
        case IMPORT -> r.noOp().value(before).importing(extra.orElse("id"));
        case MOVE -> r.noOp().value(before).movedFrom(extra.orElseThrow());
      }
      r.sensitive(sensitive.toArray(new AttributePath[0]));
      r.unknown(unknown.toArray(new AttributePath[0]));
      deferral.ifPresent(r::deferred);
      replacePaths.forEach(r::replacePath);
      reason.ifPresent(r::reason);
      if (deletedOutside) {
        r.deletedOutside(driftBefore.orElseThrow());
      } else {
        driftBefore.ifPresent(r::drift);
      }
      deposedKey.ifPresent(
          k -> plan.resource(address.render()).deposed(k).delete().before(before.isNull() ? after : before).sensitive(sensitive.toArray(new AttributePath[0])));
    }
  }

  private static Gen<List<AttributePath>> someOf(JsonValue value, int max) {
    List<AttributePath> paths = Mirrors.paths(value);
    if (paths.isEmpty() || max == 0) {
      return Gen.constant(List.of());
    }
    return Gen.listOf(Gen.elements(paths), 0, max).map(l -> List.copyOf(new LinkedHashSet<>(l)));
  }

  private static Gen<List<AttributePath>> topLevel(JsonValue value, int max) {
    List<AttributePath> paths = new ArrayList<>();
    if (value instanceof JsonValue.Obj o) {
      o.keys().forEach(k -> paths.add(AttributePath.root().child(k)));
    }
    if (paths.isEmpty()) {
      return Gen.constant(List.of());
    }
    return Gen.listOf(Gen.elements(paths), 0, max).map(l -> List.copyOf(new LinkedHashSet<>(l)));
  }

  private static final List<String> HEX = List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "a", "b", "c", "d", "e", "f");

  private static Gen<String> deposedKeys() {
    return Gen.listOf(Gen.elements(HEX), 8, 8).map(l -> String.join("", l));
  }

  private static Gen<Optional<String>> reasons(String... reasons) {
    return optional(Gen.elements(reasons));
  }

  private static Map<Kind, Gen<Spec>> specsByKind() {
    Gen<ResourceAddress> managed = resourceAddresses();
    Gen<JsonValue> values = attributeValues();
    Gen<Spec> create =
        Gen.tuple(List.of(managed, values, optional(values)))
            .flatMap(
                t -> {
                  JsonValue after = (JsonValue) t.get(1);
                  @SuppressWarnings("unchecked")
                  Optional<JsonValue> gone = (Optional<JsonValue>) t.get(2);
                  return Gen.zip(
                      someOf(after, 3),
                      someOf(after, 3),
                      (sensitive, unknown) ->
                          new Spec((ResourceAddress) t.get(0), Kind.CREATE, JsonValue.nullValue(), after, sensitive, unknown, List.of(),
                              Optional.empty(), gone, gone.isPresent(), Optional.empty(), Optional.empty(), Optional.empty()));
                });
    Gen<Spec> update = changed(managed, values, Kind.UPDATE);
    Gen<Spec> replace = changed(managed, values, Kind.REPLACE);
    Gen<Spec> replaceCreateFirst = changed(managed, values, Kind.REPLACE_CREATE_FIRST);
    Gen<Spec> delete =
        Gen.tuple(List.of(managed, values, reasons("delete_because_no_resource_config", "delete_because_count_index", "delete_because_each_key", "delete_because_no_module")))
            .flatMap(
                t -> {
                  JsonValue before = (JsonValue) t.get(1);
                  @SuppressWarnings("unchecked")
                  Optional<String> reason = (Optional<String>) t.get(2);
                  return someOf(before, 3).map(s -> new Spec((ResourceAddress) t.get(0), Kind.DELETE, before, JsonValue.nullValue(), s, List.of(), List.of(),
                      reason, Optional.empty(), false, Optional.empty(), Optional.empty(), Optional.empty()));
                });
    Gen<Spec> forget =
        Gen.zip(managed, values, (a, before) -> new Spec(a, Kind.FORGET, before, JsonValue.nullValue(), List.of(), List.of(), List.of(),
            Optional.empty(), Optional.empty(), false, Optional.empty(), Optional.empty(), Optional.empty()));
    Gen<Spec> read =
        Gen.zip(dataAddresses(), values, (a, after) -> new Object[] {a, after})
            .flatMap(
                t -> Gen.zip(
                    someOf((JsonValue) t[1], 2),
                    reasons("read_because_config_unknown", "read_because_dependency_pending"),
                    (unknown, reason) -> new Spec((ResourceAddress) t[0], Kind.READ, JsonValue.nullValue(), (JsonValue) t[1], List.of(), unknown, List.of(),
                        reason, Optional.empty(), false, Optional.empty(), Optional.empty(), Optional.empty())));
    Gen<Spec> noOp = unchanged(managed, values, Kind.NO_OP, Gen.constant(Optional.empty()));
    Gen<Spec> importing = unchanged(managed, values, Kind.IMPORT, Gen.strings().map(s -> Optional.of("i-" + s)));
    Gen<Spec> move =
        unchanged(
            managed, values, Kind.MOVE,
            Gen.elements("old", "legacy", "previous").map(n -> Optional.of(n)));
    Map<Kind, Gen<Spec>> m = new java.util.EnumMap<>(Kind.class);
    m.put(Kind.CREATE, create);
    m.put(Kind.UPDATE, update);
    m.put(Kind.DELETE, delete);
    m.put(Kind.NO_OP, noOp);
    m.put(Kind.REPLACE, replace);
    m.put(Kind.REPLACE_CREATE_FIRST, replaceCreateFirst);
    m.put(Kind.FORGET, forget);
    m.put(Kind.READ, read);
    m.put(Kind.IMPORT, importing);
    m.put(Kind.MOVE, move);
    return m;
  }

  private static Gen<Spec> specs() {
    Map<Kind, Gen<Spec>> k = specsByKind();
    return Gen.frequency(
        Gen.weighted(4, k.get(Kind.CREATE)), Gen.weighted(4, k.get(Kind.UPDATE)), Gen.weighted(2, k.get(Kind.DELETE)), Gen.weighted(3, k.get(Kind.NO_OP)),
        Gen.weighted(2, k.get(Kind.REPLACE)), Gen.weighted(1, k.get(Kind.REPLACE_CREATE_FIRST)), Gen.weighted(1, k.get(Kind.FORGET)),
        Gen.weighted(1, k.get(Kind.READ)), Gen.weighted(1, k.get(Kind.IMPORT)), Gen.weighted(1, k.get(Kind.MOVE)));
  }

  /** Update and replacements: an after value that differs from before, optional drift and deposed object. */
  private static Gen<Spec> changed(Gen<ResourceAddress> addresses, Gen<JsonValue> values, Kind kind) {
    return Gen.zip(addresses, values, (a, before) -> new Object[] {a, before})
        .flatMap(
            t -> {
              JsonValue before = (JsonValue) t[1];
              return mutationsOf(before)
                  .flatMap(
                      after -> Gen.tuple(List.of(
                              someOf(before, 3),
                              someOf(after, 2),
                              kind == Kind.UPDATE ? Gen.constant(List.of()) : topLevel(after, 2),
                              kind == Kind.UPDATE
                                  ? Gen.constant(Optional.empty())
                                  : reasons("replace_because_cannot_update", "replace_because_tainted", "replace_by_request", "replace_by_triggers"),
                              optional(mutationsOf(before)),
                              kind == Kind.UPDATE ? Gen.constant(Optional.empty()) : optional(deposedKeys())))
                          .map(
                              x -> {
                                @SuppressWarnings("unchecked")
                                List<AttributePath> sensitive = (List<AttributePath>) x.get(0);
                                @SuppressWarnings("unchecked")
                                List<AttributePath> unknown = (List<AttributePath>) x.get(1);
                                @SuppressWarnings("unchecked")
                                List<AttributePath> replacePaths = (List<AttributePath>) x.get(2);
                                @SuppressWarnings("unchecked")
                                Optional<String> reason = (Optional<String>) x.get(3);
                                @SuppressWarnings("unchecked")
                                Optional<JsonValue> drift = (Optional<JsonValue>) x.get(4);
                                @SuppressWarnings("unchecked")
                                Optional<String> deposed = (Optional<String>) x.get(5);
                                return new Spec((ResourceAddress) t[0], kind, before, after, sensitive, unknown, replacePaths, reason, drift,
                                    false, deposed, Optional.empty(), Optional.empty());
                              }));
            });
  }

  /** No-ops, imports and moves: one value, optional drift. */
  private static Gen<Spec> unchanged(Gen<ResourceAddress> addresses, Gen<JsonValue> values, Kind kind, Gen<Optional<String>> extra) {
    return Gen.tuple(List.of(addresses, values, extra))
        .flatMap(
            t -> {
              JsonValue value = (JsonValue) t.get(1);
              ResourceAddress a = (ResourceAddress) t.get(0);
              @SuppressWarnings("unchecked")
              Optional<String> x = (Optional<String>) t.get(2);
              Optional<String> e =
                  kind == Kind.MOVE ? x.map(n -> new ResourceAddress(a.modulePath(), a.mode(), a.type(), n + "_" + a.name(), a.key()).render()) : x;
              return Gen.zip(
                  someOf(value, 3),
                  optional(mutationsOf(value)),
                  (sensitive, drift) -> new Spec(a, kind, value, value, sensitive, List.of(), List.of(), Optional.empty(), drift, false, Optional.empty(), e, Optional.empty()));
            });
  }

  /** Resource changes of every kind (create, update, delete, no-op, replacements, forget, read, import, move), valid and with aligned mirrors. */
  public static Gen<ResourceChange> resourceChanges() {
    return specs().map(s -> {
      PlanBuilder p = Plans.plan();
      s.applyTo(p);
      Plan plan = p.build();
      return plan.resourceChanges().stream().filter(rc -> rc.deposed().isEmpty()).findFirst().orElseThrow();
    });
  }

  /** Resource changes of one kind (as {@link ChangeKind}). */
  public static Gen<ResourceChange> resourceChanges(ChangeKind kind) {
    return resourceChanges().filter(rc -> rc.kind() == kind);
  }

  /** {@code resource_drift} entries: updates and deletes of objects changed outside Terraform. */
  public static Gen<ResourceChange> driftEntries() {
    return specs()
        .filter(s -> s.driftBefore().isPresent())
        .map(s -> {
          PlanBuilder p = Plans.plan();
          s.applyTo(p);
          return p.build().resourceDrift().get(0);
        });
  }

  /**
   * Whole valid plans with up to 10 resource objects (fewer for small sizes), with the plan edge
   * cases of {@link #planEdgeCases()}.
   */
  public static Gen<Plan> plans() {
    return plans(10);
  }

  /**
   * Whole valid plans: Terraform or OpenTofu, up to {@code maxResources} resource objects with unique
   * addresses (deposed objects share their address) and instance keys that agree per resource and
   * module call, optional drift, and optional outputs; with the plan edge cases of {@link
   * #planEdgeCases()} (drawn as the property's {@link EdgeCases} mode says). Every plan passes {@link
   * io.github.tfdrift.testkit.PlanValidity}.
   */
  public static Gen<Plan> plans(int maxResources) {
    return plans(0, maxResources);
  }

  /**
   * Plans as {@link #plans(int)} drawn from at least {@code minResources} resource objects (the edge
   * cases aside; an object whose address another one already has is left out, so a plan may hold fewer).
   */
  public static Gen<Plan> plans(int minResources, int maxResources) {
    if (minResources < 0 || maxResources < minResources) {
      throw new IllegalArgumentException("bad resource bounds [" + minResources + ", " + maxResources + "]");
    }
    return plansOf(specs(), minResources, maxResources, true).withEdgeCases(planEdgeCases(maxResources));
  }

  /**
   * The edge cases of {@link #plans()}, each a generator of its own so that a failing edge case shrinks
   * within it: an empty plan, only deletes, deposed objects, everything sensitive, everything unknown,
   * deep module nesting, long and unicode instance keys, deferred changes, imports, moves.
   */
  public static List<EdgeCase<Plan>> planEdgeCases() {
    return planEdgeCases(6);
  }

  /** The plan edge cases of {@link #planEdgeCases()} with at most {@code maxResources} resource objects each (at least one, the empty plan aside). */
  public static List<EdgeCase<Plan>> planEdgeCases(int maxResources) {
    int most = Math.max(1, maxResources);
    Map<Kind, Gen<Spec>> k = specsByKind();
    Gen<Spec> changing = Gen.oneOf(k.get(Kind.CREATE), k.get(Kind.UPDATE), k.get(Kind.REPLACE));
    Gen<Spec> any = specs();
    Gen<Spec> deposed =
        Gen.zip(Gen.oneOf(k.get(Kind.REPLACE), k.get(Kind.REPLACE_CREATE_FIRST)), deposedKeys(), (s, key) -> s.deposedKey().isPresent() ? s : s.withDeposed(key));
    Gen<Spec> sensitive = any.map(s -> s.withSensitive(topLevelPaths(s.before().isNull() ? s.after() : s.before())));
    Gen<Spec> unknown = changing.map(s -> s.withUnknown(topLevelPaths(s.after())));
    Gen<List<ModuleInstance>> deepPath =
        Gen.listOf(Gen.zip(Gen.elements("app", "net", "m", "inner", "leaf"), optional(Gen.integers(0, 2)), (n, i) -> new ModuleInstance(n, i.map(InstanceKey::of))), 5, 8);
    Gen<Spec> deep = Gen.zip(any, deepPath, (s, path) -> s.withAddress(new ResourceAddress(path, s.address().mode(), s.address().type(), s.address().name(), s.address().key())));
    Gen<InstanceKey> oddKeys =
        Gen.oneOf(
            Gen.elements("日本語のキー", "ключ", "😀 emoji", "e\u0301 combining", "tab\tand\nnewline", "\"quoted\"", "").map(InstanceKey::of),
            Gen.integers(200, 400).map(n -> InstanceKey.of("k".repeat(n))),
            Gen.longs(1_000_000L, Long.MAX_VALUE / 2).map(InstanceKey::of));
    Gen<Spec> keyed = Gen.zip(any, oddKeys, (s, key) -> s.withAddress(s.address().withKey(key)));
    Gen<Spec> deferred =
        Gen.zip(
            changing,
            Gen.elements("unknown", "instance_count_unknown", "resource_config_unknown", "provider_config_unknown", "deferred_prereq", "absent_prereq"),
            Spec::withDeferral);
    return List.of(
        EdgeCase.constant("empty plan", Plans.plan().build()),
        EdgeCase.of("only deletes", plansOf(k.get(Kind.DELETE), 1, Math.min(6, most), true)),
        EdgeCase.of("deposed objects", plansOf(deposed, 1, Math.min(4, most), true)),
        EdgeCase.of("everything sensitive", plansOf(sensitive, 1, Math.min(6, most), true)),
        EdgeCase.of("everything unknown", plansOf(unknown, 1, Math.min(6, most), true)),
        EdgeCase.of("deep module nesting", plansOf(deep, 1, Math.min(4, most), true)),
        EdgeCase.of("long and unicode keys", plansOf(keyed, 1, Math.min(4, most), true)),
        EdgeCase.of("deferred changes", plansOf(Gen.frequency(Gen.weighted(2, deferred), Gen.weighted(1, any)), 1, Math.min(6, most), false)),
        EdgeCase.of("imports", plansOf(k.get(Kind.IMPORT), 1, Math.min(6, most), true)),
        EdgeCase.of("moves", plansOf(k.get(Kind.MOVE), 1, Math.min(6, most), true)));
  }

  private static List<AttributePath> topLevelPaths(JsonValue value) {
    List<AttributePath> paths = new ArrayList<>();
    if (value instanceof JsonValue.Obj o) {
      o.keys().forEach(key -> paths.add(AttributePath.root().child(key)));
    }
    return paths;
  }

  // ---- action invocations ---------------------------------------------------------------------

  /** The action types the generators use, with the attribute of their configuration that may be sensitive. */
  private static final List<String> ACTION_TYPES = List.of("aws_lambda_invoke", "aws_cloudfront_create_invalidation", "ansible_playbook_run", "local_command");

  /**
   * One generated action invocation, drawn before the plan's resources are known: its type, whether a
   * lifecycle trigger (on the resource the {@code target} index picks among the plan's creates, updates,
   * deletes and replacements) or {@code apply -invoke} runs it, a before or after event, a {@code
   * deferred_action_invocations} reason, and whether its {@code payload} is sensitive.
   */
  record ActionSpec(String type, boolean lifecycle, int target, boolean before, Optional<String> deferral, boolean sensitive) {

    /** The event of a lifecycle trigger on a resource of {@code kind}, as Terraform writes it. */
    static Optional<String> event(Kind kind, boolean before) {
      String when = before ? "Before" : "After";
      return switch (kind) {
        case CREATE -> Optional.of(when + "Create");
        case UPDATE -> Optional.of(when + "Update");
        case DELETE -> Optional.of(when + "Destroy");
        case REPLACE, REPLACE_CREATE_FIRST -> Optional.of(before ? "BeforeDestroy" : "AfterCreate");
        default -> Optional.empty();
      };
    }

    void applyTo(PlanBuilder plan, int index, List<Spec> resources) {
      List<Spec> targets = new ArrayList<>();
      for (Spec s : resources) {
        if (s.address().mode() == ResourceMode.MANAGED && event(s.kind(), before).isPresent()) {
          targets.add(s);
        }
      }
      ActionInvocationBuilder a = plan.action("action." + type + ".a" + index);
      a.config(Json.obj("function_name", JsonValue.of("fn-" + index), "payload", JsonValue.of("{\"n\":" + index + "}")));
      if (sensitive) {
        a.sensitive("payload");
      }
      if (lifecycle && !targets.isEmpty()) {
        Spec t = targets.get(target % targets.size());
        a.triggeredBy(t.address().render(), event(t.kind(), before).orElseThrow());
      }
      deferral.ifPresent(a::deferred);
    }
  }

  private static Gen<ActionSpec> actionSpecs() {
    return Gen.tuple(List.of(
            Gen.elements(ACTION_TYPES), Gen.booleans(), Gen.integers(0, 9), Gen.booleans(),
            Gen.frequency(Gen.weighted(3, Gen.constant(Optional.<String>empty())), Gen.weighted(1, Gen.elements("deferred_prereq", "resource_config_unknown", "provider_config_unknown").map(Optional::of))),
            Gen.booleans()))
        .map(t -> {
          @SuppressWarnings("unchecked")
          Optional<String> deferral = (Optional<String>) t.get(4);
          return new ActionSpec((String) t.get(0), (Boolean) t.get(1), (Integer) t.get(2), (Boolean) t.get(3), deferral, (Boolean) t.get(5));
        });
  }

  /**
   * Terraform plans (1.14 and later: OpenTofu has no actions) as {@link #plans(int)} without its edge
   * cases, with one to {@code maxActions} entries of {@code action_invocations}: each invoked with
   * {@code apply -invoke} or run by a lifecycle trigger on one of the plan's creates, updates, deletes
   * or replacements (a before or after event that matches the planned change, as Terraform writes
   * {@code lifecycle_action_trigger}), some deferred ({@code deferred_action_invocations}), some with a
   * sensitive {@code payload}. Every plan passes {@link io.github.tfdrift.testkit.PlanValidity}.
   */
  public static Gen<Plan> plansWithActionInvocations(int maxResources, int maxActions) {
    if (maxResources < 0 || maxActions < 1) {
      throw new IllegalArgumentException("bad bounds: " + maxResources + " resources, " + maxActions + " actions");
    }
    return plansOf(specs(), 0, maxResources, false, Gen.listOf(actionSpecs(), 1, maxActions));
  }

  /** Plans of {@code min} to {@code max} objects of {@code specs}; OpenTofu or Terraform when {@code eitherTool}, else Terraform. */
  private static Gen<Plan> plansOf(Gen<Spec> specs, int min, int max, boolean eitherTool) {
    return plansOf(specs, min, max, eitherTool, Gen.constant(List.of()));
  }

  /** Plans as {@link #plansOf(Gen, int, int, boolean)} with the action invocations of {@code actions} (Terraform only then). */
  private static Gen<Plan> plansOf(Gen<Spec> specs, int min, int max, boolean eitherTool, Gen<List<ActionSpec>> actions) {
    Gen<List<Object[]>> outputs =
        Gen.listOf(
            Gen.tuple(List.of(attributeNames(), optional(scalars()), optional(scalars()), Gen.booleans())).map(List::toArray), 0, 2);
    return Gen.tuple(List.of(eitherTool ? Gen.booleans() : Gen.constant(false), Gen.listOf(specs, min, max), outputs, actions))
        .map(
            t -> {
              PlanBuilder p = Plans.plan();
              if ((Boolean) t.get(0)) {
                p.tofu();
              }
              @SuppressWarnings("unchecked")
              List<Spec> generated = (List<Spec>) t.get(1);
              Set<String> used = new LinkedHashSet<>();
              List<Spec> applied = new ArrayList<>();
              for (Spec s : Repetition.consistent(generated)) {
                String address = s.address().render();
                boolean clash = used.contains(address) || s.extra().filter(e -> s.kind() == Kind.MOVE).map(used::contains).orElse(false);
                if (clash) {
                  continue;
                }
                used.add(address);
                if (s.kind() == Kind.MOVE) {
                  used.add(s.extra().get());
                }
                s.applyTo(p);
                applied.add(s);
              }
              @SuppressWarnings("unchecked")
              List<ActionSpec> invocations = (List<ActionSpec>) t.get(3);
              for (int i = 0; i < invocations.size(); i++) {
                invocations.get(i).applyTo(p, i, applied);
              }
              @SuppressWarnings("unchecked")
              List<Object[]> outs = (List<Object[]>) t.get(2);
              Set<String> names = new LinkedHashSet<>();
              for (Object[] o : outs) {
                if (names.add((String) o[0])) {
                  @SuppressWarnings("unchecked")
                  Optional<JsonValue> before = (Optional<JsonValue>) o[1];
                  @SuppressWarnings("unchecked")
                  Optional<JsonValue> after = (Optional<JsonValue>) o[2];
                  p.output((String) o[0], before.orElse(JsonValue.nullValue()), after.orElse(JsonValue.absent()), (Boolean) o[3]);
                }
              }
              return p.build();
            });
  }

  // ---- cosmetic variants ---------------------------------------------------------------------

  /** OpenSSH public keys: {@code TYPE BASE64 [COMMENT]}. */
  public static Gen<String> sshPublicKeys() {
    return Gen.tuple(List.of(
            Gen.elements("ssh-ed25519", "ssh-rsa", "ecdsa-sha2-nistp256"),
            Gen.strings("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", 16, 68),
            Gen.elements("", "admin@jellybuntu", "ansible@pve", "user@example")))
        .map(t -> t.get(0) + " AAAA" + t.get(1) + (((String) t.get(2)).isEmpty() ? "" : " " + t.get(2)));
  }

  /**
   * The same SSH key written differently, as providers and APIs return it: doubled or tab-separated
   * fields, a trailing newline, CRLF, surrounding spaces. Never equal to the input.
   */
  public static Gen<String> reformattedSshKeys(String key) {
    Gen<String> separator = Gen.elements("  ", "\t", "   ", " ");
    return Gen.tuple(List.of(separator, Gen.elements("\n", "\r\n", "", " ", "\n\n"), Gen.elements("", " ", "  ")))
        .map(
            t -> {
              String[] fields = key.strip().split("\\s+");
              String out = t.get(2) + String.join((String) t.get(0), fields) + t.get(1);
              return out.equals(key) ? key + "\n" : out;
            });
  }

  /** IAM-style JSON policy documents, compact, as a provider stores them in a string attribute. */
  public static Gen<String> policyDocuments() {
    Gen<JsonValue> statement =
        Gen.tuple(List.of(
                Gen.elements("Allow", "Deny"),
                Gen.listOf(Gen.elements("s3:GetObject", "s3:PutObject", "dynamodb:PutItem", "logs:CreateLogStream", "sts:AssumeRole"), 1, 3),
                Gen.elements("*", "arn:aws:s3:::step-function-bucket-35315550/*", "arn:aws:dynamodb:us-west-2:123456789012:table/t")))
            .map(
                t -> {
                  @SuppressWarnings("unchecked")
                  List<String> actions = (List<String>) t.get(1);
                  return (JsonValue) Json.obj("Action", Json.strings(actions), "Effect", t.get(0), "Resource", t.get(2));
                });
    return Gen.listOf(statement, 1, 3).map(l -> JsonValues.toJson(Json.obj("Statement", JsonValue.array(l), "Version", "2012-10-17")));
  }

  /**
   * The same JSON document written differently: object keys re-ordered and the text re-indented
   * (compact, two or four spaces, tabs). Parses to an equal value; never equal as text to the input.
   *
   * @throws IllegalArgumentException when {@code json} is not JSON
   */
  public static Gen<String> reformattedJson(String json) {
    JsonValue value = JsonValues.parse(json).getOrElseThrow(m -> new IllegalArgumentException("not JSON: " + m));
    Gen<String> indents = Gen.elements("", "  ", "    ", "\t");
    return r -> {
      String indent = r.draw(indents);
      JsonValue reordered = shuffle(value, r);
      StringBuilder b = new StringBuilder();
      render(reordered, indent, 0, b);
      String out = b.toString();
      return out.equals(json) ? out + "\n" : out;
    };
  }

  private static JsonValue shuffle(JsonValue v, SourceOfRandomness r) {
    if (v instanceof JsonValue.Obj o) {
      List<String> keys = new ArrayList<>(o.keys());
      for (int i = keys.size() - 1; i > 0; i--) {
        int j = (int) (i - r.choose(i));
        Collections.swap(keys, i, j);
      }
      Map<String, JsonValue> m = new LinkedHashMap<>();
      for (String k : keys) {
        m.put(k, shuffle(o.get(k), r));
      }
      return JsonValue.object(m);
    }
    if (v instanceof JsonValue.Arr a) {
      List<JsonValue> l = new ArrayList<>();
      for (JsonValue e : a.elements()) {
        l.add(shuffle(e, r));
      }
      return JsonValue.array(l);
    }
    return v;
  }

  private static void render(JsonValue v, String indent, int level, StringBuilder b) {
    String nl = indent.isEmpty() ? "" : "\n";
    String colon = indent.isEmpty() ? ":" : ": ";
    if (v instanceof JsonValue.Obj o && !o.isEmpty()) {
      b.append('{').append(nl);
      List<String> keys = o.keys();
      for (int i = 0; i < keys.size(); i++) {
        b.append(indent.repeat(level + 1)).append(JsonValues.toJson(JsonValue.of(keys.get(i)))).append(colon);
        render(o.get(keys.get(i)), indent, level + 1, b);
        b.append(i + 1 < keys.size() ? "," : "").append(nl);
      }
      b.append(indent.repeat(level)).append('}');
    } else if (v instanceof JsonValue.Arr a && !a.isEmpty()) {
      b.append('[').append(nl);
      for (int i = 0; i < a.size(); i++) {
        b.append(indent.repeat(level + 1));
        render(a.get(i), indent, level + 1, b);
        b.append(i + 1 < a.size() ? "," : "").append(nl);
      }
      b.append(indent.repeat(level)).append(']');
    } else {
      b.append(JsonValues.toJson(v));
    }
  }

  // ---- by type -------------------------------------------------------------------------------

  /**
   * The default generator for a parameter type: {@link Plan}, {@link ResourceChange}, {@link
   * JsonValue}, {@link AttributePath}, {@link ResourceAddress}, {@link InstanceKey}, {@link String},
   * {@code int}/{@link Integer}, {@code long}/{@link Long}, {@code boolean}/{@link Boolean}.
   */
  public static Optional<Gen<?>> forType(Class<?> type) {
    if (type == Plan.class) {
      return Optional.of(plans());
    }
    if (type == ResourceChange.class) {
      return Optional.of(resourceChanges());
    }
    if (type == JsonValue.class) {
      return Optional.of(attributeValues());
    }
    if (type == AttributePath.class) {
      return Optional.of(attributePaths());
    }
    if (type == ResourceAddress.class) {
      return Optional.of(resourceAddresses());
    }
    if (type == InstanceKey.class) {
      return Optional.of(instanceKeys());
    }
    if (type == String.class) {
      return Optional.of(Gen.strings());
    }
    if (type == int.class || type == Integer.class) {
      return Optional.of(Gen.integers(-1000, 1000));
    }
    if (type == long.class || type == Long.class) {
      return Optional.of(Gen.longs(Long.MIN_VALUE / 2, Long.MAX_VALUE / 2));
    }
    if (type == boolean.class || type == Boolean.class) {
      return Optional.of(Gen.booleans());
    }
    return Optional.empty();
  }
}
