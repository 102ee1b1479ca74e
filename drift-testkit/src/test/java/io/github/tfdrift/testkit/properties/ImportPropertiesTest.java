package io.github.tfdrift.testkit.properties;

import static io.github.tfdrift.testkit.builder.Json.arr;
import static io.github.tfdrift.testkit.builder.Json.obj;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tfdrift.core.json.PlanReader;
import io.github.tfdrift.core.json.PlanWriter;
import io.github.tfdrift.core.model.Action;
import io.github.tfdrift.core.model.ModuleValues;
import io.github.tfdrift.core.model.Plan;
import io.github.tfdrift.core.model.ResourceChange;
import io.github.tfdrift.core.model.ResourceValues;
import io.github.tfdrift.core.value.JsonValue;
import io.github.tfdrift.core.value.JsonValues;
import io.github.tfdrift.imports.ApplyLog;
import io.github.tfdrift.imports.ImportEntry;
import io.github.tfdrift.imports.ImportFormat;
import io.github.tfdrift.imports.ImportOptions;
import io.github.tfdrift.imports.ImportPlan;
import io.github.tfdrift.imports.ImportPlanner;
import io.github.tfdrift.imports.ImportRenderer;
import io.github.tfdrift.testkit.Fixture;
import io.github.tfdrift.testkit.PlanFixtures;
import io.github.tfdrift.testkit.builder.Json;
import io.github.tfdrift.testkit.gen.Gen;
import io.github.tfdrift.testkit.gen.Property;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The import assistant's properties on the testkit's generators: an address in prior_state never gets
 * an import; every import entry names an address the plan creates; the output is deterministic and
 * does not depend on the order of the log; every "already exists" error for a create not in the prior
 * state gives exactly one entry. Cases are generated plans (creates of catalogue types at addresses in
 * modules, with count and for_each keys, some also in prior_state, some replaced or updated) with a
 * generated apply log ({@code apply -json} lines or the human form; errors repeated, shuffled, the
 * last JSON line cut off), and variations of seed 003's fixture. A failure is shrunk and reported with
 * its seed ({@code -Dtfdrift.seed=N} replays it). Each property also checks that its run was not
 * vacuous: some cases had imports, some had errors for addresses already in the prior state.
 */
class ImportPropertiesTest {
  private static final int TRIES = 200;
  private static final String SEED003 = "seed003-prod-already-exists";

  // ---- cases ---------------------------------------------------------------------------------

  /** A plan and the text of its failed apply. */
  record Case(Plan plan, String logText, boolean json, long shuffleSeed, boolean fixture) {
    ApplyLog log() {
      return ApplyLog.parse(logText, "apply.log").get();
    }

    ImportPlan imports() {
      return ImportPlanner.plan(plan, log(), ImportOptions.defaults());
    }

    String describe() {
      return "plan:\n" + PlanWriter.pretty().toJson(plan) + "\napply log (" + (json ? "json" : "human") + "):\n" + logText;
    }
  }

  /** One module call in an address: name and count/for_each key (an Integer, a String or null). */
  record Call(String name, Object key) {}

  /** A resource instance of a generated plan. */
  record Res(List<Call> modules, String type, String name, Object key, String value, List<String> actions, boolean inState, int errors) {
    String module() {
      StringBuilder b = new StringBuilder();
      for (Call c : modules) {
        b.append(b.length() == 0 ? "" : ".").append("module.").append(c.name()).append(key(c.key()));
      }
      return b.toString();
    }

    String address() {
      String m = module();
      return (m.isEmpty() ? "" : m + ".") + type + "." + name + key(key);
    }

    boolean creates() {
      return actions.contains("create");
    }

    static String key(Object k) {
      return k == null ? "" : k instanceof Integer i ? "[" + i + "]" : "[\"" + k + "\"]";
    }
  }

  private static final Map<String, String> ATTRIBUTE =
      Map.of("aws_iam_role", "name", "aws_s3_bucket", "bucket", "aws_cloudwatch_log_group", "name", "terraform_data", "input");

  static Gen<Object> keys() {
    return Gen.frequency(
        Gen.weighted(3, Gen.constant(null)),
        Gen.weighted(2, Gen.integers(0, 3).map(i -> (Object) i)),
        Gen.weighted(2, Gen.elements("a", "blue", "eu-west-1", "with space", "x.y").map(s -> (Object) s)));
  }

  static Gen<Res> resources() {
    Gen<Call> call = Gen.zip(Gen.elements("app", "lambda_function", "net", "m"), keys(), Call::new);
    Gen<List<String>> actions =
        Gen.frequency(
            Gen.weighted(8, Gen.constant(List.of("create"))),
            Gen.weighted(1, Gen.constant(List.of("delete", "create"))),
            Gen.weighted(1, Gen.constant(List.of("create", "delete"))),
            Gen.weighted(1, Gen.constant(List.of("update"))),
            Gen.weighted(1, Gen.constant(List.of("no-op"))));
    return Gen.tuple(
            List.of(
                Gen.listOf(call, 0, 2),
                Gen.elements("aws_iam_role", "aws_s3_bucket", "aws_cloudwatch_log_group", "terraform_data"),
                Gen.elements("this", "main", "lambda", "logs"),
                keys(),
                Gen.strings("abcdefgh0123456789-", 1, 12),
                actions,
                Gen.integers(0, 3),
                Gen.integers(0, 3)))
        .map(
            t -> {
              @SuppressWarnings("unchecked")
              List<Call> modules = (List<Call>) t.get(0);
              @SuppressWarnings("unchecked")
              List<String> acts = (List<String>) t.get(5);
              boolean creates = acts.equals(List.of("create"));
              // A pure create is in the state one time in four (a state edited since the plan); the rest always are.
              boolean inState = !creates || (Integer) t.get(6) == 0;
              return new Res(modules, (String) t.get(1), (String) t.get(2), t.get(3), "v-" + t.get(4), acts, inState, (Integer) t.get(7));
            });
  }

  static Gen<Case> generated() {
    return Gen.tuple(List.of(Gen.listOf(resources(), 1, 8), Gen.booleans(), Gen.booleans(), Gen.longs(1, Long.MAX_VALUE), Gen.integers(0, 4)))
        .map(
            t -> {
              @SuppressWarnings("unchecked")
              List<Res> list = (List<Res>) t.get(0);
              Map<String, Res> unique = new LinkedHashMap<>();
              list.forEach(r -> unique.putIfAbsent(r.address(), r));
              List<Res> rs = List.copyOf(unique.values());
              boolean json = (Boolean) t.get(1);
              boolean truncate = json && (Boolean) t.get(2) && (Integer) t.get(4) == 0;
              long seed = (Long) t.get(3);
              String log = json ? jsonLog(rs, seed, truncate) : humanLog(rs, seed);
              return new Case(plan(rs), log, json, seed, false);
            });
  }

  /** Seed 003's plan with some failing creates moved into prior_state, its log thinned, repeated and shuffled. */
  static Gen<Case> seed003() {
    Fixture f = PlanFixtures.fixture(SEED003);
    JsonValue.Obj tree = (JsonValue.Obj) JsonValues.parseTrusted(f.planJson());
    List<String> failing =
        f.plan().resourceChanges().stream()
            .filter(rc -> rc.change().actions().contains(Action.CREATE))
            .map(ResourceChange::address)
            .filter(a -> f.applyText().orElseThrow().contains("│   with " + a + ","))
            .toList();
    return Gen.tuple(List.of(Gen.listOf(Gen.elements(failing), 0, 6), Gen.booleans(), Gen.longs(1, Long.MAX_VALUE), Gen.integers(0, 3)))
        .map(
            t -> {
              @SuppressWarnings("unchecked")
              Set<String> moved = new TreeSet<>((List<String>) t.get(0));
              JsonValue.Obj p = tree;
              for (String a : moved) {
                p = intoPriorState(p, a);
              }
              boolean json = (Boolean) t.get(1);
              long seed = (Long) t.get(2);
              Random rnd = new Random(seed);
              String log;
              if (json) {
                List<String> lines = new ArrayList<>();
                for (String l : f.applyLog().orElseThrow().split("\n")) {
                  int copies = l.contains("\"type\":\"diagnostic\"") ? rnd.nextInt(5) == 0 ? 0 : rnd.nextInt(4) == 0 ? 2 : 1 : 1;
                  for (int i = 0; i < copies; i++) {
                    lines.add(l);
                  }
                }
                Collections.shuffle(lines, rnd);
                if ((Integer) t.get(3) == 0) {
                  String last = lines.remove(lines.size() - 1);
                  lines.add(last.substring(0, last.length() / 2));
                }
                log = String.join("\n", lines) + "\n";
              } else {
                log = shuffleBlocks(f.applyText().orElseThrow(), rnd, true);
              }
              return new Case(PlanReader.create().read(JsonValues.toJson(p)).get(), log, json, seed, true);
            });
  }

  static Gen<Case> cases() {
    return Gen.frequency(Gen.weighted(3, generated()), Gen.weighted(1, seed003()));
  }

  // ---- plan and log text ---------------------------------------------------------------------

  private static JsonValue values(Res r) {
    return obj(ATTRIBUTE.get(r.type()), r.value(), "tags", obj("Name", r.value()));
  }

  private static JsonValue.Obj stateResource(Res r) {
    JsonValue.Obj o = obj(
        "address", r.address(), "mode", "managed", "type", r.type(), "name", r.name(),
        "provider_name", provider(r), "schema_version", 0,
        "values", obj(ATTRIBUTE.get(r.type()), r.value(), "id", "existing-" + r.value()),
        "sensitive_values", obj());
    return r.key() == null ? o : o.with("index", Json.of(r.key()));
  }

  private static String provider(Res r) {
    return r.type().startsWith("aws_") ? "registry.terraform.io/hashicorp/aws" : "terraform.io/builtin/terraform";
  }

  private static Plan plan(List<Res> rs) {
    List<JsonValue> changes = new ArrayList<>();
    for (Res r : rs) {
      boolean before = !r.actions().equals(List.of("create"));
      JsonValue.Obj rc =
          obj(
              "address", r.address(), "mode", "managed", "type", r.type(), "name", r.name(), "provider_name", provider(r),
              "change",
              obj(
                  "actions", arr(r.actions().toArray()),
                  "before", before ? values(r) : Json.nul(),
                  "after", r.actions().equals(List.of("delete")) ? Json.nul() : values(r),
                  "after_unknown", obj("id", true),
                  "before_sensitive", before ? obj() : JsonValue.of(false),
                  "after_sensitive", obj()));
      if (!r.module().isEmpty()) {
        rc = rc.with("module_address", JsonValue.of(r.module()));
      }
      if (r.key() != null) {
        rc = rc.with("index", Json.of(r.key()));
      }
      if (r.actions().size() == 2) {
        rc = rc.with("action_reason", JsonValue.of("replace_because_cannot_update"));
      }
      changes.add(rc);
    }
    JsonValue.Obj tree =
        obj("format_version", "1.2", "terraform_version", "1.11.4", "resource_changes", JsonValue.array(changes), "errored", false);
    List<Res> state = rs.stream().filter(Res::inState).toList();
    if (!state.isEmpty()) {
      tree = tree.with("prior_state", obj("format_version", "1.0", "terraform_version", "1.11.4", "values", obj("root_module", module("", state))));
    }
    return PlanReader.create().read(JsonValues.toJson(tree)).get();
  }

  /** The state module at {@code address} holding the resources under it, children nested as Terraform writes them. */
  private static JsonValue.Obj module(String address, List<Res> under) {
    List<JsonValue> own = new ArrayList<>();
    Map<String, List<Res>> children = new TreeMap<>();
    for (Res r : under) {
      if (r.module().equals(address)) {
        own.add(stateResource(r));
      } else {
        String rest = r.module().substring(address.isEmpty() ? 0 : address.length() + 1);
        int dot = rest.indexOf(".module.");
        String child = (address.isEmpty() ? "" : address + ".") + (dot < 0 ? rest : rest.substring(0, dot));
        children.computeIfAbsent(child, k -> new ArrayList<>()).add(r);
      }
    }
    JsonValue.Obj m = address.isEmpty() ? obj() : obj("address", address);
    if (!own.isEmpty()) {
      m = m.with("resources", JsonValue.array(own));
    }
    if (!children.isEmpty()) {
      List<JsonValue> cs = new ArrayList<>();
      children.forEach((a, rs) -> cs.add(module(a, rs)));
      m = m.with("child_modules", JsonValue.array(cs));
    }
    return m;
  }

  private static String summary(Res r) {
    return switch (r.type()) {
      case "aws_iam_role" -> "creating IAM Role (" + r.value() + "): operation error IAM: CreateRole, https response error StatusCode: 409,"
          + " RequestID: 2c0f9a1e-6b1d-4e0a-9f0e-6c1b2a3d4e5f, EntityAlreadyExists: Role with name " + r.value() + " already exists.";
      case "aws_s3_bucket" -> "creating S3 Bucket (" + r.value() + "): operation error S3: CreateBucket, https response error StatusCode: 409,"
          + " RequestID: 8X1QZK3M9V2B7C4D, HostID: zQ1x0Lk8H2pYw3sR6nT9vB4mC7dF5gJ1aE0uI8oP2qW6eR4tY3=, BucketAlreadyOwnedByYou: Your previous"
          + " request to create the named bucket succeeded and you already own it.";
      case "aws_cloudwatch_log_group" -> "creating CloudWatch Logs Log Group (" + r.value() + "): operation error CloudWatch Logs:"
          + " CreateLogGroup, https response error StatusCode: 400, RequestID: 4d5e6f7a-8b9c-4eaf-8a0b-c1d2e3f4a5b6,"
          + " ResourceAlreadyExistsException: The specified log group already exists";
      default -> "creating " + r.type() + ": object with ID \"" + r.value() + "\" already exists";
    };
  }

  private static String jsonLine(String level, String message, Object... rest) {
    List<Object> kv = new ArrayList<>(List.of("@level", level, "@message", message, "@module", "terraform.ui", "@timestamp", "2025-06-14T09:13:00.000000Z"));
    kv.addAll(List.of(rest));
    return JsonValues.toJson(obj(kv.toArray()));
  }

  private static String jsonLog(List<Res> rs, long seed, boolean truncate) {
    Random rnd = new Random(seed);
    List<String> lines = new ArrayList<>();
    lines.add(jsonLine("info", "Terraform 1.11.4", "terraform", "1.11.4", "ui", "1.2", "type", "version"));
    for (Res r : rs) {
      if (r.creates()) {
        JsonValue.Obj hook = obj("resource", obj("addr", r.address(), "resource_type", r.type(), "resource_name", r.name()), "action", "create");
        lines.add(jsonLine("info", r.address() + ": Creating...", "hook", hook, "type", "apply_start"));
      }
      for (int i = 0; i < r.errors(); i++) {
        JsonValue.Obj d =
            obj("severity", "error", "summary", summary(r), "detail", "", "address", r.address(),
                "range", obj("filename", "main.tf", "start", obj("line", 1, "column", 1, "byte", 0), "end", obj("line", 1, "column", 30, "byte", 29)));
        lines.add(jsonLine("error", "Error: " + summary(r), "diagnostic", d, "type", "diagnostic"));
      }
    }
    Collections.shuffle(lines, rnd);
    if (truncate && lines.size() > 1) {
      String last = lines.remove(lines.size() - 1);
      lines.add(last.substring(0, last.length() / 2));
    }
    return String.join("\n", lines) + "\n";
  }

  private static String humanLog(List<Res> rs, long seed) {
    StringBuilder b = new StringBuilder("Acquiring state lock. This may take a few moments...\n");
    for (Res r : rs) {
      if (r.creates()) {
        b.append(r.address()).append(": Creating...\n");
      }
    }
    for (Res r : rs) {
      for (int i = 0; i < r.errors(); i++) {
        b.append("╷\n│ Error: ").append(summary(r)).append("\n│ \n│   with ").append(r.address()).append(",\n")
            .append("│   on main.tf line 1, in resource \"").append(r.type()).append("\" \"").append(r.name()).append("\":\n")
            .append("│    1: resource \"").append(r.type()).append("\" \"").append(r.name()).append("\" {\n│ \n╵\n");
      }
    }
    return shuffleBlocks(b.toString(), new Random(seed), false);
  }

  /** The human log with its error blocks shuffled (and, when {@code thin}, some dropped or repeated). */
  private static String shuffleBlocks(String text, Random rnd, boolean thin) {
    List<String> progress = new ArrayList<>();
    List<String> blocks = new ArrayList<>();
    StringBuilder current = null;
    for (String l : text.split("\n")) {
      if (l.equals("╷")) {
        current = new StringBuilder();
      }
      if (current != null) {
        current.append(l).append('\n');
        if (l.equals("╵")) {
          int copies = thin ? rnd.nextInt(5) == 0 ? 0 : rnd.nextInt(4) == 0 ? 2 : 1 : 1;
          for (int i = 0; i < copies; i++) {
            blocks.add(current.toString());
          }
          current = null;
        }
      } else {
        progress.add(l + "\n");
      }
    }
    Collections.shuffle(blocks, rnd);
    return String.join("", progress) + String.join("", blocks);
  }

  private static JsonValue.Obj intoPriorState(JsonValue.Obj plan, String address) {
    JsonValue.Obj rc = null;
    for (JsonValue v : ((JsonValue.Arr) plan.get("resource_changes")).elements()) {
      if (v.get("address").asText().orElse("").equals(address)) {
        rc = (JsonValue.Obj) v;
      }
    }
    JsonValue.Obj resource =
        obj("address", address, "mode", "managed", "type", rc.get("type"), "name", rc.get("name"), "provider_name", rc.get("provider_name"),
            "schema_version", 0, "values", rc.get("change").get("after"), "sensitive_values", obj())
            .with("index", rc.get("index"));
    JsonValue.Obj prior = (JsonValue.Obj) plan.get("prior_state");
    JsonValue.Obj root = (JsonValue.Obj) prior.get("values").get("root_module");
    List<JsonValue> resources = root.get("resources") instanceof JsonValue.Arr a ? new ArrayList<>(a.elements()) : new ArrayList<>();
    resources.add(resource);
    return plan.with("prior_state", prior.with("values", ((JsonValue.Obj) prior.get("values")).with("root_module", root.with("resources", JsonValue.array(resources)))));
  }

  // ---- what the log and the plan say ----------------------------------------------------------

  /** Addresses the log's readable errors name (a cut-off JSON line names nothing). */
  private static Set<String> errorAddresses(Case c) {
    Set<String> out = new HashSet<>();
    for (String l : c.logText().split("\n")) {
      if (c.json() && l.contains("\"type\":\"diagnostic\"") && JsonValues.parse(l).isRight()) {
        JsonValues.parseTrusted(l).get("diagnostic").get("address").asText().ifPresent(out::add);
      } else if (!c.json() && l.startsWith("│   with ")) {
        out.add(l.substring("│   with ".length(), l.length() - 1));
      }
    }
    return out;
  }

  private static Set<String> stateAddresses(Plan p) {
    Set<String> s = new HashSet<>();
    p.priorState().flatMap(st -> st.values()).flatMap(v -> v.rootModule()).ifPresent(m -> collect(m, s));
    return s;
  }

  private static void collect(ModuleValues m, Set<String> out) {
    m.resources().stream().map(ResourceValues::address).forEach(out::add);
    m.childModules().forEach(c -> collect(c, out));
  }

  private static Set<String> creates(Plan p) {
    return p.resourceChanges().stream()
        .filter(rc -> rc.change().actions().contains(Action.CREATE))
        .map(ResourceChange::address)
        .collect(Collectors.toSet());
  }

  private static Set<String> importable(Case c) {
    Set<String> s = new HashSet<>(errorAddresses(c));
    s.retainAll(creates(c.plan()));
    s.removeAll(stateAddresses(c.plan()));
    return s;
  }

  private static Set<String> collisions(Case c) {
    Set<String> s = new HashSet<>(errorAddresses(c));
    s.retainAll(stateAddresses(c.plan()));
    return s;
  }

  /** Runs a property over the cases and checks the run had imports and prior-state collisions. */
  private static void forAll(String name, Consumer<Case> property) {
    AtomicInteger withImports = new AtomicInteger();
    AtomicInteger withCollisions = new AtomicInteger();
    AtomicInteger fromSeed003 = new AtomicInteger();
    Property.forAll(cases())
        .named(name)
        .tries(TRIES)
        .maxSize(30)
        .describedBy(Case::describe)
        .verify(
            c -> {
              property.accept(c);
              if (!importable(c).isEmpty()) {
                withImports.incrementAndGet();
              }
              if (!collisions(c).isEmpty()) {
                withCollisions.incrementAndGet();
              }
              if (c.fixture()) {
                fromSeed003.incrementAndGet();
              }
            });
    assertThat(withImports).as("cases with imports").hasValueGreaterThan(TRIES / 4);
    assertThat(withCollisions).as("cases with errors for addresses in prior_state").hasValueGreaterThan(TRIES / 20);
    assertThat(fromSeed003).as("variations of " + SEED003).hasValueGreaterThan(TRIES / 20);
  }

  // ---- properties ----------------------------------------------------------------------------

  @Test
  void anAddressInPriorStateNeverGetsAnImport() {
    forAll(
        "anAddressInPriorStateNeverGetsAnImport",
        c -> {
          ImportPlan r = c.imports();
          Set<String> state = stateAddresses(c.plan());
          assertThat(r.entries()).noneMatch(e -> state.contains(e.address()));
          assertThat(r.skipped().stream().map(s -> s.address()).collect(Collectors.toSet())).containsAll(collisions(c));
        });
  }

  @Test
  void everyImportEntryNamesAnAddressThePlanCreates() {
    forAll(
        "everyImportEntryNamesAnAddressThePlanCreates",
        c -> {
          Set<String> creates = creates(c.plan());
          assertThat(c.imports().entries()).allSatisfy(e -> assertThat(creates).contains(e.address()));
        });
  }

  @Test
  void theOutputIsDeterministicAndIndependentOfTheLogsOrder() {
    forAll(
        "theOutputIsDeterministicAndIndependentOfTheLogsOrder",
        c -> {
          ImportPlan a = c.imports();
          ImportPlan b = c.imports();
          assertThat(b).isEqualTo(a);
          for (ImportFormat f : ImportFormat.values()) {
            assertThat(ImportRenderer.render(b, f, "terraform")).isEqualTo(ImportRenderer.render(a, f, "terraform"));
          }
          String shuffled = c.json() ? shuffleLines(c.logText(), c.shuffleSeed()) : shuffleBlocks(c.logText(), new Random(c.shuffleSeed()), false);
          ImportPlan s = ImportPlanner.plan(c.plan(), ApplyLog.parse(shuffled, "apply.log").get(), ImportOptions.defaults());
          // Source line numbers move with the lines; what is imported, and how, does not.
          assertThat(blocks(s)).isEqualTo(blocks(a));
        });
  }

  @Test
  void everyAlreadyExistsErrorForACreateNotInPriorStateGivesExactlyOneEntry() {
    forAll(
        "everyAlreadyExistsErrorForACreateNotInPriorStateGivesExactlyOneEntry",
        c -> {
          List<String> entries = c.imports().entries().stream().map(ImportEntry::address).toList();
          assertThat(entries).doesNotHaveDuplicates();
          assertThat(new HashSet<>(entries)).isEqualTo(importable(c));
        });
  }

  private static String shuffleLines(String text, long seed) {
    List<String> lines = new ArrayList<>(List.of(text.split("\n")));
    Collections.shuffle(lines, new Random(seed ^ 0x5DEECE66DL));
    return String.join("\n", lines) + "\n";
  }

  /** The import blocks and commands, in order, without the comments naming log lines. */
  private static List<String> blocks(ImportPlan p) {
    return p.entries().stream()
        .map(e -> ImportRenderer.hclBlock(e) + ImportRenderer.shellCommand(e, "terraform") + " " + e.placeholders() + e.warnings())
        .toList();
  }
}
