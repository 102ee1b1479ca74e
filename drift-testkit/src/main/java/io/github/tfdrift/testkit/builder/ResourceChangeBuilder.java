package io.github.tfdrift.testkit.builder;

import io.github.tfdrift.core.address.AttributePath;
import io.github.tfdrift.core.address.InstanceKey;
import io.github.tfdrift.core.address.ResourceAddress;
import io.github.tfdrift.core.address.ResourceMode;
import io.github.tfdrift.core.model.Action;
import io.github.tfdrift.core.model.ActionReason;
import io.github.tfdrift.core.model.Change;
import io.github.tfdrift.core.model.ChangeKind;
import io.github.tfdrift.core.model.ImmutableChange;
import io.github.tfdrift.core.model.ImmutableResourceChange;
import io.github.tfdrift.core.model.Importing;
import io.github.tfdrift.core.model.Plan;
import io.github.tfdrift.core.model.ResourceChange;
import io.github.tfdrift.core.value.JsonValue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Describes one resource instance object of a plan being built: what apply would do to it ({@code
 * resource_changes}), optionally what changed outside ({@code resource_drift}), and the mirrors,
 * which are generated from the values and the sensitive and unknown paths given here. Obtained from
 * {@link PlanBuilder#resource(String)}; {@link #build()} builds the whole plan.
 *
 * <p>Rules checked when the plan is built (an {@link IllegalArgumentException} names the address and
 * the rule): an action is chosen; create has no {@code before}, delete and forget have no {@code
 * after}; update and replace have both; a no-op has equal values; {@code read} is for data sources
 * and data sources only read; replace paths only on replacements; a deposed object (8 hex digits) is
 * only deleted or forgotten; importing only with no-op or update; an action reason that fits the
 * action; the unknown instance key {@code [*]} and {@link #deferred(String) deferral} only in
 * Terraform plans, {@code [*]} only for deferred changes and without drift.
 */
public final class ResourceChangeBuilder {
  private final PlanBuilder plan;
  private final String address;
  private final ResourceAddress parsed;
  private String provider;
  private List<Action> actions;
  private JsonValue before = JsonValue.absent();
  private JsonValue after = JsonValue.absent();
  private final List<AttributePath> sensitive = new ArrayList<>();
  private final List<AttributePath> unknown = new ArrayList<>();
  private final List<AttributePath> replacePaths = new ArrayList<>();
  private ActionReason reason;
  private String deposed;
  private String importId;
  private String previousAddress;
  private int schemaVersion;
  private DriftKind drift = DriftKind.NONE;
  private JsonValue driftBefore = JsonValue.absent();
  private JsonValue driftAfter = JsonValue.absent();
  private final List<String> dependsOn = new ArrayList<>();
  private JsonValue expressions = JsonValue.Obj.EMPTY;
  private String deferralReason;
  private JsonValue beforeIdentity = JsonValue.absent();
  private JsonValue afterIdentity = JsonValue.absent();
  private int identitySchemaVersion;

  private enum DriftKind {
    NONE,
    UPDATE,
    DELETE
  }

  ResourceChangeBuilder(PlanBuilder plan, String address) {
    this.plan = plan;
    this.address = Objects.requireNonNull(address, "address");
    this.parsed =
        ResourceAddress.parse(address)
            .getOrElseThrow(m -> new IllegalArgumentException("not a resource instance address: " + m));
  }

  private boolean unknownKey() {
    return parsed.key().isPresent() && parsed.key().get() instanceof InstanceKey.UnknownKey;
  }

  // ---- actions -------------------------------------------------------------------------------

  /** {@code ["create"]}: a new object; {@code before} is {@code null}. */
  public ResourceChangeBuilder create() {
    return actions(Action.CREATE);
  }

  /** {@code ["read"]}: a data source read during apply. */
  public ResourceChangeBuilder read() {
    return actions(Action.READ);
  }

  /** {@code ["update"]}: an in-place update. */
  public ResourceChangeBuilder update() {
    return actions(Action.UPDATE);
  }

  /** {@code ["delete"]}: the object is destroyed; {@code after} is {@code null}. */
  public ResourceChangeBuilder delete() {
    return actions(Action.DELETE);
  }

  /** {@code ["no-op"]}: nothing to do; {@code before} equals {@code after}. */
  public ResourceChangeBuilder noOp() {
    return actions(Action.NO_OP);
  }

  /** {@code ["delete","create"]}: destroy, then create (the default replacement). */
  public ResourceChangeBuilder replace() {
    return actions(Action.DELETE, Action.CREATE);
  }

  /** {@code ["create","delete"]}: create_before_destroy. */
  public ResourceChangeBuilder replaceCreateFirst() {
    return actions(Action.CREATE, Action.DELETE);
  }

  /** {@code ["forget"]}: removed from state, not destroyed. */
  public ResourceChangeBuilder forget() {
    return actions(Action.FORGET);
  }

  /** Any actions array, for unusual shapes. */
  public ResourceChangeBuilder actions(Action... actions) {
    this.actions = List.copyOf(Arrays.asList(actions));
    return this;
  }

  // ---- values --------------------------------------------------------------------------------

  /** {@code before}: the refreshed state of the object. */
  public ResourceChangeBuilder before(JsonValue before) {
    this.before = Objects.requireNonNull(before, "before");
    return this;
  }

  /** {@code after}: the planned value, unknown attributes included (name them with {@link #unknown}). */
  public ResourceChangeBuilder after(JsonValue after) {
    this.after = Objects.requireNonNull(after, "after");
    return this;
  }

  /** Both {@code before} and {@code after}: for no-ops. */
  public ResourceChangeBuilder value(JsonValue value) {
    return before(value).after(value);
  }

  /**
   * Marks attributes sensitive in every value of this object (before, after, drift, state), as a
   * schema-sensitive attribute is. Paths use Terraform's notation: {@code
   * initialization[0].user_account[0].password}.
   */
  public ResourceChangeBuilder sensitive(String... paths) {
    for (String p : paths) {
      sensitive.add(path(p));
    }
    return this;
  }

  /** Marks attributes of {@code after} unknown (known after apply); they are removed from {@code after}. */
  public ResourceChangeBuilder unknown(String... paths) {
    for (String p : paths) {
      unknown.add(path(p));
    }
    return this;
  }

  /** Marks attributes sensitive everywhere, as {@link #sensitive(String...)} does. */
  public ResourceChangeBuilder sensitive(AttributePath... paths) {
    sensitive.addAll(Arrays.asList(paths));
    return this;
  }

  /** Marks attributes of {@code after} unknown, as {@link #unknown(String...)} does. */
  public ResourceChangeBuilder unknown(AttributePath... paths) {
    unknown.addAll(Arrays.asList(paths));
    return this;
  }

  /** Adds a {@code replace_paths} entry. */
  public ResourceChangeBuilder replacePath(String path) {
    replacePaths.add(path(path));
    return this;
  }

  /** Adds a {@code replace_paths} entry. */
  public ResourceChangeBuilder replacePath(AttributePath path) {
    replacePaths.add(Objects.requireNonNull(path, "path"));
    return this;
  }

  /** {@code action_reason}. */
  public ResourceChangeBuilder reason(ActionReason reason) {
    this.reason = Objects.requireNonNull(reason, "reason");
    return this;
  }

  /** {@code action_reason} from its word. */
  public ResourceChangeBuilder reason(String reason) {
    return reason(ActionReason.of(reason));
  }

  /** Makes this the change of a deposed object with the given key (8 hex digits). */
  public ResourceChangeBuilder deposed(String key) {
    this.deposed = Objects.requireNonNull(key, "key");
    return this;
  }

  /** {@code importing}: this change also imports the object with the given ID. */
  public ResourceChangeBuilder importing(String id) {
    this.importId = Objects.requireNonNull(id, "id");
    return this;
  }

  /**
   * Makes this a deferred change (Terraform 1.9+, {@code plan -allow-deferral}): it goes to {@code
   * deferred_changes} with this {@code reason} instead of {@code resource_changes}, is left out of
   * {@code planned_values}, and makes the plan incomplete ({@code complete: false}). An address
   * ending in {@code [*]} gets {@code index_unknown: true}. Reasons Terraform writes: {@code unknown},
   * {@code instance_count_unknown}, {@code resource_config_unknown}, {@code provider_config_unknown},
   * {@code deferred_prereq}, {@code absent_prereq}; any other word is written as given.
   */
  public ResourceChangeBuilder deferred(String reason) {
    this.deferralReason = Objects.requireNonNull(reason, "reason");
    return this;
  }

  /**
   * The object's resource identity (Terraform 1.12+, OpenTofu 1.12+), the same before and after, as a
   * provider that defines identities gives it: written as {@code before_identity} when the change has a
   * {@code before} object and {@code after_identity} when it has an {@code after} object (as Terraform's
   * {@code jsonplan} writes each only when it is not null), and as {@code identity} (with {@code
   * identity_schema_version}) of the object in {@code prior_state} and {@code planned_values}. A
   * planned create's identity may hold {@code null} members the provider knows only after apply.
   * Imitate a 1.12 or later version.
   */
  public ResourceChangeBuilder identity(JsonValue identity) {
    return identity(identity, identity);
  }

  /** The identity before ({@code before_identity}) and after ({@code after_identity}), when they differ. */
  public ResourceChangeBuilder identity(JsonValue before, JsonValue after) {
    this.beforeIdentity = Objects.requireNonNull(before, "before");
    this.afterIdentity = Objects.requireNonNull(after, "after");
    return this;
  }

  /** {@code identity_schema_version} of the object in the values representations (default 0). */
  public ResourceChangeBuilder identitySchemaVersion(int version) {
    this.identitySchemaVersion = version;
    return this;
  }

  /** {@code previous_address}: the object was moved here from another address. */
  public ResourceChangeBuilder movedFrom(String previousAddress) {
    this.previousAddress = Objects.requireNonNull(previousAddress, "previousAddress");
    return this;
  }

  /** {@code provider_name}; by default derived from the type and the tool. */
  public ResourceChangeBuilder provider(String sourceAddress) {
    this.provider = Objects.requireNonNull(sourceAddress, "sourceAddress");
    return this;
  }

  /** {@code schema_version} in the values representations (default 0). */
  public ResourceChangeBuilder schemaVersion(int version) {
    this.schemaVersion = version;
    return this;
  }

  /** {@code depends_on} of the object in {@code prior_state}. */
  public ResourceChangeBuilder dependsOn(String... addresses) {
    dependsOn.addAll(Arrays.asList(addresses));
    return this;
  }

  /** The {@code expressions} of this resource's block in {@code configuration} (default {@code {}}). */
  public ResourceChangeBuilder expressions(JsonValue expressions) {
    this.expressions = Objects.requireNonNull(expressions, "expressions");
    return this;
  }

  // ---- drift ---------------------------------------------------------------------------------

  /**
   * Adds a {@code resource_drift} entry: the object was {@code beforeRefresh} in state and refresh
   * found this change's {@code before}.
   */
  public ResourceChangeBuilder drift(JsonValue beforeRefresh) {
    this.drift = DriftKind.UPDATE;
    this.driftBefore = Objects.requireNonNull(beforeRefresh, "beforeRefresh");
    this.driftAfter = JsonValue.absent();
    return this;
  }

  /** Adds a {@code resource_drift} update entry with both values given. */
  public ResourceChangeBuilder drift(JsonValue beforeRefresh, JsonValue afterRefresh) {
    this.drift = DriftKind.UPDATE;
    this.driftBefore = Objects.requireNonNull(beforeRefresh, "beforeRefresh");
    this.driftAfter = Objects.requireNonNull(afterRefresh, "afterRefresh");
    return this;
  }

  /** Adds a {@code resource_drift} delete entry: the object, last known as given, is gone. */
  public ResourceChangeBuilder deletedOutside(JsonValue lastKnown) {
    this.drift = DriftKind.DELETE;
    this.driftBefore = Objects.requireNonNull(lastKnown, "lastKnown");
    this.driftAfter = JsonValue.nullValue();
    return this;
  }

  // ---- chaining ------------------------------------------------------------------------------

  /** Starts the next resource of the same plan. */
  public ResourceChangeBuilder resource(String address) {
    return plan.resource(address);
  }

  /** Back to the plan. */
  public PlanBuilder and() {
    return plan;
  }

  /**
   * Builds the whole plan.
   *
   * @throws IllegalArgumentException when a resource breaks a rule of the format
   */
  public Plan build() {
    return plan.build();
  }

  // ---- used by PlanBuilder -------------------------------------------------------------------

  String address() {
    return address;
  }

  ResourceAddress parsed() {
    return parsed;
  }

  Optional<String> deposedKey() {
    return Optional.ofNullable(deposed);
  }

  Optional<ActionReason> actionReason() {
    return Optional.ofNullable(reason);
  }

  Optional<String> deferral() {
    return Optional.ofNullable(deferralReason);
  }

  int schemaVersion() {
    return schemaVersion;
  }

  int identitySchemaVersion() {
    return identitySchemaVersion;
  }

  List<String> dependencies() {
    return dependsOn;
  }

  JsonValue configExpressions() {
    return expressions;
  }

  List<AttributePath> sensitivePaths() {
    return sensitive;
  }

  String providerName(PlanBuilder.Tool tool) {
    return provider != null ? provider : PlanBuilder.defaultProvider(parsed.type(), tool);
  }

  /** The resource change, validated. */
  ResourceChange toResourceChange(PlanBuilder.Tool tool) {
    if (actions == null || actions.isEmpty()) {
      throw fail("choose an action (create(), update(), delete(), ...)");
    }
    if (unknownKey() && deferralReason == null) {
      throw fail("the unknown key [*] only occurs in deferred changes (deferred(reason))");
    }
    if (deferralReason != null && tool == PlanBuilder.Tool.OPENTOFU) {
      throw fail("OpenTofu does not defer changes (deferred_changes is Terraform 1.9+)");
    }
    ChangeKind kind = ChangeKind.of(actions);
    JsonValue b = before;
    JsonValue a = after;
    boolean data = parsed.mode().equals(ResourceMode.DATA);
    if (data && kind != ChangeKind.READ) {
      throw fail("a data source only appears in resource_changes to be read (read())");
    }
    switch (kind) {
      case CREATE:
        if (!b.isNullOrAbsent()) {
          throw fail("a create has no before value");
        }
        b = JsonValue.nullValue();
        requireObject(a, "after");
        break;
      case READ:
        if (!data) {
          throw fail("only data sources are read");
        }
        b = b.isAbsent() ? JsonValue.nullValue() : b;
        requireObject(a, "after");
        break;
      case DELETE:
      case FORGET:
        if (!a.isNullOrAbsent()) {
          throw fail("a " + kind.name().toLowerCase(java.util.Locale.ROOT) + " has no after value");
        }
        a = JsonValue.nullValue();
        requireObject(b, "before");
        break;
      case NO_OP:
        if (b.isAbsent()) {
          b = a;
        }
        if (a.isAbsent()) {
          a = b;
        }
        requireObject(b, "before");
        if (!Json.sorted(b).equals(Json.sorted(a))) {
          throw fail("a no-op has equal before and after values");
        }
        break;
      case UPDATE:
      case REPLACE_DELETE_FIRST:
      case REPLACE_CREATE_FIRST:
      case REPLACE_CREATE_THEN_FORGET:
      case REPLACE_FORGET_THEN_CREATE:
        requireObject(b, "before");
        requireObject(a, "after");
        break;
      default:
        b = b.isAbsent() ? JsonValue.nullValue() : b;
        a = a.isAbsent() ? JsonValue.nullValue() : a;
    }
    if (!replacePaths.isEmpty() && !kind.isReplace()) {
      throw fail("replace paths belong to replacements only");
    }
    if (!unknown.isEmpty() && a.isNull()) {
      throw fail("unknown paths need an after value");
    }
    if (deposed != null) {
      if (!deposed.matches("[0-9a-f]{8}")) {
        throw fail("a deposed key is 8 lower-case hex digits");
      }
      if (kind != ChangeKind.DELETE && kind != ChangeKind.FORGET) {
        throw fail("a deposed object can only be deleted or forgotten");
      }
    }
    if (importId != null && kind != ChangeKind.NO_OP && kind != ChangeKind.UPDATE) {
      throw fail("an import comes with a no-op or an update");
    }
    if (previousAddress != null) {
      ResourceAddress.parse(previousAddress)
          .getOrElseThrow(m -> fail("previous address is not an address: " + m));
      if (previousAddress.equals(address)) {
        throw fail("a move needs a different previous address");
      }
    }
    if (reason != null) {
      checkReason(kind);
    }
    for (JsonValue id : List.of(beforeIdentity, afterIdentity)) {
      if (!id.isNullOrAbsent() && !(id instanceof JsonValue.Obj)) {
        throw fail("an identity is an object");
      }
      if (!id.isNullOrAbsent() && data) {
        throw fail("data sources have no identity");
      }
    }
    JsonValue beforeSorted = Json.sorted(b);
    JsonValue afterFull = Json.sorted(a);
    ImmutableChange.Builder c =
        Change.builder()
            .actions(actions)
            .before(beforeSorted)
            .after(Mirrors.withoutPaths(afterFull, unknown))
            .afterUnknown(afterFull instanceof JsonValue.Obj ? Mirrors.unknownMirror(afterFull, unknown) : JsonValue.Obj.EMPTY)
            .beforeSensitive(Mirrors.mirror(beforeSorted, sensitive))
            .afterSensitive(Mirrors.mirror(afterFull, sensitive, unknown))
            .replacePaths(replacePaths);
    if (importId != null) {
      c.importing(Importing.builder().id(importId).build());
    }
    if (b instanceof JsonValue.Obj && !beforeIdentity.isNullOrAbsent()) {
      c.beforeIdentity(Json.sorted(beforeIdentity));
    }
    if (a instanceof JsonValue.Obj && !afterIdentity.isNullOrAbsent()) {
      c.afterIdentity(Json.sorted(afterIdentity));
    }
    return common(tool).change(c.build()).actionReason(Optional.ofNullable(reason)).build();
  }

  /** The drift entry, if any, validated against the planned change. */
  Optional<ResourceChange> toDrift(PlanBuilder.Tool tool, ResourceChange planned) {
    if (drift == DriftKind.NONE) {
      return Optional.empty();
    }
    if (deposed != null) {
      throw fail("drift is reported for current objects, not deposed ones");
    }
    if (unknownKey()) {
      throw fail("drift is reported for known instances, not [*]");
    }
    JsonValue b = Json.sorted(driftBefore);
    JsonValue a;
    List<Action> acts;
    if (drift == DriftKind.DELETE) {
      if (!planned.change().before().isNull()) {
        throw fail("an object deleted outside has no refreshed before value (plan create() to recreate it)");
      }
      a = JsonValue.nullValue();
      acts = List.of(Action.DELETE);
    } else {
      a = driftAfter.isAbsent() ? planned.change().before() : Json.sorted(driftAfter);
      if (!(a instanceof JsonValue.Obj)) {
        throw fail("drift(before) needs this change's before value (the refreshed object)");
      }
      if (a.equals(b)) {
        throw fail("drift needs a refreshed value that differs from the state before refresh");
      }
      acts = List.of(Action.UPDATE);
    }
    requireObject(b, "drift before");
    Change c =
        Change.builder()
            .actions(acts)
            .before(b)
            .after(a)
            .afterUnknown(JsonValue.Obj.EMPTY)
            .beforeSensitive(Mirrors.mirror(b, sensitive))
            .afterSensitive(Mirrors.mirror(a, sensitive))
            .build();
    return Optional.of(common(tool).previousAddress(Optional.empty()).change(c).build());
  }

  private ImmutableResourceChange.Builder common(PlanBuilder.Tool tool) {
    ImmutableResourceChange.Builder r =
        ResourceChange.builder()
            .address(address)
            .previousAddress(Optional.ofNullable(previousAddress))
            .mode(parsed.mode())
            .type(parsed.type())
            .name(parsed.name())
            .index(unknownKey() ? Optional.empty() : parsed.key())
            .indexUnknown(unknownKey() ? Optional.of(true) : Optional.empty())
            .providerName(providerName(tool))
            .deposed(Optional.ofNullable(deposed));
    String module = parsed.moduleAddress();
    if (!module.isEmpty()) {
      r.moduleAddress(module);
    }
    return r;
  }

  private void checkReason(ChangeKind kind) {
    String r = reason.text();
    boolean ok;
    if (r.startsWith("replace_")) {
      ok = kind.isReplace();
    } else if (r.startsWith("delete_because_")) {
      ok = kind == ChangeKind.DELETE;
    } else if (r.startsWith("read_because_")) {
      ok = kind == ChangeKind.READ;
    } else if (r.startsWith("forgot_because_")) {
      ok = kind.forgets();
    } else {
      ok = true;
    }
    if (!ok) {
      throw fail("action reason " + r + " does not fit " + kind);
    }
  }

  private void requireObject(JsonValue v, String what) {
    if (!(v instanceof JsonValue.Obj)) {
      throw fail(what + " must be an object (" + (v.isAbsent() ? "not given" : v.type().name().toLowerCase(java.util.Locale.ROOT)) + ")");
    }
  }

  private static AttributePath path(String p) {
    return AttributePath.parse(p).getOrElseThrow(m -> new IllegalArgumentException("bad attribute path: " + m));
  }

  IllegalArgumentException fail(String rule) {
    return new IllegalArgumentException(address + (deposed != null ? " (deposed " + deposed + ")" : "") + ": " + rule);
  }
}
