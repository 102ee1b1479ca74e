package io.github.tfdrift.testkit.gen;

import io.github.tfdrift.core.address.AttributePath;
import io.github.tfdrift.core.address.ResourceAddress;
import io.github.tfdrift.core.json.PlanWriter;
import io.github.tfdrift.core.model.Change;
import io.github.tfdrift.core.model.Plan;
import io.github.tfdrift.core.model.PlanFields;
import io.github.tfdrift.core.model.ResourceChange;
import io.github.tfdrift.core.model.ValueMask;
import io.github.tfdrift.core.value.JsonValue;
import io.github.tfdrift.core.value.JsonValues;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Shows generated values in property failure messages. A plan is shown by its parts that can matter:
 * the producer, then each resource change, drift entry, deferred change and output change as its
 * change object (actions, before, after, the masks that mark anything, replace paths, reason), never
 * the derived sections ({@code planned_values}, {@code prior_state}, {@code configuration}), which
 * {@link io.github.tfdrift.testkit.builder.PlanBuilder} derives from the changes. When the failure
 * names some of the plan's addresses ({@link #describe(Object, String)}), only those resources are
 * shown in full and the others in one line each. Resource changes are shown as their JSON object,
 * attribute values as indented JSON, paths and addresses in Terraform notation, collections element by
 * element. Generated values are test data, not secrets, so they are shown in full; do not use this for
 * real plans ({@link #planJson(Plan)} gives a generated plan's whole JSON).
 */
public final class Describe {
  private Describe() {}

  /** A readable rendering of a generated value, every resource of a plan in full. */
  public static String describe(Object value) {
    return describe(value, "");
  }

  /**
   * A readable rendering of a generated value for a failure whose message is {@code failure}: the
   * resources of a plan that the message names are shown in full, the others in one line.
   */
  public static String describe(Object value, String failure) {
    if (value instanceof Plan p) {
      return plan(p, failure);
    }
    if (value instanceof ResourceChange rc) {
      return JsonValues.toPrettyJson(resourceChange(rc));
    }
    if (value instanceof JsonValue v) {
      return v.isAbsent() ? "(absent)" : JsonValues.toPrettyJson(v);
    }
    if (value instanceof AttributePath p) {
      return p.isRoot() ? "(the whole value)" : p.render();
    }
    if (value instanceof ResourceAddress a) {
      return a.render();
    }
    if (value instanceof String s) {
      return JsonValues.toJson(JsonValue.of(s));
    }
    if (value instanceof Collection<?> c) {
      List<String> parts = new ArrayList<>();
      for (Object o : c) {
        parts.add(indent(describe(o, failure)));
      }
      return parts.isEmpty() ? "[]" : "[\n" + String.join(",\n", parts) + "\n]";
    }
    if (value instanceof Object[] a) {
      return describe(List.of(a), failure);
    }
    return String.valueOf(value);
  }

  /** A generated plan's whole JSON, indented, derived sections included. */
  public static String planJson(Plan plan) {
    return PlanWriter.pretty().toJson(plan);
  }

  private static String plan(Plan p, String failure) {
    List<ResourceChange> all = new ArrayList<>(p.resourceChanges());
    all.addAll(p.resourceDrift());
    p.deferredChanges().forEach(d -> all.add(d.resourceChange()));
    Set<String> named = new HashSet<>();
    for (ResourceChange rc : all) {
      if (!failure.isEmpty() && failure.contains(rc.address())) {
        named.add(rc.address());
      }
    }
    StringBuilder b = new StringBuilder();
    b.append("plan by ").append(p.producer().tool().name().toLowerCase(Locale.ROOT));
    p.terraformVersion().ifPresent(v -> b.append(' ').append(v));
    b.append(", ").append(count(p.resourceChanges().size(), "resource change"));
    if (!p.resourceDrift().isEmpty()) {
      b.append(", ").append(count(p.resourceDrift().size(), "drift entry", "drift entries"));
    }
    if (!p.deferredChanges().isEmpty()) {
      b.append(", ").append(count(p.deferredChanges().size(), "deferred change"));
    }
    if (p.isErrored()) {
      b.append(", errored");
    }
    b.append(" (planned_values, prior_state and configuration not shown: derived from the changes)");
    if (!named.isEmpty()) {
      b.append("; resources the failure names in full, the others in one line");
    }
    b.append('\n');
    section(b, PlanFields.Plan.RESOURCE_CHANGES, p.resourceChanges(), named);
    section(b, PlanFields.Plan.RESOURCE_DRIFT, p.resourceDrift(), named);
    List<ResourceChange> deferred = new ArrayList<>();
    p.deferredChanges().forEach(d -> deferred.add(d.resourceChange()));
    if (!deferred.isEmpty()) {
      b.append(PlanFields.Plan.DEFERRED_CHANGES).append(":\n");
      for (int i = 0; i < deferred.size(); i++) {
        b.append("  (").append(p.deferredChanges().get(i).reason()).append(")\n");
        entry(b, deferred.get(i), named);
      }
    }
    if (!p.outputChanges().isEmpty()) {
      b.append(PlanFields.Plan.OUTPUT_CHANGES).append(":\n");
      p.outputChanges().forEach((k, c) -> b.append("  ").append(k).append(": ").append(actions(c)).append('\n'));
    }
    return b.toString();
  }

  private static void section(StringBuilder b, String field, List<ResourceChange> changes, Set<String> named) {
    if (changes.isEmpty()) {
      return;
    }
    b.append(field).append(":\n");
    changes.forEach(rc -> entry(b, rc, named));
  }

  private static void entry(StringBuilder b, ResourceChange rc, Set<String> named) {
    if (named.isEmpty() || named.contains(rc.address())) {
      b.append(indent(JsonValues.toPrettyJson(resourceChange(rc)))).append('\n');
    } else {
      b.append("  ").append(rc.address()).append(rc.deposed().map(d -> " (deposed " + d + ")").orElse(""))
          .append(": ").append(actions(rc.change())).append('\n');
    }
  }

  private static String actions(Change c) {
    List<String> l = new ArrayList<>();
    c.actions().forEach(a -> l.add(a.text()));
    return String.valueOf(l);
  }

  private static String count(int n, String one) {
    return count(n, one, one + "s");
  }

  private static String count(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }

  private static String indent(String s) {
    return "  " + s.replace("\n", "\n  ");
  }

  private static JsonValue resourceChange(ResourceChange rc) {
    Map<String, JsonValue> m = new LinkedHashMap<>();
    m.put(PlanFields.ResourceChange.ADDRESS, JsonValue.of(rc.address()));
    rc.previousAddress().ifPresent(p -> m.put(PlanFields.ResourceChange.PREVIOUS_ADDRESS, JsonValue.of(p)));
    rc.deposed().ifPresent(d -> m.put(PlanFields.ResourceChange.DEPOSED, JsonValue.of(d)));
    rc.providerName().ifPresent(p -> m.put(PlanFields.ResourceChange.PROVIDER_NAME, JsonValue.of(p)));
    Change c = rc.change();
    List<JsonValue> actions = new ArrayList<>();
    c.actions().forEach(a -> actions.add(JsonValue.of(a.text())));
    Map<String, JsonValue> change = new LinkedHashMap<>();
    change.put(PlanFields.Change.ACTIONS, JsonValue.array(actions));
    change.put(PlanFields.Change.BEFORE, c.before());
    change.put(PlanFields.Change.AFTER, c.after());
    mask(change, PlanFields.Change.AFTER_UNKNOWN, c.afterUnknown());
    mask(change, PlanFields.Change.BEFORE_SENSITIVE, c.beforeSensitive());
    mask(change, PlanFields.Change.AFTER_SENSITIVE, c.afterSensitive());
    if (!c.replacePaths().isEmpty()) {
      List<JsonValue> paths = new ArrayList<>();
      c.replacePaths().forEach(p -> paths.add(p.toJson()));
      change.put(PlanFields.Change.REPLACE_PATHS, JsonValue.array(paths));
    }
    c.importing().ifPresent(i -> change.put(PlanFields.Change.IMPORTING, JsonValue.object(Map.of(PlanFields.Importing.ID, JsonValue.of(i.id().orElse(""))))));
    m.put(PlanFields.ResourceChange.CHANGE, JsonValue.object(change));
    rc.actionReason().ifPresent(r -> m.put(PlanFields.ResourceChange.ACTION_REASON, JsonValue.of(r.text())));
    return JsonValue.object(m);
  }

  /** A mirror is shown only when it marks something: an all-false mirror adds lines and nothing else. */
  private static void mask(Map<String, JsonValue> change, String field, JsonValue mirror) {
    if (ValueMask.of(mirror).anyMarked()) {
      change.put(field, mirror);
    }
  }
}
