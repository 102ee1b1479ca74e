package io.github.tfdrift.core.model;

import java.util.List;

/**
 * The names of the plan's JSON fields, described once: one nested class per JSON object, one constant
 * per field, and {@code ALL} in the order {@code terraform show -json} writes them. The reader
 * ({@code internal.PlanParser}, {@code internal.PlanStreamer}), the writer ({@code json.PlanWriter}),
 * redaction ({@code internal.PlanRedaction}), the testkit and the benchmark generator name fields
 * only through these constants, so a field Terraform adds is named here and nowhere else. A field
 * that is not listed here is not lost: every model type keeps it in {@link HasExtras#extras()}.
 *
 * <p>See {@code docs/architecture.md}, "Adding a field".
 */
public final class PlanFields {
  private PlanFields() {}

  /** The fields of the top-level plan object. */
  public static final class Plan {
    private Plan() {}

    /** {@code format_version}. */
    public static final String FORMAT_VERSION = "format_version";

    /** {@code terraform_version}. */
    public static final String TERRAFORM_VERSION = "terraform_version";

    /** {@code variables}. */
    public static final String VARIABLES = "variables";

    /** {@code planned_values}. */
    public static final String PLANNED_VALUES = "planned_values";

    /** {@code resource_drift}. */
    public static final String RESOURCE_DRIFT = "resource_drift";

    /** {@code resource_changes}. */
    public static final String RESOURCE_CHANGES = "resource_changes";

    /** {@code deferred_changes}. */
    public static final String DEFERRED_CHANGES = "deferred_changes";

    /** {@code deferred_action_invocations}. */
    public static final String DEFERRED_ACTION_INVOCATIONS = "deferred_action_invocations";

    /** {@code output_changes}. */
    public static final String OUTPUT_CHANGES = "output_changes";

    /** {@code action_invocations}. */
    public static final String ACTION_INVOCATIONS = "action_invocations";

    /** {@code prior_state}. */
    public static final String PRIOR_STATE = "prior_state";

    /** {@code configuration}. */
    public static final String CONFIGURATION = "configuration";

    /** {@code relevant_attributes}. */
    public static final String RELEVANT_ATTRIBUTES = "relevant_attributes";

    /** {@code condition_results}. */
    public static final String CONDITION_RESULTS = "condition_results";

    /** {@code checks}. */
    public static final String CHECKS = "checks";

    /** {@code timestamp}. */
    public static final String TIMESTAMP = "timestamp";

    /** {@code applyable}. */
    public static final String APPLYABLE = "applyable";

    /** {@code complete}. */
    public static final String COMPLETE = "complete";

    /** {@code errored}. */
    public static final String ERRORED = "errored";

    /** Every field above, in the order the producers write them. */
    public static final List<String> ALL = List.of(FORMAT_VERSION, TERRAFORM_VERSION, VARIABLES, PLANNED_VALUES, RESOURCE_DRIFT, RESOURCE_CHANGES, DEFERRED_CHANGES, DEFERRED_ACTION_INVOCATIONS, OUTPUT_CHANGES, ACTION_INVOCATIONS, PRIOR_STATE, CONFIGURATION, RELEVANT_ATTRIBUTES, CONDITION_RESULTS, CHECKS, TIMESTAMP, APPLYABLE, COMPLETE, ERRORED);
  }

  /** The fields of one entry of {@code variables}. */
  public static final class Variable {
    private Variable() {}

    /** {@code value}. */
    public static final String VALUE = "value";

    /** Every field above, in the order the producers write them. */
    public static final List<String> ALL = List.of(VALUE);
  }

  /** The fields of one entry of {@code resource_changes} and {@code resource_drift}. */
  public static final class ResourceChange {
    private ResourceChange() {}

    /** {@code address}. */
    public static final String ADDRESS = "address";

    /** {@code previous_address}. */
    public static final String PREVIOUS_ADDRESS = "previous_address";

    /** {@code module_address}. */
    public static final String MODULE_ADDRESS = "module_address";

    /** {@code mode}. */
    public static final String MODE = "mode";

    /** {@code type}. */
    public static final String TYPE = "type";

    /** {@code name}. */
    public static final String NAME = "name";

    /** {@code index}. */
    public static final String INDEX = "index";

    /** {@code index_unknown}. */
    public static final String INDEX_UNKNOWN = "index_unknown";

    /** {@code provider_name}. */
    public static final String PROVIDER_NAME = "provider_name";

    /** {@code deposed}. */
    public static final String DEPOSED = "deposed";

    /** {@code change}. */
    public static final String CHANGE = "change";

    /** {@code action_reason}. */
    public static final String ACTION_REASON = "action_reason";

    /** Every field above, in the order the producers write them. */
    public static final List<String> ALL = List.of(ADDRESS, PREVIOUS_ADDRESS, MODULE_ADDRESS, MODE, TYPE, NAME, INDEX, INDEX_UNKNOWN, PROVIDER_NAME, DEPOSED, CHANGE, ACTION_REASON);
  }

  /** The fields of the {@code change} of a resource change or an output change. */
  public static final class Change {
    private Change() {}

    /** {@code actions}. */
    public static final String ACTIONS = "actions";

    /** {@code before}. */
    public static final String BEFORE = "before";

    /** {@code after}. */
    public static final String AFTER = "after";

    /** {@code after_unknown}. */
    public static final String AFTER_UNKNOWN = "after_unknown";

    /** {@code before_sensitive}. */
    public static final String BEFORE_SENSITIVE = "before_sensitive";

    /** {@code after_sensitive}. */
    public static final String AFTER_SENSITIVE = "after_sensitive";

    /** {@code replace_paths}. */
    public static final String REPLACE_PATHS = "replace_paths";

    /** {@code importing}. */
    public static final String IMPORTING = "importing";

    /** {@code generated_config}. */
    public static final String GENERATED_CONFIG = "generated_config";

    /** {@code before_identity}. */
    public static final String BEFORE_IDENTITY = "before_identity";

    /** {@code after_identity}. */
    public static final String AFTER_IDENTITY = "after_identity";

    /** Every field above, in the order the producers write them. */
    public static final List<String> ALL = List.of(ACTIONS, BEFORE, AFTER, AFTER_UNKNOWN, BEFORE_SENSITIVE, AFTER_SENSITIVE, REPLACE_PATHS, IMPORTING, GENERATED_CONFIG, BEFORE_IDENTITY, AFTER_IDENTITY);
  }

  /** The fields of {@code change.importing}. */
  public static final class Importing {
    private Importing() {}

    /** {@code id}. */
    public static final String ID = "id";

    /** {@code identity}. */
    public static final String IDENTITY = "identity";

    /** {@code unknown}. */
    public static final String UNKNOWN = "unknown";

    /** Every field above, in the order the producers write them. */
    public static final List<String> ALL = List.of(ID, IDENTITY, UNKNOWN);
  }

  /** The fields of one entry of {@code deferred_changes} and {@code deferred_action_invocations}. */
  public static final class DeferredChange {
    private DeferredChange() {}

    /** {@code reason}. */
    public static final String REASON = "reason";

    /** {@code resource_change}. */
    public static final String RESOURCE_CHANGE = "resource_change";

    /** Every field above, in the order the producers write them. */
    public static final List<String> ALL = List.of(REASON, RESOURCE_CHANGE);
  }

  /** The fields of one entry of {@code relevant_attributes}. */
  public static final class RelevantAttribute {
    private RelevantAttribute() {}

    /** {@code resource}. */
    public static final String RESOURCE = "resource";

    /** {@code attribute}. */
    public static final String ATTRIBUTE = "attribute";

    /** Every field above, in the order the producers write them. */
    public static final List<String> ALL = List.of(RESOURCE, ATTRIBUTE);
  }

  /** The fields of one entry of {@code action_invocations} (TF 1.14). */
  public static final class ActionInvocation {
    private ActionInvocation() {}

    /** {@code address}. */
    public static final String ADDRESS = "address";

    /** {@code type}. */
    public static final String TYPE = "type";

    /** {@code name}. */
    public static final String NAME = "name";

    /** {@code provider_name}. */
    public static final String PROVIDER_NAME = "provider_name";

    /** {@code config_values}. */
    public static final String CONFIG_VALUES = "config_values";

    /** {@code config_sensitive}. */
    public static final String CONFIG_SENSITIVE = "config_sensitive";

    /** {@code config_unknown}. */
    public static final String CONFIG_UNKNOWN = "config_unknown";

    /** {@code lifecycle_action_trigger}. */
    public static final String LIFECYCLE_ACTION_TRIGGER = "lifecycle_action_trigger";

    /** {@code invoke_action_trigger}. */
    public static final String INVOKE_ACTION_TRIGGER = "invoke_action_trigger";

    /** Every field above, in the order the producers write them. */
    public static final List<String> ALL = List.of(ADDRESS, TYPE, NAME, PROVIDER_NAME, CONFIG_VALUES, CONFIG_SENSITIVE, CONFIG_UNKNOWN, LIFECYCLE_ACTION_TRIGGER, INVOKE_ACTION_TRIGGER);
  }

  /** The fields of a values representation ({@code planned_values}, {@code prior_state.values}). */
  public static final class Values {
    private Values() {}

    /** {@code outputs}. */
    public static final String OUTPUTS = "outputs";

    /** {@code root_module}. */
    public static final String ROOT_MODULE = "root_module";

    /** Every field above, in the order the producers write them. */
    public static final List<String> ALL = List.of(OUTPUTS, ROOT_MODULE);
  }

  /** The fields of one output of a values representation. */
  public static final class OutputValue {
    private OutputValue() {}

    /** {@code sensitive}. */
    public static final String SENSITIVE = "sensitive";

    /** {@code value}. */
    public static final String VALUE = "value";

    /** {@code type}. */
    public static final String TYPE = "type";

    /** Every field above, in the order the producers write them. */
    public static final List<String> ALL = List.of(SENSITIVE, VALUE, TYPE);
  }

  /** The fields of a module of a values representation ({@code root_module}, {@code child_modules}). */
  public static final class ModuleValues {
    private ModuleValues() {}

    /** {@code address}. */
    public static final String ADDRESS = "address";

    /** {@code resources}. */
    public static final String RESOURCES = "resources";

    /** {@code child_modules}. */
    public static final String CHILD_MODULES = "child_modules";

    /** Every field above, in the order the producers write them. */
    public static final List<String> ALL = List.of(ADDRESS, RESOURCES, CHILD_MODULES);
  }

  /** The fields of one resource of a values representation. */
  public static final class ResourceValues {
    private ResourceValues() {}

    /** {@code address}. */
    public static final String ADDRESS = "address";

    /** {@code mode}. */
    public static final String MODE = "mode";

    /** {@code type}. */
    public static final String TYPE = "type";

    /** {@code name}. */
    public static final String NAME = "name";

    /** {@code index}. */
    public static final String INDEX = "index";

    /** {@code provider_name}. */
    public static final String PROVIDER_NAME = "provider_name";

    /** {@code schema_version}. */
    public static final String SCHEMA_VERSION = "schema_version";

    /** {@code values}. */
    public static final String VALUES = "values";

    /** {@code sensitive_values}. */
    public static final String SENSITIVE_VALUES = "sensitive_values";

    /** {@code depends_on}. */
    public static final String DEPENDS_ON = "depends_on";

    /** {@code tainted}. */
    public static final String TAINTED = "tainted";

    /** {@code deposed_key}. */
    public static final String DEPOSED_KEY = "deposed_key";

    /** {@code identity_schema_version}. */
    public static final String IDENTITY_SCHEMA_VERSION = "identity_schema_version";

    /** {@code identity}. */
    public static final String IDENTITY = "identity";

    /** Every field above, in the order the producers write them. */
    public static final List<String> ALL = List.of(ADDRESS, MODE, TYPE, NAME, INDEX, PROVIDER_NAME, SCHEMA_VERSION, VALUES, SENSITIVE_VALUES, DEPENDS_ON, TAINTED, DEPOSED_KEY, IDENTITY_SCHEMA_VERSION, IDENTITY);
  }

  /** The fields of {@code prior_state}. */
  public static final class State {
    private State() {}

    /** {@code format_version}. */
    public static final String FORMAT_VERSION = "format_version";

    /** {@code terraform_version}. */
    public static final String TERRAFORM_VERSION = "terraform_version";

    /** {@code values}. */
    public static final String VALUES = "values";

    /** {@code checks}. */
    public static final String CHECKS = "checks";

    /** Every field above, in the order the producers write them. */
    public static final List<String> ALL = List.of(FORMAT_VERSION, TERRAFORM_VERSION, VALUES, CHECKS);
  }

  /** The fields of one entry of {@code checks}. */
  public static final class Check {
    private Check() {}

    /** {@code address}. */
    public static final String ADDRESS = "address";

    /** {@code status}. */
    public static final String STATUS = "status";

    /** {@code instances}. */
    public static final String INSTANCES = "instances";

    /** Every field above, in the order the producers write them. */
    public static final List<String> ALL = List.of(ADDRESS, STATUS, INSTANCES);
  }

  /** The fields of one instance of a check. */
  public static final class CheckInstance {
    private CheckInstance() {}

    /** {@code address}. */
    public static final String ADDRESS = "address";

    /** {@code status}. */
    public static final String STATUS = "status";

    /** {@code problems}. */
    public static final String PROBLEMS = "problems";

    /** Every field above, in the order the producers write them. */
    public static final List<String> ALL = List.of(ADDRESS, STATUS, PROBLEMS);
  }

  /** The fields of one problem of a check instance. */
  public static final class CheckProblem {
    private CheckProblem() {}

    /** {@code message}. */
    public static final String MESSAGE = "message";

    /** Every field above, in the order the producers write them. */
    public static final List<String> ALL = List.of(MESSAGE);
  }

  /** The fields of the {@code address} of a check or check instance. */
  public static final class CheckAddress {
    private CheckAddress() {}

    /** {@code kind}. */
    public static final String KIND = "kind";

    /** {@code to_display}. */
    public static final String TO_DISPLAY = "to_display";

    /** {@code module}. */
    public static final String MODULE = "module";

    /** {@code mode}. */
    public static final String MODE = "mode";

    /** {@code type}. */
    public static final String TYPE = "type";

    /** {@code name}. */
    public static final String NAME = "name";

    /** {@code instance_key}. */
    public static final String INSTANCE_KEY = "instance_key";

    /** Every field above, in the order the producers write them. */
    public static final List<String> ALL = List.of(KIND, TO_DISPLAY, MODULE, MODE, TYPE, NAME, INSTANCE_KEY);
  }

  /** The fields of {@code configuration}. */
  public static final class Configuration {
    private Configuration() {}

    /** {@code provider_config}. */
    public static final String PROVIDER_CONFIG = "provider_config";

    /** {@code root_module}. */
    public static final String ROOT_MODULE = "root_module";

    /** Every field above, in the order the producers write them. */
    public static final List<String> ALL = List.of(PROVIDER_CONFIG, ROOT_MODULE);
  }

  /** The fields of one entry of {@code configuration.provider_config}. */
  public static final class ProviderConfig {
    private ProviderConfig() {}

    /** {@code name}. */
    public static final String NAME = "name";

    /** {@code full_name}. */
    public static final String FULL_NAME = "full_name";

    /** {@code alias}. */
    public static final String ALIAS = "alias";

    /** {@code version_constraint}. */
    public static final String VERSION_CONSTRAINT = "version_constraint";

    /** {@code module_address}. */
    public static final String MODULE_ADDRESS = "module_address";

    /** {@code expressions}. */
    public static final String EXPRESSIONS = "expressions";

    /** Every field above, in the order the producers write them. */
    public static final List<String> ALL = List.of(NAME, FULL_NAME, ALIAS, VERSION_CONSTRAINT, MODULE_ADDRESS, EXPRESSIONS);
  }

  /** The fields of a module of the configuration ({@code root_module}, {@code module_calls.*.module}). */
  public static final class ModuleConfig {
    private ModuleConfig() {}

    /** {@code outputs}. */
    public static final String OUTPUTS = "outputs";

    /** {@code resources}. */
    public static final String RESOURCES = "resources";

    /** {@code module_calls}. */
    public static final String MODULE_CALLS = "module_calls";

    /** {@code variables}. */
    public static final String VARIABLES = "variables";

    /** {@code actions}. */
    public static final String ACTIONS = "actions";

    /** Every field above, in the order the producers write them. */
    public static final List<String> ALL = List.of(OUTPUTS, RESOURCES, MODULE_CALLS, VARIABLES, ACTIONS);
  }

  /** The fields of one output of a module's configuration. */
  public static final class OutputConfig {
    private OutputConfig() {}

    /** {@code expression}. */
    public static final String EXPRESSION = "expression";

    /** {@code sensitive}. */
    public static final String SENSITIVE = "sensitive";

    /** {@code depends_on}. */
    public static final String DEPENDS_ON = "depends_on";

    /** {@code description}. */
    public static final String DESCRIPTION = "description";

    /** Every field above, in the order the producers write them. */
    public static final List<String> ALL = List.of(EXPRESSION, SENSITIVE, DEPENDS_ON, DESCRIPTION);
  }

  /** The fields of one variable of a module's configuration. */
  public static final class VariableConfig {
    private VariableConfig() {}

    /** {@code default}. */
    public static final String DEFAULT = "default";

    /** {@code description}. */
    public static final String DESCRIPTION = "description";

    /** {@code sensitive}. */
    public static final String SENSITIVE = "sensitive";

    /** {@code type}: the variable's type constraint as cty type JSON (OpenTofu 1.11). */
    public static final String TYPE = "type";

    /** {@code required}: true when the variable has no default (OpenTofu 1.11). */
    public static final String REQUIRED = "required";

    /** Every field above, in the order the producers write them. */
    public static final List<String> ALL = List.of(DEFAULT, DESCRIPTION, SENSITIVE, TYPE, REQUIRED);
  }

  /** The fields of one resource of a module's configuration. */
  public static final class ResourceConfig {
    private ResourceConfig() {}

    /** {@code address}. */
    public static final String ADDRESS = "address";

    /** {@code mode}. */
    public static final String MODE = "mode";

    /** {@code type}. */
    public static final String TYPE = "type";

    /** {@code name}. */
    public static final String NAME = "name";

    /** {@code provider_config_key}. */
    public static final String PROVIDER_CONFIG_KEY = "provider_config_key";

    /** {@code provisioners}. */
    public static final String PROVISIONERS = "provisioners";

    /** {@code expressions}. */
    public static final String EXPRESSIONS = "expressions";

    /** {@code schema_version}. */
    public static final String SCHEMA_VERSION = "schema_version";

    /** {@code count_expression}. */
    public static final String COUNT_EXPRESSION = "count_expression";

    /** {@code for_each_expression}. */
    public static final String FOR_EACH_EXPRESSION = "for_each_expression";

    /** {@code depends_on}. */
    public static final String DEPENDS_ON = "depends_on";

    /** Every field above, in the order the producers write them. */
    public static final List<String> ALL = List.of(ADDRESS, MODE, TYPE, NAME, PROVIDER_CONFIG_KEY, PROVISIONERS, EXPRESSIONS, SCHEMA_VERSION, COUNT_EXPRESSION, FOR_EACH_EXPRESSION, DEPENDS_ON);
  }

  /** The fields of one entry of a module's {@code module_calls}. */
  public static final class ModuleCall {
    private ModuleCall() {}

    /** {@code source}. */
    public static final String SOURCE = "source";

    /** {@code expressions}. */
    public static final String EXPRESSIONS = "expressions";

    /** {@code count_expression}. */
    public static final String COUNT_EXPRESSION = "count_expression";

    /** {@code for_each_expression}. */
    public static final String FOR_EACH_EXPRESSION = "for_each_expression";

    /** {@code module}. */
    public static final String MODULE = "module";

    /** {@code version_constraint}. */
    public static final String VERSION_CONSTRAINT = "version_constraint";

    /** {@code depends_on}. */
    public static final String DEPENDS_ON = "depends_on";

    /** Every field above, in the order the producers write them. */
    public static final List<String> ALL = List.of(SOURCE, EXPRESSIONS, COUNT_EXPRESSION, FOR_EACH_EXPRESSION, MODULE, VERSION_CONSTRAINT, DEPENDS_ON);
  }
}
