package io.github.tfdrift.testkit;

import io.github.tfdrift.core.address.InstanceKey;
import io.github.tfdrift.core.address.ModuleInstance;
import io.github.tfdrift.core.address.ResourceAddress;
import io.github.tfdrift.core.address.ResourceMode;
import io.github.tfdrift.core.model.ActionReason;
import io.github.tfdrift.core.model.ChangeKind;
import io.github.tfdrift.core.model.ModuleCall;
import io.github.tfdrift.core.model.ModuleConfig;
import io.github.tfdrift.core.model.Plan;
import io.github.tfdrift.core.model.ResourceChange;
import io.github.tfdrift.core.model.ResourceConfig;
import io.github.tfdrift.core.model.ResourceValues;
import io.github.tfdrift.core.value.JsonValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks that a plan is one Terraform or OpenTofu could produce, beyond being readable: the test of
 * every plan generator of the testkit, and a check for hand-built plans. A plan is valid when
 *
 * <ul>
 *   <li><b>instance keys agree</b>: the instances of one resource (and of one module call) are all
 *       unkeyed, all count indexes or all for_each keys, never {@code a} and {@code a[0]} together;
 *       only an instance deleted because its repetition changed ({@code delete_because_wrong_repetition}),
 *       its configuration is gone ({@code delete_because_no_resource_config}) or its module is gone
 *       ({@code delete_because_no_module}) may differ;
 *   <li><b>actions agree with the values</b>: a create has no {@code before} and an {@code after}, a
 *       delete or forget a {@code before} and no {@code after}, an update, no-op or replacement both,
 *       a read an {@code after}; a deposed object is only deleted or forgotten;
 *   <li><b>masks mirror values</b> ({@link MaskAlignment});
 *   <li><b>prior state agrees with {@code before}</b>: when the plan has a {@code prior_state}, every
 *       managed object with a {@code before} is in it under its address (and deposed key) with that
 *       very value;
 *   <li><b>configuration agrees with addresses</b>: when the plan has a {@code configuration}, each
 *       module call and resource of an instance that stays has its block, with {@code count} for
 *       index keys, {@code for_each} for string keys and neither for no key (a delete because of a
 *       count index or for_each key needs that expression);
 *   <li><b>action invocations agree with the changes</b>: each of {@code action_invocations} and
 *       {@code deferred_action_invocations} has exactly one trigger, and a lifecycle trigger names a
 *       managed object the plan changes with an event that happens to it: {@code BeforeCreate} or
 *       {@code AfterCreate} for a create or a replacement, {@code BeforeUpdate} or {@code
 *       AfterUpdate} for an update, {@code BeforeDestroy} or {@code AfterDestroy} for a delete or a
 *       replacement.
 * </ul>
 *
 * <p>Problems name addresses and sections only, never a value.
 *
 * <pre>{@code
 * Property.forAll(PlanGens.plans()).verify(plan -> assertThat(PlanValidity.problems(plan)).isEmpty());
 * }</pre>
 */
public final class PlanValidity {
  private PlanValidity() {}

  /** Every way the plan differs from what Terraform or OpenTofu could produce; empty when none. */
  public static List<String> problems(Plan plan) {
    List<String> out = new ArrayList<>();
    for (ResourceChange rc : plan.resourceChanges()) {
      actions("resource_changes", rc, out);
    }
    for (ResourceChange rc : plan.resourceDrift()) {
      actions("resource_drift", rc, out);
    }
    out.addAll(MaskAlignment.problems(plan));
    keys(plan, out);
    priorState(plan, out);
    configuration(plan, out);
    invocations(plan, out);
    return out;
  }

  /** One action invocation's triggers, whether deferred or not. */
  private record Invocation(String address, JsonValue lifecycle, JsonValue invoke) {}

  private static void invocations(Plan plan, List<String> out) {
    List<Invocation> all = new ArrayList<>();
    plan.actionInvocations().forEach(a -> all.add(new Invocation(a.address(), a.lifecycleActionTrigger(), a.invokeActionTrigger())));
    if (plan.deferredActionInvocations() instanceof JsonValue.Arr deferred) {
      for (JsonValue d : deferred.elements()) {
        JsonValue a = d.get("action_invocation");
        all.add(new Invocation(a.get("address").asText().orElse("?"), a.get("lifecycle_action_trigger"), a.get("invoke_action_trigger")));
      }
    }
    Map<String, ChangeKind> changed = new HashMap<>();
    for (ResourceChange rc : plan.resourceChanges()) {
      if (rc.deposed().isEmpty() && rc.mode() == ResourceMode.MANAGED) {
        changed.put(rc.address(), rc.kind());
      }
    }
    for (Invocation a : all) {
      String who = "action invocation " + a.address();
      JsonValue lifecycle = a.lifecycle();
      boolean hasLifecycle = !lifecycle.isNullOrAbsent();
      if (hasLifecycle == !a.invoke().isNullOrAbsent()) {
        out.add(who + ": has " + (hasLifecycle ? "two triggers" : "no trigger") + ", not exactly one");
        continue;
      }
      if (!hasLifecycle) {
        continue;
      }
      String resource = lifecycle.get("triggering_resource_address").asText().orElse("");
      String event = lifecycle.get("action_trigger_event").asText().orElse("");
      ChangeKind kind = changed.get(resource);
      if (kind == null) {
        out.add(who + ": its lifecycle trigger names " + resource + ", which the plan does not change");
      } else if (!eventHappens(event, kind)) {
        out.add(who + ": event " + event + " does not happen to " + resource + ", whose change is " + kind);
      }
    }
  }

  private static boolean eventHappens(String event, ChangeKind kind) {
    if (event.endsWith("Create")) {
      return kind == ChangeKind.CREATE || kind.isReplace();
    }
    if (event.endsWith("Update")) {
      return kind == ChangeKind.UPDATE;
    }
    if (event.endsWith("Destroy")) {
      return kind == ChangeKind.DELETE || kind.isReplace();
    }
    return false;
  }

  private static String who(ResourceChange rc) {
    return rc.address() + rc.deposed().map(d -> " (deposed " + d + ")").orElse("");
  }

  private static void actions(String section, ResourceChange rc, List<String> out) {
    boolean before = !rc.change().before().isNullOrAbsent();
    boolean after = !rc.change().after().isNull();
    ChangeKind kind = rc.kind();
    String expected =
        switch (kind) {
          case CREATE -> !before && after ? null : "a create has no before and an after";
          case DELETE, FORGET -> before && !after ? null : "a " + kind.name().toLowerCase(java.util.Locale.ROOT) + " has a before and no after";
          case UPDATE, NO_OP, REPLACE_DELETE_FIRST, REPLACE_CREATE_FIRST, REPLACE_CREATE_THEN_FORGET, REPLACE_FORGET_THEN_CREATE ->
              before && after ? null : "an update, no-op or replacement has both a before and an after";
          case READ -> after ? null : "a read has an after";
          default -> null;
        };
    if (expected != null) {
      out.add(section + " " + who(rc) + ": actions " + rc.change().actions() + " disagree with the values: " + expected);
    }
    if (rc.deposed().isPresent() && kind != ChangeKind.DELETE && kind != ChangeKind.FORGET) {
      out.add(section + " " + who(rc) + ": a deposed object is only deleted or forgotten, not " + rc.change().actions());
    }
  }

  private static boolean exempt(ResourceChange rc) {
    Optional<ActionReason> r = rc.actionReason();
    return r.equals(Optional.of(ActionReason.DELETE_BECAUSE_WRONG_REPETITION))
        || r.equals(Optional.of(ActionReason.DELETE_BECAUSE_NO_RESOURCE_CONFIG))
        || r.equals(Optional.of(ActionReason.DELETE_BECAUSE_NO_MODULE));
  }

  private static String kind(Optional<InstanceKey> key) {
    if (key.isEmpty()) {
      return "no key";
    }
    return key.get() instanceof InstanceKey.IntKey ? "count indexes" : key.get() instanceof InstanceKey.StringKey ? "for_each keys" : "unknown keys";
  }

  private static void keys(Plan plan, List<String> out) {
    Map<String, Map<String, String>> resources = new LinkedHashMap<>();
    Map<String, Map<String, String>> calls = new LinkedHashMap<>();
    for (ResourceChange rc : plan.resourceChanges()) {
      Optional<ResourceAddress> parsed = rc.parsedAddress().toJavaOptional();
      if (parsed.isEmpty() || exempt(rc)) {
        continue;
      }
      ResourceAddress a = parsed.get();
      String resource = (a.mode().equals(ResourceMode.MANAGED) ? "" : a.mode().text() + ".") + a.type() + "." + a.name();
      resources.computeIfAbsent(callPath(a.modulePath(), a.modulePath().size()) + "|" + resource, k -> new LinkedHashMap<>())
          .putIfAbsent(kind(a.key()), rc.address());
      for (int i = 0; i < a.modulePath().size(); i++) {
        calls.computeIfAbsent(callPath(a.modulePath(), i + 1), k -> new LinkedHashMap<>())
            .putIfAbsent(kind(a.modulePath().get(i).key()), rc.address());
      }
    }
    resources.forEach((r, kinds) -> {
      if (kinds.size() > 1) {
        out.add("instance keys of " + r.substring(r.indexOf('|') + 1) + (r.startsWith("|") ? "" : " in " + r.substring(0, r.indexOf('|')))
            + " disagree: " + describe(kinds));
      }
    });
    calls.forEach((c, kinds) -> {
      if (kinds.size() > 1) {
        out.add("instance keys of the module call " + c + " disagree: " + describe(kinds));
      }
    });
  }

  private static String describe(Map<String, String> kinds) {
    List<String> parts = new ArrayList<>();
    kinds.forEach((k, example) -> parts.add(k + " (" + example + ")"));
    return String.join(" and ", parts);
  }

  /** {@code module.a.module.b}: the calls of a module path, without instance keys. */
  private static String callPath(List<ModuleInstance> path, int length) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < length; i++) {
      b.append(i == 0 ? "" : ".").append("module.").append(path.get(i).name());
    }
    return b.toString();
  }

  private static void priorState(Plan plan, List<String> out) {
    if (plan.priorState().isEmpty()) {
      return;
    }
    Map<String, JsonValue> state = new HashMap<>();
    plan.priorState().flatMap(s -> s.values()).flatMap(v -> v.rootModule()).ifPresent(m -> {
      for (ResourceValues r : m.allResources()) {
        state.put(r.address() + "|" + r.deposedKey().orElse(""), r.values());
      }
    });
    for (ResourceChange rc : plan.resourceChanges()) {
      JsonValue before = rc.change().before();
      if (before.isNullOrAbsent() || !rc.mode().equals(ResourceMode.MANAGED)) {
        continue;
      }
      JsonValue inState = state.get(rc.address() + "|" + rc.deposed().orElse(""));
      if (inState == null) {
        out.add("prior_state lacks " + who(rc) + ", whose change has a before");
      } else if (!inState.equals(before)) {
        out.add("prior_state of " + who(rc) + " differs from its change's before");
      }
    }
  }

  private static void configuration(Plan plan, List<String> out) {
    Optional<ModuleConfig> root = plan.configuration().flatMap(c -> c.rootModule());
    if (root.isEmpty()) {
      return;
    }
    for (ResourceChange rc : plan.resourceChanges()) {
      Optional<ResourceAddress> parsed = rc.parsedAddress().toJavaOptional();
      if (parsed.isEmpty() || rc.deposed().isPresent() || exempt(rc)) {
        continue;
      }
      ResourceAddress a = parsed.get();
      ModuleConfig module = root.get();
      boolean found = true;
      for (int i = 0; i < a.modulePath().size() && found; i++) {
        ModuleInstance m = a.modulePath().get(i);
        ModuleCall call = module.moduleCalls().get(m.name());
        if (call == null || call.module().isEmpty()) {
          out.add("configuration lacks the module call " + callPath(a.modulePath(), i + 1) + " of " + rc.address());
          found = false;
        } else {
          repetition("module call " + callPath(a.modulePath(), i + 1), m.key(), call.countExpression(), call.forEachExpression(), rc, out);
          module = call.module().get();
        }
      }
      if (!found) {
        continue;
      }
      String rel = (a.mode().equals(ResourceMode.MANAGED) ? "" : a.mode().text() + ".") + a.type() + "." + a.name();
      Optional<ResourceConfig> config = module.resources().stream().filter(r -> r.address().equals(rel)).findFirst();
      if (config.isEmpty()) {
        out.add("configuration lacks the resource block of " + rc.address());
        continue;
      }
      Optional<ActionReason> reason = rc.actionReason();
      JsonValue count = config.get().countExpression();
      JsonValue forEach = config.get().forEachExpression();
      if (reason.equals(Optional.of(ActionReason.DELETE_BECAUSE_COUNT_INDEX)) && count.isNullOrAbsent()) {
        out.add(rc.address() + " is deleted because of its count index, but its configuration has no count");
      } else if (reason.equals(Optional.of(ActionReason.DELETE_BECAUSE_EACH_KEY)) && forEach.isNullOrAbsent()) {
        out.add(rc.address() + " is deleted because of its for_each key, but its configuration has no for_each");
      } else {
        repetition("resource block", a.key(), count, forEach, rc, out);
      }
    }
  }

  private static void repetition(String block, Optional<InstanceKey> key, JsonValue count, JsonValue forEach, ResourceChange rc, List<String> out) {
    boolean hasCount = !count.isNullOrAbsent();
    boolean hasForEach = !forEach.isNullOrAbsent();
    String has = hasCount ? "count" : hasForEach ? "for_each" : "neither count nor for_each";
    String wants =
        key.isEmpty() ? "neither count nor for_each" : key.get() instanceof InstanceKey.IntKey ? "count" : key.get() instanceof InstanceKey.StringKey ? "for_each" : has;
    if (!wants.equals(has) || (hasCount && hasForEach)) {
      out.add("the " + block + " of " + rc.address() + " has " + has + ", but the address has " + kind(key) + " (" + wants + ")");
    }
  }
}
