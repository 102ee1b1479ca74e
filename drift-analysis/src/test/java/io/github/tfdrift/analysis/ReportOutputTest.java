package io.github.tfdrift.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tfdrift.report.ReportFormat;
import io.github.tfdrift.testkit.PlanFixtures;
import io.github.tfdrift.testkit.SensitiveValues;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every report format, written to a writer, a stream or a file: the same text, and no secret of the plans. */
class ReportOutputTest {
  @TempDir Path tmp;
  AnalysisResult result;

  @BeforeEach
  void runbookScenariosOneAndSix() {
    Workspace ws = Workspace.in(tmp);
    result =
        DriftAnalysis.builder()
            .plan(ws.plan("s1-memory-changed", "plans/jellyfin.json"))
            .plan(ws.plan("s6-vm-deleted-outside", "plans/deleted.json"))
            .today(LocalDate.of(2026, 11, 22))
            .toolVersion("0.1.0-test")
            .build()
            .get()
            .run();
  }

  @ParameterizedTest
  @EnumSource(ReportFormat.class)
  void aWriterGetsWhatRenderGives(ReportFormat f) throws IOException {
    StringWriter w = new StringWriter();
    result.write(f, w);
    assertThat(w.toString()).isEqualTo(result.render(f));
  }

  @ParameterizedTest
  @EnumSource(ReportFormat.class)
  void aStreamGetsItAsUtf8(ReportFormat f) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    result.write(f, out);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(result.render(f));
  }

  @ParameterizedTest
  @EnumSource(ReportFormat.class)
  void aFileIsReplacedWholeWithNoTemporaryFileLeft(ReportFormat f) throws IOException {
    Path file = Files.writeString(tmp.resolve("report.out"), "the previous report");
    assertThat(result.write(f, file).get()).isEqualTo(file);
    assertThat(Files.readString(file)).isEqualTo(result.render(f));
    try (var files = Files.list(tmp)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("plans", "report.out");
    }
  }

  @ParameterizedTest
  @EnumSource(ReportFormat.class)
  void aFileInAMissingDirectoryIsAnErrorValueNotAnException(ReportFormat f) {
    assertThat(result.write(f, tmp.resolve("no-such-dir/report.out")).getLeft()).isInstanceOf(NoSuchFileException.class);
  }

  @ParameterizedTest
  @EnumSource(ReportFormat.class)
  void noFormatPrintsASecretOfThePlans(ReportFormat f) {
    String out = result.render(f);
    assertThat(SensitiveValues.of(PlanFixtures.load("s1-memory-changed")).revealedIn(out)).isEmpty();
    assertThat(SensitiveValues.of(PlanFixtures.load("s6-vm-deleted-outside")).revealedIn(out)).isEmpty();
  }
}
