package io.github.tfdrift.report;

import static io.github.tfdrift.report.ReportFixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.tfdrift.core.model.Plan;
import io.github.tfdrift.rules.engine.DriftEngine;
import io.github.tfdrift.rules.ExitCodeMode;
import io.github.tfdrift.core.address.AttributePath;
import io.github.tfdrift.core.value.JsonValue;
import io.github.tfdrift.rules.Finding;
import io.github.tfdrift.rules.Risk;
import io.github.tfdrift.rules.Verdict;
import io.github.tfdrift.rules.spi.EntryFacts;
import io.github.tfdrift.rules.spi.PathChange;
import io.github.tfdrift.rules.spi.PlanContext;
import io.github.tfdrift.rules.spi.Rule;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Every report format says when a rule suppressed an entry (the rules are short forms of the examples
 * of docs/rules.md, which drift-rules compiles and tests) (with the rule and its reason) and when a
 * rule escalated one to STOP (with the rule, and that the verdict stays what it is).
 */
class SuppressionReportTest {
  static final String SCANNED = "aws_s3_bucket.scanned";
  static final String PUBLIC = "aws_s3_bucket.public";

  /** Changes to the scanner's LastScanned tags are cosmetic. */
  static final class LastScannedIsCosmetic implements Rule {
    public String id() {
      return "lastscanned-is-cosmetic";
    }

    public String summary() {
      return "tags.LastScanned is cosmetic.";
    }

    public List<Finding> evaluate(EntryFacts e, PlanContext ctx) {
      List<AttributePath> tags = List.of(AttributePath.parse("tags.LastScanned").get(), AttributePath.parse("tags_all.LastScanned").get());
      List<AttributePath> scanned = new ArrayList<>();
      List<PathChange> all = new ArrayList<>(e.driftChanges());
      all.addAll(e.plannedChanges());
      for (PathChange c : all) {
        if (tags.stream().anyMatch(t -> t.covers(c.path())) && !scanned.contains(c.path())) {
          scanned.add(c.path());
        }
      }
      return scanned.isEmpty()
          ? List.of()
          : List.of(Finding.suppress(Verdict.COSMETIC, "tags.LastScanned is written by the nightly scanner: cosmetic, no action needed.").paths(scanned).build());
    }
  }

  /** A bucket ACL made public is a STOP. */
  static final class S3AclPublicIsStop implements Rule {
    public String id() {
      return "s3-acl-public-is-stop";
    }

    public String summary() {
      return "A public bucket ACL is a STOP.";
    }

    public List<Finding> evaluate(EntryFacts e, PlanContext ctx) {
      for (PathChange c : e.plannedChanges()) {
        if (c.path().render().equals("acl") && c.after().equals(JsonValue.of("public-read"))) {
          return List.of(Finding.escalate(e.address() + " makes the bucket " + ctx.transition(c) + ": get a security review before applying.")
              .paths(c.path()).risk(Risk.CRITICAL).build());
        }
      }
      return List.of();
    }
  }

  static String bucket(String name, String acl, String scanned) {
    return "{\"bucket\":\"%s\",\"acl\":\"%s\",\"tags\":{\"LastScanned\":\"%s\"},\"tags_all\":{\"LastScanned\":\"%s\"}}"
        .formatted(name, acl, scanned, scanned);
  }

  static String rc(String address, String actions, String before, String after) {
    String name = address.substring(address.indexOf('.') + 1);
    return """
        {"address":"%s","mode":"managed","type":"aws_s3_bucket","name":"%s","provider_name":"registry.terraform.io/hashicorp/aws",
         "change":{"actions":%s,"before":%s,"after":%s,"after_unknown":{},"before_sensitive":{},"after_sensitive":{}}}"""
        .formatted(address, name, actions, before, after);
  }

  /** One bucket whose LastScanned tag the scanner rewrote, one whose ACL the configuration makes public. */
  static Plan plan() {
    String drift = rc(SCANNED, "[\"update\"]", bucket("scanned", "private", "2026-11-01"), bucket("scanned", "private", "2026-11-21"));
    String changes = String.join(",",
        rc(SCANNED, "[\"update\"]", bucket("scanned", "private", "2026-11-21"), bucket("scanned", "private", "2026-11-01")),
        rc(PUBLIC, "[\"update\"]", bucket("public", "private", "2026-11-01"), bucket("public", "public-read", "2026-11-01")));
    return ReportFixtures.planFromJson("""
        {"format_version":"1.2","terraform_version":"1.11.0","planned_values":{"root_module":{}},
         "resource_drift":[%s],"resource_changes":[%s],
         "configuration":{"root_module":{}},"timestamp":"2026-11-22T04:00:00Z","errored":false}"""
        .formatted(drift, changes), "buckets.json");
  }

  static RunReport run(ExitCodeMode mode) {
    DriftEngine engine =
        DriftEngine.builder().withBuiltInRules().addRule(new LastScannedIsCosmetic()).addRule(new S3AclPublicIsStop()).today(TODAY).build();
    Plan p = plan();
    AnalyzedPlan a = AnalyzedPlan.of("buckets.json", Optional.of(Path.of("buckets.json")), p, engine.classify(p, "buckets.json"), Optional.empty());
    return ReportFixtures.run(mode, a);
  }

  static RunReport run() {
    return run(ExitCodeMode.DETAILED);
  }

  static JsonNode json(String text) {
    try {
      return new ObjectMapper().readTree(text);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static JsonNode change(JsonNode report, String address) {
    for (JsonNode c : report.get("plans").get(0).get("changes")) {
      if (c.get("address").asText().equals(address)) {
        return c;
      }
    }
    throw new AssertionError(address);
  }

  @Test
  void theEscalationDecidesTheExitCode() {
    assertThat(run().exitCode()).isEqualTo(3);
    assertThat(run(ExitCodeMode.TERRAFORM).exitCode()).isEqualTo(2);
  }

  @Test
  void textNamesTheSuppressingAndTheEscalatingRule() {
    String t = new TextReportWriter().render(run());
    assertThat(t.lines())
        .containsSubsequence(
            "UPDATE  " + PUBLIC + "  acl",
            "  STOP: escalated by rule s3-acl-public-is-stop (the verdict stays UPDATE): " + PUBLIC
                + " makes the bucket \"private\" → \"public-read\": get a security review before applying.");
    assertThat(t.lines())
        .containsSubsequence(
            "COSMETIC  " + SCANNED + "  tags.LastScanned, tags_all.LastScanned",
            "  Why: tags.LastScanned is written by the nightly scanner: cosmetic, no action needed.",
            "  Suppressed by rule lastscanned-is-cosmetic (UPDATE without it): tags.LastScanned is written by the nightly scanner:"
                + " cosmetic, no action needed.");
    assertThat(t.indexOf(PUBLIC)).as("the escalated entry comes first").isLessThan(t.indexOf(SCANNED));
  }

  @Test
  void markdownShowsAStopIconAndBothNotes() {
    String m = new MarkdownReportWriter().render(run());
    assertThat(m).contains("| 🛑 | **UPDATE** | `" + PUBLIC + "` |");
    assertThat(m).contains("- **STOP:** escalated by rule s3-acl-public-is-stop (the verdict stays UPDATE): ");
    assertThat(m).contains("- Suppressed by rule lastscanned-is-cosmetic (UPDATE without it): tags.LastScanned is written by the nightly scanner");
  }

  @Test
  void markdownSummaryCountsTheEscalatedUpdateAsDestructive() {
    String m = new MarkdownReportWriter().render(run());
    String summaryRow = m.lines().filter(l -> l.startsWith("| `") && l.contains("| 3 |")).findFirst().orElseThrow();
    String[] cells = summaryRow.split("\\|");
    assertThat(cells[5].strip()).as("destructive column of %s", summaryRow).isEqualTo("1");
    assertThat(cells[6].strip()).as("actionable column of %s", summaryRow).isEqualTo("0");
  }

  @Test
  void jsonHasTheNewOptionalFieldsAndValidatesAgainstTheSchema() {
    String text = new JsonReportWriter().render(run());
    assertThat(ReportFixtures.validate(ReportFixtures.reportSchema(), text)).as(text).isEmpty();
    JsonNode root = json(text);
    JsonNode scanned = change(root, SCANNED);
    assertThat(scanned.get("verdict").asText()).isEqualTo("cosmetic");
    assertThat(scanned.get("suppression").get("rule").asText()).isEqualTo("lastscanned-is-cosmetic");
    assertThat(scanned.get("suppression").get("verdict_without").asText()).isEqualTo("update");
    assertThat(scanned.get("suppression").get("reason").asText()).contains("nightly scanner");
    assertThat(scanned.has("escalation")).isFalse();
    JsonNode pub = change(root, PUBLIC);
    assertThat(pub.get("verdict").asText()).isEqualTo("update");
    assertThat(pub.get("procedure").asText()).isEqualTo("stop");
    assertThat(pub.get("risk").asText()).isEqualTo("critical");
    assertThat(pub.get("escalation").get("rule").asText()).isEqualTo("s3-acl-public-is-stop");
    assertThat(pub.has("suppression")).isFalse();
    assertThat(root.get("decision").asText()).isEqualTo("destructive");
  }

  @Test
  void theSchemaRejectsASuppressionWithoutItsRule() {
    String text = new JsonReportWriter().render(run()).replace("\"rule\" : \"lastscanned-is-cosmetic\",\n", "");
    assertThat(ReportFixtures.validate(ReportFixtures.reportSchema(), text)).isNotEmpty();
  }

  @Test
  void sarifMarksTheSuppressedResultAndRaisesTheEscalatedOneToError() {
    String text = new SarifReportWriter().render(run());
    assertThat(ReportFixtures.validate(ReportFixtures.sarifSchema(), text)).as(text).isEmpty();
    List<JsonNode> results = new ArrayList<>();
    json(text).get("runs").get(0).get("results").forEach(results::add);
    JsonNode pub = results.stream().filter(r -> r.get("properties").has("escalatedBy")).findFirst().orElseThrow();
    assertThat(pub.get("level").asText()).isEqualTo("error");
    assertThat(pub.get("message").get("text").asText()).contains("STOP: escalated by rule s3-acl-public-is-stop");
    JsonNode scanned = results.stream().filter(r -> r.has("suppressions")).findFirst().orElseThrow();
    assertThat(scanned.get("suppressions").get(0).get("kind").asText()).isEqualTo("external");
    assertThat(scanned.get("suppressions").get(0).get("justification").asText()).contains("Suppressed by rule lastscanned-is-cosmetic");
    assertThat(scanned.get("properties").get("suppressedVerdict").asText()).isEqualTo("update");
  }

  @Test
  void junitFailsTheEscalatedEntryAndPrintsTheSuppression() {
    String xml = new JunitReportWriter().render(run());
    assertThat(xml).contains("failures=\"1\"");
    assertThat(xml).contains("<failure type=\"escalated\" message=\"STOP: escalated by rule s3-acl-public-is-stop (the verdict stays UPDATE): ");
    assertThat(xml).contains("Suppressed by rule lastscanned-is-cosmetic (UPDATE without it)");
  }
}
