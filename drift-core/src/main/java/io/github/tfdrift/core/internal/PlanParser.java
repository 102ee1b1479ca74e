package io.github.tfdrift.core.internal;

import com.fasterxml.jackson.core.JsonToken;
import io.github.tfdrift.core.address.AttributePath;
import io.github.tfdrift.core.address.InstanceKey;
import io.github.tfdrift.core.read.PlanError;
import io.github.tfdrift.core.model.Action;
import io.github.tfdrift.core.model.ActionInvocation;
import io.github.tfdrift.core.model.ActionReason;
import io.github.tfdrift.core.model.Change;
import io.github.tfdrift.core.model.Check;
import io.github.tfdrift.core.model.CheckAddress;
import io.github.tfdrift.core.model.CheckInstance;
import io.github.tfdrift.core.model.CheckProblem;
import io.github.tfdrift.core.model.CheckStatus;
import io.github.tfdrift.core.model.Configuration;
import io.github.tfdrift.core.model.DeferredChange;
import io.github.tfdrift.core.model.ImmutableActionInvocation;
import io.github.tfdrift.core.model.ImmutableChange;
import io.github.tfdrift.core.model.ImmutableCheck;
import io.github.tfdrift.core.model.ImmutableCheckAddress;
import io.github.tfdrift.core.model.ImmutableCheckInstance;
import io.github.tfdrift.core.model.ImmutableCheckProblem;
import io.github.tfdrift.core.model.ImmutableConfiguration;
import io.github.tfdrift.core.model.ImmutableDeferredChange;
import io.github.tfdrift.core.model.ImmutableImporting;
import io.github.tfdrift.core.model.ImmutableModuleCall;
import io.github.tfdrift.core.model.ImmutableModuleConfig;
import io.github.tfdrift.core.model.ImmutableModuleValues;
import io.github.tfdrift.core.model.ImmutableOutputConfig;
import io.github.tfdrift.core.model.ImmutableOutputValue;
import io.github.tfdrift.core.model.ImmutablePlan;
import io.github.tfdrift.core.model.ImmutableProviderConfig;
import io.github.tfdrift.core.model.ImmutableRelevantAttribute;
import io.github.tfdrift.core.model.ImmutableResourceChange;
import io.github.tfdrift.core.model.ImmutableResourceConfig;
import io.github.tfdrift.core.model.ImmutableResourceValues;
import io.github.tfdrift.core.model.ImmutableStateDocument;
import io.github.tfdrift.core.model.ImmutableValues;
import io.github.tfdrift.core.model.ImmutableVariable;
import io.github.tfdrift.core.model.ImmutableVariableConfig;
import io.github.tfdrift.core.model.Importing;
import io.github.tfdrift.core.model.ModuleCall;
import io.github.tfdrift.core.model.ModuleConfig;
import io.github.tfdrift.core.model.ModuleValues;
import io.github.tfdrift.core.model.OutputConfig;
import io.github.tfdrift.core.model.OutputValue;
import io.github.tfdrift.core.model.ProviderConfig;
import io.github.tfdrift.core.model.RelevantAttribute;
import io.github.tfdrift.core.model.ResourceChange;
import io.github.tfdrift.core.model.ResourceConfig;
import io.github.tfdrift.core.address.ResourceMode;
import io.github.tfdrift.core.model.ResourceValues;
import io.github.tfdrift.core.model.StateDocument;
import io.github.tfdrift.core.model.Values;
import io.github.tfdrift.core.model.Variable;
import io.github.tfdrift.core.model.VariableConfig;
import io.github.tfdrift.core.value.JsonValue;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads the plan format into the typed model straight from the token stream: no intermediate tree,
 * unknown members kept as extras, and every type error located. Each {@code readX} method starts on
 * the first token of the value and ends on its last token, so a streaming reader can call {@link
 * #readResourceChange()} one element at a time.
 */
public final class PlanParser {
  private final JsonInput in;
  private int formatLine;
  private int formatColumn;

  /** A parser over an input. */
  public PlanParser(JsonInput in) {
    this.in = in;
  }

  /** Line of the {@code format_version} value, 0 when absent. */
  public int formatLine() {
    return formatLine;
  }

  /** Column of the {@code format_version} value. */
  public int formatColumn() {
    return formatColumn;
  }

  // ---- helpers -------------------------------------------------------------------------------

  private interface Reader<T> {
    T read() throws IOException, ReadFailure;
  }

  /** Reads an optional scalar; an explicit null is kept verbatim. */
  private <T> void opt(String name, Reader<T> r, Consumer<T> set) throws IOException, ReadFailure {
    if (in.isNull()) {
      in.keep(name, JsonValue.nullValue());
    } else {
      set.accept(r.read());
    }
  }

  /** Reads a list; a present-but-empty or null list is kept verbatim. */
  private <T> void list(String name, Reader<T> element, Consumer<List<T>> set)
      throws IOException, ReadFailure {
    if (in.isNull()) {
      in.keep(name, JsonValue.nullValue());
      return;
    }
    List<T> l = in.array(element::read);
    if (l.isEmpty()) {
      in.keep(name, JsonValue.Arr.EMPTY);
    } else {
      set.accept(l);
    }
  }

  /** Reads a map; a present-but-empty or null map is kept verbatim. */
  private <T> void map(String name, Reader<T> element, Consumer<Map<String, T>> set)
      throws IOException, ReadFailure {
    if (in.isNull()) {
      in.keep(name, JsonValue.nullValue());
      return;
    }
    Map<String, T> m = in.map(element::read);
    if (m.isEmpty()) {
      in.keep(name, JsonValue.Obj.EMPTY);
    } else {
      set.accept(m);
    }
  }

  private InstanceKey key() throws IOException, ReadFailure {
    JsonToken t = in.current();
    if (t == JsonToken.VALUE_STRING) {
      return InstanceKey.of(in.string());
    }
    if (t == JsonToken.VALUE_NUMBER_INT) {
      return InstanceKey.of(in.parser().getLongValue());
    }
    throw in.fail(PlanError.Kind.WRONG_TYPE, "expected an instance key (a whole number or a string)");
  }

  /** A key is written back as the number or string it was read from; other numbers stay raw. */
  private void index(String name, Consumer<InstanceKey> set) throws IOException, ReadFailure {
    if (in.current() == JsonToken.VALUE_NUMBER_INT) {
      String text = in.parser().getText();
      long v;
      try {
        v = in.parser().getLongValue();
      } catch (IOException e) {
        in.keep(name, in.value());
        return;
      }
      if (!Long.toString(v).equals(text)) {
        in.keep(name, in.value());
        return;
      }
      set.accept(InstanceKey.of(v));
    } else if (in.current() == JsonToken.VALUE_STRING) {
      set.accept(InstanceKey.of(in.string()));
    } else {
      in.keep(name, in.value());
    }
  }

  private AttributePath path() throws IOException, ReadFailure {
    JsonValue v = in.value();
    var r = AttributePath.fromJson(v);
    if (r.isLeft()) {
      throw in.fail(PlanError.Kind.WRONG_TYPE, r.getLeft().describe());
    }
    AttributePath p = r.get();
    if (!p.toJson().equals(v)) {
      throw in.fail(PlanError.Kind.WRONG_TYPE, "a path step is not a whole number or a string");
    }
    return p;
  }

  // ---- plan ----------------------------------------------------------------------------------

  /** Reads the top-level plan object. Validation of the version is the caller's. */
  public ImmutablePlan.Builder readPlan() throws IOException, ReadFailure {
    ImmutablePlan.Builder b = ImmutablePlan.builder();
    boolean[] sawVersion = {false};
    JsonValue.Obj extras =
        in.object(
            name -> {
              switch (name) {
                case "format_version":
                  if (in.current() != JsonToken.VALUE_STRING) {
                    throw in.fail(PlanError.Kind.MISSING_VERSION, "format_version must be a string such as \"1.2\"");
                  }
                  formatLine = in.parser().currentTokenLocation().getLineNr();
                  formatColumn = in.parser().currentTokenLocation().getColumnNr();
                  b.formatVersion(in.string());
                  sawVersion[0] = true;
                  return true;
                case "terraform_version":
                  opt(name, in::string, b::terraformVersion);
                  return true;
                case "variables":
                  map(name, this::readVariable, b::putAllVariables);
                  return true;
                case "planned_values":
                  opt(name, this::readValues, b::plannedValues);
                  return true;
                case "resource_drift":
                  list(name, this::readResourceChange, b::addAllResourceDrift);
                  return true;
                case "resource_changes":
                  list(name, this::readResourceChange, b::addAllResourceChanges);
                  return true;
                case "deferred_changes":
                  list(name, this::readDeferredChange, b::addAllDeferredChanges);
                  return true;
                case "deferred_action_invocations":
                  b.deferredActionInvocations(in.value());
                  return true;
                case "output_changes":
                  map(name, this::readChange, b::putAllOutputChanges);
                  return true;
                case "action_invocations":
                  list(name, this::readActionInvocation, b::addAllActionInvocations);
                  return true;
                case "prior_state":
                  opt(name, this::readState, b::priorState);
                  return true;
                case "configuration":
                  opt(name, this::readConfiguration, b::configuration);
                  return true;
                case "relevant_attributes":
                  list(name, this::readRelevantAttribute, b::addAllRelevantAttributes);
                  return true;
                case "condition_results":
                  b.conditionResults(in.value());
                  return true;
                case "checks":
                  list(name, this::readCheck, b::addAllChecks);
                  return true;
                case "timestamp":
                  opt(name, in::string, b::timestamp);
                  return true;
                case "applyable":
                  opt(name, in::bool, b::applyable);
                  return true;
                case "complete":
                  opt(name, in::bool, b::complete);
                  return true;
                case "errored":
                  opt(name, in::bool, b::errored);
                  return true;
                default:
                  return false;
              }
            });
    if (!sawVersion[0]) {
      b.formatVersion("");
    }
    return b.extras(extras);
  }

  private Variable readVariable() throws IOException, ReadFailure {
    ImmutableVariable.Builder b = ImmutableVariable.builder();
    JsonValue.Obj extras =
        in.object(
            name -> {
              if (name.equals("value")) {
                b.value(in.value());
                return true;
              }
              return false;
            });
    return b.extras(extras).build();
  }

  // ---- resource changes ----------------------------------------------------------------------

  /** Reads one resource-change object. */
  public ResourceChange readResourceChange() throws IOException, ReadFailure {
    ImmutableResourceChange.Builder b = ImmutableResourceChange.builder();
    boolean[] seen = new boolean[4]; // address, type, name, change
    JsonValue.Obj extras =
        in.object(
            name -> {
              switch (name) {
                case "address":
                  b.address(in.string());
                  seen[0] = true;
                  return true;
                case "previous_address":
                  opt(name, in::string, b::previousAddress);
                  return true;
                case "module_address":
                  opt(name, in::string, b::moduleAddress);
                  return true;
                case "mode":
                  b.mode(ResourceMode.of(in.string()));
                  return true;
                case "type":
                  b.type(in.string());
                  seen[1] = true;
                  return true;
                case "name":
                  b.name(in.string());
                  seen[2] = true;
                  return true;
                case "index":
                  index(name, b::index);
                  return true;
                case "index_unknown":
                  opt(name, in::bool, b::indexUnknown);
                  return true;
                case "provider_name":
                  opt(name, in::string, b::providerName);
                  return true;
                case "deposed":
                  opt(name, in::string, b::deposed);
                  return true;
                case "change":
                  b.change(readChange());
                  seen[3] = true;
                  return true;
                case "action_reason":
                  opt(name, () -> ActionReason.of(in.string()), b::actionReason);
                  return true;
                default:
                  return false;
              }
            });
    if (!seen[3]) {
      throw in.fail(PlanError.Kind.WRONG_TYPE, "a resource change needs \"change\"");
    }
    if (!seen[1]) {
      b.type("");
    }
    if (!seen[2]) {
      b.name("");
    }
    if (!seen[0]) {
      if (!seen[1] || !seen[2]) {
        throw in.fail(
            PlanError.Kind.WRONG_TYPE, "a resource change needs \"address\", or \"type\" and \"name\"");
      }
      ResourceChange partial = b.address("").build();
      b.address(deriveAddress(partial)).addressDerived(true);
    }
    return b.extras(extras).build();
  }

  private static String deriveAddress(ResourceChange rc) {
    StringBuilder a = new StringBuilder();
    rc.moduleAddress().ifPresent(m -> a.append(m).append('.'));
    if (!rc.mode().equals(ResourceMode.MANAGED)) {
      a.append(rc.mode().text()).append('.');
    }
    a.append(rc.type()).append('.').append(rc.name());
    rc.index().ifPresent(k -> a.append(k.render()));
    return a.toString();
  }

  /** Reads one change object (resource or output change). */
  public Change readChange() throws IOException, ReadFailure {
    ImmutableChange.Builder b = ImmutableChange.builder();
    JsonValue.Obj extras =
        in.object(
            name -> {
              switch (name) {
                case "actions":
                  List<Action> actions = new ArrayList<>(2);
                  for (String s : in.strings()) {
                    actions.add(Action.of(s));
                  }
                  if (actions.isEmpty()) {
                    in.keep(name, JsonValue.Arr.EMPTY);
                  }
                  b.actions(actions);
                  return true;
                case "before":
                  b.before(in.value());
                  return true;
                case "after":
                  b.after(in.value());
                  return true;
                case "after_unknown":
                  b.afterUnknown(in.value());
                  return true;
                case "before_sensitive":
                  b.beforeSensitive(in.value());
                  return true;
                case "after_sensitive":
                  b.afterSensitive(in.value());
                  return true;
                case "replace_paths":
                  list(name, this::path, b::addAllReplacePaths);
                  return true;
                case "importing":
                  opt(name, this::readImporting, b::importing);
                  return true;
                case "generated_config":
                  opt(name, in::string, b::generatedConfig);
                  return true;
                case "before_identity":
                  b.beforeIdentity(in.value());
                  return true;
                case "after_identity":
                  b.afterIdentity(in.value());
                  return true;
                default:
                  return false;
              }
            });
    return b.extras(extras).build();
  }

  private Importing readImporting() throws IOException, ReadFailure {
    ImmutableImporting.Builder b = ImmutableImporting.builder();
    JsonValue.Obj extras =
        in.object(
            name -> {
              switch (name) {
                case "id":
                  opt(name, in::string, b::id);
                  return true;
                case "identity":
                  b.identity(in.value());
                  return true;
                case "unknown":
                  opt(name, in::bool, b::unknown);
                  return true;
                default:
                  return false;
              }
            });
    return b.extras(extras).build();
  }

  /** Reads one element of {@code deferred_changes}; the input is positioned on its {@code START_OBJECT}. */
  public DeferredChange readDeferredChange() throws IOException, ReadFailure {
    ImmutableDeferredChange.Builder b = ImmutableDeferredChange.builder();
    boolean[] seen = new boolean[2];
    JsonValue.Obj extras =
        in.object(
            name -> {
              switch (name) {
                case "reason":
                  b.reason(in.string());
                  seen[0] = true;
                  return true;
                case "resource_change":
                  b.resourceChange(readResourceChange());
                  seen[1] = true;
                  return true;
                default:
                  return false;
              }
            });
    if (!seen[1]) {
      throw in.fail(PlanError.Kind.WRONG_TYPE, "a deferred change needs \"resource_change\"");
    }
    if (!seen[0]) {
      b.reason("");
    }
    return b.extras(extras).build();
  }

  private RelevantAttribute readRelevantAttribute() throws IOException, ReadFailure {
    ImmutableRelevantAttribute.Builder b = ImmutableRelevantAttribute.builder();
    boolean[] seen = new boolean[2];
    JsonValue.Obj extras =
        in.object(
            name -> {
              switch (name) {
                case "resource":
                  b.resource(in.string());
                  seen[0] = true;
                  return true;
                case "attribute":
                  b.attribute(path());
                  seen[1] = true;
                  return true;
                default:
                  return false;
              }
            });
    if (!seen[0] || !seen[1]) {
      throw in.fail(PlanError.Kind.WRONG_TYPE, "a relevant attribute needs \"resource\" and \"attribute\"");
    }
    return b.extras(extras).build();
  }

  private ActionInvocation readActionInvocation() throws IOException, ReadFailure {
    ImmutableActionInvocation.Builder b = ImmutableActionInvocation.builder();
    boolean[] seen = new boolean[1];
    JsonValue.Obj extras =
        in.object(
            name -> {
              switch (name) {
                case "address":
                  b.address(in.string());
                  seen[0] = true;
                  return true;
                case "type":
                  opt(name, in::string, b::type);
                  return true;
                case "name":
                  opt(name, in::string, b::name);
                  return true;
                case "provider_name":
                  opt(name, in::string, b::providerName);
                  return true;
                case "config_values":
                  b.configValues(in.value());
                  return true;
                case "config_sensitive":
                  b.configSensitive(in.value());
                  return true;
                case "config_unknown":
                  b.configUnknown(in.value());
                  return true;
                case "lifecycle_action_trigger":
                  b.lifecycleActionTrigger(in.value());
                  return true;
                case "invoke_action_trigger":
                  b.invokeActionTrigger(in.value());
                  return true;
                default:
                  return false;
              }
            });
    if (!seen[0]) {
      throw in.fail(PlanError.Kind.WRONG_TYPE, "an action invocation needs \"address\"");
    }
    return b.extras(extras).build();
  }

  // ---- values and state ----------------------------------------------------------------------

  /** Reads a values representation. */
  public Values readValues() throws IOException, ReadFailure {
    ImmutableValues.Builder b = ImmutableValues.builder();
    JsonValue.Obj extras =
        in.object(
            name -> {
              switch (name) {
                case "outputs":
                  map(name, this::readOutputValue, b::putAllOutputs);
                  return true;
                case "root_module":
                  opt(name, this::readModuleValues, b::rootModule);
                  return true;
                default:
                  return false;
              }
            });
    return b.extras(extras).build();
  }

  private OutputValue readOutputValue() throws IOException, ReadFailure {
    ImmutableOutputValue.Builder b = ImmutableOutputValue.builder();
    JsonValue.Obj extras =
        in.object(
            name -> {
              switch (name) {
                case "sensitive":
                  opt(name, in::bool, b::sensitive);
                  return true;
                case "value":
                  b.value(in.value());
                  return true;
                case "type":
                  b.type(in.value());
                  return true;
                default:
                  return false;
              }
            });
    return b.extras(extras).build();
  }

  private ModuleValues readModuleValues() throws IOException, ReadFailure {
    ImmutableModuleValues.Builder b = ImmutableModuleValues.builder();
    JsonValue.Obj extras =
        in.object(
            name -> {
              switch (name) {
                case "address":
                  opt(name, in::string, b::address);
                  return true;
                case "resources":
                  list(name, this::readResourceValues, b::addAllResources);
                  return true;
                case "child_modules":
                  list(name, this::readModuleValues, b::addAllChildModules);
                  return true;
                default:
                  return false;
              }
            });
    return b.extras(extras).build();
  }

  private ResourceValues readResourceValues() throws IOException, ReadFailure {
    ImmutableResourceValues.Builder b = ImmutableResourceValues.builder();
    boolean[] seen = new boolean[3];
    JsonValue.Obj extras =
        in.object(
            name -> {
              switch (name) {
                case "address":
                  b.address(in.string());
                  seen[0] = true;
                  return true;
                case "mode":
                  b.mode(ResourceMode.of(in.string()));
                  return true;
                case "type":
                  b.type(in.string());
                  seen[1] = true;
                  return true;
                case "name":
                  b.name(in.string());
                  seen[2] = true;
                  return true;
                case "index":
                  index(name, b::index);
                  return true;
                case "provider_name":
                  opt(name, in::string, b::providerName);
                  return true;
                case "schema_version":
                  b.schemaVersion(in.value());
                  return true;
                case "values":
                  b.values(in.value());
                  return true;
                case "sensitive_values":
                  b.sensitiveValues(in.value());
                  return true;
                case "depends_on":
                  list(name, in::string, b::addAllDependsOn);
                  return true;
                case "tainted":
                  opt(name, in::bool, b::tainted);
                  return true;
                case "deposed_key":
                  opt(name, in::string, b::deposedKey);
                  return true;
                case "identity_schema_version":
                  b.identitySchemaVersion(in.value());
                  return true;
                case "identity":
                  b.identity(in.value());
                  return true;
                default:
                  return false;
              }
            });
    if (!seen[0]) {
      throw in.fail(PlanError.Kind.WRONG_TYPE, "a resource needs \"address\"");
    }
    if (!seen[1]) {
      b.type("");
    }
    if (!seen[2]) {
      b.name("");
    }
    return b.extras(extras).build();
  }

  /** Reads a state representation. */
  public StateDocument readState() throws IOException, ReadFailure {
    ImmutableStateDocument.Builder b = ImmutableStateDocument.builder();
    JsonValue.Obj extras =
        in.object(
            name -> {
              switch (name) {
                case "format_version":
                  opt(name, in::string, b::formatVersion);
                  return true;
                case "terraform_version":
                  opt(name, in::string, b::terraformVersion);
                  return true;
                case "values":
                  opt(name, this::readValues, b::values);
                  return true;
                case "checks":
                  list(name, this::readCheck, b::addAllChecks);
                  return true;
                default:
                  return false;
              }
            });
    return b.extras(extras).build();
  }

  // ---- checks --------------------------------------------------------------------------------

  private Check readCheck() throws IOException, ReadFailure {
    ImmutableCheck.Builder b = ImmutableCheck.builder();
    boolean[] seen = new boolean[1];
    JsonValue.Obj extras =
        in.object(
            name -> {
              switch (name) {
                case "address":
                  b.address(readCheckAddress());
                  seen[0] = true;
                  return true;
                case "status":
                  opt(name, () -> CheckStatus.of(in.string()), b::status);
                  return true;
                case "instances":
                  list(name, this::readCheckInstance, b::addAllInstances);
                  return true;
                default:
                  return false;
              }
            });
    if (!seen[0]) {
      b.address(ImmutableCheckAddress.builder().build());
    }
    return b.extras(extras).build();
  }

  private CheckInstance readCheckInstance() throws IOException, ReadFailure {
    ImmutableCheckInstance.Builder b = ImmutableCheckInstance.builder();
    boolean[] seen = new boolean[1];
    JsonValue.Obj extras =
        in.object(
            name -> {
              switch (name) {
                case "address":
                  b.address(readCheckAddress());
                  seen[0] = true;
                  return true;
                case "status":
                  opt(name, () -> CheckStatus.of(in.string()), b::status);
                  return true;
                case "problems":
                  list(name, this::readCheckProblem, b::addAllProblems);
                  return true;
                default:
                  return false;
              }
            });
    if (!seen[0]) {
      b.address(ImmutableCheckAddress.builder().build());
    }
    return b.extras(extras).build();
  }

  private CheckProblem readCheckProblem() throws IOException, ReadFailure {
    ImmutableCheckProblem.Builder b = ImmutableCheckProblem.builder();
    JsonValue.Obj extras =
        in.object(
            name -> {
              if (name.equals("message")) {
                opt(name, in::string, b::message);
                return true;
              }
              return false;
            });
    return b.extras(extras).build();
  }

  private CheckAddress readCheckAddress() throws IOException, ReadFailure {
    ImmutableCheckAddress.Builder b = ImmutableCheckAddress.builder();
    JsonValue.Obj extras =
        in.object(
            name -> {
              switch (name) {
                case "kind":
                  opt(name, in::string, b::kind);
                  return true;
                case "to_display":
                  opt(name, in::string, b::toDisplay);
                  return true;
                case "module":
                  opt(name, in::string, b::module);
                  return true;
                case "mode":
                  opt(name, () -> ResourceMode.of(in.string()), b::mode);
                  return true;
                case "type":
                  opt(name, in::string, b::type);
                  return true;
                case "name":
                  opt(name, in::string, b::name);
                  return true;
                case "instance_key":
                  index(name, b::instanceKey);
                  return true;
                default:
                  return false;
              }
            });
    return b.extras(extras).build();
  }

  // ---- configuration -------------------------------------------------------------------------

  private Configuration readConfiguration() throws IOException, ReadFailure {
    ImmutableConfiguration.Builder b = ImmutableConfiguration.builder();
    JsonValue.Obj extras =
        in.object(
            name -> {
              switch (name) {
                case "provider_config":
                  map(name, this::readProviderConfig, b::putAllProviderConfig);
                  return true;
                case "root_module":
                  opt(name, this::readModuleConfig, b::rootModule);
                  return true;
                default:
                  return false;
              }
            });
    return b.extras(extras).build();
  }

  private ProviderConfig readProviderConfig() throws IOException, ReadFailure {
    ImmutableProviderConfig.Builder b = ImmutableProviderConfig.builder();
    JsonValue.Obj extras =
        in.object(
            name -> {
              switch (name) {
                case "name":
                  opt(name, in::string, b::name);
                  return true;
                case "full_name":
                  opt(name, in::string, b::fullName);
                  return true;
                case "alias":
                  opt(name, in::string, b::alias);
                  return true;
                case "version_constraint":
                  opt(name, in::string, b::versionConstraint);
                  return true;
                case "module_address":
                  opt(name, in::string, b::moduleAddress);
                  return true;
                case "expressions":
                  b.expressions(in.value());
                  return true;
                default:
                  return false;
              }
            });
    return b.extras(extras).build();
  }

  private ModuleConfig readModuleConfig() throws IOException, ReadFailure {
    ImmutableModuleConfig.Builder b = ImmutableModuleConfig.builder();
    JsonValue.Obj extras =
        in.object(
            name -> {
              switch (name) {
                case "outputs":
                  map(name, this::readOutputConfig, b::putAllOutputs);
                  return true;
                case "resources":
                  list(name, this::readResourceConfig, b::addAllResources);
                  return true;
                case "module_calls":
                  map(name, this::readModuleCall, b::putAllModuleCalls);
                  return true;
                case "variables":
                  map(name, this::readVariableConfig, b::putAllVariables);
                  return true;
                case "actions":
                  b.actions(in.value());
                  return true;
                default:
                  return false;
              }
            });
    return b.extras(extras).build();
  }

  private OutputConfig readOutputConfig() throws IOException, ReadFailure {
    ImmutableOutputConfig.Builder b = ImmutableOutputConfig.builder();
    JsonValue.Obj extras =
        in.object(
            name -> {
              switch (name) {
                case "expression":
                  b.expression(in.value());
                  return true;
                case "sensitive":
                  opt(name, in::bool, b::sensitive);
                  return true;
                case "depends_on":
                  list(name, in::string, b::addAllDependsOn);
                  return true;
                case "description":
                  opt(name, in::string, b::description);
                  return true;
                default:
                  return false;
              }
            });
    return b.extras(extras).build();
  }

  private VariableConfig readVariableConfig() throws IOException, ReadFailure {
    ImmutableVariableConfig.Builder b = ImmutableVariableConfig.builder();
    JsonValue.Obj extras =
        in.object(
            name -> {
              switch (name) {
                case "default":
                  b.defaultValue(in.value());
                  return true;
                case "description":
                  opt(name, in::string, b::description);
                  return true;
                case "sensitive":
                  opt(name, in::bool, b::sensitive);
                  return true;
                default:
                  return false;
              }
            });
    return b.extras(extras).build();
  }

  private ResourceConfig readResourceConfig() throws IOException, ReadFailure {
    ImmutableResourceConfig.Builder b = ImmutableResourceConfig.builder();
    boolean[] seen = new boolean[3];
    JsonValue.Obj extras =
        in.object(
            name -> {
              switch (name) {
                case "address":
                  b.address(in.string());
                  seen[0] = true;
                  return true;
                case "mode":
                  b.mode(ResourceMode.of(in.string()));
                  return true;
                case "type":
                  b.type(in.string());
                  seen[1] = true;
                  return true;
                case "name":
                  b.name(in.string());
                  seen[2] = true;
                  return true;
                case "provider_config_key":
                  opt(name, in::string, b::providerConfigKey);
                  return true;
                case "provisioners":
                  b.provisioners(in.value());
                  return true;
                case "expressions":
                  b.expressions(in.value());
                  return true;
                case "schema_version":
                  b.schemaVersion(in.value());
                  return true;
                case "count_expression":
                  b.countExpression(in.value());
                  return true;
                case "for_each_expression":
                  b.forEachExpression(in.value());
                  return true;
                case "depends_on":
                  list(name, in::string, b::addAllDependsOn);
                  return true;
                default:
                  return false;
              }
            });
    if (!seen[0]) {
      throw in.fail(PlanError.Kind.WRONG_TYPE, "a resource configuration needs \"address\"");
    }
    if (!seen[1]) {
      b.type("");
    }
    if (!seen[2]) {
      b.name("");
    }
    return b.extras(extras).build();
  }

  private ModuleCall readModuleCall() throws IOException, ReadFailure {
    ImmutableModuleCall.Builder b = ImmutableModuleCall.builder();
    JsonValue.Obj extras =
        in.object(
            name -> {
              switch (name) {
                case "source":
                  opt(name, in::string, b::source);
                  return true;
                case "expressions":
                  b.expressions(in.value());
                  return true;
                case "count_expression":
                  b.countExpression(in.value());
                  return true;
                case "for_each_expression":
                  b.forEachExpression(in.value());
                  return true;
                case "module":
                  opt(name, this::readModuleConfig, b::module);
                  return true;
                case "version_constraint":
                  opt(name, in::string, b::versionConstraint);
                  return true;
                case "depends_on":
                  list(name, in::string, b::addAllDependsOn);
                  return true;
                default:
                  return false;
              }
            });
    return b.extras(extras).build();
  }
}
