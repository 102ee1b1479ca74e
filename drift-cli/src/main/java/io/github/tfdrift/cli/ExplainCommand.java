package io.github.tfdrift.cli;

import io.github.tfdrift.report.RuleCatalog;
import java.util.Optional;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/** {@code drift explain RULE_ID}: prints a rule's documentation page (markdown). */
@CommandLine.Command(
    name = "explain",
    header = "print the documentation of a rule",
    customSynopsis = "drift explain RULE_ID",
    description =
        """
            Prints the documentation page of an installed rule: what it detects, its verdict, risk and
            procedure, and an example. RULE_ID is an id as 'drift rules' lists it and as reports name
            it (the 'rule' of each change).
            """)
public final class ExplainCommand implements Command {
  @CommandLine.Parameters(paramLabel = "RULE_ID")
  private List<String> ids = new ArrayList<>();

  /** An explain command. */
  public ExplainCommand() {}

  @Override
  public int run(Console console) {
    if (ids.size() != 1) {
      return console.fail("explain takes one RULE_ID (run 'drift rules' to list them)");
    }
    String id = ids.get(0);
    Optional<RuleCatalog.Entry> e = RuleCatalog.installed(Thread.currentThread().getContextClassLoader()).find(id);
    if (e.isEmpty()) {
      return console.fail("no rule '" + id + "' (run 'drift rules' to list the installed rules)");
    }
    String doc = e.get().documentation();
    console.out().print(doc.endsWith("\n") ? doc : doc + "\n");
    console.out().flush();
    return ExitCodes.OK;
  }
}
