package io.github.tfdrift.imports;

import io.github.tfdrift.core.json.PlanReader;
import io.github.tfdrift.core.model.Plan;
import io.github.tfdrift.core.value.JsonValue;
import io.github.tfdrift.core.value.JsonValues;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** Edits of a plan's JSON for tests: move an address into the prior state, change a change's actions. */
final class PlanEdits {
  private PlanEdits() {}

  static JsonValue.Obj json(String text) {
    return (JsonValue.Obj) JsonValues.parseTrusted(text);
  }

  static Plan read(JsonValue.Obj plan) {
    return PlanReader.create().read(JsonValues.toJson(plan)).getOrElseThrow(e -> new AssertionError(e.describe()));
  }

  /** The resource change at an address. */
  static JsonValue.Obj change(JsonValue.Obj plan, String address) {
    for (JsonValue rc : ((JsonValue.Arr) plan.get("resource_changes")).elements()) {
      if (rc.get("address").asText().orElse("").equals(address)) {
        return (JsonValue.Obj) rc;
      }
    }
    throw new IllegalArgumentException("no change at " + address);
  }

  /** A copy with the change at {@code address} edited. */
  static JsonValue.Obj editChange(JsonValue.Obj plan, String address, UnaryOperator<JsonValue.Obj> edit) {
    List<JsonValue> l = new ArrayList<>();
    for (JsonValue rc : ((JsonValue.Arr) plan.get("resource_changes")).elements()) {
      l.add(rc.get("address").asText().orElse("").equals(address) ? edit.apply((JsonValue.Obj) rc) : rc);
    }
    return plan.with("resource_changes", JsonValue.array(l));
  }

  /**
   * A copy where {@code address} is in the prior state (with its planned values); with {@code
   * consistent}, its change becomes a no-op as well, else the plan still says create.
   */
  static JsonValue.Obj moveIntoPriorState(JsonValue.Obj plan, String address, boolean consistent) {
    JsonValue.Obj rc = change(plan, address);
    JsonValue.Obj after = (JsonValue.Obj) rc.get("change").get("after");
    JsonValue.Obj values = after.with("id", JsonValue.of("existing-" + Math.abs(address.hashCode())));
    JsonValue.Obj resource =
        JsonValue.object(java.util.Map.of())
            .with("address", JsonValue.of(address))
            .with("mode", JsonValue.of("managed"))
            .with("type", rc.get("type"))
            .with("name", rc.get("name"))
            .with("index", rc.get("index"))
            .with("provider_name", rc.get("provider_name"))
            .with("schema_version", JsonValue.of(0))
            .with("values", values)
            .with("sensitive_values", JsonValue.object(java.util.Map.of()));
    JsonValue.Obj prior = (JsonValue.Obj) plan.get("prior_state");
    JsonValue.Obj root = (JsonValue.Obj) prior.get("values").get("root_module");
    List<JsonValue> resources = new ArrayList<>(((JsonValue.Arr) root.get("resources")).elements());
    resources.add(resource);
    JsonValue.Obj out =
        plan.with(
            "prior_state",
            prior.with("values", ((JsonValue.Obj) prior.get("values")).with("root_module", root.with("resources", JsonValue.array(resources)))));
    if (consistent) {
      out =
          editChange(
              out,
              address,
              c -> c.with(
                  "change",
                  ((JsonValue.Obj) c.get("change"))
                      .with("actions", JsonValue.array(JsonValue.of("no-op")))
                      .with("before", values)
                      .with("after", values)
                      .with("after_unknown", JsonValue.object(java.util.Map.of()))
                      .with("before_sensitive", JsonValue.object(java.util.Map.of()))));
    }
    return out;
  }
}
