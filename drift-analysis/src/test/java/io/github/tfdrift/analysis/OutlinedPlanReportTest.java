package io.github.tfdrift.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.tfdrift.core.value.JsonValue;
import io.github.tfdrift.core.value.JsonValues;
import io.github.tfdrift.report.ReportFormat;
import io.github.tfdrift.testkit.PlanFixtures;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plan classified from its outline (as {@code drift analyze} does for a plan large for the heap)
 * gets the same report, byte for byte in every format, as the same plan read whole, and so does one
 * whose entries are written to a spool as they are decided ({@code drift analyze --format json}):
 * every plan of the shared corpus and every runbook scenario with its policy.
 */
class OutlinedPlanReportTest {
  static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

  private static AnalysisResult run(DriftAnalysis.Builder b, long outlineAbove) {
    return b.today(TODAY).outlineAbove(outlineAbove).build().getOrElseThrow(e -> new AssertionError(e.describe())).run();
  }

  private static void sameReports(DriftAnalysis.Builder whole, DriftAnalysis.Builder outlined) {
    AnalysisResult w = run(whole, Long.MAX_VALUE);
    AnalysisResult o = run(outlined, 0);
    assertThat(o.plans()).allSatisfy(p -> assertThat(p.plan().resourceChanges()).as("outlined, not read whole").isEmpty());
    assertThat(o.failures()).isEqualTo(w.failures());
    assertThat(o.exitCode()).isEqualTo(w.exitCode());
    for (ReportFormat f : ReportFormat.values()) {
      assertThat(o.render(f)).as(f.name()).isEqualTo(w.render(f));
    }
    for (ReportFormat f : List.of(ReportFormat.JSON, ReportFormat.TEXT)) {
      AnalysisResult spooled = run(outlined.writeEntriesAsDecided(f), 0);
      assertThat(spooled.failures()).isEqualTo(w.failures());
      assertThat(spooled.exitCode()).isEqualTo(w.exitCode());
      assertThat(spooled.report().countsByVerdict()).isEqualTo(w.report().countsByVerdict());
      assertThat(spooled.render(f)).as(f + ", entries written as decided").isEqualTo(w.render(f));
    }
  }

  @Tag("corpus")
  @TestFactory
  Stream<DynamicTest> everyCorpusPlanGetsTheSameReportOutlinedAsReadWhole() {
    Optional<Path> dir = CorpusPlans.dir();
    assumeTrue(dir.isPresent(), "plan corpus not found (set -Dtfdrift.corpus=DIR)");
    List<Path> files = CorpusPlans.files(dir.get());
    assertThat(files).hasSizeGreaterThan(500);
    return files.stream()
        .map(f -> DynamicTest.dynamicTest(dir.get().relativize(f).toString(),
            () -> sameReports(DriftAnalysis.builder().plan(f), DriftAnalysis.builder().plan(f))));
  }

  @TestFactory
  Stream<DynamicTest> everyRunbookScenarioGetsTheSameReportOutlinedAsReadWhole(@TempDir Path tmp) {
    return PlanFixtures.names().stream()
        .map(name -> DynamicTest.dynamicTest(name, () -> {
          Workspace ws = Workspace.in(tmp.resolve(name));
          Path plan = ws.plan(name, "plan.json");
          Path policy = ws.policy(name, "drift.yaml");
          sameReports(DriftAnalysis.builder().plan(plan).policy(policy), DriftAnalysis.builder().plan(plan).policy(policy));
        }));
  }

  /** Terraform writes {@code resource_drift} before {@code resource_changes}; a plan that writes it last too. */
  @TestFactory
  Stream<DynamicTest> driftWrittenAfterTheChangesGetsTheSameReportOutlined(@TempDir Path tmp) {
    return PlanFixtures.names().stream()
        .filter(name -> PlanFixtures.fixture(name).planJson().contains("\"resource_drift\""))
        .map(name -> DynamicTest.dynamicTest(name, () -> {
          JsonValue.Obj o = (JsonValue.Obj) JsonValues.parse(PlanFixtures.fixture(name).planJson()).get();
          Map<String, JsonValue> m = new LinkedHashMap<>();
          for (int i = 0; i < o.size(); i++) {
            if (!o.keyAt(i).equals("resource_drift")) {
              m.put(o.keyAt(i), o.valueAt(i));
            }
          }
          m.put("resource_drift", o.get("resource_drift"));
          Workspace ws = Workspace.in(tmp.resolve(name));
          Path plan = ws.write("plan.json", JsonValues.toPrettyJson(JsonValue.object(m)));
          Path policy = ws.policy(name, "drift.yaml");
          assertThat(Files.readString(plan).indexOf("\"resource_drift\"")).isGreaterThan(Files.readString(plan).indexOf("\"resource_changes\""));
          sameReports(DriftAnalysis.builder().plan(plan).policy(policy), DriftAnalysis.builder().plan(plan).policy(policy));
        }));
  }

  /**
   * A secret marked only in {@code resource_changes} (not in {@code planned_values} or {@code
   * prior_state}, which Terraform would also mark) and copied into an unmarked attribute of an entry
   * before it: the outline's first read skips the changes' values, so the copy is classified before
   * the secret is known; the report is still the whole read's, with the copy masked.
   */
  @Test
  void aSecretOnlyTheChangesMarkIsMaskedInEntriesClassifiedBeforeIt(@TempDir Path tmp) throws Exception {
    String secret = "Zq9-only-in-changes-5521";
    String plan =
        """
        {"format_version":"1.2","terraform_version":"1.11.4","planned_values":{"root_module":{}},
         "resource_changes":[
          {"address":"terraform_data.copy","mode":"managed","type":"terraform_data","name":"copy",
           "provider_name":"terraform.io/builtin/terraform",
           "change":{"actions":["update"],"before":{"input":"postgres://app@db"},"after":{"input":"postgres://app:%1$s@db"},
             "after_unknown":{},"before_sensitive":{},"after_sensitive":{}}},
          {"address":"terraform_data.secret","mode":"managed","type":"terraform_data","name":"secret",
           "provider_name":"terraform.io/builtin/terraform",
           "change":{"actions":["update"],"before":{"input":"old"},"after":{"input":"%1$s"},
             "after_unknown":{},"before_sensitive":{"input":true},"after_sensitive":{"input":true}}}],
         "configuration":{"root_module":{}},"errored":false}
        """
            .formatted(secret);

    AnalysisResult outlined = outlinedAsReadWholeWithout(tmp, plan, "Zq9");

    assertThat(outlined.plans().get(0).report().entries().get(0).reason()).doesNotContain("Zq9");
  }

  /** The plan's report outlined equals the whole read's, and no format shows any of {@code hidden}. */
  private static AnalysisResult outlinedAsReadWholeWithout(Path tmp, String plan, String... hidden) throws Exception {
    Path file = Workspace.in(tmp).write("plan.json", plan);
    sameReports(DriftAnalysis.builder().plan(file), DriftAnalysis.builder().plan(file));
    AnalysisResult outlined = run(DriftAnalysis.builder().plan(file), 0);
    for (ReportFormat f : ReportFormat.values()) {
      assertThat(outlined.render(f)).as(f.name()).doesNotContain(hidden).contains("terraform_data.copy");
    }
    return outlined;
  }

  /**
   * A secret marked only in {@code resource_drift} (the attribute is sensitive in the refreshed object
   * alone), copied into an unmarked attribute of a change: the first read steps over the drift values
   * no mask marks and reads those one does, so the copy is masked and the report is the whole read's,
   * for a second drift entry of the same object too.
   */
  @Test
  void aSecretOnlyTheDriftMarksIsMaskedToo(@TempDir Path tmp) throws Exception {
    String secret = "Kw7-only-in-drift-3318";
    String plan =
        """
        {"format_version":"1.2","terraform_version":"1.11.4","planned_values":{"root_module":{}},
         "resource_drift":[
          {"address":"terraform_data.secret","mode":"managed","type":"terraform_data","name":"secret",
           "provider_name":"terraform.io/builtin/terraform",
           "change":{"actions":["update"],"before":{"input":"old"},"after":{"input":"%1$s"},
             "after_unknown":{},"before_sensitive":{},"after_sensitive":{"input":true}}},
          {"address":"terraform_data.secret","mode":"managed","type":"terraform_data","name":"secret",
           "provider_name":"terraform.io/builtin/terraform",
           "change":{"actions":["update"],"before":{"input":"old"},"after":{"input":"Vx4-second-drift-7781"},
             "after_unknown":{},"before_sensitive":{},"after_sensitive":{"input":true}}}],
         "resource_changes":[
          {"address":"terraform_data.copy","mode":"managed","type":"terraform_data","name":"copy",
           "provider_name":"terraform.io/builtin/terraform",
           "change":{"actions":["update"],"before":{"input":"postgres://app@db"},"after":{"input":"postgres://app:%1$s@db Vx4-second-drift-7781"},
             "after_unknown":{},"before_sensitive":{},"after_sensitive":{}}}],
         "configuration":{"root_module":{}},"errored":false}
        """
            .formatted(secret);

    outlinedAsReadWholeWithout(tmp, plan, "Kw7", "Vx4");
  }

  /**
   * Two entries of {@code resource_changes} for one instance object (a hand-edited plan): the whole
   * read keeps the first. The outlined read classifies both on its reading threads and must keep only
   * the first's effects too: an expectation only the second entry (another type) would match stays
   * stale, as in the whole read.
   */
  @Test
  void aSecondEntryForTheSameObjectMatchesNoExpectation(@TempDir Path tmp) throws Exception {
    String entry =
        """
          {"address":"terraform_data.a","mode":"managed","type":"%s","name":"a",
           "provider_name":"terraform.io/builtin/terraform",
           "change":{"actions":["no-op"],"before":{"input":"y"},"after":{"input":"y"},
             "after_unknown":{},"before_sensitive":{},"after_sensitive":{}}}""";
    String plan =
        """
        {"format_version":"1.2","terraform_version":"1.11.4","planned_values":{"root_module":{}},
         "resource_drift":[
          {"address":"terraform_data.a","mode":"managed","type":"terraform_data","name":"a",
           "provider_name":"terraform.io/builtin/terraform",
           "change":{"actions":["update"],"before":{"input":"x"},"after":{"input":"y"},
             "after_unknown":{},"before_sensitive":{},"after_sensitive":{}}}],
         "resource_changes":[%s,%s],
         "configuration":{"root_module":{}},"errored":false}
        """
            .formatted(entry.formatted("terraform_data"), entry.formatted("other_data"));
    Workspace ws = Workspace.in(tmp);
    Path file = ws.write("plan.json", plan);
    Path policy =
        ws.write(
            "drift.yaml",
            """
            version: 1
            expected:
              - type: other_data
                address: terraform_data.a
                attributes: [input]
                reason: "only the second entry's type"
                expires: 2027-01-31
            """);

    sameReports(DriftAnalysis.builder().plan(file).policy(policy), DriftAnalysis.builder().plan(file).policy(policy));
    AnalysisResult outlined = run(DriftAnalysis.builder().plan(file).policy(policy), 0);
    assertThat(outlined.plans().get(0).report().staleExpectations()).hasSize(1);
  }

  /**
   * The JSON report of a plan whose entries were written as they were decided comes from the spool:
   * it is written even once the plan file is gone, while a report in another format, which needs the
   * entries, reads the plan again and cannot.
   */
  @Test
  void entriesWrittenAsDecidedAreReportedWithoutReadingThePlanAgain(@TempDir Path tmp) throws Exception {
    Workspace ws = Workspace.in(tmp);
    Path plan = ws.plan("s3-tags-modified", "plan.json");
    AnalysisResult whole = run(DriftAnalysis.builder().plan(plan), Long.MAX_VALUE);
    AnalysisResult spooled = run(DriftAnalysis.builder().plan(plan).writeEntriesAsDecided(ReportFormat.JSON), 0);
    Files.delete(plan);

    assertThat(spooled.render(ReportFormat.JSON)).isEqualTo(whole.render(ReportFormat.JSON));
    assertThatThrownBy(() -> spooled.render(ReportFormat.TEXT)).isInstanceOf(UncheckedIOException.class);
  }

  /**
   * A secret that only a second plan of the run marks, copied unmarked into the first plan: the first
   * plan's reasons, written with its own secrets, cut the value for display, and the run's masking
   * must still hide the start of the secret there. Written as decided, the first plan's entries were
   * masked with its own secrets only: the JSON report must not use that text but read the plan again.
   */
  @Test
  void aSecretOfAnotherPlanIsMaskedInEntriesWrittenAsDecided(@TempDir Path tmp) throws Exception {
    String secret = "Pm3-marked-in-the-other-plan-8842";
    String entry =
        """
          {"address":"terraform_data.%1$s","mode":"managed","type":"terraform_data","name":"%1$s",
           "provider_name":"terraform.io/builtin/terraform",
           "change":{"actions":["update"],"before":{"input":"old"},"after":{"input":"%2$s"},
             "after_unknown":{},"before_sensitive":{},"after_sensitive":%3$s}}""";
    String plan =
        """
        {"format_version":"1.2","terraform_version":"1.11.4","planned_values":{"root_module":{}},
         "resource_changes":[%s],
         "configuration":{"root_module":{}},"errored":false}
        """;
    Workspace ws = Workspace.in(tmp);
    Path copies = ws.write("a.json", plan.formatted(entry.formatted("copy", "postgres://app:" + secret + "@db", "{}")));
    Path marks = ws.write("b.json", plan.formatted(entry.formatted("secret", secret, "{\"input\":true}")));

    AnalysisResult whole = run(DriftAnalysis.builder().plan(copies).plan(marks), Long.MAX_VALUE);

    for (ReportFormat f : ReportFormat.values()) {
      assertThat(whole.render(f)).as(f.name()).contains("terraform_data.copy").doesNotContain("Pm3");
    }
    for (ReportFormat f : List.of(ReportFormat.JSON, ReportFormat.TEXT)) {
      AnalysisResult spooled = run(DriftAnalysis.builder().plan(copies).plan(marks).writeEntriesAsDecided(f), 0);
      assertThat(spooled.render(f)).as(f.name()).isEqualTo(whole.render(f));
    }
  }

  @Test
  void theWholeCorpusAsOneRunGetsTheSameReportOutlined() {
    Optional<Path> dir = CorpusPlans.dir();
    assumeTrue(dir.isPresent(), "plan corpus not found (set -Dtfdrift.corpus=DIR)");
    List<Path> files = CorpusPlans.files(dir.get());
    sameReports(DriftAnalysis.builder().plans(files), DriftAnalysis.builder().plans(files));
  }
}
