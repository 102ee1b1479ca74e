package io.github.tfdrift.report;

import io.github.tfdrift.rules.PlanNote;
import io.github.tfdrift.rules.CheckResult;
import io.github.tfdrift.rules.ClassifiedAction;
import io.github.tfdrift.rules.ClassifiedEntry;
import io.github.tfdrift.report.internal.ActionValues;
import io.github.tfdrift.rules.Decision;
import io.github.tfdrift.rules.OutputChange;
import io.github.tfdrift.rules.Report;
import io.github.tfdrift.rules.RuleError;
import io.github.tfdrift.rules.Verdict;
import io.github.tfdrift.rules.policy.Expectation;
import io.github.tfdrift.report.internal.EntryValues;
import io.github.tfdrift.report.internal.Lines;
import io.github.tfdrift.report.internal.Runbook;
import io.github.tfdrift.report.internal.Words;
import io.github.tfdrift.report.text.SafeText;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The markdown report, for a pull-request or issue comment: a title with the decision, a summary
 * table with one row per plan, when the same change repeats a table of its causes (see {@link
 * RunReport#causes()}: verdict, type, paths, how many resources and plans, the first addresses), a
 * table of the changes (destructive first; NO_CHANGE entries only
 * counted), and the runbook's advice per change in collapsed {@code <details>} blocks (with the {@code
 * import {}} block of an entry imported from an apply log, and the suggested {@code moved {}} block of
 * an entry that looks like one half of a rename, fenced), a table of the action invocations (verdict,
 * action, type, trigger, config with sensitive values masked, why), then the plans' notes: not
 * applyable, incomplete, failed checks, the checks that did not pass with their problems. Text from
 * plans is escaped, so it cannot inject markdown or HTML.
 */
public final class MarkdownReportWriter implements ReportWriter {
  /** A markdown writer. */
  public MarkdownReportWriter() {}

  /** One table row: an entry with its plan and that plan's runbook (not a value type: no equality). */
  private static final class Row {
    private final AnalyzedPlan plan;
    private final ClassifiedEntry entry;
    private final Runbook book;

    Row(AnalyzedPlan plan, ClassifiedEntry entry, Runbook book) {
      this.plan = plan;
      this.entry = entry;
      this.book = book;
    }

    AnalyzedPlan plan() {
      return plan;
    }

    ClassifiedEntry entry() {
      return entry;
    }

    Runbook book() {
      return book;
    }
  }

  @Override
  public void write(RunReport run, Writer out) throws IOException {
    Lines l = new Lines(out, run.safeText());
    l.line("## " + icon(run.decision()) + " tfdrift: " + Words.phrase(run.decision()) + " (exit " + run.exitCode() + ")");
    l.blank();
    l.line("| Plan | Producer | Decision | Exit | Destructive | Actionable | Quiet |");
    l.line("|---|---|---|---:|---:|---:|---:|");
    List<Row> rows = new ArrayList<>();
    for (AnalyzedPlan p : run.plans()) {
      Report r = p.report();
      int destructive = 0;
      int actionable = 0;
      int quiet = 0;
      for (Map.Entry<Verdict, Integer> c : r.countsByVerdict().entrySet()) {
        if (c.getKey().isDestructive()) {
          destructive += c.getValue();
        } else if (c.getKey().isActionable()) {
          actionable += c.getValue();
        } else if (c.getKey() != Verdict.NO_CHANGE) {
          quiet += c.getValue();
        }
      }
      for (ClassifiedEntry e : r.escalated()) { // a rule's STOP counts as destructive, as in the decision
        if (e.verdict().isActionable()) {
          actionable--;
          destructive++;
        } else if (e.verdict().isQuiet() && e.verdict() != Verdict.NO_CHANGE) {
          quiet--;
          destructive++;
        }
      }
      l.line("| " + code(p.name()) + " | " + cell(Words.toolName(r.producer().tool()) + " " + p.plan().terraformVersion().orElse(""))
          + " | " + icon(p.decision()) + " " + cell(Words.phrase(p.decision())) + " | " + run.exitCode(p) + " | " + destructive
          + " | " + actionable + " | " + quiet + " |");
      Runbook book = new Runbook(p.plan(), r.producer());
      for (ClassifiedEntry e : r.entries()) {
        if (e.verdict() != Verdict.NO_CHANGE) {
          rows.add(new Row(p, e, book));
        }
      }
    }
    for (InputError e : run.inputErrors()) {
      l.line("| " + code(e.name()) + " | | ❌ could not be read | 1 | | | |");
    }
    rows.sort((a, b) -> Words.SEVERITY_ORDER.compare(a.entry(), b.entry()));
    l.blank();
    if (!run.causes().isEmpty()) {
      causes(run, l);
    }
    if (rows.isEmpty()) {
      l.line("No changes to act on.");
    } else {
      boolean several = run.plans().size() > 1;
      l.line("| | Verdict | Address | Procedure | Risk" + (several ? " | Plan" : "") + " |");
      l.line("|---|---|---|---|---" + (several ? "|---" : "") + "|");
      for (Row row : rows) {
        ClassifiedEntry e = row.entry();
        l.line("| " + icon(e) + " | **" + e.verdict().name() + "** | " + code(Words.address(e)) + " | "
            + cell(row.book().action(e)) + " | " + e.risk().label() + (several ? " | " + code(row.plan().name()) : "") + " |");
      }
      l.blank();
      for (Row row : rows) {
        details(row, l);
      }
    }
    actions(run, l);
    problems(run, l);
    out.flush();
  }

  /** One table row per action invocation: it is an entry of its own, INVOKE or DEFERRED. */
  private static void actions(RunReport run, Lines l) throws IOException {
    boolean any = run.plans().stream().anyMatch(p -> !p.report().actions().isEmpty());
    if (!any) {
      return;
    }
    boolean several = run.plans().size() > 1;
    l.line("**Action invocations** (apply runs these actions)");
    l.blank();
    l.line("| | Verdict | Action | Type | Trigger | Config | Why" + (several ? " | Plan" : "") + " |");
    l.line("|---|---|---|---|---|---|---" + (several ? "|---" : "") + "|");
    for (AnalyzedPlan p : run.plans()) {
      for (ClassifiedAction a : p.report().actions()) {
        l.line("| " + icon(a.verdict()) + " | **" + a.verdict().name() + "** | " + code(a.address()) + " | " + code(a.type()) + " | "
            + cell(a.trigger()) + " | " + cell(ActionValues.summary(a, l.safe())) + " | " + cell(a.reason())
            + (several ? " | " + code(p.name()) : "") + " |");
      }
    }
    l.blank();
  }

  /** The causes table, between the summary and the changes: what repeats, before each entry. */
  private static void causes(RunReport run, Lines l) throws IOException {
    l.line("**Causes: the same change on several resources**");
    l.blank();
    l.line("| | Verdict | Type | Paths | Resources | Plans | Addresses |");
    l.line("|---|---|---|---|---:|---:|---|");
    for (DriftCause c : run.causes()) {
      List<String> paths = new ArrayList<>();
      for (String p : c.paths()) {
        paths.add(code(p));
      }
      List<String> addresses = new ArrayList<>();
      for (String a : c.addresses()) {
        addresses.add(code(a));
      }
      l.line("| " + icon(c.verdict()) + " | **" + c.verdict().name() + "** | " + code(c.type()) + " | " + String.join(", ", paths)
          + " | " + c.count() + " | " + c.planCount() + " | " + String.join(", ", addresses)
          + (c.moreAddresses() > 0 ? ", … and " + c.moreAddresses() + " more" : "") + " |");
    }
    l.blank();
  }

  private static void details(Row row, Lines l) throws IOException {
    ClassifiedEntry e = row.entry();
    l.line("<details><summary>" + icon(e) + " <b>" + e.verdict().name() + "</b> <code>" + html(Words.address(e)) + "</code>"
        + (e.paths().isEmpty() ? "" : " " + html(String.join(", ", e.renderedPaths()))) + "</summary>");
    l.blank();
    Optional<String> escalated = Words.escalated(e);
    if (escalated.isPresent()) {
      l.line("- **STOP:** " + text(escalated.get().substring("STOP: ".length())));
    }
    for (String a : row.book().advice(e)) {
      l.line("- " + (a.startsWith("WARNING: ") ? "**WARNING:** " + text(a.substring(9)) : text(a)));
    }
    for (EntryValues.Shown v : EntryValues.of(e, l.safe())) {
      l.line("- " + code(v.path()) + ": " + code(v.before()) + " → " + code(v.after()) + (v.outside() ? " (outside)" : e.isDeferred() ? " (deferred)" : " (planned)"));
    }
    l.line("- Why: " + text(e.reason()));
    Optional<String> suppressed = Words.suppressed(e);
    if (suppressed.isPresent()) {
      l.line("- " + text(suppressed.get()));
    }
    l.line("- Rule: " + code(e.ruleId()) + ", risk " + e.risk().label() + ", procedure " + e.procedure().label()
        + ", plan " + code(row.plan().name()));
    if (e.generatedImport().isPresent()) {
      hcl(l, e.generatedImport().get().block());
    }
    if (e.suggestedMove().isPresent()) {
      l.blank();
      l.line("Suggested `moved` block:");
      hcl(l, e.suggestedMove().get().block());
    }
    l.blank();
    l.line("</details>");
    l.blank();
  }

  /** A fenced hcl block, redacted. */
  private static void hcl(Lines l, String raw) throws IOException {
    String block = l.safe().text(raw);
    String fence = fence(block);
    l.blank();
    l.line(fence + "hcl");
    l.block(block);
    l.line(fence);
  }

  private static void problems(RunReport run, Lines l) throws IOException {
    for (AnalyzedPlan p : run.plans()) {
      Report r = p.report();
      List<String> notes = new ArrayList<>();
      if (r.errored()) {
        notes.add("❌ planning failed (the plan is errored): the changes listed are incomplete.");
      }
      for (String status : r.planStatus(new Runbook(p.plan(), r.producer()).command())) {
        notes.add("⚠️ " + text(status));
      }
      for (CheckResult c : r.checks()) {
        notes.add((c.isFailure() ? "❌ " : "❔ ") + "check " + code(c.address()) + " (" + text(c.kind()) + "): **" + text(c.status().text()) + "**"
            + (c.problems().isEmpty() ? "" : ": " + text(String.join(" ", c.problems())))
            + (c.isFailure() && !r.checksFailRun() ? " (reported only)" : ""));
      }
      for (RuleError e : r.ruleErrors()) {
        notes.add("❌ " + text(e.describe()));
      }
      if (!r.outputChanges().isEmpty()) {
        List<String> outs = new ArrayList<>();
        for (OutputChange o : r.outputChanges()) {
          outs.add(code(o.name()) + " (" + o.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ') + (o.sensitive() ? ", sensitive" : "") + ")");
        }
        notes.add("Outputs changing (reported, not drift): " + String.join(", ", outs));
      }
      for (PlanNote n : p.notes()) {
        notes.add((n.level() == PlanNote.Level.ERROR ? "❌ " : n.level() == PlanNote.Level.WARNING ? "⚠️ " : "")
            + "**" + n.level().name() + ":** " + text(n.message()));
      }
      for (Expectation x : r.expiredExpectations()) {
        notes.add("Expired policy entry: " + text(x.describe()));
      }
      for (Expectation x : r.expiringExpectations()) {
        notes.add("Policy entry expiring " + Words.expiresIn(x.daysUntilExpiry(r.evaluationDate()).orElse(0))
            + " (renew it or fix the drift before it lapses): " + text(x.describe()));
      }
      for (Expectation x : r.staleExpectations()) {
        notes.add("Stale policy entry (matched no drift): " + text(x.describe()));
      }
      if (!notes.isEmpty()) {
        l.line("**" + text(p.name()) + "**");
        l.blank();
        for (String n : notes) {
          l.line("- " + n);
        }
        l.blank();
      }
    }
    if (!run.inputErrors().isEmpty()) {
      l.line("**Inputs that could not be read**");
      l.blank();
      for (InputError e : run.inputErrors()) {
        l.line("- ❌ " + text(e.message()));
      }
      l.blank();
    }
    l.line("<sub>tfdrift " + html(run.toolVersion()) + "</sub>");
  }

  private static String icon(Decision d) {
    switch (d) {
      case DESTRUCTIVE:
        return "🛑";
      case ACTIONABLE:
        return "⚠️";
      case ERROR:
        return "❌";
      default:
        return "✅";
    }
  }

  private static String icon(Verdict v) {
    return v.isDestructive() ? "🛑" : v.isActionable() ? "⚠️" : "➖";
  }

  /** The icon of an entry: its verdict's, or 🛑 when a rule escalated it to STOP. */
  private static String icon(ClassifiedEntry e) {
    return e.isEscalated() ? "🛑" : icon(e.verdict());
  }

  /** Text escaped for markdown and HTML. */
  static String text(String s) {
    StringBuilder b = new StringBuilder(s.length() + 8);
    for (char c : s.toCharArray()) {
      switch (c) {
        case '<':
          b.append("&lt;");
          break;
        case '>':
          b.append("&gt;");
          break;
        case '&':
          b.append("&amp;");
          break;
        case '\\': case '`': case '*': case '[': case ']': case '|':
          b.append('\\').append(c);
          break;
        case '\n': case '\r':
          b.append(' ');
          break;
        default:
          b.append(c);
      }
    }
    return b.toString();
  }

  /** A table cell. */
  static String cell(String s) {
    return text(s);
  }

  /** An inline code span that holds any text (pipes escaped for tables). */
  static String code(String s) {
    String t = SafeText.oneLine(s);
    int run = 0;
    int longest = 0;
    for (char c : t.toCharArray()) {
      run = c == '`' ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    String fence = "`".repeat(longest + 1);
    String pad = t.startsWith("`") || t.endsWith("`") || longest > 0 ? " " : "";
    return fence + pad + t.replace("|", "\\|") + pad + fence;
  }

  /** A code fence longer than any run of backticks in {@code s} (at least three). */
  static String fence(String s) {
    int run = 0;
    int longest = 0;
    for (char c : s.toCharArray()) {
      run = c == '`' ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    return "`".repeat(Math.max(3, longest + 1));
  }

  /** Text escaped for HTML. */
  static String html(String s) {
    return SafeText.oneLine(s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"));
  }
}
