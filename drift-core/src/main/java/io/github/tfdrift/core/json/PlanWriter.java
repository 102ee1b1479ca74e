package io.github.tfdrift.core.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.util.JsonGeneratorDelegate;
import io.github.tfdrift.core.address.AttributePath;
import io.github.tfdrift.core.address.InstanceKey;
import io.github.tfdrift.core.address.ResourceMode;
import io.github.tfdrift.core.internal.PlanRedaction;
import io.github.tfdrift.core.model.Action;
import io.github.tfdrift.core.model.ActionInvocation;
import io.github.tfdrift.core.model.Change;
import io.github.tfdrift.core.model.Check;
import io.github.tfdrift.core.model.CheckAddress;
import io.github.tfdrift.core.model.CheckInstance;
import io.github.tfdrift.core.model.CheckProblem;
import io.github.tfdrift.core.model.Configuration;
import io.github.tfdrift.core.model.DeferredChange;
import io.github.tfdrift.core.model.HasExtras;
import io.github.tfdrift.core.model.Importing;
import io.github.tfdrift.core.model.ModuleCall;
import io.github.tfdrift.core.model.ModuleConfig;
import io.github.tfdrift.core.model.ModuleValues;
import io.github.tfdrift.core.model.OutputConfig;
import io.github.tfdrift.core.model.OutputValue;
import io.github.tfdrift.core.model.Plan;
import io.github.tfdrift.core.model.PlanFields;
import io.github.tfdrift.core.model.ProviderConfig;
import io.github.tfdrift.core.model.RelevantAttribute;
import io.github.tfdrift.core.model.ResourceChange;
import io.github.tfdrift.core.model.ResourceConfig;
import io.github.tfdrift.core.model.ResourceValues;
import io.github.tfdrift.core.model.StateDocument;
import io.github.tfdrift.core.model.Values;
import io.github.tfdrift.core.model.Variable;
import io.github.tfdrift.core.model.VariableConfig;
import io.github.tfdrift.core.redact.Secrets;
import io.github.tfdrift.core.value.JsonValue;
import io.github.tfdrift.core.value.JsonValues;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Writes a plan back to JSON: known members in the order Terraform writes them, then the members the
 * model kept verbatim ({@link HasExtras#extras()}). Reading a plan and writing it gives JSON equal to
 * the input as a tree, numbers included.
 *
 * <p>The output of {@link #compact()} and {@link #pretty()} contains every value of the plan, secrets
 * included, exactly as the input did: it is meant for files and pipes, not for logs. {@link
 * #redacting()} gives a writer whose output masks every secret (see {@link #redacting()}), to share
 * or archive a plan.
 */
public final class PlanWriter {
  private static final JsonFactory FACTORY = JsonFactory.builder().build();
  /** Reads back what this writer wrote: whatever limits the plan was read with, it fits. */
  static final JsonFactory REREAD =
      JsonFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder()
                  .maxNestingDepth(Integer.MAX_VALUE)
                  .maxStringLength(Integer.MAX_VALUE)
                  .maxNumberLength(Integer.MAX_VALUE)
                  .maxNameLength(Integer.MAX_VALUE)
                  .maxDocumentLength(-1)
                  .build())
          .build();
  private final boolean pretty;
  private final boolean redact;

  private PlanWriter(boolean pretty, boolean redact) {
    this.pretty = pretty;
    this.redact = redact;
  }

  /** A writer of compact, single-line JSON (as Terraform writes it). */
  public static PlanWriter compact() {
    return new PlanWriter(false, false);
  }

  /** A writer of indented JSON. */
  public static PlanWriter pretty() {
    return new PlanWriter(true, false);
  }

  /**
   * This writer, masking secrets: the plan is written with the same members, in the same order, but
   * every value marked sensitive (by {@code before_sensitive}, {@code after_sensitive}, {@code
   * sensitive_values} or {@code config_sensitive}), every sensitive output, and the value and default
   * of every variable declared sensitive are replaced, and every other copy of a secret ({@link
   * Secrets#of(Plan)}) inside any string or member name is masked. Inside a change, marked values
   * become {@code "(sensitive value N)"}, numbered per change so that the redacted plan still tells
   * which sensitive attributes change; elsewhere they become {@value Secrets#MASK}. The sensitivity
   * mirrors are kept, so the redacted plan reads back as a plan that classifies like the original,
   * except that values whose only difference was formatting now differ. Unknown members are kept
   * and scrubbed like the rest.
   *
   * @return a writer with the same layout that redacts
   */
  public PlanWriter redacting() {
    return new PlanWriter(pretty, true);
  }

  /** True when this writer masks secrets ({@link #redacting()}). */
  public boolean isRedacting() {
    return redact;
  }

  /** Writes a plan to a stream (left open) as UTF-8. */
  public void write(Plan plan, OutputStream out) throws IOException {
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      if (pretty) {
        g.useDefaultPrettyPrinter();
      }
      if (redact) {
        PlanRedaction r = PlanRedaction.of(Secrets.of(plan), plan.sensitiveVariableNames(), PlanRedaction.sensitiveOutputs(plan));
        MemberRedacting m = new MemberRedacting(g, r);
        new Out(m).plan(plan);
        m.finish();
      } else {
        new Out(g).plan(plan);
      }
    }
  }

  /**
   * Redacts the plan writer's output one top-level member at a time, and the long members one element
   * at a time, so that no copy of the whole plan is made: what the plain writer writes of a member (or
   * element) goes to a buffer, is read back as a tree, redacted ({@link PlanRedaction#member}, {@link
   * PlanRedaction#element}) and written to the real generator; the same document {@link
   * PlanRedaction#redact} makes of the whole, written the same way (a test compares both on every
   * corpus plan). A member written as a bare value is known to be complete when the next member
   * starts or the plan ends.
   */
  private static final class MemberRedacting extends JsonGeneratorDelegate {
    private final JsonGenerator out;
    private final PlanRedaction redaction;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private JsonGenerator buffer; // while a member or element is being buffered, else null
    private int depth; // containers open in the document written so far: 1 inside the plan object
    private String member; // the top-level member being written
    private boolean elementWise; // inside the array of a member redacted by element

    MemberRedacting(JsonGenerator out, PlanRedaction redaction) {
      super(out, false);
      this.out = out;
      this.redaction = redaction;
    }

    private void startBuffer() throws IOException {
      bytes.reset();
      buffer = FACTORY.createGenerator(bytes);
      delegate = buffer;
    }

    /** Writes what was buffered, each root value redacted as a member's value or an element. */
    private void flushBuffer() throws IOException {
      if (buffer == null) {
        return;
      }
      buffer.close();
      buffer = null;
      delegate = out;
      try (JsonParser p = REREAD.createParser(bytes.toByteArray())) {
        while (p.nextToken() != null) {
          JsonValue v = JsonValues.read(p);
          JsonValues.write(out, elementWise ? redaction.element(member, v) : redaction.member(member, v));
        }
      }
    }

    @Override
    public void writeFieldName(String name) throws IOException {
      if (depth == 1) {
        flushBuffer();
        member = name;
        out.writeFieldName(redaction.memberName(name));
        startBuffer();
      } else {
        delegate.writeFieldName(name);
      }
    }

    @Override
    public void writeFieldName(SerializableString name) throws IOException {
      writeFieldName(name.getValue());
    }

    @Override
    public void writeStartObject() throws IOException {
      if (depth == 0) {
        out.writeStartObject();
      } else {
        delegate.writeStartObject(); // the buffer: a member's value or, by element, the next element
      }
      depth++;
    }

    @Override
    public void writeStartObject(Object forValue) throws IOException {
      writeStartObject();
    }

    @Override
    public void writeStartObject(Object forValue, int size) throws IOException {
      writeStartObject();
    }

    @Override
    public void writeStartArray() throws IOException {
      if (depth == 1 && PlanRedaction.byElement(member) && buffer != null && isEmpty(buffer)) {
        buffer = null; // nothing written to it yet: the array itself goes out, its elements one by one
        delegate = out;
        out.writeStartArray();
        elementWise = true;
        startBuffer();
      } else {
        delegate.writeStartArray();
      }
      depth++;
    }

    @Override
    public void writeStartArray(int size) throws IOException {
      writeStartArray();
    }

    @Override
    public void writeStartArray(Object forValue) throws IOException {
      writeStartArray();
    }

    @Override
    public void writeStartArray(Object forValue, int size) throws IOException {
      writeStartArray();
    }

    @Override
    public void writeEndObject() throws IOException {
      depth--;
      if (depth == 0) {
        flushBuffer();
        out.writeEndObject();
        return;
      }
      delegate.writeEndObject();
      ended();
    }

    @Override
    public void writeEndArray() throws IOException {
      depth--;
      if (depth == 1 && elementWise) {
        flushBuffer(); // bare values among the elements, if any
        elementWise = false;
        out.writeEndArray();
        return;
      }
      delegate.writeEndArray();
      ended();
    }

    /**
     * After a container closed: when it was a member's value, or an element, that value is complete
     * and goes out; by element, a new buffer waits for the next one.
     */
    private void ended() throws IOException {
      if (depth == 1 || depth == 2 && elementWise) {
        flushBuffer();
        if (elementWise) {
          startBuffer();
        }
      }
    }

    /** After the plan: anything still buffered (a plan that is not an object) goes out. */
    void finish() throws IOException {
      flushBuffer();
    }

    private static boolean isEmpty(JsonGenerator g) {
      return g.getOutputContext().inRoot() && g.getOutputContext().getEntryCount() == 0;
    }
  }

  /** The plan as a JSON string. */
  public String toJson(Plan plan) {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    try {
      write(plan, b);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return b.toString(StandardCharsets.UTF_8);
  }

  /** Writes one object: tracks the keys written so extras never duplicate them. */
  private static final class Out {
    private final JsonGenerator g;

    Out(JsonGenerator g) {
      this.g = g;
    }

    private final class Obj {
      final Set<String> written = new HashSet<>();

      Obj() throws IOException {
        g.writeStartObject();
      }

      void str(String k, String v) throws IOException {
        g.writeStringField(k, v);
        written.add(k);
      }

      void nonEmptyStr(String k, String v) throws IOException {
        if (!v.isEmpty()) {
          str(k, v);
        }
      }

      void str(String k, Optional<String> v) throws IOException {
        if (v.isPresent()) {
          str(k, v.get());
        }
      }

      void bool(String k, Optional<Boolean> v) throws IOException {
        if (v.isPresent()) {
          g.writeBooleanField(k, v.get());
          written.add(k);
        }
      }

      void value(String k, JsonValue v) throws IOException {
        if (!v.isAbsent()) {
          g.writeFieldName(k);
          JsonValues.write(g, v);
          written.add(k);
        }
      }

      void key(String k, Optional<InstanceKey> v) throws IOException {
        if (v.isPresent() && !v.get().toJson().isAbsent()) {
          value(k, v.get().toJson());
        }
      }

      void mode(String k, ResourceMode m, boolean always) throws IOException {
        if (always || !m.equals(ResourceMode.MANAGED)) {
          str(k, m.text());
        }
      }

      void strings(String k, List<String> l) throws IOException {
        if (!l.isEmpty()) {
          g.writeArrayFieldStart(k);
          for (String s : l) {
            g.writeString(s);
          }
          g.writeEndArray();
          written.add(k);
        }
      }

      <T> void list(String k, List<T> l, Writer<T> w) throws IOException {
        if (!l.isEmpty()) {
          g.writeArrayFieldStart(k);
          for (T t : l) {
            w.write(t);
          }
          g.writeEndArray();
          written.add(k);
        }
      }

      <T> void map(String k, Map<String, T> m, Writer<T> w) throws IOException {
        if (!m.isEmpty()) {
          g.writeObjectFieldStart(k);
          for (Map.Entry<String, T> e : m.entrySet()) {
            g.writeFieldName(e.getKey());
            w.write(e.getValue());
          }
          g.writeEndObject();
          written.add(k);
        }
      }

      <T> void opt(String k, Optional<T> v, Writer<T> w) throws IOException {
        if (v.isPresent()) {
          g.writeFieldName(k);
          w.write(v.get());
          written.add(k);
        }
      }

      void end(HasExtras h) throws IOException {
        JsonValue.Obj extras = h.extras();
        for (int i = 0; i < extras.size(); i++) {
          String k = extras.keyAt(i);
          if (!written.contains(k)) {
            g.writeFieldName(k);
            JsonValues.write(g, extras.valueAt(i));
          }
        }
        g.writeEndObject();
      }
    }

    private interface Writer<T> {
      void write(T t) throws IOException;
    }

    void plan(Plan p) throws IOException {
      Obj o = new Obj();
      o.nonEmptyStr(PlanFields.Plan.FORMAT_VERSION, p.formatVersion());
      o.str(PlanFields.Plan.TERRAFORM_VERSION, p.terraformVersion());
      o.map(PlanFields.Plan.VARIABLES, p.variables(), this::variable);
      o.opt(PlanFields.Plan.PLANNED_VALUES, p.plannedValues(), this::values);
      o.list(PlanFields.Plan.RESOURCE_DRIFT, p.resourceDrift(), this::resourceChange);
      o.list(PlanFields.Plan.RESOURCE_CHANGES, p.resourceChanges(), this::resourceChange);
      o.list(PlanFields.Plan.DEFERRED_CHANGES, p.deferredChanges(), this::deferredChange);
      o.value(PlanFields.Plan.DEFERRED_ACTION_INVOCATIONS, p.deferredActionInvocations());
      o.map(PlanFields.Plan.OUTPUT_CHANGES, p.outputChanges(), this::change);
      o.list(PlanFields.Plan.ACTION_INVOCATIONS, p.actionInvocations(), this::actionInvocation);
      o.opt(PlanFields.Plan.PRIOR_STATE, p.priorState(), this::state);
      o.opt(PlanFields.Plan.CONFIGURATION, p.configuration(), this::configuration);
      o.list(PlanFields.Plan.RELEVANT_ATTRIBUTES, p.relevantAttributes(), this::relevantAttribute);
      o.value(PlanFields.Plan.CONDITION_RESULTS, p.conditionResults());
      o.list(PlanFields.Plan.CHECKS, p.checks(), this::check);
      o.str(PlanFields.Plan.TIMESTAMP, p.timestamp());
      o.bool(PlanFields.Plan.APPLYABLE, p.applyable());
      o.bool(PlanFields.Plan.COMPLETE, p.complete());
      o.bool(PlanFields.Plan.ERRORED, p.errored());
      o.end(p);
    }

    void variable(Variable v) throws IOException {
      Obj o = new Obj();
      o.value(PlanFields.Variable.VALUE, v.value());
      o.end(v);
    }

    void resourceChange(ResourceChange rc) throws IOException {
      Obj o = new Obj();
      if (!rc.addressDerived()) {
        o.str(PlanFields.ResourceChange.ADDRESS, rc.address());
      }
      o.str(PlanFields.ResourceChange.PREVIOUS_ADDRESS, rc.previousAddress());
      o.str(PlanFields.ResourceChange.MODULE_ADDRESS, rc.moduleAddress());
      o.mode(PlanFields.ResourceChange.MODE, rc.mode(), true);
      o.nonEmptyStr(PlanFields.ResourceChange.TYPE, rc.type());
      o.nonEmptyStr(PlanFields.ResourceChange.NAME, rc.name());
      o.key(PlanFields.ResourceChange.INDEX, rc.index());
      o.bool(PlanFields.ResourceChange.INDEX_UNKNOWN, rc.indexUnknown());
      o.str(PlanFields.ResourceChange.PROVIDER_NAME, rc.providerName());
      o.str(PlanFields.ResourceChange.DEPOSED, rc.deposed());
      g.writeFieldName(PlanFields.ResourceChange.CHANGE);
      change(rc.change());
      o.written.add(PlanFields.ResourceChange.CHANGE);
      o.str(PlanFields.ResourceChange.ACTION_REASON, rc.actionReason().map(r -> r.text()));
      o.end(rc);
    }

    void change(Change c) throws IOException {
      Obj o = new Obj();
      if (!c.actions().isEmpty()) {
        g.writeArrayFieldStart(PlanFields.Change.ACTIONS);
        for (Action a : c.actions()) {
          g.writeString(a.text());
        }
        g.writeEndArray();
        o.written.add(PlanFields.Change.ACTIONS);
      }
      o.value(PlanFields.Change.BEFORE, c.before());
      o.value(PlanFields.Change.AFTER, c.after());
      o.value(PlanFields.Change.AFTER_UNKNOWN, c.afterUnknown());
      o.value(PlanFields.Change.BEFORE_SENSITIVE, c.beforeSensitive());
      o.value(PlanFields.Change.AFTER_SENSITIVE, c.afterSensitive());
      o.list(PlanFields.Change.REPLACE_PATHS, c.replacePaths(), this::path);
      o.opt(PlanFields.Change.IMPORTING, c.importing(), this::importing);
      o.str(PlanFields.Change.GENERATED_CONFIG, c.generatedConfig());
      o.value(PlanFields.Change.BEFORE_IDENTITY, c.beforeIdentity());
      o.value(PlanFields.Change.AFTER_IDENTITY, c.afterIdentity());
      o.end(c);
    }

    void path(AttributePath p) throws IOException {
      JsonValues.write(g, p.toJson());
    }

    void importing(Importing i) throws IOException {
      Obj o = new Obj();
      o.str(PlanFields.Importing.ID, i.id());
      o.value(PlanFields.Importing.IDENTITY, i.identity());
      o.bool(PlanFields.Importing.UNKNOWN, i.unknown());
      o.end(i);
    }

    void deferredChange(DeferredChange d) throws IOException {
      Obj o = new Obj();
      o.nonEmptyStr(PlanFields.DeferredChange.REASON, d.reason());
      g.writeFieldName(PlanFields.DeferredChange.RESOURCE_CHANGE);
      resourceChange(d.resourceChange());
      o.written.add(PlanFields.DeferredChange.RESOURCE_CHANGE);
      o.end(d);
    }

    void actionInvocation(ActionInvocation a) throws IOException {
      Obj o = new Obj();
      o.str(PlanFields.ActionInvocation.ADDRESS, a.address());
      o.str(PlanFields.ActionInvocation.TYPE, a.type());
      o.str(PlanFields.ActionInvocation.NAME, a.name());
      o.value(PlanFields.ActionInvocation.CONFIG_VALUES, a.configValues());
      o.value(PlanFields.ActionInvocation.CONFIG_SENSITIVE, a.configSensitive());
      o.value(PlanFields.ActionInvocation.CONFIG_UNKNOWN, a.configUnknown());
      o.str(PlanFields.ActionInvocation.PROVIDER_NAME, a.providerName());
      o.value(PlanFields.ActionInvocation.LIFECYCLE_ACTION_TRIGGER, a.lifecycleActionTrigger());
      o.value(PlanFields.ActionInvocation.INVOKE_ACTION_TRIGGER, a.invokeActionTrigger());
      o.end(a);
    }

    void relevantAttribute(RelevantAttribute r) throws IOException {
      Obj o = new Obj();
      o.str(PlanFields.RelevantAttribute.RESOURCE, r.resource());
      g.writeFieldName(PlanFields.RelevantAttribute.ATTRIBUTE);
      path(r.attribute());
      o.written.add(PlanFields.RelevantAttribute.ATTRIBUTE);
      o.end(r);
    }

    void values(Values v) throws IOException {
      Obj o = new Obj();
      o.map(PlanFields.Values.OUTPUTS, v.outputs(), this::outputValue);
      o.opt(PlanFields.Values.ROOT_MODULE, v.rootModule(), this::moduleValues);
      o.end(v);
    }

    void outputValue(OutputValue v) throws IOException {
      Obj o = new Obj();
      o.bool(PlanFields.OutputValue.SENSITIVE, v.sensitive());
      o.value(PlanFields.OutputValue.VALUE, v.value());
      o.value(PlanFields.OutputValue.TYPE, v.type());
      o.end(v);
    }

    void moduleValues(ModuleValues m) throws IOException {
      Obj o = new Obj();
      o.list(PlanFields.ModuleValues.RESOURCES, m.resources(), this::resourceValues);
      o.str(PlanFields.ModuleValues.ADDRESS, m.address());
      o.list(PlanFields.ModuleValues.CHILD_MODULES, m.childModules(), this::moduleValues);
      o.end(m);
    }

    void resourceValues(ResourceValues r) throws IOException {
      Obj o = new Obj();
      o.str(PlanFields.ResourceValues.ADDRESS, r.address());
      o.mode(PlanFields.ResourceValues.MODE, r.mode(), true);
      o.nonEmptyStr(PlanFields.ResourceValues.TYPE, r.type());
      o.nonEmptyStr(PlanFields.ResourceValues.NAME, r.name());
      o.key(PlanFields.ResourceValues.INDEX, r.index());
      o.str(PlanFields.ResourceValues.PROVIDER_NAME, r.providerName());
      o.value(PlanFields.ResourceValues.SCHEMA_VERSION, r.schemaVersion());
      o.value(PlanFields.ResourceValues.VALUES, r.values());
      o.value(PlanFields.ResourceValues.SENSITIVE_VALUES, r.sensitiveValues());
      o.value(PlanFields.ResourceValues.IDENTITY_SCHEMA_VERSION, r.identitySchemaVersion());
      o.value(PlanFields.ResourceValues.IDENTITY, r.identity());
      o.strings(PlanFields.ResourceValues.DEPENDS_ON, r.dependsOn());
      o.bool(PlanFields.ResourceValues.TAINTED, r.tainted());
      o.str(PlanFields.ResourceValues.DEPOSED_KEY, r.deposedKey());
      o.end(r);
    }

    void state(StateDocument s) throws IOException {
      Obj o = new Obj();
      o.str(PlanFields.State.FORMAT_VERSION, s.formatVersion());
      o.str(PlanFields.State.TERRAFORM_VERSION, s.terraformVersion());
      o.opt(PlanFields.State.VALUES, s.values(), this::values);
      o.list(PlanFields.State.CHECKS, s.checks(), this::check);
      o.end(s);
    }

    void check(Check c) throws IOException {
      Obj o = new Obj();
      g.writeFieldName(PlanFields.Check.ADDRESS);
      checkAddress(c.address());
      o.written.add(PlanFields.Check.ADDRESS);
      o.str(PlanFields.Check.STATUS, c.status().map(s -> s.text()));
      o.list(PlanFields.Check.INSTANCES, c.instances(), this::checkInstance);
      o.end(c);
    }

    void checkInstance(CheckInstance c) throws IOException {
      Obj o = new Obj();
      g.writeFieldName(PlanFields.CheckInstance.ADDRESS);
      checkAddress(c.address());
      o.written.add(PlanFields.CheckInstance.ADDRESS);
      o.str(PlanFields.CheckInstance.STATUS, c.status().map(s -> s.text()));
      o.list(PlanFields.CheckInstance.PROBLEMS, c.problems(), this::checkProblem);
      o.end(c);
    }

    void checkProblem(CheckProblem p) throws IOException {
      Obj o = new Obj();
      o.str(PlanFields.CheckProblem.MESSAGE, p.message());
      o.end(p);
    }

    void checkAddress(CheckAddress a) throws IOException {
      Obj o = new Obj();
      o.str(PlanFields.CheckAddress.KIND, a.kind());
      o.str(PlanFields.CheckAddress.MODULE, a.module());
      o.str(PlanFields.CheckAddress.MODE, a.mode().map(m -> m.text()));
      o.str(PlanFields.CheckAddress.TYPE, a.type());
      o.str(PlanFields.CheckAddress.NAME, a.name());
      o.key(PlanFields.CheckAddress.INSTANCE_KEY, a.instanceKey());
      o.str(PlanFields.CheckAddress.TO_DISPLAY, a.toDisplay());
      o.end(a);
    }

    void configuration(Configuration c) throws IOException {
      Obj o = new Obj();
      o.map(PlanFields.Configuration.PROVIDER_CONFIG, c.providerConfig(), this::providerConfig);
      o.opt(PlanFields.Configuration.ROOT_MODULE, c.rootModule(), this::moduleConfig);
      o.end(c);
    }

    void providerConfig(ProviderConfig p) throws IOException {
      Obj o = new Obj();
      o.str(PlanFields.ProviderConfig.NAME, p.name());
      o.str(PlanFields.ProviderConfig.FULL_NAME, p.fullName());
      o.str(PlanFields.ProviderConfig.ALIAS, p.alias());
      o.str(PlanFields.ProviderConfig.VERSION_CONSTRAINT, p.versionConstraint());
      o.str(PlanFields.ProviderConfig.MODULE_ADDRESS, p.moduleAddress());
      o.value(PlanFields.ProviderConfig.EXPRESSIONS, p.expressions());
      o.end(p);
    }

    void moduleConfig(ModuleConfig m) throws IOException {
      Obj o = new Obj();
      o.map(PlanFields.ModuleConfig.OUTPUTS, m.outputs(), this::outputConfig);
      o.list(PlanFields.ModuleConfig.RESOURCES, m.resources(), this::resourceConfig);
      o.map(PlanFields.ModuleConfig.MODULE_CALLS, m.moduleCalls(), this::moduleCall);
      o.map(PlanFields.ModuleConfig.VARIABLES, m.variables(), this::variableConfig);
      o.value(PlanFields.ModuleConfig.ACTIONS, m.actions());
      o.end(m);
    }

    void outputConfig(OutputConfig c) throws IOException {
      Obj o = new Obj();
      o.bool(PlanFields.OutputConfig.SENSITIVE, c.sensitive());
      o.value(PlanFields.OutputConfig.EXPRESSION, c.expression());
      o.strings(PlanFields.OutputConfig.DEPENDS_ON, c.dependsOn());
      o.str(PlanFields.OutputConfig.DESCRIPTION, c.description());
      o.end(c);
    }

    void resourceConfig(ResourceConfig r) throws IOException {
      Obj o = new Obj();
      o.str(PlanFields.ResourceConfig.ADDRESS, r.address());
      o.mode(PlanFields.ResourceConfig.MODE, r.mode(), true);
      o.nonEmptyStr(PlanFields.ResourceConfig.TYPE, r.type());
      o.nonEmptyStr(PlanFields.ResourceConfig.NAME, r.name());
      o.str(PlanFields.ResourceConfig.PROVIDER_CONFIG_KEY, r.providerConfigKey());
      o.value(PlanFields.ResourceConfig.PROVISIONERS, r.provisioners());
      o.value(PlanFields.ResourceConfig.EXPRESSIONS, r.expressions());
      o.value(PlanFields.ResourceConfig.SCHEMA_VERSION, r.schemaVersion());
      o.value(PlanFields.ResourceConfig.COUNT_EXPRESSION, r.countExpression());
      o.value(PlanFields.ResourceConfig.FOR_EACH_EXPRESSION, r.forEachExpression());
      o.strings(PlanFields.ResourceConfig.DEPENDS_ON, r.dependsOn());
      o.end(r);
    }

    void moduleCall(ModuleCall m) throws IOException {
      Obj o = new Obj();
      o.str(PlanFields.ModuleCall.SOURCE, m.source());
      o.value(PlanFields.ModuleCall.EXPRESSIONS, m.expressions());
      o.value(PlanFields.ModuleCall.COUNT_EXPRESSION, m.countExpression());
      o.value(PlanFields.ModuleCall.FOR_EACH_EXPRESSION, m.forEachExpression());
      o.opt(PlanFields.ModuleCall.MODULE, m.module(), this::moduleConfig);
      o.str(PlanFields.ModuleCall.VERSION_CONSTRAINT, m.versionConstraint());
      o.strings(PlanFields.ModuleCall.DEPENDS_ON, m.dependsOn());
      o.end(m);
    }

    void variableConfig(VariableConfig v) throws IOException {
      Obj o = new Obj();
      o.value(PlanFields.VariableConfig.DEFAULT, v.defaultValue());
      o.str(PlanFields.VariableConfig.DESCRIPTION, v.description());
      o.bool(PlanFields.VariableConfig.SENSITIVE, v.sensitive());
      o.end(v);
    }
  }
}
