package io.github.tfdrift.cli;

import io.github.tfdrift.report.RuleCatalog;
import java.util.Optional;

/** {@code drift explain RULE_ID}: prints a rule's documentation page (markdown). */
public final class ExplainCommand implements Command {
  /** An explain command. */
  public ExplainCommand() {}

  @Override
  public String name() {
    return "explain";
  }

  @Override
  public String summary() {
    return "print the documentation of a rule";
  }

  @Override
  public String synopsis() {
    return "RULE_ID";
  }

  @Override
  public String description() {
    return """
        Prints the documentation page of an installed rule: what it detects, its verdict, risk and
        procedure, and an example. RULE_ID is an id as 'drift rules' lists it and as reports name
        it (the 'rule' of each change).
        """;
  }

  @Override
  public int run(Arguments args, Console console) {
    if (args.positionals().size() != 1) {
      return console.fail("explain takes one RULE_ID (run 'drift rules' to list them)");
    }
    String id = args.positionals().get(0);
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
