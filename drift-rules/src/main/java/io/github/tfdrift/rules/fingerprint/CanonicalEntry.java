package io.github.tfdrift.rules.fingerprint;

import io.github.tfdrift.core.address.AttributePath;
import io.github.tfdrift.core.model.Action;
import io.github.tfdrift.core.model.ActionInvocation;
import io.github.tfdrift.core.model.ActionReason;
import io.github.tfdrift.core.model.Change;
import io.github.tfdrift.core.model.ChangeKind;
import io.github.tfdrift.core.model.InstanceId;
import io.github.tfdrift.core.model.Plan;
import io.github.tfdrift.core.model.ResourceChange;
import io.github.tfdrift.core.value.JsonValue;
import io.github.tfdrift.rules.normalize.NormalizerRegistry;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What one resource change or output change of a plan will do, in canonical form: the part of the
 * plan a {@link PlanFingerprint} hashes and a {@link PlanComparison} compares. {@code afterSensitive}
 * is kept only to hide paths inside sensitive values when differences are described; it is neither
 * hashed nor compared.
 */
final class CanonicalEntry {
  /** Which list of the plan the entry comes from. */
  enum Source {
    RESOURCE("resource"),
    OUTPUT("output"),
    ACTION("action");

    final String word;

    Source(String word) {
      this.word = word;
    }
  }

  final Source source;
  final InstanceId id;
  final Optional<String> previousAddress;
  final List<String> actions;
  final Optional<String> actionReason;
  final List<String> replacePaths;
  final Optional<String> importId;
  final Optional<Boolean> importUnknown;
  final Node planned;
  final JsonValue afterSensitive;
  final Optional<String> trigger;
  final Optional<Node> identity;
  final Optional<Node> importIdentity;

  private CanonicalEntry(
      Source source,
      InstanceId id,
      Optional<String> previousAddress,
      List<String> actions,
      Optional<String> actionReason,
      List<String> replacePaths,
      Optional<String> importId,
      Optional<Boolean> importUnknown,
      Node planned,
      JsonValue afterSensitive,
      Optional<Node> identity,
      Optional<Node> importIdentity) {
    this(source, id, previousAddress, actions, actionReason, replacePaths, importId, importUnknown, planned, afterSensitive, Optional.empty(),
        identity, importIdentity);
  }

  private CanonicalEntry(
      Source source,
      InstanceId id,
      Optional<String> previousAddress,
      List<String> actions,
      Optional<String> actionReason,
      List<String> replacePaths,
      Optional<String> importId,
      Optional<Boolean> importUnknown,
      Node planned,
      JsonValue afterSensitive,
      Optional<String> trigger,
      Optional<Node> identity,
      Optional<Node> importIdentity) {
    this.source = source;
    this.id = id;
    this.previousAddress = previousAddress;
    this.actions = List.copyOf(actions);
    this.actionReason = actionReason;
    this.replacePaths = List.copyOf(replacePaths);
    this.importId = importId;
    this.importUnknown = importUnknown;
    this.planned = planned;
    this.afterSensitive = afterSensitive;
    this.trigger = trigger;
    this.identity = identity;
    this.importIdentity = importIdentity;
  }

  /** The key that pairs entries of two plans: source, address and deposed key. */
  String key() {
    return source.word + " " + id.address() + id.deposed().map(d -> " deposed " + d).orElse("") + trigger.map(t -> " trigger " + t).orElse("");
  }

  /** The address as reports show it: {@code output.NAME} for outputs, with the deposed key if any. */
  String display() {
    return id.address() + id.deposed().map(d -> " (deposed object " + d + ")").orElse("") + trigger.map(t -> " (" + t + ")").orElse("");
  }

  /** The entries of a plan that do something, sorted by source, address and deposed key. */
  static List<CanonicalEntry> of(Plan plan) {
    Objects.requireNonNull(plan, "plan");
    List<CanonicalEntry> l = new ArrayList<>();
    for (ResourceChange rc : plan.resourceChanges()) {
      Change c = rc.change();
      Optional<String> moved = rc.previousAddress().filter(p -> !p.equals(rc.address()));
      if (c.kind() == ChangeKind.NO_OP && moved.isEmpty() && c.importing().isEmpty()) {
        continue;
      }
      List<String> replace = new ArrayList<>();
      for (AttributePath p : c.replacePaths()) {
        replace.add(p.render());
      }
      replace.sort(Comparator.naturalOrder());
      l.add(
          new CanonicalEntry(
              Source.RESOURCE,
              rc.id(),
              moved,
              actions(c),
              rc.actionReason().map(ActionReason::text),
              replace,
              c.importing().flatMap(i -> i.id()),
              c.importing().flatMap(i -> i.unknown()),
              canonical(c.after(), c.afterUnknown(), true),
              c.afterSensitive(),
              identity(c.afterIdentity()),
              c.importing().flatMap(i -> identity(i.identity()))));
    }
    for (Map.Entry<String, Change> e : plan.outputChanges().entrySet()) {
      Change c = e.getValue();
      if (c.kind() == ChangeKind.NO_OP) {
        continue;
      }
      l.add(
          new CanonicalEntry(
              Source.OUTPUT,
              InstanceId.of("output." + e.getKey()),
              Optional.empty(),
              actions(c),
              Optional.empty(),
              List.of(),
              Optional.empty(),
              Optional.empty(),
              canonical(c.after(), c.afterUnknown(), true),
              c.afterSensitive(),
              Optional.empty(),
              Optional.empty()));
    }
    addActions(plan, l);
    l.sort(Comparator.comparing((CanonicalEntry x) -> x.source).thenComparing(x -> x.id).thenComparing(x -> x.trigger.orElse("")));
    return l;
  }

  /**
   * One entry per action invocation: {@code action_invocations} (actions {@code [invoke]}) and
   * {@code deferred_action_invocations} (actions {@code [defer]}, the deferral reason as action
   * reason); keyed by address and trigger, since one action can be triggered by several resources and
   * events; the planned value is {@code config_values} with {@code config_unknown}.
   */
  private static void addActions(Plan plan, List<CanonicalEntry> l) {
    for (ActionInvocation a : plan.actionInvocations()) {
      l.add(action(a.address(), a.configValues(), a.configUnknown(), a.configSensitive(), a.lifecycleActionTrigger(), a.invokeActionTrigger(),
          Optional.empty()));
    }
    if (plan.deferredActionInvocations() instanceof JsonValue.Arr arr) {
      for (int i = 0; i < arr.size(); i++) {
        JsonValue d = arr.get(i);
        JsonValue a = d.get("action_invocation");
        Optional<String> address = a.get("address").asText();
        if (address.isEmpty()) {
          continue;
        }
        l.add(action(address.get(), a.get("config_values"), a.get("config_unknown"), a.get("config_sensitive"), a.get("lifecycle_action_trigger"),
            a.get("invoke_action_trigger"), Optional.of(d.get("reason").asText().orElse("unknown"))));
      }
    }
  }

  private static CanonicalEntry action(
      String address, JsonValue config, JsonValue unknown, JsonValue sensitive, JsonValue lifecycle, JsonValue invoke, Optional<String> deferral) {
    String trigger;
    if (!lifecycle.isNullOrAbsent()) {
      trigger = lifecycle.get("action_trigger_event").asText().orElse("?") + " of " + lifecycle.get("triggering_resource_address").asText().orElse("?")
          + " #" + word(lifecycle.get("action_trigger_block_index")) + "." + word(lifecycle.get("actions_list_index"))
          + lifecycle.get("on_failure").asText().map(f -> " " + f).orElse("");
    } else {
      trigger = "invoke" + invoke.get("calling_resource_address").asText().map(c -> " from " + c).orElse("");
    }
    return new CanonicalEntry(
        Source.ACTION,
        InstanceId.of(address),
        Optional.empty(),
        List.of(deferral.isPresent() ? "defer" : "invoke"),
        deferral,
        List.of(),
        Optional.empty(),
        Optional.empty(),
        canonical(config, unknown, true),
        sensitive,
        Optional.of(trigger),
        Optional.empty(),
        Optional.empty());
  }

  /**
   * The canonical form of a planned identity ({@code after_identity}, {@code importing.identity}),
   * when the plan has one (Terraform 1.12+ writes it only when the provider gives the resource type an
   * identity); values canonical as {@code after}'s, without normalisers (an identity holds names and
   * IDs, never documents).
   */
  private static Optional<Node> identity(JsonValue identity) {
    return identity.isNullOrAbsent() ? Optional.empty() : Optional.of(canonical(identity, JsonValue.absent(), false));
  }

  private static String word(JsonValue v) {
    return v instanceof JsonValue.Num n ? n.decimalValue().toPlainString() : v.asText().orElse("-");
  }

  private static List<String> actions(Change c) {
    List<String> l = new ArrayList<>(c.actions().size());
    for (Action a : c.actions()) {
      l.add(a.text());
    }
    return l;
  }

  /**
   * The canonical form of {@code value} with its {@code after_unknown} mirror; {@code normalise} says
   * whether the default normalisers apply (not inside a value they already normalised).
   */
  static Node canonical(JsonValue value, JsonValue unknown, boolean normalise) {
    if (isTrue(unknown)) {
      return Node.Unknown.INSTANCE;
    }
    boolean partlyUnknown = anyTrue(unknown);
    if (normalise && !partlyUnknown && (value instanceof JsonValue.Str || value instanceof JsonValue.Arr)) {
      Optional<NormalizerRegistry.Detected> d = NormalizerRegistry.defaults().detectedForm(value);
      if (d.isPresent()) {
        return new Node.Normalised(d.get().normalizer().id(), canonical(d.get().canonical(), JsonValue.absent(), false));
      }
    }
    if (value.isAbsent() && unknown instanceof JsonValue.Obj) {
      value = JsonValue.Obj.EMPTY;
    } else if (value.isAbsent() && unknown instanceof JsonValue.Arr) {
      value = JsonValue.Arr.EMPTY;
    }
    if (value instanceof JsonValue.Obj o) {
      TreeMap<String, Node> m = new TreeMap<>();
      for (int i = 0; i < o.size(); i++) {
        String k = o.keyAt(i);
        JsonValue v = o.valueAt(i);
        JsonValue u = unknown.get(k);
        if (v.isNullOrAbsent() && !anyTrue(u)) {
          continue; // Terraform writes unset attributes as null: null and missing are the same
        }
        m.put(k, canonical(v, u, normalise));
      }
      if (unknown instanceof JsonValue.Obj uo) {
        for (int i = 0; i < uo.size(); i++) {
          String k = uo.keyAt(i);
          if (!m.containsKey(k) && anyTrue(uo.valueAt(i))) {
            m.put(k, canonical(JsonValue.absent(), uo.valueAt(i), normalise));
          }
        }
      }
      return new Node.Members(m);
    }
    if (value instanceof JsonValue.Arr a) {
      int n = a.size();
      if (unknown instanceof JsonValue.Arr ua) {
        n = Math.max(n, ua.size());
      }
      List<Node> l = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        l.add(canonical(a.get(i), unknown.get(i), normalise));
      }
      return new Node.Seq(l);
    }
    if (value instanceof JsonValue.Num num) {
      BigDecimal d = num.decimalValue();
      return new Node.Leaf('n', d.signum() == 0 ? "0" : d.stripTrailingZeros().toString());
    }
    if (value instanceof JsonValue.Str s) {
      return new Node.Leaf('s', s.value());
    }
    if (value instanceof JsonValue.Bool b) {
      return new Node.Leaf('b', Boolean.toString(b.value()));
    }
    if (value.isNull()) {
      return new Node.Leaf('z', "");
    }
    return Node.MISSING;
  }

  static boolean isTrue(JsonValue v) {
    return v instanceof JsonValue.Bool b && b.value();
  }

  static boolean anyTrue(JsonValue v) {
    if (v instanceof JsonValue.Bool b) {
      return b.value();
    }
    if (v instanceof JsonValue.Arr a) {
      for (int i = 0; i < a.size(); i++) {
        if (anyTrue(a.get(i))) {
          return true;
        }
      }
    } else if (v instanceof JsonValue.Obj o) {
      for (int i = 0; i < o.size(); i++) {
        if (anyTrue(o.valueAt(i))) {
          return true;
        }
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return "CanonicalEntry[" + key() + ", " + actions + "]";
  }
}
