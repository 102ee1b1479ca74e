package io.github.tfdrift.rules.spi;

import io.github.tfdrift.core.model.ActionInvocation;
import io.github.tfdrift.core.model.ChangeKind;
import io.github.tfdrift.core.model.ResourceChange;
import io.github.tfdrift.core.value.JsonValue;
import io.github.tfdrift.core.value.JsonValues;
import io.github.tfdrift.rules.ActionTrigger;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the plan says about one action invocation ({@code action_invocations}, or an entry of
 * {@code deferred_action_invocations}, Terraform 1.14+): the invocation, the deferral reason of a
 * deferred one, and the planned change of the resource whose lifecycle triggers it. The sibling of
 * {@link EntryFacts} for {@link Rule#evaluateAction}. {@link #toString()} never shows config values.
 *
 * @param invocation the {@code action_invocations} entry (for a deferred one, its {@code
 *     action_invocation})
 * @param deferralReason the {@code reason} of a {@code deferred_action_invocations} entry; empty for a
 *     planned invocation
 * @param triggeringChange the {@code resource_changes} entry of the triggering resource (lifecycle
 *     triggers), if the plan has one
 */
public record ActionFacts(ActionInvocation invocation, Optional<String> deferralReason, Optional<ResourceChange> triggeringChange) {

  /** Validates the parts. */
  public ActionFacts {
    Objects.requireNonNull(invocation, "invocation");
    Objects.requireNonNull(deferralReason, "deferralReason");
    Objects.requireNonNull(triggeringChange, "triggeringChange");
  }

  /** The action's address: {@code action.TYPE.NAME[key]}. */
  public String address() {
    return invocation.address();
  }

  /** The action type ({@code aws_lambda_invoke}), or empty when the plan does not say. */
  public String type() {
    return invocation.type().orElse("");
  }

  /** True for an entry of {@code deferred_action_invocations}: Terraform could not plan it yet. */
  public boolean isDeferred() {
    return deferralReason.isPresent();
  }

  /** True when the invocation has a {@code lifecycle_action_trigger}: a resource's event runs it. */
  public boolean isLifecycleTriggered() {
    return !invocation.lifecycleActionTrigger().isNullOrAbsent();
  }

  /** True when the invocation was asked for with {@code apply -invoke} ({@code invoke_action_trigger}). */
  public boolean isInvoked() {
    return !isLifecycleTriggered();
  }

  /** The lifecycle trigger's {@code triggering_resource_address}. */
  public Optional<String> triggeringResource() {
    return invocation.lifecycleActionTrigger().get("triggering_resource_address").asText();
  }

  /**
   * The lifecycle trigger's {@code action_trigger_event} in plain words: {@code before create}, {@code
   * after destroy}; an unknown word is kept as written.
   */
  public Optional<String> event() {
    return invocation.lifecycleActionTrigger().get("action_trigger_event").asText().map(ActionFacts::words);
  }

  /**
   * The lifecycle trigger's {@code on_failure} (Terraform 1.16) in plain words: {@code halt}, {@code
   * taint}, {@code continue}; an unknown word is kept as written.
   */
  public Optional<String> onFailure() {
    return invocation.lifecycleActionTrigger().get("on_failure").asText().map(w -> words(w.startsWith("ActionOnFailure") ? w.substring(15) : w));
  }

  /** The invoke trigger's {@code calling_resource_address} (Terraform 1.16). */
  public Optional<String> callingResource() {
    return invocation.invokeActionTrigger().get("calling_resource_address").asText();
  }

  /**
   * What triggers the invocation, in one phrase: {@code "apply -invoke"}, or {@code "after create of
   * aws_instance.web"}, with the {@code on_failure} mode when the plan gives one.
   */
  public String trigger() {
    if (isInvoked()) {
      return "apply -invoke" + callingResource().map(c -> " (called from " + c + ")").orElse("");
    }
    return event().orElse("an event") + " of " + triggeringResource().orElse("a resource")
        + onFailure().map(f -> " (on failure: " + f + ")").orElse("");
  }

  /**
   * True when the invocation goes with a destroy or a replacement of its triggering resource: a
   * destroy event, or a planned change of the triggering resource that deletes it.
   */
  public boolean isTiedToDestroy() {
    if (isInvoked()) {
      return false;
    }
    boolean destroyEvent = event().map(e -> e.endsWith("destroy")).orElse(false);
    return destroyEvent || triggeringKind().isDestructive();
  }

  /** What the plan does to the triggering resource; {@link ChangeKind#NO_OP} when it does not say. */
  public ChangeKind triggeringKind() {
    return triggeringChange.map(ResourceChange::kind).orElse(ChangeKind.NO_OP);
  }

  /**
   * A key that tells this invocation from every other one of the plan: the same action can be
   * triggered by several resources and events.
   */
  public String key() {
    JsonValue t = invocation.lifecycleActionTrigger();
    return address() + " " + (isDeferred() ? "deferred " : "") + (isInvoked() ? "invoke" + callingResource().map(c -> " " + c).orElse("")
        : triggeringResource().orElse("") + " " + t.get("action_trigger_event").asText().orElse("")
            + " " + index(t.get("action_trigger_block_index"))
            + " " + index(t.get("actions_list_index")));
  }

  private static String index(JsonValue v) {
    return v.isAbsent() ? "-" : JsonValues.toJson(v);
  }

  /** The trigger as reports show it. */
  public ActionTrigger triggeredBy() {
    return new ActionTrigger(
        isInvoked(), isInvoked() ? callingResource() : triggeringResource(), event(), onFailure(), trigger(), isTiedToDestroy());
  }

  /** {@code BeforeCreate} to {@code before create}. */
  private static String words(String camel) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < camel.length(); i++) {
      char c = camel.charAt(i);
      if (Character.isUpperCase(c) && i > 0) {
        s.append(' ');
      }
      s.append(Character.toLowerCase(c));
    }
    return s.toString().toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return "ActionFacts{" + address() + ", " + trigger() + deferralReason.map(r -> ", deferred " + r).orElse("") + "}";
  }
}
