package io.github.tfdrift.report;

import io.github.tfdrift.rules.PlanNote;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.tfdrift.report.text.SafeText;
import io.github.tfdrift.rules.CheckResult;
import io.github.tfdrift.rules.ClassifiedAction;
import io.github.tfdrift.rules.ClassifiedEntry;
import io.github.tfdrift.report.internal.ActionValues;
import io.github.tfdrift.rules.Report;
import io.github.tfdrift.rules.Risk;
import io.github.tfdrift.rules.RuleError;
import io.github.tfdrift.report.internal.Runbook;
import io.github.tfdrift.report.internal.SafeJson;
import io.github.tfdrift.report.internal.Words;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The SARIF 2.1.0 report, for code-scanning tools: one run whose driver is tfdrift with every rule of
 * the report's {@link RuleCatalog} (id, short description from the summary, full description and help
 * from the rule's documentation page), and one result per actionable or destructive entry. The level
 * comes from the risk: {@code error} for destructive entries and HIGH or CRITICAL risk, {@code warning}
 * for MEDIUM risk, {@code note} otherwise. Each result names the resource as a logical location (kind
 * {@code resource}) and, when the plan was read from a file, the file as its artifact location. Inputs
 * that failed, errored plans, rule errors and the plans' notes are tool execution notifications. An
 * entry imported from an apply log says so in its message (the advice names the import command) and
 * carries {@code importId} and {@code importBlock} in its properties; a change the plan defers carries
 * {@code deferralReason} (the reason word as the plan wrote it); an entry that looks like one half
 * of a rename carries the suggested {@code moved {}} block as {@code movedBlock} (its warning is in the
 * message). Each action invocation is a result of its own (logical location kind {@code action}, its
 * trigger and masked config in the message); each check that did not pass is a result of rule {@value
 * #CHECK_RULE} ({@code error} when it failed or errored, {@code warning} when the policy reports checks
 * only, {@code note} when unknown). A plan that is not applyable, incomplete, or has failed checks adds
 * a {@code warning} notification.
 */
public final class SarifReportWriter implements ReportWriter {
  /** The schema URI written in {@code $schema}. */
  public static final String SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

  /** Where the tool's documentation lives. */
  public static final String INFORMATION_URI = "https://github.com/tfdrift/tfdrift";

  /** The rule id of results for checks that did not pass ({@code checks} of the plan). */
  public static final String CHECK_RULE = "terraform-check";

  private static final JsonFactory FACTORY = new JsonFactory();

  /** A SARIF writer. */
  public SarifReportWriter() {}

  @Override
  public void write(RunReport run, Writer out) throws IOException {
    RuleCatalog catalog = run.rules().withUnknown(usedRules(run));
    if (run.plans().stream().anyMatch(p -> !p.report().checks().isEmpty())) {
      catalog = catalog.with(new RuleCatalog.Entry(CHECK_RULE, "Checks of the plan (check blocks, conditions, validations) that did not pass.",
          "# " + CHECK_RULE + "\n\nA check of the plan (`checks`: a `check` block, a resource or output condition, a variable validation)"
              + " whose status is fail, error or unknown. A failed or errored check makes the run at least actionable (exit code 2)"
              + " unless the policy says `checks: {fail_run: false}`.\n",
          RuleCatalog.Origin.ENGINE));
    }
    JsonGenerator g = FACTORY.createGenerator(out);
    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    g.useDefaultPrettyPrinter();
    SafeJson j = new SafeJson(g, run.safeText());
    j.startObject();
    j.keyword("$schema", SCHEMA_URI);
    j.keyword("version", "2.1.0");
    j.startArray("runs").startObject();
    j.startObject("tool").startObject("driver");
    j.string("name", "tfdrift");
    j.string("informationUri", INFORMATION_URI);
    j.string("version", run.toolVersion());
    j.startArray("rules");
    for (RuleCatalog.Entry r : catalog.entries()) {
      j.startObject();
      j.keyword("id", r.id());
      j.keyword("name", pascal(r.id()));
      j.startObject("shortDescription").string("text", r.summary()).endObject();
      j.startObject("fullDescription").string("text", r.description()).endObject();
      j.startObject("help").string("text", r.documentation()).string("markdown", r.documentation()).endObject();
      j.startObject("properties").strings("tags", List.of("terraform", "drift", r.origin().id())).endObject();
      j.endObject();
    }
    j.endArray();
    j.endObject().endObject();

    j.startArray("invocations").startObject();
    j.bool("executionSuccessful", run.inputErrors().isEmpty() && run.plans().stream().noneMatch(AnalyzedPlan::hasErrorNotes));
    j.number("exitCode", run.exitCode());
    j.startArray("toolExecutionNotifications");
    for (InputError e : run.inputErrors()) {
      notification(j, e.message());
    }
    for (AnalyzedPlan p : run.plans()) {
      if (p.report().errored()) {
        notification(j, p.name() + ": planning failed (the plan is errored): the changes listed are incomplete");
      }
      for (RuleError e : p.report().ruleErrors()) {
        notification(j, p.name() + ": " + e.describe());
      }
      for (String status : p.report().planStatus(new Runbook(p.plan(), p.report().producer()).command())) {
        notification(j, "warning", p.name() + ": " + status);
      }
      for (PlanNote n : p.notes()) {
        notification(j, n.level() == PlanNote.Level.INFO ? "note" : n.level().id(), p.name() + ": " + n.message());
      }
    }
    j.endArray();
    j.endObject().endArray();

    j.startArray("results");
    for (AnalyzedPlan p : run.plans()) {
      Runbook book = new Runbook(p.plan(), p.report().producer());
      for (ClassifiedEntry e : p.report().entries()) {
        if (e.verdict().isActionable() || e.verdict().isDestructive() || e.isEscalated() || e.suppression().isPresent()) {
          result(j, p, e, book, catalog);
        }
      }
      for (ClassifiedAction a : p.report().actions()) {
        action(j, p, a, catalog, run.safeText());
      }
      for (CheckResult c : p.report().checks()) {
        check(j, p, c, catalog);
      }
    }
    j.endArray();
    j.endObject().endArray();
    j.endObject();
    j.flush();
    g.close();
    out.write('\n');
    out.flush();
  }

  private static Set<String> usedRules(RunReport run) {
    Set<String> ids = new LinkedHashSet<>();
    for (AnalyzedPlan p : run.plans()) {
      for (ClassifiedEntry e : p.report().entries()) {
        ids.add(e.ruleId());
      }
      for (ClassifiedAction a : p.report().actions()) {
        ids.add(a.ruleId());
      }
    }
    return ids;
  }

  /** An action invocation: a result of its own, logical location kind {@code action}. */
  private static void action(SafeJson j, AnalyzedPlan p, ClassifiedAction a, RuleCatalog catalog, SafeText safe) throws IOException {
    j.startObject();
    j.keyword("ruleId", a.ruleId());
    j.number("ruleIndex", catalog.indexOf(a.ruleId()));
    j.keyword("level", a.risk() == Risk.HIGH || a.risk() == Risk.CRITICAL ? "error" : "warning");
    String config = ActionValues.summary(a, safe);
    j.startObject("message")
        .string("text", a.verdict().name() + " " + a.address() + (a.type().isEmpty() ? "" : " (" + a.type() + ")") + ": " + a.reason()
            + (config.isEmpty() ? "" : " Config: " + config + "."))
        .endObject();
    locations(j, p, a.address(), "action");
    j.startObject("partialFingerprints").string("tfdriftEntry/v1", digest(p.name() + "\n" + a.key() + "\n" + a.verdict().id())).endObject();
    j.startObject("properties")
        .string("plan", p.name())
        .keyword("kind", ClassifiedAction.KIND)
        .string("verdict", a.verdict().id())
        .string("risk", a.risk().id())
        .string("procedure", a.procedure().id())
        .string("trigger", a.trigger());
    if (a.deferralReason().isPresent()) {
      j.string("deferralReason", a.deferralReason().get());
    }
    j.endObject();
    j.endObject();
  }

  /** A check that did not pass: {@code error} for fail and error, {@code note} for unknown. */
  private static void check(SafeJson j, AnalyzedPlan p, CheckResult c, RuleCatalog catalog) throws IOException {
    j.startObject();
    j.keyword("ruleId", CHECK_RULE);
    j.number("ruleIndex", catalog.indexOf(CHECK_RULE));
    j.keyword("level", c.isFailure() ? (p.report().checksFailRun() ? "error" : "warning") : "note");
    j.startObject("message")
        .string("text", "Check " + c.address() + " (" + c.kind() + "): " + c.status().text()
            + (c.problems().isEmpty() ? "" : ": " + String.join(" ", c.problems())))
        .endObject();
    locations(j, p, c.address(), "check");
    j.startObject("partialFingerprints").string("tfdriftEntry/v1", digest(p.name() + "\ncheck\n" + c.address() + "\n" + c.status().text())).endObject();
    j.startObject("properties").string("plan", p.name()).keyword("kind", "check").string("status", c.status().text()).endObject();
    j.endObject();
  }

  private static void locations(SafeJson j, AnalyzedPlan p, String name, String kind) throws IOException {
    j.startArray("locations").startObject();
    Optional<String> uri = p.file().flatMap(SarifReportWriter::uri);
    if (uri.isPresent()) {
      j.startObject("physicalLocation").startObject("artifactLocation").string("uri", uri.get()).endObject().endObject();
    }
    j.startArray("logicalLocations").startObject().string("fullyQualifiedName", name).string("kind", kind).endObject().endArray();
    j.endObject().endArray();
  }

  private static String digest(String key) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(key.getBytes(StandardCharsets.UTF_8))).substring(0, 32);
    } catch (NoSuchAlgorithmException ex) {
      throw new IllegalStateException(ex);
    }
  }

  private static void notification(SafeJson j, String text) throws IOException {
    notification(j, "error", text);
  }

  private static void notification(SafeJson j, String level, String text) throws IOException {
    j.startObject().string("level", level).startObject("message").string("text", text).endObject().endObject();
  }

  private static void result(SafeJson j, AnalyzedPlan p, ClassifiedEntry e, Runbook book, RuleCatalog catalog) throws IOException {
    j.startObject();
    j.keyword("ruleId", e.ruleId());
    j.number("ruleIndex", catalog.indexOf(e.ruleId()));
    j.keyword("level", level(e));
    String paths = e.paths().isEmpty() ? "" : " (" + String.join(", ", e.renderedPaths()) + ")";
    List<String> advice = book.advice(e);
    j.startObject("message")
        .string("text", e.verdict().name() + " " + Words.address(e) + paths + ": " + e.reason() + " " + String.join(" ", advice)
            + Words.escalated(e).map(x -> " " + x).orElse(""))
        .endObject();
    if (e.suppression().isPresent()) {
      j.startArray("suppressions")
          .startObject().keyword("kind", "external").string("justification", Words.suppressed(e).get()).endObject()
          .endArray();
    }
    j.startArray("locations").startObject();
    Optional<String> uri = p.file().flatMap(SarifReportWriter::uri);
    if (uri.isPresent()) {
      j.startObject("physicalLocation").startObject("artifactLocation").string("uri", uri.get()).endObject().endObject();
    }
    j.startArray("logicalLocations").startObject().string("fullyQualifiedName", e.address()).keyword("kind", "resource").endObject().endArray();
    j.endObject().endArray();
    j.startObject("partialFingerprints").string("tfdriftEntry/v1", fingerprint(p, e)).endObject();
    j.startObject("properties")
        .string("plan", p.name())
        .string("verdict", e.verdict().id())
        .string("risk", e.risk().id())
        .string("procedure", e.procedure().id())
        .string("source", Words.id(e.source()))
        .strings("paths", e.renderedPaths());
    if (e.generatedImport().isPresent()) {
      j.string("importId", e.generatedImport().get().id()).string("importBlock", e.generatedImport().get().block());
    }
    if (e.deferralReason().isPresent()) {
      j.string("deferralReason", e.deferralReason().get());
    }
    if (e.suggestedMove().isPresent()) {
      j.string("movedBlock", e.suggestedMove().get().block());
    }
    if (e.isEscalated()) {
      j.string("escalatedBy", e.escalation().get().ruleId());
    }
    if (e.suppression().isPresent()) {
      j.string("suppressedBy", e.suppression().get().ruleId());
      if (e.suppressedVerdict().isPresent()) {
        j.string("suppressedVerdict", e.suppressedVerdict().get().id());
      }
    }
    j.endObject();
    j.endObject();
  }

  /**
   * {@code error} for destructive, escalated or HIGH/CRITICAL, {@code warning} for actionable MEDIUM,
   * else {@code note}.
   */
  static String level(ClassifiedEntry e) {
    if (e.verdict().isDestructive() || e.isEscalated() || e.risk() == Risk.HIGH || e.risk() == Risk.CRITICAL) {
      return "error";
    }
    if (e.verdict().isActionable() && e.risk() == Risk.MEDIUM) {
      return "warning";
    }
    return "note";
  }

  private static Optional<String> uri(Path file) {
    try {
      if (file.isAbsolute()) {
        return Optional.of(file.toUri().toASCIIString());
      }
      List<String> parts = new ArrayList<>();
      for (Path part : file.normalize()) {
        parts.add(part.toString());
      }
      return Optional.of(new URI(null, null, String.join("/", parts), null).toASCIIString());
    } catch (URISyntaxException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private static String fingerprint(AnalyzedPlan p, ClassifiedEntry e) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      String key = p.name() + "\n" + e.address() + "\n" + e.deposed().orElse("") + "\n" + e.verdict().id() + "\n" + String.join(",", e.renderedPaths());
      return HexFormat.of().formatHex(md.digest(key.getBytes(StandardCharsets.UTF_8))).substring(0, 32);
    } catch (NoSuchAlgorithmException ex) {
      throw new IllegalStateException(ex);
    }
  }

  private static String pascal(String id) {
    StringBuilder b = new StringBuilder();
    boolean up = true;
    for (char c : id.toCharArray()) {
      if (c == '-' || c == '_' || c == '.') {
        up = true;
      } else {
        b.append(up ? Character.toUpperCase(c) : c);
        up = false;
      }
    }
    return b.toString();
  }
}
