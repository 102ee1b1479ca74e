package io.github.tfdrift.cli;

import io.github.tfdrift.report.RuleCatalog;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/**
 * {@code drift rules}: the installed rules, built-in and plug-ins found with {@link
 * java.util.ServiceLoader} on the class path, one line each: id, origin and summary.
 */
@CommandLine.Command(
    name = "rules",
    header = "list the installed rules (built-in and plug-ins on the class path)",
    customSynopsis = "drift rules",
    description =
        """
            Lists every rule 'drift analyze' runs: the built-in rules and those of plug-ins, jars on
            the class path that register an io.github.tfdrift.rules.spi.RuleProvider in
            META-INF/services (java -cp drift.jar:my-rules.jar io.github.tfdrift.cli.Main rules).
            'engine' names the verdicts the engine makes itself. 'drift explain ID' prints a rule's
            documentation.
            """)
public final class RulesCommand implements Command {
  @CommandLine.Parameters(paramLabel = "ARGS")
  private List<String> arguments = new ArrayList<>();

  /** A rules command. */
  public RulesCommand() {}

  @Override
  public int run(Console console) {
    if (!arguments.isEmpty()) {
      return console.fail("rules takes no arguments (try 'drift rules --help')");
    }
    RuleCatalog catalog = RuleCatalog.installed(Thread.currentThread().getContextClassLoader());
    List<RuleCatalog.Entry> entries = catalog.entries();
    int idWidth = Math.max(2, entries.stream().mapToInt(e -> e.id().length()).max().orElse(0));
    int originWidth = Math.max(6, entries.stream().mapToInt(e -> e.origin().id().length()).max().orElse(0));
    String fmt = "%-" + idWidth + "s  %-" + originWidth + "s  %s%n";
    console.out().printf(fmt, "ID", "ORIGIN", "SUMMARY");
    for (RuleCatalog.Entry e : entries) {
      console.out().printf(fmt, e.id(), e.origin().id(), e.summary());
    }
    console.out().flush();
    int status = ExitCodes.OK;
    for (String error : catalog.loadErrors()) {
      status = console.fail(error);
    }
    return status;
  }
}
