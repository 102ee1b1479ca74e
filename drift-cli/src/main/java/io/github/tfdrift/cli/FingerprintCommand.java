package io.github.tfdrift.cli;

import io.github.tfdrift.core.model.Plan;
import io.github.tfdrift.core.read.PlanError;
import io.github.tfdrift.core.value.JsonValue;
import io.github.tfdrift.core.value.JsonValues;
import io.github.tfdrift.rules.fingerprint.PlanFingerprint;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;

/**
 * {@code drift fingerprint [--format text|json] PLAN}: the SHA-256 fingerprint of what a plan will do
 * ({@link PlanFingerprint}), as one line of hexadecimal digits or a small JSON object. Never prints a
 * value of the plan.
 */
@CommandLine.Command(
    name = "fingerprint",
    header = "print a digest of what a plan will do, stable across timestamps and formatting",
    customSynopsis = "drift fingerprint [--format text|json] PLAN",
    description =
        """
            Reads PLAN, the JSON form of a plan (terraform show -json PLANFILE > plan.json), and prints
            the SHA-256 fingerprint of what it will do: for every resource and output change that is not
            a no-op, its address, actions, action reason, replace paths, import ID and planned values
            (with the values known only after apply). The timestamp, the tool version, key order,
            whitespace, number spelling, re-formatted JSON documents and SSH keys in strings, and the
            values before the change do not count. Two plans with the same fingerprint make the same
            changes; 'drift compare' says where two plans differ. PLAN may be - for standard input.
            """)
public final class FingerprintCommand implements Command {
  @CommandLine.Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "text (the digest on one line, the default) or json (digest, algorithm, version, counts)")
  private String format = "text";

  @CommandLine.Parameters(paramLabel = "PLAN")
  private List<String> plans = new ArrayList<>();

  /** A fingerprint command. */
  public FingerprintCommand() {}

  @Override
  public int run(Console console) {
    if (!format.equals("text") && !format.equals("json")) {
      return console.fail("fingerprint: --format must be text or json, not '" + format + "'");
    }
    if (plans.size() != 1) {
      return console.fail("fingerprint takes one PLAN, or - for standard input (try 'drift fingerprint --help')");
    }
    Either<PlanError, Plan> read = PlanInput.read(plans.get(0), console);
    if (read.isLeft()) {
      return console.fail(read.getLeft().describe());
    }
    PlanFingerprint f = PlanFingerprint.of(read.get());
    if (format.equals("json")) {
      Map<String, JsonValue> m = new LinkedHashMap<>();
      m.put("fingerprint", JsonValue.of(f.hex()));
      m.put("algorithm", JsonValue.of(PlanFingerprint.ALGORITHM));
      m.put("version", JsonValue.of(PlanFingerprint.VERSION));
      m.put("resource_changes", JsonValue.of(f.resourceChanges()));
      m.put("output_changes", JsonValue.of(f.outputChanges()));
      m.put("action_invocations", JsonValue.of(f.actionInvocations()));
      console.out().println(JsonValues.toJson(JsonValue.object(m)));
    } else {
      console.out().println(f.hex());
    }
    return ExitCodes.OK;
  }
}
