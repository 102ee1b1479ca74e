package io.github.tfdrift.cli;

import io.github.tfdrift.core.json.PlanWriter;
import io.github.tfdrift.core.model.Change;
import io.github.tfdrift.core.model.ChangeKind;
import io.github.tfdrift.core.model.Plan;
import io.github.tfdrift.core.model.PlanWarning;
import io.github.tfdrift.core.model.Producer;
import io.github.tfdrift.core.model.ResourceChange;
import io.github.tfdrift.core.read.PlanError;
import io.github.tfdrift.core.redact.Secrets;
import io.github.tfdrift.report.text.SafeText;
import io.vavr.control.Either;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import picocli.CommandLine;

/**
 * {@code drift show [--format text|json [--redact]] PLAN}: a short summary of a plan (which tool wrote
 * it and how we know, versions, how many changes of each kind, drift, outputs, and whether the plan
 * errored, is complete and can be applied), or the plan written back as compact JSON: losslessly,
 * with a warning on standard error when the plan holds secrets, or with every secret masked ({@code
 * --redact}, {@link PlanWriter#redacting()}). The summary never prints attribute values.
 */
@CommandLine.Command(
    name = "show",
    header = "summarise a plan: producer, versions, changes per kind, drift, flags",
    customSynopsis = "drift show [--format text|json [--redact]] PLAN",
    description =
        """
            Reads PLAN, the JSON form of a plan (terraform show -json PLANFILE > plan.json, or
            tofu show -json PLANFILE), and prints a short summary: which tool wrote it and the evidence,
            the tool and format versions, how many resource changes of each kind it holds, how many
            resources drifted outside Terraform (or OpenTofu), how many outputs change, and whether it errored, is
            complete and can be applied. With --format json the plan is written back as compact JSON,
            unknown fields included: secrets too, as in the plan (a warning on standard error says so).
            With --redact as well, every value marked sensitive, every sensitive output and variable,
            and every copy of such a value anywhere in the plan is masked; inside a change, marked
            values become "(sensitive value N)", numbered per change, so the redacted plan still shows
            which sensitive attributes change and classifies like the original. PLAN may be - for
            standard input.
            """)
public final class ShowCommand implements Command {
  @CommandLine.Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "text (a short summary, the default) or json (the plan as compact JSON)")
  private String format = "text";

  @CommandLine.Option(names = "--redact", description = "with --format json: mask every sensitive value, to share or archive the plan")
  private boolean redact;

  @CommandLine.Parameters(paramLabel = "PLAN")
  private List<String> plans = new ArrayList<>();

  /** A show command. */
  public ShowCommand() {}

  @Override
  public int run(Console console) {
    if (!format.equals("text") && !format.equals("json")) {
      return console.fail("show: --format must be text or json, not '" + format + "'");
    }
    if (redact && !format.equals("json")) {
      return console.fail("show: --redact only applies with --format json (the text summary never shows values)");
    }
    if (plans.isEmpty()) {
      return console.fail("show needs a PLAN file, or - for standard input (try 'drift show --help')");
    }
    if (plans.size() > 1) {
      return console.fail("show takes one PLAN, got " + plans.size());
    }
    String argument = plans.get(0);
    Either<PlanError, Plan> read = PlanInput.read(argument, console);
    if (read.isLeft()) {
      return console.fail(read.getLeft().describe());
    }
    Secrets secrets = Secrets.of(read.get());
    for (PlanWarning w : read.get().warnings()) {
      console.err().println("drift: warning: " + PlanInput.displayName(argument) + ": " + SafeText.printable(secrets.redact(w.describe())));
    }
    if (format.equals("json")) {
      Plan plan = read.get();
      try {
        PlanWriter writer = redact ? PlanWriter.compact().redacting() : PlanWriter.compact();
        writer.write(plan, console.out());
      } catch (IOException e) {
        return console.fail("cannot write the plan (an input/output error)");
      }
      console.out().println();
      if (!redact && holdsSecrets(plan)) {
        console
            .err()
            .println(
                "drift: warning: "
                    + PlanInput.displayName(argument)
                    + " holds sensitive values, written in clear text as in the plan; add --redact to mask them");
      }
    } else {
      summary(PlanInput.displayName(argument), read.get(), console.out());
    }
    return ExitCodes.OK;
  }

  /** True when the plan marks any value sensitive or declares a sensitive variable or output. */
  static boolean holdsSecrets(Plan plan) {
    return !Secrets.of(plan).isEmpty()
        || !plan.sensitiveVariableNames().isEmpty()
        || Stream.of(plan.resourceChanges(), plan.resourceDrift()).flatMap(List::stream).map(ResourceChange::change).anyMatch(ShowCommand::marked)
        || plan.outputChanges().values().stream().anyMatch(ShowCommand::marked);
  }

  private static boolean marked(Change c) {
    return c.beforeSensitiveMask().anyMarked() || c.afterSensitiveMask().anyMarked();
  }

  /** Prints the text summary of a plan. */
  static void summary(String file, Plan plan, PrintStream out) {
    Producer producer = plan.producer();
    line(out, "file", file);
    line(out, "producer", producer.tool().id() + " (" + producer.evidence() + ")");
    line(out, "tool version", plan.terraformVersion().orElse("not recorded"));
    line(out, "format", plan.formatVersion());

    Map<ChangeKind, Integer> counts = new EnumMap<>(ChangeKind.class);
    for (ResourceChange rc : plan.resourceChanges()) {
      counts.merge(rc.kind(), 1, Integer::sum);
    }
    int total = plan.resourceChanges().size();
    line(out, "changes", total == 0 ? "none" : total + " resource " + plural(total, "change", "changes"));
    for (Map.Entry<ChangeKind, Integer> e : counts.entrySet()) {
      out.printf("  %-28s %d%n", label(e.getKey()), e.getValue());
    }
    if (!plan.deferredChanges().isEmpty()) {
      line(out, "deferred", plan.deferredChanges().size() + " " + plural(plan.deferredChanges().size(), "change", "changes"));
    }
    long drifted = plan.resourceDrift().stream().filter(rc -> rc.kind() != ChangeKind.NO_OP).count();
    line(out, "drift", drifted + " " + plural(drifted, "resource", "resources") + " changed outside " + (producer.tool() == Producer.Tool.OPENTOFU ? "OpenTofu" : "Terraform"));
    long outputs = plan.outputChanges().values().stream().map(Change::kind).filter(k -> k != ChangeKind.NO_OP).count();
    line(out, "output changes", plan.outputChanges().isEmpty() ? "none" : outputs + " of " + plan.outputChanges().size());
    line(out, "errored", yesNo(plan.isErrored(), plan.errored()));
    line(out, "complete", yesNo(plan.isComplete(), plan.complete()));
    line(out, "applyable", yesNo(plan.isApplyable(), plan.applyable()));
  }

  private static void line(PrintStream out, String key, String value) {
    out.printf("%-15s %s%n", key + ":", value);
  }

  private static String yesNo(boolean value, Optional<Boolean> recorded) {
    return (value ? "yes" : "no") + (recorded.isPresent() ? "" : " (derived; the plan does not say)");
  }

  private static String plural(long n, String one, String many) {
    return n == 1 ? one : many;
  }

  /** How the summary names a change kind. */
  static String label(ChangeKind kind) {
    switch (kind) {
      case NO_OP:
        return "no-op";
      case CREATE:
        return "create";
      case READ:
        return "read (data source)";
      case UPDATE:
        return "update";
      case DELETE:
        return "delete";
      case REPLACE_DELETE_FIRST:
        return "replace (delete first)";
      case REPLACE_CREATE_FIRST:
        return "replace (create first)";
      case FORGET:
        return "forget";
      case REPLACE_CREATE_THEN_FORGET:
        return "replace (create, forget old)";
      case REPLACE_FORGET_THEN_CREATE:
        return "replace (forget old, create)";
      case OPEN:
        return "open (ephemeral)";
      default:
        return "unknown action";
    }
  }
}
