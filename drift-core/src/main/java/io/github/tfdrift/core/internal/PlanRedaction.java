package io.github.tfdrift.core.internal;

import io.github.tfdrift.core.redact.Secrets;
import io.github.tfdrift.core.value.JsonValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Masks the secrets of a plan document (the plan as a JSON tree), keeping its shape so that it still
 * reads as a plan. Two steps:
 *
 * <ol>
 *   <li>By structure: every value a sensitivity mirror marks ({@code before_sensitive}/{@code
 *       after_sensitive} of resource, drift, deferred and output changes; {@code sensitive_values} of
 *       planned and prior values; {@code config_sensitive} of action invocations), sensitive outputs,
 *       the values of variables declared sensitive and the defaults of such variables, the changes
 *       and constant expressions of outputs declared sensitive. In a change, a
 *       marked value becomes {@code "(sensitive value N)"}, numbered per change object, so that equal
 *       values on both sides stay equal and different ones stay different: the redacted plan still
 *       says which sensitive attributes change, never what they hold. Elsewhere it becomes {@link
 *       Secrets#MASK}. Marked {@code null}s stay {@code null} (Terraform marks unset sensitive
 *       attributes too).
 *   <li>Everywhere: every string and member name that contains a known secret (a derived copy,
 *       an address keyed by a secret, a constant in the configuration, an unknown member) has it
 *       replaced by {@link Secrets#MASK}, and a number equal to a known secret becomes the mask.
 * </ol>
 *
 * Sensitivity mirrors, actions, addresses and everything else are kept.
 */
public final class PlanRedaction {
  private static final JsonValue TRUE = JsonValue.of(true);

  private final Secrets secrets;
  private final Set<String> sensitiveVariables;

  private PlanRedaction(Secrets secrets, Set<String> sensitiveVariables) {
    this.secrets = secrets;
    this.sensitiveVariables = sensitiveVariables;
  }

  /**
   * The document with its secrets masked.
   *
   * @param document the plan as written by the plan writer
   * @param secrets the plan's secrets ({@link Secrets#of(io.github.tfdrift.core.model.Plan)})
   * @param sensitiveVariables names of root variables declared sensitive
   * @return the redacted document
   */
  public static JsonValue redact(JsonValue document, Secrets secrets, Set<String> sensitiveVariables) {
    if (!(document instanceof JsonValue.Obj plan)) {
      return new PlanRedaction(secrets, sensitiveVariables).scrub(document);
    }
    PlanRedaction r = new PlanRedaction(secrets, sensitiveVariables);
    return r.scrub(r.plan(plan));
  }

  private JsonValue plan(JsonValue.Obj p) {
    Map<String, JsonValue> m = members(p);
    m.computeIfPresent("variables", (k, v) -> variables(v));
    m.computeIfPresent("planned_values", (k, v) -> values(v));
    m.computeIfPresent("resource_drift", (k, v) -> eachElement(v, this::resourceChange));
    m.computeIfPresent("resource_changes", (k, v) -> eachElement(v, this::resourceChange));
    m.computeIfPresent("deferred_changes", (k, v) -> eachElement(v, d -> replace(d, "resource_change", this::resourceChange)));
    Set<String> sensitiveOutputs = sensitiveOutputs(p);
    m.computeIfPresent("output_changes", (k, v) -> outputChanges(v, sensitiveOutputs));
    m.computeIfPresent("action_invocations", (k, v) -> eachElement(v, this::actionInvocation));
    m.computeIfPresent("prior_state", (k, v) -> replace(v, "values", this::values));
    m.computeIfPresent("configuration", (k, v) -> replace(v, "root_module", this::moduleConfig));
    return JsonValue.object(m);
  }

  /**
   * Outputs that the plan calls sensitive anywhere: in planned or prior values, or in the
   * configuration. Plans before format 1.0 carry no sensitivity mirrors in {@code output_changes}.
   */
  private static Set<String> sensitiveOutputs(JsonValue.Obj p) {
    Set<String> names = new HashSet<>();
    List<JsonValue> declared =
        List.of(
            p.get("planned_values").get("outputs"),
            p.get("prior_state").get("values").get("outputs"),
            p.get("configuration").get("root_module").get("outputs"));
    for (JsonValue outputs : declared) {
      if (outputs instanceof JsonValue.Obj o) {
        for (int i = 0; i < o.size(); i++) {
          if (isTrue(o.valueAt(i).get("sensitive"))) {
            names.add(o.keyAt(i));
          }
        }
      }
    }
    return names;
  }

  private JsonValue outputChanges(JsonValue changes, Set<String> sensitiveOutputs) {
    if (!(changes instanceof JsonValue.Obj o)) {
      return changes;
    }
    Map<String, JsonValue> m = new LinkedHashMap<>();
    for (int i = 0; i < o.size(); i++) {
      JsonValue c = o.valueAt(i);
      if (sensitiveOutputs.contains(o.keyAt(i)) && c instanceof JsonValue.Obj co) {
        Map<JsonValue, String> markers = new HashMap<>();
        Map<String, JsonValue> cm = members(co);
        cm.computeIfPresent("before", (k, v) -> numbered(v, TRUE, markers));
        cm.computeIfPresent("after", (k, v) -> numbered(v, TRUE, markers));
        m.put(o.keyAt(i), JsonValue.object(cm));
      } else {
        m.put(o.keyAt(i), change(c));
      }
    }
    return JsonValue.object(m);
  }

  private JsonValue variables(JsonValue vars) {
    if (!(vars instanceof JsonValue.Obj o)) {
      return vars;
    }
    Map<String, JsonValue> m = members(o);
    for (String name : sensitiveVariables) {
      m.computeIfPresent(name, (k, v) -> replace(v, "value", PlanRedaction::masked));
    }
    return JsonValue.object(m);
  }

  private JsonValue resourceChange(JsonValue rc) {
    return replace(rc, "change", this::change);
  }

  /** A change object: before and after masked by their mirrors, numbered together. */
  private JsonValue change(JsonValue c) {
    if (!(c instanceof JsonValue.Obj o)) {
      return c;
    }
    Map<JsonValue, String> markers = new HashMap<>();
    Map<String, JsonValue> m = members(o);
    m.computeIfPresent("before", (k, v) -> numbered(v, o.get("before_sensitive"), markers));
    m.computeIfPresent("after", (k, v) -> numbered(v, o.get("after_sensitive"), markers));
    return JsonValue.object(m);
  }

  private JsonValue actionInvocation(JsonValue a) {
    if (!(a instanceof JsonValue.Obj o)) {
      return a;
    }
    return replace(o, "config_values", v -> mirrored(v, o.get("config_sensitive")));
  }

  /** {@code planned_values} or a state's {@code values}: outputs and the module tree. */
  private JsonValue values(JsonValue v) {
    JsonValue withOutputs =
        replace(v, "outputs", outs -> eachMember(outs, out -> isTrue(out.get("sensitive")) ? replace(out, "value", PlanRedaction::masked) : out));
    return replace(withOutputs, "root_module", this::moduleValues);
  }

  private JsonValue moduleValues(JsonValue module) {
    JsonValue withResources =
        replace(module, "resources", rs -> eachElement(rs, r -> r instanceof JsonValue.Obj o ? replace(o, "values", v -> mirrored(v, o.get("sensitive_values"))) : r));
    return replace(withResources, "child_modules", cs -> eachElement(cs, this::moduleValues));
  }

  private JsonValue moduleConfig(JsonValue module) {
    JsonValue withVariables =
        replace(
            module,
            "variables",
            vars -> eachMember(vars, v -> isTrue(v.get("sensitive")) ? replace(v, "default", PlanRedaction::masked) : v));
    JsonValue withOutputs =
        replace(
            withVariables,
            "outputs",
            outs -> eachMember(outs, out -> isTrue(out.get("sensitive")) ? replace(out, "expression", e -> replace(e, "constant_value", PlanRedaction::masked)) : out));
    return replace(withOutputs, "module_calls", calls -> eachMember(calls, call -> replace(call, "module", this::moduleConfig)));
  }

  /** Marked leaves numbered per change: {@code (sensitive value 1)}, {@code (sensitive value 2)}... */
  private static JsonValue numbered(JsonValue value, JsonValue mirror, Map<JsonValue, String> markers) {
    if (isTrue(mirror)) {
      if (value.isNullOrAbsent()) {
        return value;
      }
      String marker = markers.get(value);
      if (marker == null) {
        marker = "(sensitive value " + (markers.size() + 1) + ")";
        markers.put(value, marker);
      }
      return JsonValue.of(marker);
    }
    return below(value, mirror, (v, mm) -> numbered(v, mm, markers));
  }

  /** Marked leaves become {@link Secrets#MASK}. */
  private static JsonValue mirrored(JsonValue value, JsonValue mirror) {
    if (isTrue(mirror)) {
      return masked(value);
    }
    return below(value, mirror, PlanRedaction::mirrored);
  }

  private interface Marker {
    JsonValue apply(JsonValue value, JsonValue mirror);
  }

  /** Applies {@code marker} to the members or elements of {@code value} with their mirrors. */
  private static JsonValue below(JsonValue value, JsonValue mirror, Marker marker) {
    if (value instanceof JsonValue.Obj o && mirror instanceof JsonValue.Obj mo && !mo.isEmpty()) {
      Map<String, JsonValue> m = new LinkedHashMap<>();
      for (int i = 0; i < o.size(); i++) {
        m.put(o.keyAt(i), marker.apply(o.valueAt(i), mo.get(o.keyAt(i))));
      }
      return JsonValue.object(m);
    }
    if (value instanceof JsonValue.Arr a && mirror instanceof JsonValue.Arr ma && ma.size() > 0) {
      List<JsonValue> l = new ArrayList<>(a.size());
      for (int i = 0; i < a.size(); i++) {
        l.add(marker.apply(a.get(i), ma.get(i)));
      }
      return JsonValue.array(l);
    }
    return value;
  }

  private static JsonValue masked(JsonValue value) {
    return value.isNullOrAbsent() ? value : JsonValue.of(Secrets.MASK);
  }

  /** Every string, member name and number that holds a known secret, masked. */
  private JsonValue scrub(JsonValue v) {
    if (secrets.isEmpty()) {
      return v;
    }
    if (v instanceof JsonValue.Str s) {
      String r = secrets.redact(s.value());
      return r.equals(s.value()) ? s : JsonValue.of(r);
    }
    if (v instanceof JsonValue.Num n) {
      return secrets.isSecret(n.literal()) ? JsonValue.of(Secrets.MASK) : n;
    }
    if (v instanceof JsonValue.Arr a) {
      List<JsonValue> l = new ArrayList<>(a.size());
      for (int i = 0; i < a.size(); i++) {
        l.add(scrub(a.get(i)));
      }
      return JsonValue.array(l);
    }
    if (v instanceof JsonValue.Obj o) {
      Map<String, JsonValue> m = new LinkedHashMap<>();
      for (int i = 0; i < o.size(); i++) {
        m.put(secrets.redact(o.keyAt(i)), scrub(o.valueAt(i)));
      }
      return JsonValue.object(m);
    }
    return v;
  }

  private interface Edit {
    JsonValue apply(JsonValue v);
  }

  /** {@code obj} with member {@code key} edited, when it is an object that has it. */
  private static JsonValue replace(JsonValue obj, String key, Edit edit) {
    if (!(obj instanceof JsonValue.Obj o) || !o.has(key)) {
      return obj;
    }
    Map<String, JsonValue> m = members(o);
    m.put(key, edit.apply(o.get(key)));
    return JsonValue.object(m);
  }

  private static JsonValue eachElement(JsonValue v, Edit edit) {
    if (!(v instanceof JsonValue.Arr a)) {
      return v;
    }
    List<JsonValue> l = new ArrayList<>(a.size());
    for (int i = 0; i < a.size(); i++) {
      l.add(edit.apply(a.get(i)));
    }
    return JsonValue.array(l);
  }

  private static JsonValue eachMember(JsonValue v, Edit edit) {
    if (!(v instanceof JsonValue.Obj o)) {
      return v;
    }
    Map<String, JsonValue> m = new LinkedHashMap<>();
    for (int i = 0; i < o.size(); i++) {
      m.put(o.keyAt(i), edit.apply(o.valueAt(i)));
    }
    return JsonValue.object(m);
  }

  private static Map<String, JsonValue> members(JsonValue.Obj o) {
    Map<String, JsonValue> m = new LinkedHashMap<>();
    for (int i = 0; i < o.size(); i++) {
      m.put(o.keyAt(i), o.valueAt(i));
    }
    return m;
  }

  private static boolean isTrue(JsonValue v) {
    return v != null && v.equals(TRUE);
  }
}
