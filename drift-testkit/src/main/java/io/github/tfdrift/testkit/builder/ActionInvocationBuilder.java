package io.github.tfdrift.testkit.builder;

import io.github.tfdrift.core.address.AttributePath;
import io.github.tfdrift.core.model.ActionInvocation;
import io.github.tfdrift.core.model.Plan;
import io.github.tfdrift.core.value.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One entry of {@code action_invocations} (Terraform 1.14+) as Terraform's {@code jsonplan} writes it:
 * {@code address}, {@code type} and {@code name} derived from the address, {@code provider_name},
 * {@code config_values} without the unknown attributes, {@code config_sensitive} and {@code
 * config_unknown} mirrors (empty objects when nothing is marked), and exactly one trigger: {@code
 * invoke_action_trigger} ({@code apply -invoke}; {@code {}}, or {@code calling_resource_address} from
 * 1.16) or {@code lifecycle_action_trigger} ({@code triggering_resource_address}, {@code
 * action_trigger_event} such as {@code AfterCreate}, {@code action_trigger_block_index}, {@code
 * actions_list_index}, and from 1.16 {@code on_failure} such as {@code ActionOnFailureHalt}). Start
 * with {@link PlanBuilder#action(String)}; {@link #deferred(String)} puts it under {@code
 * deferred_action_invocations} instead.
 */
public final class ActionInvocationBuilder {
  private static final Pattern ADDRESS = Pattern.compile("(?:.*\\.)?action\\.([A-Za-z0-9_-]+)\\.([A-Za-z0-9_-]+)(\\[.*\\])?");

  private final PlanBuilder plan;
  private final String address;
  private final String type;
  private final String name;
  private JsonValue config = JsonValue.Obj.EMPTY;
  private final List<AttributePath> sensitive = new ArrayList<>();
  private final List<AttributePath> unknown = new ArrayList<>();
  private Optional<Map<String, JsonValue>> lifecycle = Optional.empty();
  private Optional<String> callingResource = Optional.empty();
  private Optional<String> deferral = Optional.empty();
  private Optional<String> provider = Optional.empty();

  ActionInvocationBuilder(PlanBuilder plan, String address) {
    this.plan = plan;
    this.address = Objects.requireNonNull(address, "address");
    Matcher m = ADDRESS.matcher(address);
    if (!m.matches()) {
      throw new IllegalArgumentException("not an action address (action.TYPE.NAME[key]): " + address);
    }
    this.type = m.group(1);
    this.name = m.group(2);
  }

  /** {@code config_values}: the action's configuration (an object). */
  public ActionInvocationBuilder config(JsonValue values) {
    this.config = Objects.requireNonNull(values, "values");
    return this;
  }

  /** Marks config attributes sensitive ({@code config_sensitive}); Terraform notation. */
  public ActionInvocationBuilder sensitive(String... paths) {
    for (String p : paths) {
      sensitive.add(path(p));
    }
    return this;
  }

  /** Marks config attributes unknown ({@code config_unknown}); they are removed from {@code config_values}. */
  public ActionInvocationBuilder unknown(String... paths) {
    for (String p : paths) {
      unknown.add(path(p));
    }
    return this;
  }

  /** {@code provider_name}; by default derived from the type as for resources. */
  public ActionInvocationBuilder provider(String providerName) {
    this.provider = Optional.of(providerName);
    return this;
  }

  /**
   * A lifecycle trigger: {@code event} is Terraform's word ({@code BeforeCreate}, {@code AfterCreate},
   * {@code BeforeUpdate}, {@code AfterUpdate}, {@code BeforeDestroy}, {@code AfterDestroy}); block
   * and list index 0.
   */
  public ActionInvocationBuilder triggeredBy(String resourceAddress, String event) {
    return triggeredBy(resourceAddress, event, 0, 0);
  }

  /** A lifecycle trigger with the {@code action_trigger} block index and the index in its {@code actions} list. */
  public ActionInvocationBuilder triggeredBy(String resourceAddress, String event, int blockIndex, int listIndex) {
    Map<String, JsonValue> t = new LinkedHashMap<>();
    t.put("triggering_resource_address", JsonValue.of(resourceAddress));
    t.put("action_trigger_event", JsonValue.of(event));
    t.put("action_trigger_block_index", JsonValue.of(blockIndex));
    t.put("actions_list_index", JsonValue.of(listIndex));
    lifecycle.ifPresent(old -> Optional.ofNullable(old.get("on_failure")).ifPresent(f -> t.put("on_failure", f)));
    lifecycle = Optional.of(t);
    return this;
  }

  /**
   * The lifecycle trigger's {@code on_failure} (Terraform 1.16): {@code ActionOnFailureHalt}, {@code
   * ActionOnFailureTaint} or {@code ActionOnFailureContinue}. Call after {@link #triggeredBy}.
   */
  public ActionInvocationBuilder onFailure(String mode) {
    Map<String, JsonValue> t = lifecycle.orElseThrow(() -> new IllegalStateException("onFailure needs a lifecycle trigger: call triggeredBy first"));
    t.put("on_failure", JsonValue.of(mode));
    return this;
  }

  /** An invoke trigger called from a resource ({@code calling_resource_address}, Terraform 1.16). */
  public ActionInvocationBuilder calledFrom(String resourceAddress) {
    this.callingResource = Optional.of(resourceAddress);
    return this;
  }

  /** Puts the invocation under {@code deferred_action_invocations} with this {@code reason}. */
  public ActionInvocationBuilder deferred(String reason) {
    this.deferral = Optional.of(Objects.requireNonNull(reason, "reason"));
    return this;
  }

  /** Starts the next action invocation of the same plan. */
  public ActionInvocationBuilder action(String nextAddress) {
    return plan.action(nextAddress);
  }

  /** Starts a resource of the same plan. */
  public ResourceChangeBuilder resource(String resourceAddress) {
    return plan.resource(resourceAddress);
  }

  /** Back to the plan. */
  public PlanBuilder and() {
    return plan;
  }

  /** Builds the whole plan. */
  public Plan build() {
    return plan.build();
  }

  Optional<String> deferral() {
    return deferral;
  }

  ActionInvocation toInvocation(PlanBuilder.Tool tool) {
    JsonValue known = Mirrors.withoutPaths(config, unknown);
    Map<String, JsonValue> invoke = new LinkedHashMap<>();
    callingResource.ifPresent(c -> invoke.put("calling_resource_address", JsonValue.of(c)));
    var b =
        ActionInvocation.builder()
            .address(address)
            .type(type)
            .name(name)
            .providerName(provider.orElseGet(() -> PlanBuilder.defaultProvider(type, tool)))
            .configValues(known)
            .configSensitive(Mirrors.mirror(known, sensitive))
            .configUnknown(Mirrors.unknownMirror(known, unknown));
    if (lifecycle.isPresent()) {
      b.lifecycleActionTrigger(JsonValue.object(lifecycle.get()));
    } else {
      b.invokeActionTrigger(JsonValue.object(invoke));
    }
    return b.build();
  }

  private static AttributePath path(String p) {
    return AttributePath.parse(p).getOrElseThrow(m -> new IllegalArgumentException("bad attribute path: " + m));
  }
}
