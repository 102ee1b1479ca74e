package io.github.tfdrift.testkit.properties;

import io.github.tfdrift.core.address.AttributePath;
import io.github.tfdrift.core.address.ResourceAddress;
import io.github.tfdrift.core.json.PlanReader;
import io.github.tfdrift.core.json.PlanWriter;
import io.github.tfdrift.core.model.Plan;
import io.github.tfdrift.core.model.ResourceChange;
import io.github.tfdrift.core.model.ValueMask;
import io.github.tfdrift.core.value.JsonValue;
import io.github.tfdrift.core.value.JsonValues;
import io.github.tfdrift.rules.engine.DriftEngine;
import io.github.tfdrift.rules.policy.Expectation;
import io.github.tfdrift.rules.policy.Glob;
import io.github.tfdrift.rules.policy.IgnoreRule;
import io.github.tfdrift.rules.policy.Location;
import io.github.tfdrift.rules.policy.PathPattern;
import io.github.tfdrift.rules.policy.Policy;
import io.github.tfdrift.rules.spi.Rule;
import io.github.tfdrift.testkit.gen.Gen;
import io.github.tfdrift.testkit.gen.PlanGens;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/**
 * Generated classification cases for the property tests: valid plans from {@link PlanGens#plans()}
 * with a policy whose {@code ignore_changes} come from {@link PlanGens#ignoreChanges(Plan)} and whose
 * {@code expected} entries (active or expired) are drawn the same way, plus variants: plans with SSH
 * keys and JSON documents re-formatted, and plans whose sensitive values are recognisable secrets.
 */
final class DriftCases {
  static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
  static final String KEY_ATTRIBUTE = "authorized_key";
  static final String DOCUMENT_ATTRIBUTE = "policy_document";
  static final String SECRET = "S3CRET-";
  static final String VARIABLE_SECRET = "V4RIABLE-hunter2-";

  private DriftCases() {}

  /** A plan and the policy to classify it with. */
  record Case(Plan plan, Policy policy) {
    DriftEngine engine(List<Rule> rules) {
      DriftEngine.Builder b = DriftEngine.builder().policy(policy).today(TODAY);
      rules.forEach(b::addRule);
      return b.build();
    }

    @Override
    public String toString() {
      return PlanWriter.pretty().toJson(plan) + "\npolicy:\n" + describe(policy);
    }
  }

  static String describe(Policy p) {
    StringBuilder b = new StringBuilder();
    for (IgnoreRule r : p.ignoreChanges()) {
      b.append("  ignore_changes: ").append(r.type()).append(' ').append(r.address()).append(' ').append(render(r.attributes())).append('\n');
    }
    for (Expectation e : p.expected()) {
      b.append("  expected: ").append(e.address()).append(' ').append(render(e.attributes())).append(" until ").append(e.expires().orElse(null)).append('\n');
    }
    return b.toString();
  }

  private static List<String> render(List<PathPattern> l) {
    return l.stream().map(PathPattern::render).toList();
  }

  private static List<PathPattern> patterns(List<AttributePath> l) {
    return l.stream().map(PathPattern::literal).toList();
  }

  /** A glob that matches {@code address}: characters a glob cannot hold become {@code ?}. */
  static Glob globFor(String address) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < address.length(); i++) {
      char c = address.charAt(i);
      b.append(Character.isWhitespace(c) || Character.isISOControl(c) || c == '*' || c == '?' ? '?' : c);
    }
    return Glob.of(b.toString());
  }

  /**
   * Plans with a policy from the plan's own values. With {@code sweeping}, some policies also ignore
   * or expect {@code all} attributes of every resource: the strongest pressure toward quiet verdicts.
   */
  static Gen<Case> cases(boolean sweeping) {
    return raws(sweeping).map(Raw::toCase);
  }

  /**
   * The parts a {@link Case} is made of, before its policy is built: so that a metamorphic property
   * can rename the plan's addresses and the policy's addresses the same way.
   */
  record Raw(Plan plan, Map<String, List<AttributePath>> ignored, Map<String, List<AttributePath>> expected, List<Boolean> expired, int sweep) {
    Case toCase() {
      return new Case(plan, policy(plan, ignored, expected, expired, sweep));
    }

    /** The same case with every resource renamed by {@code names} (plan and policy alike). */
    Raw renamed(UnaryOperator<String> names) {
      return new Raw(DriftCases.renamed(plan, names), renamedKeys(ignored, names), renamedKeys(expected, names), expired, sweep);
    }

    @Override
    public String toString() {
      return toCase().toString();
    }
  }

  static Gen<Raw> raws(boolean sweeping) {
    return PlanGens.plans()
        .flatMap(
            plan ->
                Gen.tuple(List.of(
                        PlanGens.ignoreChanges(plan),
                        PlanGens.ignoreChanges(plan),
                        Gen.listOf(Gen.booleans(), 8, 8),
                        sweeping ? Gen.integers(0, 3) : Gen.constant(0)))
                    .map(
                        t -> {
                          @SuppressWarnings("unchecked")
                          Map<String, List<AttributePath>> ignored = (Map<String, List<AttributePath>>) t.get(0);
                          @SuppressWarnings("unchecked")
                          Map<String, List<AttributePath>> expected = (Map<String, List<AttributePath>>) t.get(1);
                          @SuppressWarnings("unchecked")
                          List<Boolean> expired = (List<Boolean>) t.get(2);
                          return new Raw(plan, ignored, expected, expired, (Integer) t.get(3));
                        }));
  }

  private static Map<String, List<AttributePath>> renamedKeys(Map<String, List<AttributePath>> m, UnaryOperator<String> names) {
    Map<String, List<AttributePath>> out = new LinkedHashMap<>();
    m.forEach((a, paths) -> out.put(renamedAddress(a, names), paths));
    return out;
  }

  /** {@code module.m[0].aws_s3_bucket.a["k"]} with its resource name mapped: {@code module.m[0].aws_s3_bucket.NAME["k"]}. */
  static String renamedAddress(String address, UnaryOperator<String> names) {
    return ResourceAddress.parse(address)
        .map(a -> new ResourceAddress(a.modulePath(), a.mode(), a.type(), names.apply(a.name()), a.key()).render())
        .getOrElse(address);
  }

  /**
   * The plan with every resource renamed by {@code names}, consistently: the address and name of
   * every change, drift entry, deferred change, planned and prior-state value and configuration
   * block, previous addresses, {@code depends_on} and relevant attributes.
   */
  static Plan renamed(Plan plan, UnaryOperator<String> names) {
    return read(renamedTree(tree(plan), names));
  }

  private static JsonValue renamedTree(JsonValue v, UnaryOperator<String> names) {
    if (v instanceof JsonValue.Arr a) {
      List<JsonValue> l = new ArrayList<>();
      a.elements().forEach(e -> l.add(renamedTree(e, names)));
      return JsonValue.array(l);
    }
    if (!(v instanceof JsonValue.Obj o)) {
      return v;
    }
    Map<String, JsonValue> m = new LinkedHashMap<>();
    boolean resource = o.get("address") instanceof JsonValue.Str && o.get("type") instanceof JsonValue.Str && o.get("name") instanceof JsonValue.Str;
    for (String k : o.keys()) {
      JsonValue x = o.get(k);
      boolean value = k.equals("before") || k.equals("after") || k.startsWith("after_") || k.startsWith("before_")
          || (resource && (k.equals("values") || k.equals("expressions") || k.equals("sensitive_values")));
      if (value) {
        m.put(k, x);
      } else if (resource && k.equals("name")) {
        m.put(k, JsonValue.of(names.apply(x.asText().orElseThrow())));
      } else if ((resource && k.equals("address")) || k.equals("previous_address") || k.equals("resource")) {
        m.put(k, x.asText().map(t -> (JsonValue) JsonValue.of(renamedAddress(t, names))).orElse(x));
      } else if (k.equals("depends_on") && x instanceof JsonValue.Arr deps) {
        List<JsonValue> l = new ArrayList<>();
        deps.elements().forEach(d -> l.add(d.asText().map(t -> (JsonValue) JsonValue.of(renamedAddress(t, names))).orElse(d)));
        m.put(k, JsonValue.array(l));
      } else {
        m.put(k, renamedTree(x, names));
      }
    }
    return JsonValue.object(m);
  }

  /**
   * The plan with unrelated no-ops added: {@code terraform_data} objects (names {@code
   * unrelated_noop_0}, …) that nothing else mentions, each in resource_changes, planned_values,
   * prior_state and configuration, as Terraform writes an unchanged resource.
   */
  static Plan withUnrelatedNoOps(Plan plan, int count) {
    JsonValue.Obj t = tree(plan);
    List<JsonValue> changes = new ArrayList<>(t.get("resource_changes") instanceof JsonValue.Arr a ? a.elements() : List.of());
    List<JsonValue> planned = new ArrayList<>();
    List<JsonValue> state = new ArrayList<>();
    List<JsonValue> config = new ArrayList<>();
    String provider = "terraform.io/builtin/terraform";
    for (int i = 0; i < count; i++) {
      String name = "unrelated_noop_" + i;
      String address = "terraform_data." + name;
      JsonValue value = JsonValue.object(new TreeMap<>(Map.of("id", JsonValue.of("noop-" + i), "input", JsonValue.of("same"), "output", JsonValue.of("same"))));
      Map<String, JsonValue> change = new LinkedHashMap<>();
      change.put("actions", JsonValue.array(JsonValue.of("no-op")));
      change.put("before", value);
      change.put("after", value);
      change.put("after_unknown", JsonValue.Obj.EMPTY);
      change.put("before_sensitive", JsonValue.Obj.EMPTY);
      change.put("after_sensitive", JsonValue.Obj.EMPTY);
      Map<String, JsonValue> rc = new LinkedHashMap<>();
      rc.put("address", JsonValue.of(address));
      rc.put("mode", JsonValue.of("managed"));
      rc.put("type", JsonValue.of("terraform_data"));
      rc.put("name", JsonValue.of(name));
      rc.put("provider_name", JsonValue.of(provider));
      rc.put("change", JsonValue.object(change));
      changes.add(JsonValue.object(rc));
      Map<String, JsonValue> values = new LinkedHashMap<>();
      values.put("address", JsonValue.of(address));
      values.put("mode", JsonValue.of("managed"));
      values.put("type", JsonValue.of("terraform_data"));
      values.put("name", JsonValue.of(name));
      values.put("provider_name", JsonValue.of(provider));
      values.put("schema_version", JsonValue.of(0));
      values.put("values", value);
      values.put("sensitive_values", JsonValue.Obj.EMPTY);
      planned.add(JsonValue.object(values));
      state.add(JsonValue.object(values));
      Map<String, JsonValue> block = new LinkedHashMap<>();
      block.put("address", JsonValue.of(address));
      block.put("mode", JsonValue.of("managed"));
      block.put("type", JsonValue.of("terraform_data"));
      block.put("name", JsonValue.of(name));
      block.put("provider_config_key", JsonValue.of("terraform"));
      block.put("expressions", JsonValue.Obj.EMPTY);
      block.put("schema_version", JsonValue.of(0));
      config.add(JsonValue.object(block));
    }
    t = t.with("resource_changes", JsonValue.array(changes));
    t = t.with("planned_values", withRootResources(t.get("planned_values"), planned, null));
    JsonValue prior = t.get("prior_state");
    t = t.with("prior_state", withRootResources(prior.isNullOrAbsent() ? JsonValue.Obj.EMPTY.with("format_version", JsonValue.of("1.0")) : prior, state, "values"));
    JsonValue.Obj configuration = t.get("configuration") instanceof JsonValue.Obj c ? c : JsonValue.Obj.EMPTY;
    JsonValue.Obj providers = configuration.get("provider_config") instanceof JsonValue.Obj p ? p : JsonValue.Obj.EMPTY;
    providers = providers.with("terraform", JsonValue.object(Map.of("name", JsonValue.of("terraform"), "full_name", JsonValue.of(provider))));
    configuration = configuration.with("provider_config", providers);
    configuration = (JsonValue.Obj) withRootResources(configuration, config, null);
    t = t.with("configuration", configuration);
    return read(t);
  }

  /** {@code section} (or {@code section.values} when {@code inner} is given) with {@code resources} added to its root module. */
  private static JsonValue withRootResources(JsonValue section, List<JsonValue> resources, String inner) {
    JsonValue.Obj s = section instanceof JsonValue.Obj o ? o : JsonValue.Obj.EMPTY;
    JsonValue.Obj holder = inner == null ? s : (s.get(inner) instanceof JsonValue.Obj o ? o : JsonValue.Obj.EMPTY);
    JsonValue.Obj root = holder.get("root_module") instanceof JsonValue.Obj r ? r : JsonValue.Obj.EMPTY;
    List<JsonValue> all = new ArrayList<>(root.get("resources") instanceof JsonValue.Arr a ? a.elements() : List.of());
    all.addAll(resources);
    holder = holder.with("root_module", root.with("resources", JsonValue.array(all)));
    return inner == null ? holder : s.with(inner, holder);
  }

  private static Policy policy(
      Plan plan, Map<String, List<AttributePath>> ignored, Map<String, List<AttributePath>> expected, List<Boolean> expired, int sweep) {
    Map<String, String> types = new HashMap<>();
    plan.resourceChanges().forEach(rc -> types.putIfAbsent(rc.address(), rc.type()));
    Policy.Builder b = Policy.builder();
    ignored.forEach((a, paths) -> b.addIgnore(new IgnoreRule(Glob.of(types.get(a)), globFor(a), patterns(paths), Optional.empty(), Location.code())));
    int i = 0;
    for (Map.Entry<String, List<AttributePath>> e : expected.entrySet()) {
      LocalDate expires = expired.get(i++ % expired.size()) ? TODAY.minusDays(1) : TODAY.plusDays(30);
      b.addExpected(new Expectation(Glob.any(), globFor(e.getKey()), patterns(e.getValue()), "generated expectation " + i, Optional.of(expires), Location.code()));
    }
    if ((sweep & 1) != 0) {
      b.addIgnore(new IgnoreRule(Glob.any(), Glob.any(), List.of(PathPattern.all()), Optional.empty(), Location.code()));
    }
    if ((sweep & 2) != 0) {
      b.addExpected(new Expectation(Glob.any(), Glob.any(), List.of(PathPattern.all()), "everything", Optional.empty(), Location.code()));
    }
    return b.build();
  }

  // ---- JSON tree edits ---------------------------------------------------------------------------

  static JsonValue.Obj tree(Plan plan) {
    return (JsonValue.Obj) JsonValues.parseTrusted(PlanWriter.compact().toJson(plan));
  }

  static Plan read(JsonValue tree) {
    return PlanReader.create().read(JsonValues.toJson(withPriorStateOfBefore(tree)), "generated.json").getOrElseThrow(e -> new AssertionError(e.describe()));
  }

  /**
   * The plan with each {@code prior_state} object's values set to the {@code before} of its change,
   * as Terraform writes them: the edits of this class change {@code before}, and a plan whose prior
   * state disagrees with it is not one Terraform could produce.
   */
  static JsonValue withPriorStateOfBefore(JsonValue tree) {
    if (!(tree instanceof JsonValue.Obj plan) || !(plan.get("resource_changes") instanceof JsonValue.Arr changes)
        || !(plan.get("prior_state") instanceof JsonValue.Obj state) || !(state.get("values") instanceof JsonValue.Obj values)
        || !(values.get("root_module") instanceof JsonValue.Obj root)) {
      return tree;
    }
    Map<String, JsonValue> before = new HashMap<>();
    for (JsonValue e : changes.elements()) {
      if (e instanceof JsonValue.Obj o && o.get("change").get("before") instanceof JsonValue.Obj b) {
        before.put(o.get("address").asText().orElse("") + "|" + o.get("deposed").asText().orElse(""), b);
      }
    }
    return plan.with("prior_state", state.with("values", values.with("root_module", withBefore(root, before))));
  }

  private static JsonValue.Obj withBefore(JsonValue.Obj module, Map<String, JsonValue> before) {
    JsonValue.Obj out = module;
    if (module.get("resources") instanceof JsonValue.Arr rs) {
      List<JsonValue> l = new ArrayList<>();
      for (JsonValue r : rs.elements()) {
        JsonValue.Obj o = (JsonValue.Obj) r;
        JsonValue b = before.get(o.get("address").asText().orElse("") + "|" + o.get("deposed_key").asText().orElse(""));
        l.add(b == null ? o : o.with("values", b));
      }
      out = out.with("resources", JsonValue.array(l));
    }
    if (module.get("child_modules") instanceof JsonValue.Arr cs) {
      List<JsonValue> l = new ArrayList<>();
      for (JsonValue c : cs.elements()) {
        l.add(withBefore((JsonValue.Obj) c, before));
      }
      out = out.with("child_modules", JsonValue.array(l));
    }
    return out;
  }

  /** The plan with every entry of {@code resource_changes} and {@code resource_drift} edited. */
  static JsonValue.Obj editEntries(JsonValue.Obj plan, UnaryOperator<JsonValue.Obj> edit) {
    for (String section : List.of("resource_changes", "resource_drift")) {
      if (plan.get(section) instanceof JsonValue.Arr a) {
        List<JsonValue> l = new ArrayList<>();
        for (JsonValue e : a.elements()) {
          l.add(e instanceof JsonValue.Obj o ? edit.apply(o) : e);
        }
        plan = plan.with(section, JsonValue.array(l));
      }
    }
    return plan;
  }

  static JsonValue.Obj editChange(JsonValue.Obj entry, UnaryOperator<JsonValue.Obj> edit) {
    return entry.get("change") instanceof JsonValue.Obj c ? entry.with("change", edit.apply(c)) : entry;
  }

  static JsonValue.Obj setIfObject(JsonValue.Obj change, String side, String attribute, String text) {
    return change.get(side) instanceof JsonValue.Obj v ? change.with(side, v.with(attribute, JsonValue.of(text))) : change;
  }

  // ---- cosmetic variants -----------------------------------------------------------------------

  /**
   * A plan whose values all carry the same SSH key and JSON document, and a variant in which one
   * instance shows one of them re-formatted: the configuration writes it differently (mode 0), the
   * provider returned it re-formatted and apply would rewrite it (mode 1), or the provider returned it
   * re-formatted and the plan keeps it (mode 2).
   */
  record Reformatted(Case base, Plan variant, String address, String attribute, int mode) {
    @Override
    public String toString() {
      return base + "variant: " + attribute + " of " + address + " re-formatted in mode " + mode + "\n";
    }
  }

  static Gen<Reformatted> reformatted() {
    return Gen.tuple(List.of(cases(false).filter(c -> !c.plan().resourceChanges().isEmpty()), PlanGens.sshPublicKeys(), PlanGens.policyDocuments()))
        .flatMap(
            t -> {
              Case c = (Case) t.get(0);
              String key = (String) t.get(1);
              String doc = (String) t.get(2);
              JsonValue.Obj withBoth =
                  editEntries(
                      tree(c.plan()),
                      e -> editChange(e, ch -> {
                        for (String side : List.of("before", "after")) {
                          ch = setIfObject(setIfObject(ch, side, KEY_ATTRIBUTE, key), side, DOCUMENT_ATTRIBUTE, doc);
                        }
                        return ch;
                      }));
              Case base = new Case(read(withBoth), c.policy());
              List<String> addresses = new ArrayList<>(new TreeSet<>(base.plan().resourceChanges().stream().map(ResourceChange::address).toList()));
              return Gen.tuple(List.of(Gen.elements(addresses), Gen.integers(0, 2), Gen.booleans()))
                  .flatMap(
                      x -> {
                        boolean isKey = (Boolean) x.get(2);
                        Gen<String> text = isKey ? PlanGens.reformattedSshKeys(key) : PlanGens.reformattedJson(doc);
                        return text.map(s -> variant(base, withBoth, (String) x.get(0), isKey ? KEY_ATTRIBUTE : DOCUMENT_ATTRIBUTE, (Integer) x.get(1), s));
                      });
            });
  }

  private static Reformatted variant(Case base, JsonValue.Obj tree, String address, String attribute, int mode, String text) {
    JsonValue.Obj edited = tree;
    for (String section : List.of("resource_changes", "resource_drift")) {
      boolean drift = section.equals("resource_drift");
      if (!(edited.get(section) instanceof JsonValue.Arr entries)) {
        continue;
      }
      List<JsonValue> l = new ArrayList<>();
      for (JsonValue e : entries.elements()) {
        JsonValue.Obj o = (JsonValue.Obj) e;
        if (o.get("address").equals(JsonValue.of(address)) && o.get("deposed").isNullOrAbsent()) {
          o = editChange(o, ch -> {
            if (drift) {
              return mode == 0 ? ch : setIfObject(ch, "after", attribute, text);
            }
            JsonValue.Obj out = mode == 1 ? ch : setIfObject(ch, "after", attribute, text);
            return mode == 0 ? out : setIfObject(out, "before", attribute, text);
          });
        }
        l.add(o);
      }
      edited = edited.with(section, JsonValue.array(l));
    }
    return new Reformatted(base, read(edited), address, attribute, mode);
  }

  // ---- secrets -----------------------------------------------------------------------------------

  /**
   * Cases whose sensitive values (everything under a {@code before_sensitive}/{@code after_sensitive}
   * mark) are replaced by recognisable secrets starting with {@value #SECRET} (equal values by equal
   * secrets), and with a sensitive variable {@code db_password} whose value also appears, unmarked, in a
   * planned change: as when a provider does not mark an argument built from a secret.
   */
  static Gen<Case> secretCases() {
    return cases(false).map(c -> new Case(withSecrets(c.plan()), c.policy()));
  }

  static Plan withSecrets(Plan plan) {
    Map<JsonValue, String> secrets = new LinkedHashMap<>();
    String variable = VARIABLE_SECRET + Integer.toHexString(plan.resourceChanges().size() * 31 + 7);
    boolean[] leaked = {false};
    JsonValue.Obj t =
        editEntries(
            tree(plan),
            e -> editChange(e, ch -> {
              ch = ch.with("before", secret(ch.get("before"), ValueMask.of(ch.get("before_sensitive")), secrets));
              ch = ch.with("after", secret(ch.get("after"), ValueMask.of(ch.get("after_sensitive")), secrets));
              if (!leaked[0] && ch.get("before") instanceof JsonValue.Obj && ch.get("after") instanceof JsonValue.Obj) {
                leaked[0] = true;
                ch = setIfObject(setIfObject(ch, "before", "connection", "postgres://app:x@db"), "after", "connection", "postgres://app:" + variable + "@db");
              }
              return ch;
            }));
    Map<String, JsonValue> vars = new TreeMap<>();
    if (t.get("variables") instanceof JsonValue.Obj v) {
      vars.putAll(v.asMap());
    }
    vars.put("db_password", JsonValue.object(Map.of("value", JsonValue.of(variable))));
    t = t.with("variables", JsonValue.object(vars));
    JsonValue.Obj config = t.get("configuration") instanceof JsonValue.Obj o ? o : JsonValue.Obj.EMPTY;
    JsonValue.Obj root = config.get("root_module") instanceof JsonValue.Obj o ? o : JsonValue.Obj.EMPTY;
    JsonValue.Obj declared = root.get("variables") instanceof JsonValue.Obj o ? o : JsonValue.Obj.EMPTY;
    declared = declared.with("db_password", JsonValue.object(Map.of("sensitive", JsonValue.of(true))));
    t = t.with("configuration", config.with("root_module", root.with("variables", declared)));
    return read(t);
  }

  private static JsonValue secret(JsonValue v, ValueMask mask, Map<JsonValue, String> secrets) {
    if (v.isAbsent()) {
      return v;
    }
    if (mask.isWhollyMarked() && !(v instanceof JsonValue.Obj) && !(v instanceof JsonValue.Arr)) {
      // A marked object or array keeps its shape (its mirrors may describe it): its scalars become secrets.
      return v.isNull() ? v : JsonValue.of(secrets.computeIfAbsent(v, k -> SECRET + secrets.size() + "-" + Integer.toHexString(k.hashCode())));
    }
    if (!mask.anyMarked()) {
      return v;
    }
    if (v instanceof JsonValue.Obj o) {
      Map<String, JsonValue> m = new LinkedHashMap<>();
      for (String k : o.keys()) {
        m.put(k, secret(o.get(k), mask.child(k), secrets));
      }
      return JsonValue.object(m);
    }
    if (v instanceof JsonValue.Arr a) {
      List<JsonValue> l = new ArrayList<>();
      for (int i = 0; i < a.size(); i++) {
        l.add(secret(a.get(i), mask.child(i), secrets));
      }
      return JsonValue.array(l);
    }
    return v;
  }
}
