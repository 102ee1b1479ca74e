package io.github.tfdrift.core.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import io.github.tfdrift.core.address.AttributePath;
import io.github.tfdrift.core.address.InstanceKey;
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
  private static final JsonFactory REREAD =
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
        JsonValues.write(g, PlanRedaction.redact(document(plan), Secrets.of(plan), plan.sensitiveVariableNames()));
      } else {
        new Out(g).plan(plan);
      }
    }
  }

  /** The plan as written by the plain writer, read back as a tree (what the redaction edits). */
  private static JsonValue document(Plan plan) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    compact().write(plan, b);
    try (JsonParser p = REREAD.createParser(b.toByteArray())) {
      p.nextToken();
      return JsonValues.read(p);
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
      o.nonEmptyStr("format_version", p.formatVersion());
      o.str("terraform_version", p.terraformVersion());
      o.map("variables", p.variables(), this::variable);
      o.opt("planned_values", p.plannedValues(), this::values);
      o.list("resource_drift", p.resourceDrift(), this::resourceChange);
      o.list("resource_changes", p.resourceChanges(), this::resourceChange);
      o.list("deferred_changes", p.deferredChanges(), this::deferredChange);
      o.value("deferred_action_invocations", p.deferredActionInvocations());
      o.map("output_changes", p.outputChanges(), this::change);
      o.list("action_invocations", p.actionInvocations(), this::actionInvocation);
      o.opt("prior_state", p.priorState(), this::state);
      o.opt("configuration", p.configuration(), this::configuration);
      o.list("relevant_attributes", p.relevantAttributes(), this::relevantAttribute);
      o.value("condition_results", p.conditionResults());
      o.list("checks", p.checks(), this::check);
      o.str("timestamp", p.timestamp());
      o.bool("applyable", p.applyable());
      o.bool("complete", p.complete());
      o.bool("errored", p.errored());
      o.end(p);
    }

    void variable(Variable v) throws IOException {
      Obj o = new Obj();
      o.value("value", v.value());
      o.end(v);
    }

    void resourceChange(ResourceChange rc) throws IOException {
      Obj o = new Obj();
      if (!rc.addressDerived()) {
        o.str("address", rc.address());
      }
      o.str("previous_address", rc.previousAddress());
      o.str("module_address", rc.moduleAddress());
      o.mode("mode", rc.mode(), true);
      o.nonEmptyStr("type", rc.type());
      o.nonEmptyStr("name", rc.name());
      o.key("index", rc.index());
      o.bool("index_unknown", rc.indexUnknown());
      o.str("provider_name", rc.providerName());
      o.str("deposed", rc.deposed());
      g.writeFieldName("change");
      change(rc.change());
      o.written.add("change");
      o.str("action_reason", rc.actionReason().map(r -> r.text()));
      o.end(rc);
    }

    void change(Change c) throws IOException {
      Obj o = new Obj();
      if (!c.actions().isEmpty()) {
        g.writeArrayFieldStart("actions");
        for (Action a : c.actions()) {
          g.writeString(a.text());
        }
        g.writeEndArray();
        o.written.add("actions");
      }
      o.value("before", c.before());
      o.value("after", c.after());
      o.value("after_unknown", c.afterUnknown());
      o.value("before_sensitive", c.beforeSensitive());
      o.value("after_sensitive", c.afterSensitive());
      o.list("replace_paths", c.replacePaths(), this::path);
      o.opt("importing", c.importing(), this::importing);
      o.str("generated_config", c.generatedConfig());
      o.value("before_identity", c.beforeIdentity());
      o.value("after_identity", c.afterIdentity());
      o.end(c);
    }

    void path(AttributePath p) throws IOException {
      JsonValues.write(g, p.toJson());
    }

    void importing(Importing i) throws IOException {
      Obj o = new Obj();
      o.str("id", i.id());
      o.value("identity", i.identity());
      o.bool("unknown", i.unknown());
      o.end(i);
    }

    void deferredChange(DeferredChange d) throws IOException {
      Obj o = new Obj();
      o.nonEmptyStr("reason", d.reason());
      g.writeFieldName("resource_change");
      resourceChange(d.resourceChange());
      o.written.add("resource_change");
      o.end(d);
    }

    void actionInvocation(ActionInvocation a) throws IOException {
      Obj o = new Obj();
      o.str("address", a.address());
      o.str("type", a.type());
      o.str("name", a.name());
      o.value("config_values", a.configValues());
      o.value("config_sensitive", a.configSensitive());
      o.value("config_unknown", a.configUnknown());
      o.str("provider_name", a.providerName());
      o.value("lifecycle_action_trigger", a.lifecycleActionTrigger());
      o.value("invoke_action_trigger", a.invokeActionTrigger());
      o.end(a);
    }

    void relevantAttribute(RelevantAttribute r) throws IOException {
      Obj o = new Obj();
      o.str("resource", r.resource());
      g.writeFieldName("attribute");
      path(r.attribute());
      o.written.add("attribute");
      o.end(r);
    }

    void values(Values v) throws IOException {
      Obj o = new Obj();
      o.map("outputs", v.outputs(), this::outputValue);
      o.opt("root_module", v.rootModule(), this::moduleValues);
      o.end(v);
    }

    void outputValue(OutputValue v) throws IOException {
      Obj o = new Obj();
      o.bool("sensitive", v.sensitive());
      o.value("value", v.value());
      o.value("type", v.type());
      o.end(v);
    }

    void moduleValues(ModuleValues m) throws IOException {
      Obj o = new Obj();
      o.list("resources", m.resources(), this::resourceValues);
      o.str("address", m.address());
      o.list("child_modules", m.childModules(), this::moduleValues);
      o.end(m);
    }

    void resourceValues(ResourceValues r) throws IOException {
      Obj o = new Obj();
      o.str("address", r.address());
      o.mode("mode", r.mode(), true);
      o.nonEmptyStr("type", r.type());
      o.nonEmptyStr("name", r.name());
      o.key("index", r.index());
      o.str("provider_name", r.providerName());
      o.value("schema_version", r.schemaVersion());
      o.value("values", r.values());
      o.value("sensitive_values", r.sensitiveValues());
      o.value("identity_schema_version", r.identitySchemaVersion());
      o.value("identity", r.identity());
      o.strings("depends_on", r.dependsOn());
      o.bool("tainted", r.tainted());
      o.str("deposed_key", r.deposedKey());
      o.end(r);
    }

    void state(StateDocument s) throws IOException {
      Obj o = new Obj();
      o.str("format_version", s.formatVersion());
      o.str("terraform_version", s.terraformVersion());
      o.opt("values", s.values(), this::values);
      o.list("checks", s.checks(), this::check);
      o.end(s);
    }

    void check(Check c) throws IOException {
      Obj o = new Obj();
      g.writeFieldName("address");
      checkAddress(c.address());
      o.written.add("address");
      o.str("status", c.status().map(s -> s.text()));
      o.list("instances", c.instances(), this::checkInstance);
      o.end(c);
    }

    void checkInstance(CheckInstance c) throws IOException {
      Obj o = new Obj();
      g.writeFieldName("address");
      checkAddress(c.address());
      o.written.add("address");
      o.str("status", c.status().map(s -> s.text()));
      o.list("problems", c.problems(), this::checkProblem);
      o.end(c);
    }

    void checkProblem(CheckProblem p) throws IOException {
      Obj o = new Obj();
      o.str("message", p.message());
      o.end(p);
    }

    void checkAddress(CheckAddress a) throws IOException {
      Obj o = new Obj();
      o.str("kind", a.kind());
      o.str("module", a.module());
      o.str("mode", a.mode().map(m -> m.text()));
      o.str("type", a.type());
      o.str("name", a.name());
      o.key("instance_key", a.instanceKey());
      o.str("to_display", a.toDisplay());
      o.end(a);
    }

    void configuration(Configuration c) throws IOException {
      Obj o = new Obj();
      o.map("provider_config", c.providerConfig(), this::providerConfig);
      o.opt("root_module", c.rootModule(), this::moduleConfig);
      o.end(c);
    }

    void providerConfig(ProviderConfig p) throws IOException {
      Obj o = new Obj();
      o.str("name", p.name());
      o.str("full_name", p.fullName());
      o.str("alias", p.alias());
      o.str("version_constraint", p.versionConstraint());
      o.str("module_address", p.moduleAddress());
      o.value("expressions", p.expressions());
      o.end(p);
    }

    void moduleConfig(ModuleConfig m) throws IOException {
      Obj o = new Obj();
      o.map("outputs", m.outputs(), this::outputConfig);
      o.list("resources", m.resources(), this::resourceConfig);
      o.map("module_calls", m.moduleCalls(), this::moduleCall);
      o.map("variables", m.variables(), this::variableConfig);
      o.value("actions", m.actions());
      o.end(m);
    }

    void outputConfig(OutputConfig c) throws IOException {
      Obj o = new Obj();
      o.bool("sensitive", c.sensitive());
      o.value("expression", c.expression());
      o.strings("depends_on", c.dependsOn());
      o.str("description", c.description());
      o.end(c);
    }

    void resourceConfig(ResourceConfig r) throws IOException {
      Obj o = new Obj();
      o.str("address", r.address());
      o.mode("mode", r.mode(), true);
      o.nonEmptyStr("type", r.type());
      o.nonEmptyStr("name", r.name());
      o.str("provider_config_key", r.providerConfigKey());
      o.value("provisioners", r.provisioners());
      o.value("expressions", r.expressions());
      o.value("schema_version", r.schemaVersion());
      o.value("count_expression", r.countExpression());
      o.value("for_each_expression", r.forEachExpression());
      o.strings("depends_on", r.dependsOn());
      o.end(r);
    }

    void moduleCall(ModuleCall m) throws IOException {
      Obj o = new Obj();
      o.str("source", m.source());
      o.value("expressions", m.expressions());
      o.value("count_expression", m.countExpression());
      o.value("for_each_expression", m.forEachExpression());
      o.opt("module", m.module(), this::moduleConfig);
      o.str("version_constraint", m.versionConstraint());
      o.strings("depends_on", m.dependsOn());
      o.end(m);
    }

    void variableConfig(VariableConfig v) throws IOException {
      Obj o = new Obj();
      o.value("default", v.defaultValue());
      o.str("description", v.description());
      o.bool("sensitive", v.sensitive());
      o.end(v);
    }
  }
}
