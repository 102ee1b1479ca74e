package io.github.tfdrift.report;

import io.github.tfdrift.report.text.SafeText;

import io.github.tfdrift.rules.PlanNote;
import io.github.tfdrift.rules.CheckResult;
import io.github.tfdrift.rules.ClassifiedAction;
import io.github.tfdrift.rules.ClassifiedEntry;
import io.github.tfdrift.report.internal.ActionValues;
import io.github.tfdrift.rules.OutputChange;
import io.github.tfdrift.rules.Report;
import io.github.tfdrift.rules.RuleError;
import io.github.tfdrift.rules.Verdict;
import io.github.tfdrift.rules.policy.Expectation;
import io.github.tfdrift.report.internal.EntryValues;
import io.github.tfdrift.report.internal.Lines;
import io.github.tfdrift.report.internal.Runbook;
import io.github.tfdrift.report.internal.Words;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The text report, in the drift runbook's words. One section per plan, titled with its name; in it,
 * every entry that is not NO_CHANGE, destructive first:
 *
 * <pre>
 * UPDATE  module.jellyfin.proxmox_virtual_environment_vm.vm  memory[0].dedicated
 *   Drift: changed outside OpenTofu. Procedure 1 (restore): run 'tofu apply'. Procedure 2 (accept):
 *   update the configuration (the resource block of ...) to match.
 *     memory[0].dedicated: 8192 → 10240 (outside OpenTofu)
 *   Why: memory[0].dedicated changed outside Terraform (8192 → 10240); ...
 * </pre>
 *
 * <p>When the same change repeats (see {@link RunReport#causes()}), a section {@code == Causes: the same
 * change on several resources ==} comes first, one line per cause:
 *
 * <pre>
 * UPDATE  aws_s3_bucket  tags["ManagedBy"]  — 40 resources in 12 plans: aws_s3_bucket.logs, aws_s3_bucket.data, ..., … and 35 more
 * </pre>
 *
 * <p>Each action invocation ({@code action_invocations}, Terraform 1.14+) follows as an entry of its
 * own, INVOKE or DEFERRED, with its trigger, its config (sensitive values masked) and the reason; then
 * the checks that did not pass, with their problem messages. {@code NOTE:} lines under the decision
 * say when the plan is not applyable, incomplete, or has failed checks.
 *
 * <p>An entry imported from an apply log shows its {@code import {}} block under it; an entry that looks
 * like one half of a rename shows the suggested {@code moved {}} block. Then output changes,
 * the plan's notes (what an apply log adds), expired, expiring and stale policy entries, errors, and, for
 * several plans, a summary. An expiring entry (one that expires within the policy's {@code
 * expiry_warning_days}) says when: {@code — in 3 days}, {@code — today}.
 */
public final class TextReportWriter implements ReportWriter {
  /** A text writer. */
  public TextReportWriter() {}

  @Override
  public void write(RunReport run, Writer out) throws IOException {
    Lines l = new Lines(out, run.safeText());
    l.line("tfdrift " + run.toolVersion() + ": " + Words.count(run.plans().size(), "plan", "plans") + ", "
        + Words.phrase(run.decision()) + " (exit " + run.exitCode() + ")");
    if (!run.causes().isEmpty()) {
      l.blank();
      causes(run, l);
    }
    for (int i = 0; i < run.plans().size(); i++) {
      l.blank();
      java.util.Optional<RunReport.Spooled> s = run.spooled(i, ReportFormat.TEXT);
      if (s.isPresent()) {
        plan(run, s.get().header(), s.get().spool(), l, out);
      } else {
        plan(run, run.plans().get(i), null, l, out);
      }
    }
    if (!run.inputErrors().isEmpty()) {
      l.blank();
      l.line("== Inputs that could not be read ==");
      for (InputError e : run.inputErrors()) {
        l.line("ERROR: " + e.message());
      }
    }
    if (run.plans().size() + run.inputErrors().size() > 1) {
      l.blank();
      List<String> parts = new ArrayList<>();
      for (int i = 0; i < run.plans().size(); i++) {
        AnalyzedPlan p = run.header(i);
        parts.add(p.name() + ": exit " + run.exitCode(p));
      }
      for (InputError e : run.inputErrors()) {
        parts.add(e.name() + ": unreadable");
      }
      l.line("Summary: " + String.join("; ", parts) + ". Worst: exit " + run.exitCode() + ".");
    }
    out.flush();
  }

  /**
   * One line per cause, before the plans: in a run over many workspaces the repeated change is what
   * to look at first, and the per-plan sections below are the reference for each entry.
   */
  private static void causes(RunReport run, Lines l) throws IOException {
    l.line("== Causes: the same change on several resources ==");
    boolean several = run.plans().size() > 1;
    for (DriftCause c : run.causes()) {
      l.line(c.verdict().name() + "  " + c.type() + (c.paths().isEmpty() ? "" : "  " + String.join(", ", c.paths())) + "  — "
          + Words.count(c.count(), "resource", "resources") + (several ? " in " + Words.count(c.planCount(), "plan", "plans") : "")
          + ": " + String.join(", ", c.addresses()) + (c.moreAddresses() > 0 ? ", … and " + c.moreAddresses() + " more" : ""));
    }
  }

  /** One plan; its entries from {@code spool} when given (the plan's report then keeps none). */
  private static void plan(RunReport run, AnalyzedPlan p, EntrySpool spool, Lines l, Writer out) throws IOException {
    Report r = p.report();
    Runbook book = new Runbook(p.plan(), r.producer());
    l.line("== " + p.name() + " ==");
    l.line(Words.toolName(r.producer().tool()) + " " + p.plan().terraformVersion().orElse("(version not recorded)")
        + " (plan format " + p.plan().formatVersion() + ")"
        + p.policy().map(f -> ". Policy: " + f).orElse(". No policy file") + ".");
    l.line("Decision: " + Words.phrase(p.decision()) + " (exit " + run.exitCode(p) + "). " + Words.counts(r.countsByVerdict()) + ".");
    if (r.errored()) {
      l.line("ERROR: planning failed (the plan is errored): the changes listed are incomplete. Fix the error and plan again.");
    }
    for (String status : r.planStatus(book.command())) {
      l.line("NOTE: " + status);
    }
    for (RuleError e : r.ruleErrors()) {
      l.line("ERROR: " + e.describe());
    }
    if (spool != null) {
      spool.copyTo(out::write);
    } else {
      List<ClassifiedEntry> shown = new ArrayList<>();
      for (ClassifiedEntry e : r.entries()) {
        if (e.verdict() != Verdict.NO_CHANGE) {
          shown.add(e);
        }
      }
      shown.sort(Words.SEVERITY_ORDER);
      for (ClassifiedEntry e : shown) {
        l.blank();
        entry(e, book, l);
      }
    }
    for (ClassifiedAction a : r.actions()) {
      l.blank();
      action(a, l);
    }
    if (!r.checks().isEmpty()) {
      l.blank();
      l.line("Checks that did not pass" + (r.checksFailRun() ? ":" : " (reported only, the policy says checks: {fail_run: false}):"));
      for (CheckResult c : r.checks()) {
        l.line("  " + c.status().text().toUpperCase(Locale.ROOT) + "  " + c.address() + " (" + c.kind() + ")");
        for (String problem : c.problems()) {
          l.line("    " + problem);
        }
      }
    }
    if (!r.outputChanges().isEmpty()) {
      l.blank();
      List<String> outs = new ArrayList<>();
      for (OutputChange o : r.outputChanges()) {
        outs.add(o.name() + " (" + o.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ') + (o.sensitive() ? ", sensitive" : "") + ")");
      }
      l.line("Outputs changing (reported, not drift): " + String.join(", ", outs) + ".");
    }
    if (!p.notes().isEmpty()) {
      l.blank();
      l.line("Apply log and other notes:");
      for (PlanNote n : p.notes()) {
        l.line("  " + n.describe());
      }
    }
    if (!r.expiredExpectations().isEmpty()) {
      l.blank();
      l.line("Expired policy entries (no longer applied; update the configuration or the policy):");
      for (Expectation x : r.expiredExpectations()) {
        l.line("  " + x.describe());
      }
    }
    if (!r.expiringExpectations().isEmpty()) {
      l.blank();
      l.line("Policy entries expiring soon (renew them or fix the drift before they lapse):");
      for (Expectation x : r.expiringExpectations()) {
        l.line("  " + x.describe() + " — " + Words.expiresIn(x.daysUntilExpiry(r.evaluationDate()).orElse(0)));
      }
    }
    if (!r.staleExpectations().isEmpty()) {
      l.blank();
      l.line("Stale policy entries (matched no drift; remove them once the configuration is updated):");
      for (Expectation x : r.staleExpectations()) {
        l.line("  " + x.describe());
      }
    }
  }

  /** An action invocation: verdict, address and type, trigger, masked config, reason. */
  private static void action(ClassifiedAction a, Lines l) throws IOException {
    l.line(a.verdict().name() + "  " + a.address() + "  (action" + (a.type().isEmpty() ? "" : " " + a.type()) + ")");
    l.line("  Trigger: " + a.trigger() + (a.triggeredBy().destroysResource() ? " — goes with a destroy or replacement of the triggering resource" : ""));
    String config = ActionValues.summary(a, l.safe());
    if (!config.isEmpty()) {
      l.line("  Config: " + config);
    }
    l.line("  Why: " + a.reason());
  }

  /** One entry as the report shows it, after the blank line before it, alone: what a spool keeps. */
  static String entry(ClassifiedEntry e, SafeText safe, Runbook book) throws IOException {
    java.io.StringWriter text = new java.io.StringWriter(512);
    Lines l = new Lines(text, safe);
    l.blank();
    entry(e, book, l);
    return text.toString();
  }

  private static void entry(ClassifiedEntry e, Runbook book, Lines l) throws IOException {
    String paths = String.join(", ", e.renderedPaths());
    l.line(e.verdict().name() + "  " + Words.address(e) + (paths.isEmpty() ? "" : "  " + paths));
    Optional<String> escalated = Words.escalated(e);
    if (escalated.isPresent()) {
      l.line("  " + escalated.get());
    }
    for (String a : book.advice(e)) {
      l.line("  " + a);
    }
    String tool = book.command().equals("tofu") ? "OpenTofu" : "Terraform";
    List<EntryValues.Shown> values = EntryValues.of(e, l.safe());
    for (EntryValues.Shown v : values) {
      l.line("    " + v.path() + ": " + v.before() + " → " + v.after() + (v.outside() ? " (outside " + tool + ")" : e.isDeferred() ? " (deferred)" : " (planned)"));
    }
    int more = EntryValues.count(e, l.safe()) - values.size();
    if (more > 0) {
      l.line("    … and " + more + " more");
    }
    l.line("  Why: " + e.reason());
    Optional<String> suppressed = Words.suppressed(e);
    if (suppressed.isPresent()) {
      l.line("  " + suppressed.get());
    }
    if (e.generatedImport().isPresent()) {
      l.line("  Import block:");
      for (String line : e.generatedImport().get().block().split("\n")) {
        l.line("    " + line);
      }
    }
    if (e.suggestedMove().isPresent()) {
      l.line("  Suggested moved block:");
      for (String line : e.suggestedMove().get().block().split("\n")) {
        l.line("    " + line);
      }
    }
  }
}
