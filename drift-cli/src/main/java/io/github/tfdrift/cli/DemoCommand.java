package io.github.tfdrift.cli;

import io.github.tfdrift.analysis.AnalysisResult;
import io.github.tfdrift.analysis.DriftAnalysis;
import io.github.tfdrift.core.read.PlanError;
import io.github.tfdrift.core.json.PlanReader;
import io.github.tfdrift.core.model.Plan;
import io.github.tfdrift.rules.policy.Policy;
import io.github.tfdrift.rules.policy.PolicyErrors;
import io.github.tfdrift.rules.policy.PolicyReader;
import io.vavr.control.Either;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;

/**
 * {@code drift demo}: the main job on the embedded default, the bundled runbook scenarios (scenarios 1
 * to 6 of the drift runbook and the production import case), each classified with its own policy and
 * printed as one report with one section per scenario. The exit code is the worst, as for {@code
 * analyze}. A text or Markdown report is followed by the patch {@code drift fix --procedure accept}
 * makes for scenario 1 on the runbook's configuration ({@link DemoPatch}).
 */
@CommandLine.Command(
    name = "demo",
    header = "analyze the bundled runbook scenarios, each with its policy, and print the report",
    customSynopsis = "drift demo [--format text|markdown|json|sarif|junit] [--output FILE] [--exit-code detailed|terraform]",
    description =
        """
            Runs what 'drift analyze' does on the scenarios bundled in drift: the drift runbook's
            scenarios (memory changed in Proxmox, startup order, tags, the SSH key reformatted, golden
            image rotation, the VM deleted outside OpenTofu) and the production workspace whose
            resources already exist. Each scenario is classified with its own policy; the report has
            one section per scenario, titled with its name. A text or Markdown report is followed
            by the patch 'drift fix --procedure accept' writes for scenario 1 (memory changed) in
            the runbook's configuration. The exit status is the worst (3: one scenario is
            destructive).
            """)
public final class DemoCommand implements Command {
  private final Optional<Path> dir;

  @CommandLine.Mixin private ReportOptions report = new ReportOptions();

  @CommandLine.Parameters(paramLabel = "ARGS")
  private List<String> arguments = new ArrayList<>();

  /** The demo over the scenarios in the jar, or in the directory the {@code tfdrift.demo.dir} property names. */
  public DemoCommand() {
    this(Optional.ofNullable(System.getProperty(DemoScenarios.DIR_PROPERTY)).filter(s -> !s.isBlank()).map(Path::of));
  }

  /** The demo over the scenarios in {@code dir} (same layout as in the jar), or in the jar when empty. */
  public DemoCommand(Optional<Path> dir) {
    this.dir = dir;
  }

  @Override
  public int run(Console console) {
    Either<String, ReportOptions.Settings> settings = report.settings("demo");
    if (settings.isLeft()) {
      return console.fail(settings.getLeft());
    }
    if (!arguments.isEmpty()) {
      return console.fail("demo takes no arguments (try 'drift demo --help')");
    }
    DemoScenarios source = DemoScenarios.from(dir);
    Either<String, List<DemoScenarios.Scenario>> scenarios = source.load();
    if (scenarios.isLeft()) {
      return console.fail(scenarios.getLeft());
    }
    DriftAnalysis.Builder demo =
        DriftAnalysis.builder().exitCodeMode(settings.get().mode()).toolVersion(Version.current());
    for (DemoScenarios.Scenario s : scenarios.get()) {
      Either<PlanError, Plan> plan = PlanReader.create().read(s.plan(), s.name() + "/plan.json");
      if (plan.isLeft()) {
        return console.fail("demo scenario " + plan.getLeft().describe());
      }
      Policy policy = Policy.empty();
      if (s.policy().isPresent()) {
        Either<PolicyErrors, Policy> p = PolicyReader.read(s.policy().get(), s.name() + "/policy.yaml");
        if (p.isLeft()) {
          p.getLeft().lines().forEach(l -> console.fail("demo scenario " + l));
          return ExitCodes.ERROR;
        }
        policy = p.get();
      }
      demo.plan(plan.get(), s.name(), policy);
    }
    AnalysisResult result = demo.build().getOrElseThrow(e -> new IllegalStateException(e.describe())).run();
    int status = AnalyzeCommand.emit(result, settings.get(), console);
    if (status != ExitCodes.ERROR) {
      DemoPatch.section(source, scenarios.get(), settings.get().format()).ifPresent(patch -> {
        console.out().print(patch);
        console.out().flush();
      });
    }
    return status;
  }
}
