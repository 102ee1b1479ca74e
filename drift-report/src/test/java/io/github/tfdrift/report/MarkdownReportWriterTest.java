package io.github.tfdrift.report;

import static io.github.tfdrift.report.ReportFixtures.VM;
import static io.github.tfdrift.report.ReportFixtures.analyzed;
import static io.github.tfdrift.report.ReportFixtures.policy;
import static io.github.tfdrift.report.ReportFixtures.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tfdrift.rules.policy.Policy;
import org.junit.jupiter.api.Test;

/** Markdown for a pull-request comment: summary table, destructive first, details collapsed. */
class MarkdownReportWriterTest {
  private static String md(RunReport r) {
    return new MarkdownReportWriter().render(r);
  }

  @Test
  void titleAndSummaryTableGiveTheDecisionPerPlan() {
    String m = md(run(analyzed("s1-memory-changed"), analyzed("s6-vm-deleted-outside")));
    assertThat(m).startsWith("## 🛑 tfdrift: destructive changes, STOP and investigate (exit 3)\n");
    assertThat(m.lines())
        .containsSubsequence(
            "| Plan | Producer | Decision | Exit | Destructive | Actionable | Quiet |",
            "|---|---|---|---:|---:|---:|---:|",
            "| `s1-memory-changed.json` | OpenTofu 1.8.7 | ⚠️ changes to act on | 2 | 0 | 1 | 0 |",
            "| `s6-vm-deleted-outside.json` | OpenTofu 1.8.7 | 🛑 destructive changes, STOP and investigate | 3 | 1 | 0 | 0 |");
  }

  @Test
  void destructiveChangesComeFirstAndDetailsAreCollapsed() {
    String m = md(run(analyzed("s1-memory-changed"), analyzed("s6-vm-deleted-outside")));
    assertThat(m.indexOf("| 🛑 | **RECREATE** | `" + VM + "`")).isPositive().isLessThan(m.indexOf("| ⚠️ | **UPDATE** | `" + VM + "`"));
    assertThat(m).contains("<details><summary>🛑 <b>RECREATE</b> <code>" + VM + "</code></summary>");
    assertThat(m).contains("- **WARNING:** Recreating " + VM + " will result in data loss");
    assertThat(m).contains("- Why: memory\\[0\\].dedicated changed outside OpenTofu (8192 → 10240)");
    assertThat(m).contains("- `memory[0].dedicated`: `8192` → `10240` (outside)");
    assertThat(m.indexOf("<details>")).isLessThan(m.indexOf("</details>"));
  }

  @Test
  void nothingToDoSaysSo() {
    assertThat(md(run(analyzed("clean")))).startsWith("## ✅ tfdrift: nothing to do (exit 0)").contains("No changes to act on.");
  }

  @Test
  void htmlAndTablePipesFromThePlanAreEscaped() {
    String json =
        """
        {"format_version":"1.2","terraform_version":"1.11.4","planned_values":{"root_module":{}},
         "resource_changes":[{"address":"terraform_data.x[\\"<script>|`\\"]","mode":"managed","type":"terraform_data","name":"x",
           "index":"<script>|`","provider_name":"terraform.io/builtin/terraform",
           "change":{"actions":["create"],"before":null,"after":{"input":"a"},"after_unknown":{"id":true},
             "before_sensitive":false,"after_sensitive":{}}}],
         "configuration":{"root_module":{}},"errored":false}
        """;
    String m = md(run(ReportFixtures.analyzed("odd.json", ReportFixtures.planFromJson(json, "odd.json"), Policy.empty())));
    String codeSpan = "`` terraform_data.x[\"<script>\\|`\"] ``";
    assertThat(m).contains("| ⚠️ | **CREATE** | " + codeSpan + " |");
    assertThat(m.replace(codeSpan, "")).doesNotContain("<script>").contains("<code>terraform_data.x[\"&lt;script&gt;|`\"]</code>");
  }

  @Test
  void expiredExpiringAndStalePolicyEntriesAreNotesOfThePlan() {
    String m = md(run(analyzed("s1-memory-changed", policy(ReportFixtures.WAIVERS))));
    assertThat(m.lines())
        .containsSubsequence(
            "**s1-memory-changed.json**",
            "",
            "- Expired policy entry: module.old.x.y \\[all\\]: INC-9 gone (expires 2020-01-01) at drift.yaml:12:5",
            "- Policy entry expiring in 3 days (renew it or fix the drift before it lapses): " + VM
                + " \\[memory\\]: INC-3 bump (expires 2026-11-25) at drift.yaml:2:5",
            "- Policy entry expiring today (renew it or fix the drift before it lapses): module.today.x.y \\[all\\]: INC-0 last day"
                + " (expires 2026-11-22) at drift.yaml:6:5",
            "- Stale policy entry (matched no drift): module.today.x.y \\[all\\]: INC-0 last day (expires 2026-11-22) at drift.yaml:6:5");
    assertThat(m).doesNotContain("expiring in 15 days").doesNotContain("Policy entry expiring in 0 days");
  }

  @Test
  void aRenameShowsTheSuggestedMovedBlockFencedInBothDetails() {
    String m = md(run(analyzed("renamed")));
    assertThat(m).startsWith("## 🛑 tfdrift: destructive changes, STOP and investigate (exit 3)\n");
    String block = "Suggested `moved` block:\n\n```hcl\nmoved {\n  from = terraform_data.old\n  to   = module.m.terraform_data.new\n}\n```\n";
    int first = m.indexOf(block);
    assertThat(first).isGreaterThan(m.indexOf("<b>DELETE</b> <code>terraform_data.old</code>"));
    assertThat(m.indexOf(block, first + 1)).isGreaterThan(m.indexOf("<b>CREATE</b> <code>module.m.terraform_data.new</code>"));
    assertThat(m).contains("- **WARNING:** Looks like a rename of terraform_data.old to module.m.terraform_data.new: add \\`moved { from = ");
  }
}
