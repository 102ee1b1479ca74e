package io.github.tfdrift.report;

import io.github.tfdrift.report.text.SafeText;
import io.github.tfdrift.rules.PlanNote;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.tfdrift.core.model.Action;
import io.github.tfdrift.rules.CheckResult;
import io.github.tfdrift.rules.ClassifiedAction;
import io.github.tfdrift.rules.ClassifiedEntry;
import io.github.tfdrift.rules.ActionTrigger;
import io.github.tfdrift.report.internal.ActionValues;
import io.github.tfdrift.report.internal.Runbook;
import io.github.tfdrift.rules.GeneratedImport;
import io.github.tfdrift.rules.OutputChange;
import io.github.tfdrift.rules.Report;
import io.github.tfdrift.rules.RuleError;
import io.github.tfdrift.rules.SuggestedMove;
import io.github.tfdrift.rules.Verdict;
import io.github.tfdrift.rules.policy.Expectation;
import io.github.tfdrift.report.internal.EntryValues;
import io.github.tfdrift.report.internal.NestedPrettyPrinter;
import io.github.tfdrift.report.internal.OrderedRendering;
import io.github.tfdrift.report.internal.SafeJson;
import io.github.tfdrift.report.internal.Words;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The JSON report, schema {@value #SCHEMA} (JSON Schema: {@code docs/drift-report-1.schema.json}).
 * Top level: {@code schema}, {@code generator}, {@code exit_code}, {@code exit_code_mode}, {@code
 * decision}, {@code counts}, {@code plans[]}, {@code input_errors[]} and {@code causes[]} (the same change
 * on several resources, see {@link RunReport#causes()}: {@code verdict}, {@code type}, {@code paths},
 * {@code count}, {@code plan_count}, the first {@code addresses} and {@code address_count}). Each plan: {@code file},
 * {@code producer}, {@code tool_version}, {@code format_version}, {@code policy}, {@code errored},
 * {@code exit_code}, {@code decision}, {@code counts}, {@code changes[]}, {@code actions[]} (one entry of
 * kind {@code action} per action invocation: {@code address}, {@code type}, {@code provider}, {@code
 * trigger}, {@code verdict} {@code invoke} or {@code deferred}, {@code reason}, {@code config} with
 * sensitive values masked, {@code deferred}), {@code checks[]} (the checks that did not pass: {@code
 * address}, {@code kind}, {@code status}, {@code problems}), {@code checks_fail_run}, {@code complete},
 * {@code applyable}, {@code status[]} (what to know about the plan as a whole), {@code output_changes[]},
 * {@code expired_expectations[]}, {@code expiring_expectations[]} (those items with {@code days_left}),
 * {@code stale_expectations[]}, {@code rule_errors[]} and {@code
 * notes[]} (what an apply log adds: {@code level}, {@code message}). Every entry is listed, NO_CHANGE
 * included, in address order; an entry imported from an apply log has {@code import} ({@code id},
 * {@code block}, {@code command}, {@code source}), otherwise {@code null}; a change the plan defers
 * ({@code deferred_changes}) has {@code deferred} ({@code reason} as the plan wrote it, {@code
 * index_unknown}), otherwise {@code null}, and its {@code source} is {@code deferred} or {@code
 * deferred_and_drift}; an entry that looks like one
 * half of a rename has {@code suggested_move} ({@code from}, {@code to}, {@code block}, {@code
 * attributes}), otherwise {@code null}. Within version 1, fields are only ever added.
 */
public final class JsonReportWriter implements ReportWriter {
  /** The schema id written in {@code schema}. */
  public static final String SCHEMA = "drift-report/1";

  private static final JsonFactory FACTORY = new JsonFactory();

  /**
   * How many objects an entry of {@code changes[]} is inside (the report, its plan; arrays do not
   * count, see {@link NestedPrettyPrinter#nesting()}): where a spooled entry's text is indented for.
   */
  private static final int CHANGES_NESTING = 2;

  private final boolean pretty;
  private final boolean alwaysParallel;

  /** A writer of indented JSON. */
  public JsonReportWriter() {
    this(true);
  }

  /** A writer of indented ({@code pretty}) or single-line JSON. */
  public JsonReportWriter(boolean pretty) {
    this(pretty, false);
  }

  /** A writer that renders every plan's entries on other threads, however few (for tests). */
  JsonReportWriter(boolean pretty, boolean alwaysParallel) {
    this.pretty = pretty;
    this.alwaysParallel = alwaysParallel;
  }

  @Override
  public void write(RunReport run, Writer out) throws IOException {
    JsonGenerator g = FACTORY.createGenerator(out);
    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    NestedPrettyPrinter printer = pretty ? NestedPrettyPrinter.create() : null;
    g.setPrettyPrinter(printer);
    SafeJson j = new SafeJson(g, run.safeText());
    j.startObject();
    j.keyword("schema", SCHEMA);
    j.startObject("generator").string("name", "tfdrift").string("version", run.toolVersion()).endObject();
    j.number("exit_code", run.exitCode());
    j.keyword("exit_code_mode", Words.id(run.mode()));
    j.keyword("decision", Words.id(run.decision()));
    counts(j, run.countsByVerdict());
    j.startArray("plans");
    for (int i = 0; i < run.plans().size(); i++) {
      java.util.Optional<RunReport.Spooled> s = run.spooled(i, ReportFormat.JSON);
      if (s.isPresent() && pretty) {
        plan(run, s.get().header(), s.get().spool(), j, g, printer);
      } else {
        plan(run, run.plans().get(i), null, j, g, printer);
      }
    }
    j.endArray();
    j.startArray("input_errors");
    for (InputError e : run.inputErrors()) {
      j.startObject().string("file", e.name()).string("message", e.message()).endObject();
    }
    j.endArray();
    j.startArray("causes");
    for (DriftCause c : run.causes()) {
      j.startObject()
          .keyword("verdict", c.verdict().id())
          .string("type", c.type())
          .strings("paths", c.paths())
          .number("count", c.count())
          .number("plan_count", c.planCount())
          .strings("addresses", c.addresses())
          .number("address_count", c.addressCount())
          .endObject();
    }
    j.endArray();
    j.endObject();
    j.flush();
    g.close();
    out.write('\n');
    out.flush();
  }

  private static void counts(SafeJson j, Map<Verdict, Integer> counts) throws IOException {
    j.startObject("counts");
    for (Map.Entry<Verdict, Integer> e : counts.entrySet()) {
      j.number(e.getKey().id(), e.getValue());
    }
    j.endObject();
  }

  /** One plan; its entries from {@code spool} when given (the plan's report then keeps none). */
  private void plan(RunReport run, AnalyzedPlan p, EntrySpool spool, SafeJson j, JsonGenerator g, NestedPrettyPrinter printer)
      throws IOException {
    Report r = p.report();
    j.startObject();
    j.string("file", p.name());
    j.keyword("producer", r.producer().tool().id());
    j.string("producer_evidence", r.producer().evidence());
    j.optional("tool_version", p.plan().terraformVersion());
    j.string("format_version", p.plan().formatVersion());
    j.optional("policy", p.policy());
    j.bool("errored", r.errored());
    j.number("exit_code", run.exitCode(p));
    j.keyword("decision", Words.id(p.decision()));
    counts(j, r.countsByVerdict());
    j.startArray("changes");
    if (spool == null) {
      changes(r.entries(), run.safeText(), j, g, printer);
    } else {
      if (printer.nesting() != CHANGES_NESTING) {
        throw new IllegalStateException("changes[] at nesting " + printer.nesting());
      }
      spool.copyTo(g::writeRawValue);
    }
    j.endArray();
    j.startArray("actions");
    for (ClassifiedAction a : r.actions()) {
      action(a, j, run.safeText());
    }
    j.endArray();
    j.startArray("checks");
    for (CheckResult c : r.checks()) {
      j.startObject().string("address", c.address()).string("kind", c.kind()).string("status", c.status().text());
      j.strings("problems", c.problems());
      j.endObject();
    }
    j.endArray();
    j.bool("checks_fail_run", r.checksFailRun());
    j.bool("complete", r.complete());
    j.bool("applyable", r.applyable());
    j.strings("status", r.planStatus(new Runbook(p.plan(), r.producer()).command()));
    j.startArray("output_changes");
    for (OutputChange o : r.outputChanges()) {
      j.startObject().string("name", o.name()).string("action", Words.id(o.kind())).bool("sensitive", o.sensitive()).endObject();
    }
    j.endArray();
    expectations(j, "expired_expectations", r.expiredExpectations(), null);
    expectations(j, "expiring_expectations", r.expiringExpectations(), r.evaluationDate());
    expectations(j, "stale_expectations", r.staleExpectations(), null);
    j.startArray("rule_errors");
    for (RuleError e : r.ruleErrors()) {
      j.startObject()
          .keyword("rule", e.ruleId())
          .string("exception", e.exceptionClass())
          .optional("address", e.entry().map(io.github.tfdrift.core.model.InstanceId::address))
          .endObject();
    }
    j.endArray();
    j.startArray("notes");
    for (PlanNote n : p.notes()) {
      j.startObject().keyword("level", n.level().id()).string("message", n.message()).endObject();
    }
    j.endArray();
    j.endObject();
  }

  /**
   * The entries of {@code changes[]}: a long list is rendered entry by entry on other threads, each
   * entry by a generator of its own indented as it is in place, and written in order.
   */
  private void changes(List<ClassifiedEntry> entries, SafeText safe, SafeJson j, JsonGenerator g, NestedPrettyPrinter printer)
      throws IOException {
    if (!alwaysParallel && !OrderedRendering.worthwhile(entries.size())) {
      for (ClassifiedEntry e : entries) {
        change(e, j, safe);
      }
      return;
    }
    Integer nesting = printer == null ? null : printer.nesting();
    OrderedRendering.render(entries, e -> change(e, safe, nesting), g::writeRawValue);
  }

  /** One entry of {@code changes[]} as the indented report shows it, alone: what a spool keeps. */
  static String change(ClassifiedEntry e, SafeText safe) throws IOException {
    return change(e, safe, CHANGES_NESTING);
  }

  /** One entry of {@code changes[]} alone, indented as at {@code nesting}, or on one line when null. */
  private static String change(ClassifiedEntry e, SafeText safe, Integer nesting) throws IOException {
    StringWriter text = new StringWriter(1024);
    try (JsonGenerator alone = FACTORY.createGenerator(text)) {
      alone.setPrettyPrinter(nesting == null ? null : NestedPrettyPrinter.startingAt(nesting));
      change(e, new SafeJson(alone, safe), safe);
    }
    return text.toString();
  }

  private static void change(ClassifiedEntry e, SafeJson j, SafeText safe) throws IOException {
    j.startObject();
    j.string("address", e.address());
    j.optional("deposed", e.deposed());
    j.optional("previous_address", e.previousAddress());
    j.string("type", e.type());
    j.keyword("mode", e.mode().text());
    j.keyword("source", Words.id(e.source()));
    j.strings("actions", actions(e.actions()));
    j.strings("drift_actions", actions(e.driftActions()));
    j.keyword("verdict", e.verdict().id());
    j.keyword("risk", e.risk().id());
    j.keyword("procedure", e.procedure().id());
    j.strings("paths", e.renderedPaths());
    j.keyword("rule", e.ruleId());
    j.string("reason", e.reason());
    j.strings("warnings", e.warnings());
    if (e.suppression().isPresent()) {
      j.startObject("suppression").keyword("rule", e.suppression().get().ruleId()).string("reason", e.suppression().get().reason());
      j.optional("verdict_without", e.suppressedVerdict().map(Verdict::id));
      j.endObject();
    }
    if (e.isEscalated()) {
      j.startObject("escalation")
          .keyword("rule", e.escalation().get().ruleId())
          .string("reason", e.escalation().get().reason())
          .keyword("risk", e.escalation().get().risk().id())
          .endObject();
    }
    j.startArray("values");
    for (EntryValues.Shown v : EntryValues.of(e, safe)) {
      j.startObject()
          .string("path", v.path())
          .string("before", v.before())
          .string("after", v.after())
          .bool("outside", v.outside())
          .bool("sensitive", v.sensitive())
          .bool("unknown_after", v.unknownAfter())
          .endObject();
    }
    j.endArray();
    if (e.generatedImport().isPresent()) {
      GeneratedImport gi = e.generatedImport().get();
      j.startObject("import")
          .string("id", gi.id())
          .string("block", gi.block())
          .string("command", gi.command())
          .string("source", gi.source());
      if (gi.identity().isPresent()) {
        j.startObject("identity");
        for (java.util.Map.Entry<String, String> m : gi.identity().get().entrySet()) {
          j.entry(m.getKey(), m.getValue());
        }
        j.endObject();
      } else {
        j.optional("identity", java.util.Optional.empty());
      }
      j.endObject();
    } else {
      j.optional("import", java.util.Optional.empty());
    }
    if (e.deferred().isPresent()) {
      j.startObject("deferred")
          .string("reason", e.deferred().get().reason())
          .bool("index_unknown", e.deferred().get().resourceChange().indexUnknown().orElse(false))
          .endObject();
    } else {
      j.optional("deferred", java.util.Optional.empty());
    }
    if (e.suggestedMove().isPresent()) {
      SuggestedMove m = e.suggestedMove().get();
      j.startObject("suggested_move")
          .string("from", m.from())
          .string("to", m.to())
          .string("block", m.block())
          .strings("attributes", m.attributes())
          .strings("identity", m.identity())
          .endObject();
    } else {
      j.optional("suggested_move", java.util.Optional.empty());
    }
    j.endObject();
  }

  private static void action(ClassifiedAction a, SafeJson j, SafeText safe) throws IOException {
    ActionTrigger f = a.triggeredBy();
    j.startObject();
    j.keyword("kind", ClassifiedAction.KIND);
    j.string("address", a.address());
    j.string("type", a.type());
    j.optional("provider", a.invocation().providerName());
    j.startObject("trigger");
    j.keyword("kind", f.invoked() ? "invoke" : "lifecycle");
    j.string("description", f.description());
    j.optional("resource", f.resource());
    j.optional("event", f.event());
    j.optional("on_failure", f.onFailure());
    j.bool("destroys_resource", f.destroysResource());
    j.endObject();
    j.keyword("verdict", a.verdict().id());
    j.keyword("risk", a.risk().id());
    j.keyword("procedure", a.procedure().id());
    j.keyword("rule", a.ruleId());
    j.string("reason", a.reason());
    j.startArray("config");
    for (ActionValues.Shown v : ActionValues.of(a, safe)) {
      j.startObject().string("name", v.name()).string("value", v.value()).bool("sensitive", v.sensitive()).bool("unknown", v.unknown()).endObject();
    }
    j.endArray();
    if (a.isDeferred()) {
      j.startObject("deferred").string("reason", a.deferralReason().get()).endObject();
    } else {
      j.optional("deferred", java.util.Optional.empty());
    }
    j.endObject();
  }

  private static List<String> actions(List<Action> actions) {
    List<String> l = new ArrayList<>();
    for (Action a : actions) {
      l.add(a.text());
    }
    return l;
  }

  /** The expectations as items; with {@code today}, each also has {@code days_left} (expires - today). */
  private static void expectations(SafeJson j, String name, List<Expectation> list, LocalDate today) throws IOException {
    j.startArray(name);
    for (Expectation x : list) {
      List<String> attrs = new ArrayList<>();
      x.attributes().forEach(a -> attrs.add(a.render()));
      j.startObject()
          .string("type", x.type().pattern())
          .string("address", x.address().pattern())
          .strings("attributes", attrs)
          .string("reason", x.reason())
          .optional("expires", x.expires().map(Object::toString))
          .string("location", x.location().toString());
      if (today != null) {
        j.number("days_left", x.daysUntilExpiry(today).orElse(0));
      }
      j.endObject();
    }
    j.endArray();
  }
}
