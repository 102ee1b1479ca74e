package io.github.tfdrift.rules.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * PolicyReader and docs/drift-policy-1.schema.json agree on generated policies: valid ones, and valid
 * ones with one mistake (unknown key, wrong type, bad date, bad enum value, missing required key...).
 *
 * <p>Seeded and reproducible: the seed is printed; run again with {@code -Dpolicy.seed=N}. One kind of
 * mistake is a deliberate disagreement, stated in the schema's description: an attribute path that
 * is not Terraform traversal syntax ({@code tags[Name]}) is rejected by PolicyReader and let through
 * by the schema, which cannot express the syntax. For it the test asserts exactly that direction.
 * (The other differences the schema's description lists are not generated: duplicate keys, aliases
 * and a second document cannot be written from a tree; a plug-in's normaliser kind needs the
 * plug-in; rare Unicode spaces and version 1.0 are left out.)
 */
class PolicySchemaAgreementTest {
  private static final long SEED = Long.getLong("policy.seed", 20261202L);
  private static final int CASES = 400;
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final ObjectMapper JSON = new ObjectMapper();

  /** What both must say about a generated policy. */
  enum Verdict {
    VALID,
    INVALID,
    /** PolicyReader rejects, the schema cannot tell (documented in the schema's description). */
    ONLY_DRIFT_REJECTS
  }

  record Mistake(String name, Verdict verdict, Function<Gen, Boolean> apply) {}

  @Test
  void readerAndSchemaAgreeOnGeneratedValidAndInvalidPolicies() throws JsonProcessingException {
    System.out.println("PolicySchemaAgreementTest seed: " + SEED + " (-Dpolicy.seed=" + SEED + " repeats this run)");
    Random random = new Random(SEED);
    List<String> disagreements = new ArrayList<>();
    Map<Verdict, Integer> counts = new LinkedHashMap<>();
    for (int i = 0; i < CASES; i++) {
      Gen g = new Gen(random);
      Map<String, Object> policy = g.policy();
      String what = "valid";
      Verdict expected = Verdict.VALID;
      if (i % 4 != 0) {
        // Three in four get one mistake; a mistake that does not apply to this policy adds what it needs.
        Mistake m = MISTAKES.get(random.nextInt(MISTAKES.size()));
        g.root = policy;
        m.apply().apply(g);
        what = m.name();
        expected = m.verdict();
      }
      String text = random.nextInt(5) == 0 ? JSON.writerWithDefaultPrettyPrinter().writeValueAsString(policy) : YAML.writeValueAsString(policy);
      boolean reader = PolicySchema.readerAccepts(text);
      List<String> schema = PolicySchema.problems(text);
      boolean agrees =
          switch (expected) {
            case VALID -> reader && schema.isEmpty();
            case INVALID -> !reader && !schema.isEmpty();
            case ONLY_DRIFT_REJECTS -> !reader && schema.isEmpty();
          };
      counts.merge(expected, 1, Integer::sum);
      if (!agrees) {
        disagreements.add(
            "case " + i + " (" + what + ", expected " + expected + "):\n" + text + "reader: " + PolicySchema.readerProblems(text) + "\nschema: " + schema);
      }
    }
    System.out.println("PolicySchemaAgreementTest cases: " + counts);
    assertThat(disagreements).as("seed " + SEED).isEmpty();
    assertThat(counts).containsKeys(Verdict.VALID, Verdict.INVALID, Verdict.ONLY_DRIFT_REJECTS);
  }

  // ---- mistakes ----

  private static final List<Mistake> MISTAKES =
      List.of(
          new Mistake("unknown top-level key", Verdict.INVALID, g -> put(g.root, g.pick("ignore_change", "expectd", "x_team", "Rules"), List.of())),
          new Mistake("unknown key in an entry", Verdict.INVALID, g -> put(g.anyEntry(), g.pick("atributes", "adress", "reasn", "comment"), "x")),
          new Mistake("a list given as a mapping", Verdict.INVALID, g -> put(g.root, g.pick("ignore_changes", "expected", "accept", "normalizers"), Map.of("address", "x"))),
          new Mistake("a list given as a single value", Verdict.INVALID, g -> put(g.root, g.pick("ignore_changes", "expected", "accept", "normalizers"), "memory")),
          new Mistake("an entry that is not a mapping", Verdict.INVALID, g -> g.addToList(g.pick("ignore_changes", "expected", "accept", "normalizers"), g.pick("memory", 3, List.of("a")))),
          new Mistake("a mapping given as a list", Verdict.INVALID, g -> put(g.root, g.pick("required_tags", "rules"), List.of("x"))),
          new Mistake("a glob given as a list", Verdict.INVALID, g -> put(g.anyEntry(), g.pick("type", "address"), List.of("aws_*"))),
          new Mistake("bad date", Verdict.INVALID, g -> put(g.expectedEntry(), "expires", g.pick("2026-13-01", "2026-02-30", "31/12/2026", "tomorrow", "", "2026-1-5"))),
          new Mistake("date as a number", Verdict.INVALID, g -> put(g.expectedEntry(), "expires", 20261231)),
          new Mistake("bad normalizer kind", Verdict.INVALID, g -> put(g.normalizerEntry(), "kind", g.pick("xml", "JSON", "ssh_public_key", "", 1))),
          new Mistake("missing 'attributes' of an ignore_changes entry", Verdict.INVALID, g -> remove(g.ignoreEntry(), "attributes")),
          new Mistake("missing 'address' of an expected entry", Verdict.INVALID, g -> remove(g.expectedEntry(), "address")),
          new Mistake("missing 'reason' of an expected entry", Verdict.INVALID, g -> remove(g.expectedEntry(), "reason")),
          new Mistake("blank 'reason' of an expected entry", Verdict.INVALID, g -> put(g.expectedEntry(), "reason", g.pick("", "   ", null))),
          new Mistake("missing 'path' of a normalizers entry", Verdict.INVALID, g -> remove(g.normalizerEntry(), "path")),
          new Mistake("missing 'kind' of a normalizers entry", Verdict.INVALID, g -> remove(g.normalizerEntry(), "kind")),
          new Mistake("blank 'path' of a normalizers entry", Verdict.INVALID, g -> put(g.normalizerEntry(), "path", g.pick("", " ", null))),
          new Mistake("bad glob", Verdict.INVALID, g -> put(g.anyEntry(), g.pick("type", "address"), g.pick("", "aws **", "module.**.vm", "a\tb", null))),
          new Mistake("bad glob in required_tags.types", Verdict.INVALID, g -> put(g.requiredTags(), "types", List.of("aws_*", g.pick("", "a b", "x**")))),
          new Mistake("empty 'attributes'", Verdict.INVALID, g -> put(g.anyEntry(), "attributes", g.pick(List.of(), null))),
          new Mistake("empty attribute path", Verdict.INVALID, g -> put(g.anyEntry(), "attributes", List.of("memory", g.pick("", "  ")))),
          new Mistake("attribute path that is a mapping", Verdict.INVALID, g -> put(g.anyEntry(), "attributes", List.of(Map.of("memory", 1)))),
          new Mistake("bad expiry_warning_days", Verdict.INVALID, g -> put(g.root, "expiry_warning_days", g.pick(-1, "14", 1.5, 2147483648L, null, true, List.of(3)))),
          new Mistake("bad version", Verdict.INVALID, g -> put(g.root, "version", g.pick(2, "2", 0, null, "v1", List.of(1)))),
          new Mistake("bad required_tags.enabled", Verdict.INVALID, g -> put(g.requiredTags(), "enabled", g.pick("yes", "true", 1, null))),
          new Mistake("bad rules.allow_plugin_suppression", Verdict.INVALID, g -> put(g.rules(), "allow_plugin_suppression", g.pick("false", 0, null, List.of(true)))),
          new Mistake("unknown key in rules", Verdict.INVALID, g -> put(g.rules(), g.pick("allow_suppression", "allow_plugin_escalation"), true)),
          new Mistake("bad checks.fail_run", Verdict.INVALID, g -> put(g.checks(), "fail_run", g.pick("false", 0, null, List.of(true)))),
          new Mistake("unknown key in checks", Verdict.INVALID, g -> put(g.checks(), g.pick("fail", "report_only"), true)),
          new Mistake("unknown key in required_tags", Verdict.INVALID, g -> put(g.requiredTags(), g.pick("tag", "keys"), List.of("a"))),
          new Mistake("empty tag", Verdict.INVALID, g -> put(g.requiredTags(), "tags", g.pick(List.of("ManagedBy", ""), List.of("Team", List.of()), ""))),
          new Mistake("required_tags.types given as a single value", Verdict.INVALID, g -> put(g.requiredTags(), "types", "aws_*")),
          new Mistake(
              "attribute path that is not Terraform syntax",
              Verdict.ONLY_DRIFT_REJECTS,
              g -> put(g.anyEntry(), "attributes", List.of(g.pick("tags[Name]", "tags..Name", "[0]", "tags.", "memory[0", "a**b")))));

  private static boolean put(Map<String, Object> m, Object key, Object value) {
    m.put((String) key, value);
    return true;
  }

  private static boolean remove(Map<String, Object> m, String key) {
    m.remove(key);
    return true;
  }

  // ---- valid policies ----

  /** Generates valid policies from a Random, and finds (or adds) the parts a mistake goes into. */
  static final class Gen {
    private static final List<String> TYPE_GLOBS = List.of("aws_instance", "aws_*", "proxmox_virtual_environment_vm", "?ws_s3_bucket", "*", "google_*_iam_*");
    private static final List<String> ADDRESS_GLOBS =
        List.of("module.jellyfin.proxmox_virtual_environment_vm.vm", "module.*.proxmox_virtual_environment_vm.*", "aws_instance.web[0]", "aws_s3_bucket.b[\"logs\"]", "module.?.x.y");
    private static final List<String> PATHS =
        List.of("memory", "tags[\"Name\"]", "tags.ManagedBy", "disk[*].size", "all", "initialization[0].user_account[0].keys", "clone", "*_policy", "tags.Team*", "startup[0].order");
    private static final List<String> REASONS = List.of("INC-42 emergency memory bump", "OPS-7", "vendor changes this value; ticket 1234", "x");

    private final Random r;
    Map<String, Object> root;

    Gen(Random r) {
      this.r = r;
    }

    @SafeVarargs
    final <T> T pick(T... options) {
      return options[r.nextInt(options.length)];
    }

    private <T> T pick(List<T> options) {
      return options.get(r.nextInt(options.size()));
    }

    private boolean maybe() {
      return r.nextBoolean();
    }

    Map<String, Object> policy() {
      Map<String, Object> p = new LinkedHashMap<>();
      if (maybe()) {
        p.put("version", pick(1, "1"));
      }
      if (maybe()) {
        p.put("ignore_changes", entries(this::ignore));
      }
      if (maybe()) {
        p.put("expected", entries(this::expected));
      }
      if (r.nextInt(3) == 0) {
        p.put("expiry_warning_days", pick(0, 1, 14, 30, 365, Integer.MAX_VALUE));
      }
      if (maybe()) {
        p.put("accept", entries(this::accept));
      }
      if (maybe()) {
        p.put("normalizers", entries(this::normalizer));
      }
      if (r.nextInt(3) == 0) {
        p.put("required_tags", requiredTagsValue());
      }
      if (r.nextInt(3) == 0) {
        p.put("rules", r.nextInt(4) == 0 ? new LinkedHashMap<>() : new LinkedHashMap<>(Map.of("allow_plugin_suppression", maybe())));
      }
      if (r.nextInt(3) == 0) {
        p.put("checks", r.nextInt(4) == 0 ? new LinkedHashMap<>() : new LinkedHashMap<>(Map.of("fail_run", maybe())));
      }
      if (r.nextInt(4) == 0) {
        Map<String, Object> ids = new LinkedHashMap<>();
        ids.put("acme_widget", "{region}/{name}");
        ids.put("aws_security_group", Map.of("id", "{id}", "lookup", "aws ec2 describe-security-groups --group-names {name}"));
        ids.put("azurerm_*", List.of("{id}", "{name}"));
        p.put("import_ids", ids);
      }
      root = p;
      return p;
    }

    private Object entries(java.util.function.Supplier<Map<String, Object>> entry) {
      if (r.nextInt(8) == 0) {
        return null;
      }
      List<Object> l = new ArrayList<>();
      int n = r.nextInt(4);
      for (int i = 0; i < n; i++) {
        l.add(entry.get());
      }
      return l;
    }

    private Object attributes() {
      if (r.nextInt(4) == 0) {
        return pick(PATHS);
      }
      List<Object> l = new ArrayList<>();
      int n = 1 + r.nextInt(3);
      for (int i = 0; i < n; i++) {
        l.add(pick(PATHS));
      }
      return l;
    }

    private void globs(Map<String, Object> m) {
      if (maybe()) {
        m.put("type", pick(TYPE_GLOBS));
      }
      if (maybe()) {
        m.put("address", pick(ADDRESS_GLOBS));
      }
    }

    private Map<String, Object> ignore() {
      Map<String, Object> m = new LinkedHashMap<>();
      globs(m);
      m.put("attributes", attributes());
      if (r.nextInt(3) == 0) {
        m.put("reason", pick(REASONS.get(0), null, 42, ""));
      }
      return m;
    }

    private Map<String, Object> expected() {
      Map<String, Object> m = new LinkedHashMap<>();
      if (maybe()) {
        m.put("type", pick(TYPE_GLOBS));
      }
      m.put("address", pick(ADDRESS_GLOBS));
      if (maybe()) {
        m.put("attributes", attributes());
      }
      m.put("reason", r.nextInt(6) == 0 ? (Object) 42 : pick(REASONS));
      if (maybe()) {
        m.put("expires", LocalDate.of(2020, 1, 1).plusDays(r.nextInt(5000)).toString());
      }
      return m;
    }

    private Map<String, Object> accept() {
      Map<String, Object> m = new LinkedHashMap<>();
      globs(m);
      if (maybe()) {
        m.put("attributes", attributes());
      }
      if (r.nextInt(4) == 0) {
        m.put("reason", pick(REASONS));
      }
      return m;
    }

    private Map<String, Object> normalizer() {
      Map<String, Object> m = new LinkedHashMap<>();
      if (maybe()) {
        m.put("type", pick(TYPE_GLOBS));
      }
      m.put("path", pick(PATHS));
      m.put("kind", pick("json", "ssh-public-key"));
      return m;
    }

    private Map<String, Object> requiredTagsValue() {
      Map<String, Object> m = new LinkedHashMap<>();
      if (maybe()) {
        m.put("enabled", maybe());
      }
      if (maybe()) {
        m.put("tags", pick(List.of("ManagedBy", "Workspace"), "Team", List.of(), null));
      }
      if (maybe()) {
        m.put("types", pick(List.of("aws_*"), List.of("aws_*", "google_*"), null));
      }
      return m;
    }

    // ---- where a mistake goes ----

    @SuppressWarnings("unchecked")
    private Map<String, Object> entryOf(String list, java.util.function.Supplier<Map<String, Object>> fresh) {
      Object l = root.get(list);
      if (l instanceof List<?> items) {
        List<Map<String, Object>> maps = new ArrayList<>();
        for (Object o : items) {
          if (o instanceof Map<?, ?> m) {
            maps.add((Map<String, Object>) m);
          }
        }
        if (!maps.isEmpty()) {
          return pick(maps);
        }
      }
      Map<String, Object> e = fresh.get();
      List<Object> items = new ArrayList<>();
      items.add(e);
      root.put(list, items);
      return e;
    }

    Map<String, Object> ignoreEntry() {
      return entryOf("ignore_changes", this::ignore);
    }

    Map<String, Object> expectedEntry() {
      return entryOf("expected", this::expected);
    }

    Map<String, Object> acceptEntry() {
      return entryOf("accept", this::accept);
    }

    Map<String, Object> normalizerEntry() {
      return entryOf("normalizers", this::normalizer);
    }

    /** An ignore_changes, expected or accept entry (the ones with type, address and attributes). */
    Map<String, Object> anyEntry() {
      return switch (r.nextInt(3)) {
        case 0 -> ignoreEntry();
        case 1 -> expectedEntry();
        default -> acceptEntry();
      };
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> requiredTags() {
      return (Map<String, Object>) root.computeIfAbsent("required_tags", k -> new LinkedHashMap<>());
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> rules() {
      return (Map<String, Object>) root.computeIfAbsent("rules", k -> new LinkedHashMap<>());
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> checks() {
      return (Map<String, Object>) root.computeIfAbsent("checks", k -> new LinkedHashMap<>());
    }

    boolean addToList(String list, Object item) {
      List<Object> items = root.get(list) instanceof List<?> l ? new ArrayList<>(l) : new ArrayList<>();
      items.add(item);
      root.put(list, items);
      return true;
    }
  }
}
