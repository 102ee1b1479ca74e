package io.github.tfdrift.cli;

import io.github.tfdrift.core.model.Plan;
import io.github.tfdrift.core.read.PlanError;
import io.github.tfdrift.core.value.JsonValue;
import io.github.tfdrift.core.value.JsonValues;
import io.github.tfdrift.rules.fingerprint.PlanFingerprint;
import io.vavr.control.Either;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code drift fingerprint [--format text|json] PLAN}: the SHA-256 fingerprint of what a plan will do
 * ({@link PlanFingerprint}), as one line of hexadecimal digits or a small JSON object. Never prints a
 * value of the plan.
 */
public final class FingerprintCommand implements Command {
  private static final Option FORMAT =
      Option.valued("format", "FORMAT", "text (the digest on one line, the default) or json (digest, algorithm, version, counts)");

  /** A fingerprint command. */
  public FingerprintCommand() {}

  @Override
  public String name() {
    return "fingerprint";
  }

  @Override
  public String summary() {
    return "print a digest of what a plan will do, stable across timestamps and formatting";
  }

  @Override
  public String synopsis() {
    return "[--format text|json] PLAN";
  }

  @Override
  public String description() {
    return """
        Reads PLAN, the JSON form of a plan (terraform show -json PLANFILE > plan.json), and prints
        the SHA-256 fingerprint of what it will do: for every resource and output change that is not
        a no-op, its address, actions, action reason, replace paths, import ID and planned values
        (with the values known only after apply). The timestamp, the tool version, key order,
        whitespace, number spelling, re-formatted JSON documents and SSH keys in strings, and the
        values before the change do not count. Two plans with the same fingerprint make the same
        changes; 'drift compare' says where two plans differ. PLAN may be - for standard input.
        """;
  }

  @Override
  public List<Option> options() {
    return List.of(FORMAT);
  }

  @Override
  public int run(Arguments args, Console console) {
    String format = args.value(FORMAT.name()).orElse("text");
    if (!format.equals("text") && !format.equals("json")) {
      return console.fail("fingerprint: --format must be text or json, not '" + format + "'");
    }
    if (args.positionals().size() != 1) {
      return console.fail("fingerprint takes one PLAN, or - for standard input (try 'drift fingerprint --help')");
    }
    Either<PlanError, Plan> read = PlanInput.read(args.positionals().get(0), console);
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
      console.out().println(JsonValues.toJson(JsonValue.object(m)));
    } else {
      console.out().println(f.hex());
    }
    return ExitCodes.OK;
  }
}
