package io.github.tfdrift.testkit.builder;

import io.github.tfdrift.core.address.InstanceKey;
import io.github.tfdrift.core.address.ModuleInstance;
import io.github.tfdrift.core.address.ResourceAddress;
import io.github.tfdrift.core.address.ResourceMode;
import io.github.tfdrift.core.model.Action;
import io.github.tfdrift.core.model.ActionReason;
import io.github.tfdrift.core.model.ActionInvocation;
import io.github.tfdrift.core.model.Change;
import io.github.tfdrift.core.model.ChangeKind;
import io.github.tfdrift.core.model.Configuration;
import io.github.tfdrift.core.model.DeferredChange;
import io.github.tfdrift.core.model.ImmutableModuleConfig;
import io.github.tfdrift.core.model.InstanceId;
import io.github.tfdrift.core.model.ModuleCall;
import io.github.tfdrift.core.model.ModuleConfig;
import io.github.tfdrift.core.model.ModuleValues;
import io.github.tfdrift.core.model.OutputValue;
import io.github.tfdrift.core.model.Plan;
import io.github.tfdrift.core.model.ProviderConfig;
import io.github.tfdrift.core.model.ResourceChange;
import io.github.tfdrift.core.model.ResourceConfig;
import io.github.tfdrift.core.model.ResourceValues;
import io.github.tfdrift.core.model.StateDocument;
import io.github.tfdrift.core.model.Values;
import io.github.tfdrift.core.model.Variable;
import io.github.tfdrift.core.model.VariableConfig;
import io.github.tfdrift.core.value.JsonValue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Builds a {@link Plan} that is valid by construction: mirrors generated from values, actions
 * consistent with values, {@code module_address}/{@code type}/{@code name}/{@code index} derived
 * from each address, unique {@code (address, deposed)} keys, and {@code planned_values}, {@code
 * prior_state} and {@code configuration} derived from the changes. Produces what Terraform (default:
 * 1.9.8, with {@code applyable} and {@code complete}) or OpenTofu (1.8.7, without them) would write;
 * Terraform plans can have deferred changes ({@link ResourceChangeBuilder#deferred(String)}) and
 * action invocations ({@link #action(String)}, deferred or not).
 * Start with {@link Plans#plan()}.
 */
public final class PlanBuilder {
  /** The default Terraform version. */
  public static final String TERRAFORM_VERSION = "1.9.8";
  /** The default OpenTofu version. */
  public static final String TOFU_VERSION = "1.8.7";

  /** The tool a built plan imitates. */
  public enum Tool {
    /** HashiCorp Terraform: {@code registry.terraform.io}, {@code applyable} and {@code complete}. */
    TERRAFORM,
    /** OpenTofu: {@code registry.opentofu.org}, no {@code applyable} or {@code complete}. */
    OPENTOFU
  }

  private Tool tool = Tool.TERRAFORM;
  private String version = TERRAFORM_VERSION;
  private String timestamp = "2024-12-17T04:00:12Z";
  private boolean errored;
  private final List<ResourceChangeBuilder> resources = new ArrayList<>();
  private final List<ActionInvocationBuilder> actions = new ArrayList<>();
  private final Map<String, JsonValue> variables = new TreeMap<>();
  private final Set<String> sensitiveVariables = new TreeSet<>();
  private final Map<String, Output> outputs = new TreeMap<>();
  private final List<StateOnly> stateOnly = new ArrayList<>();
  private final Map<String, String> moduleSources = new LinkedHashMap<>();
  private final Map<String, String> providerVersions = new LinkedHashMap<>();
  private Configuration configuration;

  private record Output(JsonValue before, JsonValue after, boolean sensitive) {}

  private record StateOnly(ResourceAddress address, String provider, JsonValue values) {}

  PlanBuilder() {}

  /** Imitates Terraform {@value #TERRAFORM_VERSION} (the default). */
  public PlanBuilder terraform() {
    return terraform(TERRAFORM_VERSION);
  }

  /** Imitates the given Terraform version (1.8 or later: {@code applyable} and {@code complete}). */
  public PlanBuilder terraform(String version) {
    this.tool = Tool.TERRAFORM;
    this.version = Objects.requireNonNull(version, "version");
    return this;
  }

  /** Imitates OpenTofu {@value #TOFU_VERSION}. */
  public PlanBuilder tofu() {
    return tofu(TOFU_VERSION);
  }

  /** Imitates the given OpenTofu version. */
  public PlanBuilder tofu(String version) {
    this.tool = Tool.OPENTOFU;
    this.version = Objects.requireNonNull(version, "version");
    return this;
  }

  /** {@code timestamp} (RFC 3339, UTC); fixed by default so built plans are reproducible. */
  public PlanBuilder timestamp(String timestamp) {
    this.timestamp = Objects.requireNonNull(timestamp, "timestamp");
    return this;
  }

  /** {@code errored}: planning failed (the changes are partial; never applyable). */
  public PlanBuilder errored(boolean errored) {
    this.errored = errored;
    return this;
  }

  /** A root variable value (also declared in {@code configuration}). */
  public PlanBuilder variable(String name, JsonValue value) {
    variables.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
    return this;
  }

  /** A root variable declared {@code sensitive} (its value is still in clear text, as in real plans). */
  public PlanBuilder sensitiveVariable(String name, JsonValue value) {
    sensitiveVariables.add(name);
    return variable(name, value);
  }

  /**
   * A root output: {@code before} {@code null} means created, {@code after} {@code null} means
   * removed, {@code after} absent means known only after apply.
   */
  public PlanBuilder output(String name, JsonValue before, JsonValue after, boolean sensitive) {
    outputs.put(Objects.requireNonNull(name, "name"), new Output(before, after, sensitive));
    return this;
  }

  /**
   * An action invocation ({@code action_invocations}, Terraform 1.14+; OpenTofu has none): {@code
   * action.TYPE.NAME[key]}, invoked with {@code apply -invoke} unless {@link
   * ActionInvocationBuilder#triggeredBy} names a resource event. Imitate a 1.14 or later version
   * with {@link #terraform(String)}.
   */
  public ActionInvocationBuilder action(String address) {
    ActionInvocationBuilder a = new ActionInvocationBuilder(this, address);
    actions.add(a);
    return a;
  }

  /** A data source read during planning: it appears only in {@code prior_state}. */
  public PlanBuilder dataSource(String address, JsonValue values) {
    ResourceAddress a =
        ResourceAddress.parse(address).getOrElseThrow(m -> new IllegalArgumentException("not an address: " + m));
    if (!a.mode().equals(ResourceMode.DATA)) {
      throw new IllegalArgumentException(address + ": dataSource(...) takes a data.* address");
    }
    stateOnly.add(new StateOnly(a, defaultProvider(a.type(), tool), values));
    return this;
  }

  /** The {@code source} of a module call, by call name (default {@code ./modules/NAME}). */
  public PlanBuilder moduleSource(String callName, String source) {
    moduleSources.put(callName, source);
    return this;
  }

  /** The {@code version_constraint} of a provider, by local name ({@code aws}, {@code proxmox}). */
  public PlanBuilder providerVersion(String localName, String constraint) {
    providerVersions.put(localName, constraint);
    return this;
  }

  /** Replaces the derived {@code configuration} with the given one. */
  public PlanBuilder configuration(Configuration configuration) {
    this.configuration = Objects.requireNonNull(configuration, "configuration");
    return this;
  }

  /**
   * Starts a resource instance object.
   *
   * @throws IllegalArgumentException when the address cannot be parsed
   */
  public ResourceChangeBuilder resource(String address) {
    ResourceChangeBuilder r = new ResourceChangeBuilder(this, address);
    resources.add(r);
    return r;
  }

  /**
   * Builds the plan.
   *
   * @throws IllegalArgumentException when a resource breaks a rule of the format, or two changes have
   *     the same address and deposed key
   */
  public Plan build() {
    List<ResourceChange> changes = new ArrayList<>();
    List<ResourceChange> drift = new ArrayList<>();
    List<DeferredChange> deferred = new ArrayList<>();
    Map<InstanceId, ResourceChangeBuilder> byId = new LinkedHashMap<>();
    Set<String> duplicates = new TreeSet<>();
    for (ResourceChangeBuilder r : resources) {
      ResourceChange rc = r.toResourceChange(tool);
      if (byId.putIfAbsent(rc.id(), r) != null) {
        duplicates.add(rc.id().toString());
      }
      if (r.deferral().isPresent()) {
        deferred.add(DeferredChange.builder().reason(r.deferral().get()).resourceChange(rc).build());
      } else {
        changes.add(rc);
      }
      r.toDrift(tool, rc).ifPresent(drift::add);
    }
    if (!duplicates.isEmpty()) {
      throw new IllegalArgumentException("two changes for the same object (address + deposed key): " + duplicates);
    }
    Comparator<ResourceChange> order = Comparator.comparing(ResourceChange::id);
    changes.sort(order);
    drift.sort(order);
    deferred.sort(Comparator.comparing(d -> d.resourceChange().id()));
    List<ResourceChange> inState = new ArrayList<>(changes);
    deferred.forEach(d -> inState.add(d.resourceChange()));

    var b =
        Plan.builder()
            .formatVersion("1.2")
            .terraformVersion(version)
            .resourceChanges(changes)
            .resourceDrift(drift)
            .deferredChanges(deferred)
            .plannedValues(plannedValues(changes))
            .timestamp(timestamp)
            .errored(errored);
    if (!actions.isEmpty() && tool == Tool.OPENTOFU) {
      throw new IllegalArgumentException("OpenTofu plans have no action invocations");
    }
    List<JsonValue> deferredActions = new ArrayList<>();
    for (ActionInvocationBuilder a : actions) {
      ActionInvocation inv = a.toInvocation(tool);
      if (a.deferral().isPresent()) {
        deferredActions.add(Json.obj("reason", JsonValue.of(a.deferral().get()), "action_invocation", json(inv)));
      } else {
        b.addActionInvocations(inv);
      }
    }
    if (!deferredActions.isEmpty()) {
      b.deferredActionInvocations(JsonValue.array(deferredActions));
    }
    variables.forEach((k, v) -> b.putVariable(k, Variable.builder().value(v).build()));
    Map<String, Change> outputChanges = new LinkedHashMap<>();
    outputs.forEach((k, o) -> outputChanges.put(k, outputChange(o)));
    b.outputChanges(outputChanges);
    priorState(inState).ifPresent(b::priorState);
    b.configuration(configuration != null ? configuration : configuration(changes));
    if (tool == Tool.TERRAFORM) {
      boolean applyable =
          !errored
              && (changes.stream().anyMatch(rc -> rc.kind() != ChangeKind.NO_OP)
                  || outputChanges.values().stream().anyMatch(c -> c.kind() != ChangeKind.NO_OP));
      b.applyable(applyable || (!errored && actions.stream().anyMatch(a -> a.deferral().isEmpty())))
          .complete(!errored && deferred.isEmpty() && deferredActions.isEmpty());
    }
    return b.build();
  }

  // ---- derived parts -------------------------------------------------------------------------

  /** An invocation as {@code jsonplan} writes it, for {@code deferred_action_invocations}. */
  private static JsonValue json(ActionInvocation a) {
    Map<String, JsonValue> m = new LinkedHashMap<>();
    m.put("address", JsonValue.of(a.address()));
    a.type().ifPresent(t -> m.put("type", JsonValue.of(t)));
    a.name().ifPresent(n -> m.put("name", JsonValue.of(n)));
    m.put("config_values", a.configValues());
    m.put("config_sensitive", a.configSensitive());
    m.put("config_unknown", a.configUnknown());
    a.providerName().ifPresent(p -> m.put("provider_name", JsonValue.of(p)));
    if (!a.lifecycleActionTrigger().isAbsent()) {
      m.put("lifecycle_action_trigger", a.lifecycleActionTrigger());
    }
    if (!a.invokeActionTrigger().isAbsent()) {
      m.put("invoke_action_trigger", a.invokeActionTrigger());
    }
    return JsonValue.object(m);
  }

  private Values plannedValues(List<ResourceChange> changes) {
    List<ResourceValues> resources = new ArrayList<>();
    for (ResourceChange rc : changes) {
      JsonValue after = rc.change().after();
      if (rc.deposed().isPresent() || after.isNull()) {
        continue;
      }
      ResourceChangeBuilder r = builderOf(rc);
      resources.add(
          ResourceValues.builder()
              .address(rc.address())
              .mode(rc.mode())
              .type(rc.type())
              .name(rc.name())
              .index(rc.index())
              .providerName(rc.providerName())
              .schemaVersion(JsonValue.of(r.schemaVersion()))
              .values(after)
              .sensitiveValues(rc.change().afterSensitive())
              .identitySchemaVersion(identityVersion(rc.change().afterIdentity(), r))
              .identity(rc.change().afterIdentity())
              .build());
    }
    var out = Values.builder().rootModule(tree(resources));
    outputs.forEach(
        (k, o) -> {
          if (!(o.after().isNull())) {
            var ov = OutputValue.builder().sensitive(o.sensitive());
            if (!o.after().isAbsent()) {
              ov.value(o.after()).type(ctyType(o.after()));
            }
            out.putOutput(k, ov.build());
          }
        });
    return out.build();
  }

  /** {@code identity_schema_version}, written only with an identity, as {@code jsonstate} does. */
  private static JsonValue identityVersion(JsonValue identity, ResourceChangeBuilder r) {
    return identity.isNullOrAbsent() ? JsonValue.absent() : JsonValue.of(r.identitySchemaVersion());
  }

  private Optional<StateDocument> priorState(List<ResourceChange> changes) {
    List<ResourceValues> resources = new ArrayList<>();
    for (ResourceChange rc : changes) {
      JsonValue before = rc.change().before();
      if (before.isNullOrAbsent()) {
        continue;
      }
      ResourceChangeBuilder r = builderOf(rc);
      resources.add(
          ResourceValues.builder()
              .address(rc.address())
              .mode(rc.mode())
              .type(rc.type())
              .name(rc.name())
              .index(rc.index())
              .providerName(rc.providerName())
              .schemaVersion(JsonValue.of(r.schemaVersion()))
              .values(before)
              .sensitiveValues(rc.change().beforeSensitive())
              .identitySchemaVersion(identityVersion(rc.change().beforeIdentity(), r))
              .identity(rc.change().beforeIdentity())
              .dependsOn(r.dependencies())
              .deposedKey(rc.deposed())
              .build());
    }
    for (StateOnly s : stateOnly) {
      JsonValue values = Json.sorted(s.values());
      resources.add(
          ResourceValues.builder()
              .address(s.address().render())
              .mode(s.address().mode())
              .type(s.address().type())
              .name(s.address().name())
              .index(s.address().key())
              .providerName(s.provider())
              .schemaVersion(JsonValue.of(0))
              .values(values)
              .sensitiveValues(Mirrors.mirror(values, List.of()))
              .build());
    }
    Map<String, OutputValue> stateOutputs = new LinkedHashMap<>();
    outputs.forEach(
        (k, o) -> {
          if (!o.before().isNullOrAbsent()) {
            stateOutputs.put(
                k,
                OutputValue.builder().sensitive(o.sensitive()).value(o.before()).type(ctyType(o.before())).build());
          }
        });
    if (resources.isEmpty() && stateOutputs.isEmpty()) {
      return Optional.empty();
    }
    resources.sort(Comparator.comparing(ResourceValues::address).thenComparing(r -> r.deposedKey().orElse("")));
    return Optional.of(
        StateDocument.builder()
            .formatVersion("1.0")
            .terraformVersion(version)
            .values(Values.builder().putAllOutputs(stateOutputs).rootModule(tree(resources)).build())
            .build());
  }

  private ResourceChangeBuilder builderOf(ResourceChange rc) {
    for (ResourceChangeBuilder r : resources) {
      if (r.address().equals(rc.address()) && r.deposedKey().equals(rc.deposed())) {
        return r;
      }
    }
    throw new IllegalStateException("no builder for " + rc.id());
  }

  /** Nests resources into the module tree of a values representation. */
  private static ModuleValues tree(List<ResourceValues> resources) {
    Map<String, List<ResourceValues>> byModule = new TreeMap<>();
    Set<String> modules = new TreeSet<>();
    for (ResourceValues r : resources) {
      ResourceAddress a = ResourceAddress.parse(r.address()).get();
      String m = a.moduleAddress();
      byModule.computeIfAbsent(m, x -> new ArrayList<>()).add(r);
      List<ModuleInstance> path = a.modulePath();
      for (int i = 1; i <= path.size(); i++) {
        modules.add(render(path.subList(0, i)));
      }
    }
    return module("", byModule, modules);
  }

  private static ModuleValues module(String address, Map<String, List<ResourceValues>> byModule, Set<String> modules) {
    var m = ModuleValues.builder();
    List<ResourceValues> own = new ArrayList<>(byModule.getOrDefault(address, List.of()));
    own.sort(Comparator.comparing(ResourceValues::address).thenComparing(r -> r.deposedKey().orElse("")));
    m.resources(own);
    if (!address.isEmpty()) {
      m.address(address);
    }
    for (String child : modules) {
      if (isChild(address, child)) {
        m.addChildModules(module(child, byModule, modules));
      }
    }
    return m.build();
  }

  private static boolean isChild(String parent, String candidate) {
    ResourceAddress probe = ResourceAddress.parse(candidate + ".x.y").get();
    List<ModuleInstance> path = probe.modulePath();
    return render(path.subList(0, path.size() - 1)).equals(parent);
  }

  private static String render(List<ModuleInstance> path) {
    StringBuilder b = new StringBuilder();
    for (ModuleInstance m : path) {
      if (b.length() > 0) {
        b.append('.');
      }
      b.append(m.render());
    }
    return b.toString();
  }

  private Configuration configuration(List<ResourceChange> changes) {
    Map<String, ProviderConfig> providers = new TreeMap<>();
    // Module call tree keyed by call names (without instance keys).
    ConfigNode root = new ConfigNode();
    for (ResourceChangeBuilder r : resources) {
      ResourceAddress a = r.parsed();
      String provider = r.providerName(tool);
      String local = localName(provider);
      var pc = ProviderConfig.builder().name(local).fullName(provider);
      Optional.ofNullable(providerVersions.get(local)).ifPresent(pc::versionConstraint);
      providers.putIfAbsent(local, pc.build());
      Optional<ActionReason> reason = r.actionReason();
      boolean noModule = reason.equals(Optional.of(ActionReason.DELETE_BECAUSE_NO_MODULE));
      boolean noConfig = noModule || reason.equals(Optional.of(ActionReason.DELETE_BECAUSE_NO_RESOURCE_CONFIG));
      if (noModule || r.deposedKey().isPresent()) {
        continue;
      }
      ConfigNode node = root;
      for (ModuleInstance m : a.modulePath()) {
        ConfigNode child = node.calls.computeIfAbsent(m.name(), x -> new ConfigNode());
        m.key().ifPresent(k -> child.key = k);
        node = child;
      }
      if (noConfig) {
        continue;
      }
      String rel = (a.mode().equals(ResourceMode.MANAGED) ? "" : a.mode().text() + ".") + a.type() + "." + a.name();
      if (node.resources.containsKey(rel)) {
        continue;
      }
      var rcfg =
          ResourceConfig.builder()
              .address(rel)
              .mode(a.mode())
              .type(a.type())
              .name(a.name())
              .providerConfigKey(local)
              .expressions(Json.sorted(r.configExpressions()))
              .schemaVersion(JsonValue.of(r.schemaVersion()));
      a.key().ifPresent(k -> {
        if (k instanceof InstanceKey.IntKey) {
          rcfg.countExpression(JsonValue.Obj.EMPTY);
        } else {
          rcfg.forEachExpression(JsonValue.Obj.EMPTY);
        }
      });
      node.resources.put(rel, rcfg.build());
    }
    for (StateOnly s : stateOnly) {
      String local = localName(s.provider());
      providers.putIfAbsent(local, ProviderConfig.builder().name(local).fullName(s.provider()).build());
      ConfigNode node = root;
      for (ModuleInstance m : s.address().modulePath()) {
        node = node.calls.computeIfAbsent(m.name(), x -> new ConfigNode());
      }
      String rel = "data." + s.address().type() + "." + s.address().name();
      node.resources.putIfAbsent(
          rel,
          ResourceConfig.builder()
              .address(rel)
              .mode(ResourceMode.DATA)
              .type(s.address().type())
              .name(s.address().name())
              .providerConfigKey(local)
              .expressions(JsonValue.Obj.EMPTY)
              .schemaVersion(JsonValue.of(0))
              .build());
    }
    var rootModule = moduleConfig(root, "");
    variables.forEach(
        (k, v) -> {
          var vc = VariableConfig.builder();
          if (sensitiveVariables.contains(k)) {
            vc.sensitive(true);
          }
          rootModule.putVariable(k, vc.build());
        });
    return Configuration.builder().providerConfig(providers).rootModule(rootModule.build()).build();
  }

  private static final class ConfigNode {
    final Map<String, ResourceConfig> resources = new TreeMap<>(Comparator.comparing((String s) -> s.startsWith("data.")).thenComparing(s -> s));
    final Map<String, ConfigNode> calls = new TreeMap<>();
    InstanceKey key;
  }

  private ImmutableModuleConfig.Builder moduleConfig(ConfigNode node, String name) {
    var m = ModuleConfig.builder().resources(node.resources.values());
    node.calls.forEach(
        (callName, child) -> {
          var call =
              ModuleCall.builder()
                  .source(moduleSources.getOrDefault(callName, "./modules/" + callName))
                  .module(moduleConfig(child, callName).build());
          if (child.key instanceof InstanceKey.IntKey) {
            call.countExpression(JsonValue.Obj.EMPTY);
          } else if (child.key != null) {
            call.forEachExpression(JsonValue.Obj.EMPTY);
          }
          m.putModuleCall(callName, call.build());
        });
    return m;
  }

  private static Change outputChange(Output o) {
    JsonValue before = o.before();
    JsonValue after = o.after();
    Action action;
    if (before.isNullOrAbsent() && after.isNull()) {
      action = Action.NO_OP;
    } else if (before.isNullOrAbsent()) {
      action = Action.CREATE;
    } else if (after.isNull()) {
      action = Action.DELETE;
    } else if (!after.isAbsent() && Json.sorted(before).equals(Json.sorted(after))) {
      action = Action.NO_OP;
    } else {
      action = Action.UPDATE;
    }
    return Change.builder()
        .actions(List.of(action))
        .before(before.isAbsent() ? JsonValue.nullValue() : before)
        .after(after)
        .afterUnknown(JsonValue.of(after.isAbsent()))
        .beforeSensitive(JsonValue.of(o.sensitive()))
        .afterSensitive(JsonValue.of(o.sensitive()))
        .build();
  }

  /** The cty type of a JSON value as Terraform writes it in outputs. */
  static JsonValue ctyType(JsonValue v) {
    switch (v.type()) {
      case STRING:
        return JsonValue.of("string");
      case NUMBER:
        return JsonValue.of("number");
      case BOOLEAN:
        return JsonValue.of("bool");
      case ARRAY: {
        List<JsonValue> elems = new ArrayList<>();
        for (JsonValue e : ((JsonValue.Arr) v).elements()) {
          elems.add(ctyType(e));
        }
        return JsonValue.array(JsonValue.of("tuple"), JsonValue.array(elems));
      }
      case OBJECT: {
        Map<String, JsonValue> attrs = new TreeMap<>();
        ((JsonValue.Obj) v).forEach((k, x) -> attrs.put(k, ctyType(x)));
        return JsonValue.array(JsonValue.of("object"), JsonValue.object(attrs));
      }
      default:
        return JsonValue.of("dynamic");
    }
  }

  /** The provider source address Terraform or OpenTofu would record for a resource type. */
  static String defaultProvider(String type, Tool tool) {
    if (type.equals("terraform_data") || type.equals("terraform_remote_state")) {
      return "terraform.io/builtin/terraform";
    }
    String host = tool == Tool.OPENTOFU ? "registry.opentofu.org" : "registry.terraform.io";
    if (type.startsWith("proxmox_virtual_environment")) {
      return host + "/bpg/proxmox";
    }
    int u = type.indexOf('_');
    return host + "/hashicorp/" + (u < 0 ? type : type.substring(0, u));
  }

  private static String localName(String provider) {
    return provider.substring(provider.lastIndexOf('/') + 1);
  }
}
