package io.github.tfdrift.core.internal;

import io.github.tfdrift.core.model.Configuration;
import io.github.tfdrift.core.model.Plan;
import io.github.tfdrift.core.model.PlanFields;
import io.github.tfdrift.core.model.StateDocument;
import io.github.tfdrift.core.redact.Secrets;
import io.github.tfdrift.core.value.JsonValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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
 * Sensitivity mirrors, actions, addresses and everything else are kept, and so is every member of
 * every object: a document that holds the same member name twice (a plan edited by hand) keeps both,
 * each masked on its own.
 */
public final class PlanRedaction {
  private static final JsonValue TRUE = JsonValue.of(true);

  private final Secrets secrets;
  private final Set<String> sensitiveVariables;
  private final Set<String> sensitiveOutputs; // for member(): given; for redact(): found in the document

  private PlanRedaction(Secrets secrets, Set<String> sensitiveVariables, Set<String> sensitiveOutputs) {
    this.secrets = secrets;
    this.sensitiveVariables = sensitiveVariables;
    this.sensitiveOutputs = sensitiveOutputs;
  }

  /**
   * A redaction applied one top-level member, or one element of a long member, at a time ({@link
   * #member}, {@link #element}, {@link #memberName}): together the document {@link #redact} gives.
   *
   * @param secrets the plan's secrets ({@link Secrets#of(io.github.tfdrift.core.model.Plan)})
   * @param sensitiveVariables names of root variables declared sensitive
   * @param sensitiveOutputs outputs the plan calls sensitive anywhere ({@link #sensitiveOutputs(Plan)})
   * @return the redaction
   */
  public static PlanRedaction of(Secrets secrets, Set<String> sensitiveVariables, Set<String> sensitiveOutputs) {
    return new PlanRedaction(secrets, sensitiveVariables, sensitiveOutputs);
  }

  /**
   * The outputs a plan calls sensitive in planned or prior values or in the configuration: what
   * {@link #redact} finds in the document the plan writer writes of it.
   */
  public static Set<String> sensitiveOutputs(Plan plan) {
    Set<String> names = new HashSet<>();
    plan.plannedValues().ifPresent(v -> v.outputs().forEach((k, o) -> {
      if (o.sensitive().orElse(false)) {
        names.add(k);
      }
    }));
    plan.priorState().flatMap(StateDocument::values).ifPresent(v -> v.outputs().forEach((k, o) -> {
      if (o.sensitive().orElse(false)) {
        names.add(k);
      }
    }));
    plan.configuration().flatMap(Configuration::rootModule).ifPresent(m -> m.outputs().forEach((k, o) -> {
      if (o.sensitive().orElse(false)) {
        names.add(k);
      }
    }));
    return names;
  }

  /** True for the top-level members whose elements {@link #element} redacts one at a time. */
  public static boolean byElement(String member) {
    return switch (member) {
      case PlanFields.Plan.RESOURCE_DRIFT, PlanFields.Plan.RESOURCE_CHANGES, PlanFields.Plan.DEFERRED_CHANGES,
          PlanFields.Plan.ACTION_INVOCATIONS -> true;
      default -> false;
    };
  }

  /** A top-level member's name as the redacted document has it. */
  public String memberName(String name) {
    return secrets.isEmpty() ? name : secrets.redact(name);
  }

  /** The value of the top-level member {@code name}, as the redacted document has it. */
  public JsonValue member(String name, JsonValue value) {
    return scrub(member(name, value, sensitiveOutputs));
  }

  /** One element of the array of a top-level member {@linkplain #byElement by element}, redacted. */
  public JsonValue element(String member, JsonValue e) {
    JsonValue edited =
        switch (member) {
          case PlanFields.Plan.RESOURCE_DRIFT, PlanFields.Plan.RESOURCE_CHANGES -> resourceChange(e);
          case PlanFields.Plan.DEFERRED_CHANGES -> replace(e, PlanFields.DeferredChange.RESOURCE_CHANGE, this::resourceChange);
          case PlanFields.Plan.ACTION_INVOCATIONS -> actionInvocation(e);
          default -> e;
        };
    return scrub(edited);
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
      return new PlanRedaction(secrets, sensitiveVariables, Set.of()).scrub(document);
    }
    PlanRedaction r = new PlanRedaction(secrets, sensitiveVariables, Set.of());
    return r.scrub(r.plan(plan));
  }

  private JsonValue plan(JsonValue.Obj p) {
    Set<String> sensitiveOutputs = sensitiveOutputs(p);
    return p.mapValues((k, v) -> member(k, v, sensitiveOutputs));
  }

  private JsonValue member(String k, JsonValue v, Set<String> sensitiveOutputs) {
    return switch (k) {
      case PlanFields.Plan.VARIABLES -> variables(v);
      case PlanFields.Plan.PLANNED_VALUES -> values(v);
      case PlanFields.Plan.RESOURCE_DRIFT, PlanFields.Plan.RESOURCE_CHANGES -> eachElement(v, this::resourceChange);
      case PlanFields.Plan.DEFERRED_CHANGES -> eachElement(v, d -> replace(d, PlanFields.DeferredChange.RESOURCE_CHANGE, this::resourceChange));
      case PlanFields.Plan.OUTPUT_CHANGES -> outputChanges(v, sensitiveOutputs);
      case PlanFields.Plan.ACTION_INVOCATIONS -> eachElement(v, this::actionInvocation);
      case PlanFields.Plan.PRIOR_STATE -> replace(v, PlanFields.State.VALUES, this::values);
      case PlanFields.Plan.CONFIGURATION -> replace(v, PlanFields.Configuration.ROOT_MODULE, this::moduleConfig);
      default -> v;
    };
  }

  /**
   * Outputs that the plan calls sensitive anywhere: in planned or prior values, or in the
   * configuration. Plans before format 1.0 carry no sensitivity mirrors in {@code output_changes}.
   */
  private static Set<String> sensitiveOutputs(JsonValue.Obj p) {
    Set<String> names = new HashSet<>();
    List<JsonValue> declared =
        List.of(
            p.get(PlanFields.Plan.PLANNED_VALUES).get(PlanFields.Values.OUTPUTS),
            p.get(PlanFields.Plan.PRIOR_STATE).get(PlanFields.State.VALUES).get(PlanFields.Values.OUTPUTS),
            p.get(PlanFields.Plan.CONFIGURATION).get(PlanFields.Configuration.ROOT_MODULE).get(PlanFields.ModuleConfig.OUTPUTS));
    for (JsonValue outputs : declared) {
      if (outputs instanceof JsonValue.Obj o) {
        for (int i = 0; i < o.size(); i++) {
          if (isTrue(o.valueAt(i).get(PlanFields.OutputConfig.SENSITIVE))) {
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
    return o.mapValues(
        (name, c) -> {
          if (sensitiveOutputs.contains(name) && c instanceof JsonValue.Obj co) {
            Map<JsonValue, String> markers = new HashMap<>();
            return co.mapValues((k, v) -> k.equals(PlanFields.Change.BEFORE) || k.equals(PlanFields.Change.AFTER) ? numbered(v, TRUE, markers) : v);
          }
          return change(c);
        });
  }

  private JsonValue variables(JsonValue vars) {
    if (!(vars instanceof JsonValue.Obj o)) {
      return vars;
    }
    return o.mapValues((name, v) -> sensitiveVariables.contains(name) ? replace(v, PlanFields.Variable.VALUE, PlanRedaction::masked) : v);
  }

  private JsonValue resourceChange(JsonValue rc) {
    return replace(rc, PlanFields.ResourceChange.CHANGE, this::change);
  }

  /** A change object: before and after masked by their mirrors, numbered together. */
  private JsonValue change(JsonValue c) {
    if (!(c instanceof JsonValue.Obj o)) {
      return c;
    }
    Map<JsonValue, String> markers = new HashMap<>();
    JsonValue beforeMirror = o.get(PlanFields.Change.BEFORE_SENSITIVE);
    JsonValue afterMirror = o.get(PlanFields.Change.AFTER_SENSITIVE);
    return o.mapValues(
        (k, v) ->
            switch (k) {
              case PlanFields.Change.BEFORE -> numbered(v, beforeMirror, markers);
              case PlanFields.Change.AFTER -> numbered(v, afterMirror, markers);
              default -> v;
            });
  }

  private JsonValue actionInvocation(JsonValue a) {
    if (!(a instanceof JsonValue.Obj o)) {
      return a;
    }
    return replace(o, PlanFields.ActionInvocation.CONFIG_VALUES, v -> mirrored(v, o.get(PlanFields.ActionInvocation.CONFIG_SENSITIVE)));
  }

  /** {@code planned_values} or a state's {@code values}: outputs and the module tree. */
  private JsonValue values(JsonValue v) {
    JsonValue withOutputs =
        replace(v, PlanFields.Values.OUTPUTS, outs -> eachMember(outs, out -> isTrue(out.get(PlanFields.OutputValue.SENSITIVE)) ? replace(out, PlanFields.OutputValue.VALUE, PlanRedaction::masked) : out));
    return replace(withOutputs, PlanFields.Values.ROOT_MODULE, this::moduleValues);
  }

  private JsonValue moduleValues(JsonValue module) {
    JsonValue withResources =
        replace(module, PlanFields.ModuleValues.RESOURCES, rs -> eachElement(rs, r -> r instanceof JsonValue.Obj o ? replace(o, PlanFields.ResourceValues.VALUES, v -> mirrored(v, o.get(PlanFields.ResourceValues.SENSITIVE_VALUES))) : r));
    return replace(withResources, PlanFields.ModuleValues.CHILD_MODULES, cs -> eachElement(cs, this::moduleValues));
  }

  private JsonValue moduleConfig(JsonValue module) {
    JsonValue withVariables =
        replace(
            module,
            PlanFields.ModuleConfig.VARIABLES,
            vars -> eachMember(vars, v -> isTrue(v.get(PlanFields.VariableConfig.SENSITIVE)) ? replace(v, PlanFields.VariableConfig.DEFAULT, PlanRedaction::masked) : v));
    JsonValue withOutputs =
        replace(
            withVariables,
            PlanFields.ModuleConfig.OUTPUTS,
            outs -> eachMember(outs, out -> isTrue(out.get(PlanFields.OutputConfig.SENSITIVE)) ? replace(out, PlanFields.OutputConfig.EXPRESSION, e -> replace(e, "constant_value", PlanRedaction::masked)) : out));
    return replace(withOutputs, PlanFields.ModuleConfig.MODULE_CALLS, calls -> eachMember(calls, call -> replace(call, PlanFields.ModuleCall.MODULE, this::moduleConfig)));
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
      return o.mapValues((k, v) -> marker.apply(v, mo.get(k)));
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
      List<String> keys = new ArrayList<>(o.size());
      List<JsonValue> values = new ArrayList<>(o.size());
      for (int i = 0; i < o.size(); i++) {
        keys.add(secrets.redact(o.keyAt(i)));
        values.add(scrub(o.valueAt(i)));
      }
      return JsonValue.Obj.ofMembers(keys, values);
    }
    return v;
  }

  private interface Edit {
    JsonValue apply(JsonValue v);
  }

  /** {@code obj} with every member named {@code key} edited, when it is an object that has it. */
  private static JsonValue replace(JsonValue obj, String key, Edit edit) {
    if (!(obj instanceof JsonValue.Obj o) || !o.has(key)) {
      return obj;
    }
    return o.mapValues((k, v) -> k.equals(key) ? edit.apply(v) : v);
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
    return o.mapValues((k, value) -> edit.apply(value));
  }

  private static boolean isTrue(JsonValue v) {
    return v != null && v.equals(TRUE);
  }
}
