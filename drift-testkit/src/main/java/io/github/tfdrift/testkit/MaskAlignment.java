package io.github.tfdrift.testkit;

import io.github.tfdrift.core.address.AttributePath;
import io.github.tfdrift.core.model.Change;
import io.github.tfdrift.core.model.ModuleValues;
import io.github.tfdrift.core.model.Plan;
import io.github.tfdrift.core.model.ResourceChange;
import io.github.tfdrift.core.model.ResourceValues;
import io.github.tfdrift.core.model.ValueMask;
import io.github.tfdrift.core.value.JsonValue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Checks that every mirror of a plan lines up with the value it describes: each key of {@code
 * before_sensitive}, {@code after_sensitive}, {@code after_unknown} and {@code sensitive_values}
 * exists in the corresponding value (a schema-sensitive attribute may be {@code null}, and an unknown
 * attribute is absent from {@code after} while its mirrors still name it), an array mirror has as many
 * entries as the array, and a mirror is only ever made of booleans, objects and arrays.
 *
 * <p>Problems are described by location and shape only; no value is printed.
 */
public final class MaskAlignment {
  private MaskAlignment() {}

  /** Every misalignment in the plan, one sentence each; empty when all mirrors line up. */
  public static List<String> problems(Plan plan) {
    List<String> out = new ArrayList<>();
    Map<String, JsonValue> unknownByAddress = new HashMap<>();
    for (ResourceChange rc : plan.resourceChanges()) {
      check("resource_changes[" + rc.id() + "]", rc.change(), out);
      if (rc.deposed().isEmpty()) {
        unknownByAddress.put(rc.address(), rc.change().afterUnknown());
      }
    }
    for (ResourceChange rc : plan.resourceDrift()) {
      check("resource_drift[" + rc.id() + "]", rc.change(), out);
    }
    plan.deferredChanges()
        .forEach(d -> check("deferred_changes[" + d.resourceChange().id() + "]", d.resourceChange().change(), out));
    plan.plannedValues()
        .flatMap(v -> v.rootModule())
        .ifPresent(m -> values("planned_values", m, unknownByAddress, out));
    plan.priorState()
        .flatMap(s -> s.values())
        .flatMap(v -> v.rootModule())
        .ifPresent(m -> values("prior_state", m, Map.of(), out));
    return Collections.unmodifiableList(out);
  }

  /** Every misalignment in one resource change's change object. */
  public static List<String> problems(ResourceChange rc) {
    List<String> out = new ArrayList<>();
    check(rc.id().toString(), rc.change(), out);
    return Collections.unmodifiableList(out);
  }

  private static void check(String where, Change c, List<String> out) {
    ValueMask unknown = c.afterUnknownMask();
    compare(where + ".before_sensitive", c.before(), c.beforeSensitive(), AttributePath.root(), p -> false, out);
    if (c.after().isAbsent()) {
      if (!c.afterUnknown().isAbsent() && !unknown.isWhollyMarked()) {
        out.add(where + ".after is absent (wholly unknown) but after_unknown is not true");
      }
      return;
    }
    compare(where + ".after_sensitive", c.after(), c.afterSensitive(), AttributePath.root(), unknown::isMarked, out);
    compareUnknown(where + ".after_unknown", c.after(), c.afterUnknown(), AttributePath.root(), out);
  }

  private static void values(
      String where, ModuleValues m, Map<String, JsonValue> unknownByAddress, List<String> out) {
    for (ResourceValues r : m.resources()) {
      ValueMask unknown = ValueMask.of(unknownByAddress.getOrDefault(r.address(), JsonValue.absent()));
      String at = where + "[" + r.address() + r.deposedKey().map(d -> " deposed " + d).orElse("") + "].sensitive_values";
      JsonValue values = r.values().isAbsent() ? JsonValue.nullValue() : r.values();
      compare(at, values, r.sensitiveValues(), AttributePath.root(), unknown::isMarked, out);
    }
    for (ModuleValues c : m.childModules()) {
      values(where, c, unknownByAddress, out);
    }
  }

  private static void compare(
      String where,
      JsonValue value,
      JsonValue mask,
      AttributePath at,
      Predicate<AttributePath> mayBeAbsent,
      List<String> out) {
    if (mask.isAbsent() || mask instanceof JsonValue.Bool) {
      return;
    }
    if (mask instanceof JsonValue.Obj o) {
      if (!(value instanceof JsonValue.Obj v)) {
        if (!(o.isEmpty() && value.isNullOrAbsent() && mayBeAbsent.test(at))) {
          out.add(where + " at " + show(at) + ": the mirror is an object but the value is " + kind(value));
        }
        return;
      }
      for (String k : o.keys()) {
        AttributePath p = at.child(k);
        if (v.has(k)) {
          compare(where, v.get(k), o.get(k), p, mayBeAbsent, out);
        } else if (!mayBeAbsent.test(p)) {
          out.add(where + " at " + show(p) + ": the mirror names an attribute the value does not have");
        }
      }
      return;
    }
    if (mask instanceof JsonValue.Arr a) {
      if (!(value instanceof JsonValue.Arr v)) {
        // An unknown list mirrors as [] in the sensitivity mirrors.
        if (!(a.isEmpty() && value.isNullOrAbsent() && mayBeAbsent.test(at))) {
          out.add(where + " at " + show(at) + ": the mirror is an array but the value is " + kind(value));
        }
        return;
      }
      if (a.size() != v.size()) {
        out.add(where + " at " + show(at) + ": the mirror has " + a.size() + " entries but the array has " + v.size());
        return;
      }
      for (int i = 0; i < a.size(); i++) {
        compare(where, v.get(i), a.get(i), at.child(i), mayBeAbsent, out);
      }
      return;
    }
    out.add(where + " at " + show(at) + ": a mirror holds only booleans, objects and arrays, not " + kind(mask));
  }

  private static void compareUnknown(
      String where, JsonValue value, JsonValue mask, AttributePath at, List<String> out) {
    if (mask.isAbsent() || mask instanceof JsonValue.Bool) {
      return;
    }
    if (mask instanceof JsonValue.Obj o) {
      if (!(value instanceof JsonValue.Obj v)) {
        // Terraform writes after_unknown {} for a null after (delete, forget).
        if (!(o.isEmpty() && value.isNull())) {
          out.add(where + " at " + show(at) + ": the mirror is an object but the value is " + kind(value));
        }
        return;
      }
      for (String k : o.keys()) {
        JsonValue m = o.get(k);
        if (v.has(k)) {
          compareUnknown(where, v.get(k), m, at.child(k), out);
        } else if (!(m instanceof JsonValue.Bool b && b.value())) {
          out.add(where + " at " + show(at.child(k)) + ": an attribute missing from after must be marked true");
        }
      }
      return;
    }
    if (mask instanceof JsonValue.Arr a) {
      if (!(value instanceof JsonValue.Arr v)) {
        out.add(where + " at " + show(at) + ": the mirror is an array but the value is " + kind(value));
        return;
      }
      if (a.size() != v.size()) {
        out.add(where + " at " + show(at) + ": the mirror has " + a.size() + " entries but the array has " + v.size());
        return;
      }
      for (int i = 0; i < a.size(); i++) {
        compareUnknown(where, v.get(i), a.get(i), at.child(i), out);
      }
      return;
    }
    out.add(where + " at " + show(at) + ": a mirror holds only booleans, objects and arrays, not " + kind(mask));
  }

  private static String show(AttributePath p) {
    return p.isRoot() ? "the top" : p.render();
  }

  private static String kind(JsonValue v) {
    return switch (v.type()) {
      case ABSENT -> "absent";
      case NULL -> "null";
      case BOOLEAN -> "a boolean";
      case NUMBER -> "a number";
      case STRING -> "a string";
      case ARRAY -> "an array";
      case OBJECT -> "an object";
    };
  }
}
