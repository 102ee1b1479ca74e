package io.github.tfdrift.analysis.example;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tfdrift.analysis.AnalysisResult;
import io.github.tfdrift.analysis.DriftAnalysis;
import io.github.tfdrift.report.ReportFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * README's "Using the library", compiled and run: the test body is the snippet, verbatim. It runs in
 * the example workspace (target/test-classes/example: plans/ with runbook scenario 1's plan, and
 * drift.yaml), as an embedder's CI job would run in its repository.
 */
class UsingTheLibraryExampleTest {
  private static final Path REPORT = Path.of("drift-report.md");

  @BeforeEach
  void noReportYet() throws IOException {
    Files.deleteIfExists(REPORT);
  }

  @Test
  void theReadmeSnippetAnalysesTheWorkspaceAndWritesTheReport() {
    AnalysisResult result =
        DriftAnalysis.builder()
            .plan(Path.of("plans"))              // a plan file, or a directory: every plan in it
            .policy(Path.of("drift.yaml"))
            .build()                             // the policy's problems, or the analysis
            .getOrElseThrow(problem -> new IllegalArgumentException(problem.describe()))
            .run();
    result.failures().forEach(failure -> System.err.println(failure.message()));
    result.write(ReportFormat.MARKDOWN, Path.of("drift-report.md"))
        .getOrElseThrow(UncheckedIOException::new);
    int exitCode = result.exitCode();            // 0 nothing to do, 2 act, 3 destructive, 1 error
  }

  @AfterEach
  void theReportShowsScenarioOnesMemoryDrift() throws IOException {
    assertThat(Files.readString(REPORT)).contains("module.jellyfin.proxmox_virtual_environment_vm.vm").contains("memory[0].dedicated");
  }
}
