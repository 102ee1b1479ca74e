package io.github.tfdrift.report;

import io.github.tfdrift.report.text.SafeText;
import io.github.tfdrift.rules.PlanNote;
import io.github.tfdrift.rules.CheckResult;
import io.github.tfdrift.rules.ClassifiedAction;
import io.github.tfdrift.rules.ClassifiedEntry;
import io.github.tfdrift.report.internal.ActionValues;
import io.github.tfdrift.rules.Decision;
import io.github.tfdrift.rules.Report;
import io.github.tfdrift.rules.RuleError;
import io.github.tfdrift.report.internal.EntryValues;
import io.github.tfdrift.report.internal.Runbook;
import io.github.tfdrift.report.internal.Words;
import io.github.tfdrift.report.internal.Xml;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * The JUnit XML report, so that any CI shows drift: one {@code testsuite} per plan and one {@code
 * testcase} per resource instance (address plus deposed key). Destructive entries are failures; an
 * errored plan, a failed rule, an error note (a pipeline failure in an apply log) and an unreadable
 * input are errors; every other entry passes (IMPORT included), with the runbook's advice (and the
 * generated {@code import {}} block, or a suggested {@code moved {}} block) as {@code system-out} when there is something to do. Each
 * action invocation is a test case of its own that passes, with its trigger, masked config and reason
 * as {@code system-out}; each check that did not pass is a test case, a failure when it failed or
 * errored (unless the policy says {@code checks: {fail_run: false}}). The plan's status (not
 * applyable, incomplete, failed checks) and other notes are the suite's {@code system-out}.
 */
public final class JunitReportWriter implements ReportWriter {
  /** A JUnit XML writer. */
  public JunitReportWriter() {}

  @Override
  public void write(RunReport run, Writer out) throws IOException {
    Xml x = new Xml(out, run.safeText());
    int tests = 0;
    int failures = 0;
    int errors = run.inputErrors().size();
    for (AnalyzedPlan p : run.plans()) {
      tests += p.report().entries().size() + extraCases(p.report()) + planErrors(p);
      failures += stops(p.report());
      errors += planErrors(p);
    }
    tests += run.inputErrors().size();
    x.start("testsuites").attribute("name", "tfdrift").attribute("tests", tests).attribute("failures", failures).attribute("errors", errors);
    for (AnalyzedPlan p : run.plans()) {
      suite(x, p, run.safeText());
    }
    if (!run.inputErrors().isEmpty()) {
      x.start("testsuite").attribute("name", "inputs").attribute("tests", run.inputErrors().size()).attribute("failures", 0)
          .attribute("errors", run.inputErrors().size()).attribute("skipped", 0);
      for (InputError e : run.inputErrors()) {
        x.start("testcase").attribute("classname", "inputs").attribute("name", e.name()).attribute("time", "0");
        x.start("error").attribute("type", "unreadable").attribute("message", e.message()).text(e.message()).end();
        x.end();
      }
      x.end();
    }
    x.end();
    out.flush();
  }

  private static int planErrors(AnalyzedPlan p) {
    Report r = p.report();
    return (r.errored() ? 1 : 0) + r.ruleErrors().size() + (int) p.notes().stream().filter(n -> n.level() == PlanNote.Level.ERROR).count();
  }

  private static void suite(Xml x, AnalyzedPlan p, SafeText safe) throws IOException {
    Report r = p.report();
    Runbook book = new Runbook(p.plan(), r.producer());
    x.start("testsuite")
        .attribute("name", p.name())
        .attribute("tests", r.entries().size() + extraCases(r) + planErrors(p))
        .attribute("failures", stops(r))
        .attribute("errors", planErrors(p))
        .attribute("skipped", 0);
    x.start("properties");
    wordProperty(x, "producer", r.producer().tool().id());
    property(x, "tool_version", p.plan().terraformVersion().orElse(""));
    property(x, "format_version", p.plan().formatVersion());
    wordProperty(x, "decision", Words.id(p.decision()));
    wordProperty(x, "counts", Words.counts(r.countsByVerdict()));
    x.end();
    if (r.errored()) {
      x.start("testcase").attribute("classname", p.name()).attribute("name", "plan").attribute("time", "0");
      String m = "planning failed (the plan is errored): the changes listed are incomplete";
      x.start("error").attribute("type", "errored").attribute("message", m).text(m).end();
      x.end();
    }
    for (RuleError e : r.ruleErrors()) {
      x.start("testcase").attribute("classname", p.name()).attribute("name", "rule " + e.ruleId()).attribute("time", "0");
      x.start("error").attribute("type", "rule-error").attribute("message", e.describe()).text(e.describe()).end();
      x.end();
    }
    for (PlanNote n : p.notes()) {
      if (n.level() == PlanNote.Level.ERROR) {
        x.start("testcase").attribute("classname", p.name()).attribute("name", "apply log").attribute("time", "0");
        x.start("error").attribute("type", "apply-log").attribute("message", n.message()).text(n.message()).end();
        x.end();
      }
    }
    for (ClassifiedEntry e : r.entries()) {
      x.start("testcase").attribute("classname", p.name()).attribute("name", Words.address(e)).attribute("time", "0");
      List<String> lines = details(e, book, safe);
      String summary = e.verdict().name() + ": " + e.reason();
      if (e.verdict().isDestructive()) {
        x.start("failure").attribute("type", e.verdict().id()).attribute("message", summary).text(String.join("\n", lines)).end();
      } else if (e.isEscalated()) {
        x.start("failure").attribute("type", "escalated").attribute("message", Words.escalated(e).get()).text(String.join("\n", lines)).end();
      } else if (e.verdict().isActionable() || e.suppression().isPresent()) {
        x.start("system-out").text(String.join("\n", lines)).end();
      }
      x.end();
    }
    for (ClassifiedAction a : r.actions()) {
      x.start("testcase").attribute("classname", p.name()).attribute("name", a.address() + " (" + a.trigger() + ")").attribute("time", "0");
      List<String> lines = new ArrayList<>();
      lines.add(a.verdict().name() + "  " + a.address() + "  (action" + (a.type().isEmpty() ? "" : " " + a.type()) + ")");
      lines.add("Trigger: " + a.trigger());
      String config = ActionValues.summary(a, safe);
      if (!config.isEmpty()) {
        lines.add("Config: " + config);
      }
      lines.add("Why: " + a.reason());
      lines.add("Risk: " + a.risk().label() + ". Procedure: " + a.procedure().label() + ". Rule: " + a.ruleId() + ".");
      x.start("system-out").text(String.join("\n", lines)).end();
      x.end();
    }
    for (CheckResult c : r.checks()) {
      x.start("testcase").attribute("classname", p.name()).attribute("name", "check " + c.address()).attribute("time", "0");
      String m = "check " + c.address() + " (" + c.kind() + "): " + c.status().text();
      String problems = String.join("\n", c.problems());
      if (c.isFailure() && r.checksFailRun()) {
        x.start("failure").attribute("type", "check-" + c.status().text()).attribute("message", m).text(problems).end();
      } else {
        x.start("system-out").text(m + (problems.isEmpty() ? "" : "\n" + problems)).end();
      }
      x.end();
    }
    List<String> notes = new ArrayList<>(r.planStatus(book.command()));
    for (PlanNote n : p.notes()) {
      if (n.level() != PlanNote.Level.ERROR) {
        notes.add(n.describe());
      }
    }
    if (!notes.isEmpty()) {
      x.start("system-out").text(String.join("\n", notes)).end();
    }
    x.end();
  }

  private static List<String> details(ClassifiedEntry e, Runbook book, SafeText safe) {
    List<String> l = new ArrayList<>();
    String paths = String.join(", ", e.renderedPaths());
    l.add(e.verdict().name() + "  " + Words.address(e) + (paths.isEmpty() ? "" : "  " + paths));
    Words.escalated(e).ifPresent(l::add);
    l.addAll(book.advice(e));
    for (EntryValues.Shown v : EntryValues.of(e, safe)) {
      l.add("  " + v.path() + ": " + v.before() + " → " + v.after() + (v.outside() ? " (outside)" : e.isDeferred() ? " (deferred)" : " (planned)"));
    }
    l.add("Why: " + e.reason());
    Words.suppressed(e).ifPresent(l::add);
    l.add("Risk: " + e.risk().label() + ". Procedure: " + e.procedure().label() + ". Rule: " + e.ruleId() + ".");
    e.importBlock().ifPresent(b -> {
      l.add("Import block:");
      l.add(b.stripTrailing());
    });
    e.movedBlock().ifPresent(b -> {
      l.add("Suggested moved block:");
      l.add(b.stripTrailing());
    });
    return l;
  }

  /** The test cases beside the resource entries: one per action invocation and one per check. */
  private static int extraCases(Report r) {
    return r.actions().size() + r.checks().size();
  }

  /**
   * The cases that fail: destructive verdicts and escalated entries, and failed or errored checks
   * unless the policy reports checks only.
   */
  private static int stops(Report r) {
    int n = r.checksFailRun() ? r.failedChecks().size() : 0;
    for (ClassifiedEntry e : r.entries()) {
      if (e.decision() == Decision.DESTRUCTIVE) {
        n++;
      }
    }
    return n;
  }

  /** A property whose value is the report's own words (a decision, counts by verdict): not redacted. */
  private static void wordProperty(Xml x, String name, String value) throws IOException {
    x.start("property").keyword("name", name).keyword("value", value).end();
  }

  private static void property(Xml x, String name, String value) throws IOException {
    x.start("property").keyword("name", name).attribute("value", value).end();
  }
}
