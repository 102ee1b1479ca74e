package io.github.tfdrift.cli;

import io.github.tfdrift.config.ConfigurationReader;
import io.github.tfdrift.config.model.Configuration;
import io.github.tfdrift.config.source.ConfigError;
import io.github.tfdrift.core.json.PlanReader;
import io.github.tfdrift.core.model.Plan;
import io.github.tfdrift.core.read.PlanError;
import io.github.tfdrift.fix.PatchResult;
import io.github.tfdrift.fix.Selection;
import io.github.tfdrift.fix.engine.Fixer;
import io.github.tfdrift.report.ReportFormat;
import io.github.tfdrift.rules.engine.DriftEngine;
import io.vavr.control.Either;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The patch {@code drift demo} shows after its report: {@code drift fix --procedure accept} for
 * scenario 1 (memory changed in Proxmox) on the runbook's configuration bundled with the scenarios
 * ({@code configurations/jellybuntu}). Written in text and Markdown reports only; a directory of
 * scenarios without that configuration shows none.
 */
final class DemoPatch {
  /** The scenario whose drift the demo accepts. */
  static final String SCENARIO = "s1-memory-changed";
  /** The bundled configuration it is accepted in. */
  static final String CONFIGURATION = "jellybuntu";

  private DemoPatch() {}

  /** The section to print after the report, or empty (no configuration, a machine format, no patch). */
  static Optional<String> section(DemoScenarios source, List<DemoScenarios.Scenario> scenarios, ReportFormat format) {
    if (format != ReportFormat.TEXT && format != ReportFormat.MARKDOWN) {
      return Optional.empty();
    }
    Optional<DemoScenarios.Scenario> scenario = scenarios.stream().filter(s -> s.name().equals(SCENARIO)).findFirst();
    Map<String, byte[]> files = source.configuration(CONFIGURATION);
    if (scenario.isEmpty() || files.isEmpty()) {
      return Optional.empty();
    }
    Either<PlanError, Plan> plan = PlanReader.create().read(scenario.get().plan(), SCENARIO + "/plan.json");
    if (plan.isLeft()) {
      return Optional.empty();
    }
    Path dir = null;
    try {
      dir = Files.createTempDirectory("drift-demo-config");
      for (Map.Entry<String, byte[]> f : files.entrySet()) {
        Path p = dir.resolve(f.getKey());
        Files.createDirectories(p.getParent());
        Files.write(p, f.getValue());
      }
      Either<ConfigError, Configuration> config = ConfigurationReader.read(dir);
      if (config.isLeft()) {
        return Optional.empty();
      }
      PatchResult r = Fixer.accept(config.get(), DriftEngine.withDefaults().classify(plan.get(), SCENARIO), Selection.all());
      if (r.patch().isEmpty()) {
        return Optional.empty();
      }
      String command = "drift fix --config terraform --procedure accept " + SCENARIO + ".json";
      String title = "Accepting the drift of " + SCENARIO + " in the runbook's configuration";
      return Optional.of(format == ReportFormat.MARKDOWN
          ? "\n## " + title + "\n\n`" + command + "`\n\n```diff\n" + r.patch().unifiedDiff() + "```\n"
          : "\n== " + title + " ==\n$ " + command + "\n" + r.patch().unifiedDiff());
    } catch (IOException | UncheckedIOException e) {
      return Optional.empty();
    } finally {
      delete(dir);
    }
  }

  private static void delete(Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary directory left behind is harmless
    }
  }
}
