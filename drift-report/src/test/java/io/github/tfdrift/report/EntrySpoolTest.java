package io.github.tfdrift.report;

import static io.github.tfdrift.report.ReportFixtures.TODAY;
import static io.github.tfdrift.report.ReportFixtures.analyzed;
import static io.github.tfdrift.report.ReportFixtures.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tfdrift.core.json.PlanReader;
import io.github.tfdrift.rules.OutlinedReport;
import io.github.tfdrift.rules.engine.DriftEngine;
import io.github.tfdrift.rules.policy.Policy;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A plan whose entries were written to an {@link EntrySpool} as they were decided is reported as if
 * its entries had been kept: the report in the spool's format (JSON, text) from the spool, byte for
 * byte the whole plan's, without analysing the plan again; the spool's file holds masked text only, is its owner's alone, and goes
 * away when the spool is closed.
 */
class EntrySpoolTest {
  private static final DriftEngine ENGINE = DriftEngine.builder().withBuiltInRules().policy(Policy.empty()).today(TODAY).build();

  private static Path copy(String name, Path dir) throws IOException {
    Path file = dir.resolve(name + ".json");
    try (InputStream in = ReportFixtures.class.getResourceAsStream("plans/" + name + ".json")) {
      Files.copy(Objects.requireNonNull(in, name), file);
    }
    return file;
  }

  private static AnalyzedPlan spooled(Path file, String name, EntrySpool spool) {
    OutlinedReport r = ENGINE.classify(PlanReader.create(), file, name + ".json", spool).getOrElseThrow(e -> new AssertionError(e.describe()));
    return AnalyzedPlan.of(name + ".json", r.outline(), r.report(), Policy.empty().source());
  }

  /** A report of the spooled plan, analysing the fixture {@code name} again when it needs the entries, counted in {@code again}. */
  private static RunReport report(AnalyzedPlan header, EntrySpool spool, String name, AtomicInteger again) {
    return RunReport.builder()
        .toolVersion("9.9.9")
        .addPlan(header, spool, () -> {
          again.incrementAndGet();
          return analyzed(name);
        })
        .build();
  }

  @ParameterizedTest
  @ValueSource(strings = {"secrets", "s6-vm-deleted-outside", "renamed", "deferred", "errored", "clean"})
  void theJsonReportFromTheSpoolIsThePlansReport(String name, @TempDir Path tmp) throws Exception {
    theReportFromTheSpoolIsThePlansReport(ReportFormat.JSON, ReportFormat.TEXT, name, tmp);
  }

  @ParameterizedTest
  @ValueSource(strings = {"secrets", "s6-vm-deleted-outside", "renamed", "deferred", "errored", "clean"})
  void theTextReportFromTheSpoolIsThePlansReport(String name, @TempDir Path tmp) throws Exception {
    theReportFromTheSpoolIsThePlansReport(ReportFormat.TEXT, ReportFormat.JSON, name, tmp);
  }

  /** The report in {@code format} comes from its spool; in {@code other}, the plan is analysed again. */
  private static void theReportFromTheSpoolIsThePlansReport(ReportFormat format, ReportFormat other, String name, Path tmp) throws Exception {
    EntrySpool spool = EntrySpool.of(format).orElseThrow();
    AnalyzedPlan header = spooled(copy(name, tmp), name, spool);
    AtomicInteger again = new AtomicInteger();
    RunReport fromSpool = report(header, spool, name, again);
    RunReport whole = run(analyzed(name));

    assertThat(header.report().entriesKept()).isFalse();
    assertThat(header.report().entries()).isEmpty();
    assertThat(fromSpool.decision()).isEqualTo(whole.decision());
    assertThat(fromSpool.countsByVerdict()).isEqualTo(whole.countsByVerdict());
    assertThat(fromSpool.causes()).isEqualTo(whole.causes());
    assertThat(format.writer().render(fromSpool)).isEqualTo(format.writer().render(whole));
    assertThat(again).as("the plan is not analysed again for the report in the spool's format").hasValue(0);
    assertThat(other.writer().render(fromSpool)).isEqualTo(other.writer().render(whole));
    assertThat(again).as("another format needs the entries: the plan is analysed again").hasValue(1);
  }

  @Test
  void theSpoolsFileHoldsNoSecretIsItsOwnersAloneAndIsDeletedOnClose(@TempDir Path tmp) throws Exception {
    EntrySpool spool = EntrySpool.of(ReportFormat.JSON).orElseThrow();
    spooled(copy("secrets", tmp), "secrets", spool);
    Path file = spool.file().orElseThrow();

    assertThat(Files.readString(file)).contains("(sensitive)").doesNotContain("Zq9");
    if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }
    spool.close();
    assertThat(file).doesNotExist();
  }

  @Test
  void aClosedSpoolIsNotUsedThePlanIsAnalysedAgain(@TempDir Path tmp) throws Exception {
    EntrySpool spool = EntrySpool.of(ReportFormat.JSON).orElseThrow();
    AnalyzedPlan header = spooled(copy("s6-vm-deleted-outside", tmp), "s6-vm-deleted-outside", spool);
    AtomicInteger again = new AtomicInteger();
    RunReport r = report(header, spool, "s6-vm-deleted-outside", again);
    spool.close();

    assertThat(new JsonReportWriter().render(r)).isEqualTo(new JsonReportWriter().render(run(analyzed("s6-vm-deleted-outside"))));
    assertThat(again).hasValue(1);
  }

  @Test
  void aPlanWhoseEntriesWereHandedOffCannotBeAddedWithoutItsSpool(@TempDir Path tmp) throws Exception {
    AnalyzedPlan header = spooled(copy("s1-memory-changed", tmp), "s1-memory-changed", EntrySpool.of(ReportFormat.JSON).orElseThrow());

    assertThatThrownBy(() -> RunReport.builder().addPlan(header)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RunReport.builder().addPlan(header, () -> header)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theJsonAndTextFormatsHaveASpool() {
    for (ReportFormat f : ReportFormat.values()) {
      assertThat(EntrySpool.of(f).isPresent()).as(f.name()).isEqualTo(f == ReportFormat.JSON || f == ReportFormat.TEXT);
    }
  }
}
