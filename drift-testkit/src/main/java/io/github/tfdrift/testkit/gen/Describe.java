package io.github.tfdrift.testkit.gen;

import io.github.tfdrift.core.address.AttributePath;
import io.github.tfdrift.core.address.ResourceAddress;
import io.github.tfdrift.core.json.PlanWriter;
import io.github.tfdrift.core.model.Change;
import io.github.tfdrift.core.model.Plan;
import io.github.tfdrift.core.model.PlanFields;
import io.github.tfdrift.core.model.ResourceChange;
import io.github.tfdrift.core.value.JsonValue;
import io.github.tfdrift.core.value.JsonValues;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Shows generated values in property failure messages: plans as indented plan JSON (via {@link
 * PlanWriter#pretty()}), resource changes as their JSON object, attribute values as indented JSON,
 * paths and addresses in Terraform notation, collections element by element. Generated values are
 * test data, not secrets, so they are shown in full; do not use this for real plans.
 */
public final class Describe {
  private Describe() {}

  /** A readable rendering of a generated value. */
  public static String describe(Object value) {
    if (value instanceof Plan p) {
      return PlanWriter.pretty().toJson(p);
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
        parts.add(indent(describe(o)));
      }
      return parts.isEmpty() ? "[]" : "[\n" + String.join(",\n", parts) + "\n]";
    }
    if (value instanceof Object[] a) {
      return describe(List.of(a));
    }
    return String.valueOf(value);
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
    change.put(PlanFields.Change.AFTER_UNKNOWN, c.afterUnknown());
    change.put(PlanFields.Change.BEFORE_SENSITIVE, c.beforeSensitive());
    change.put(PlanFields.Change.AFTER_SENSITIVE, c.afterSensitive());
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
}
