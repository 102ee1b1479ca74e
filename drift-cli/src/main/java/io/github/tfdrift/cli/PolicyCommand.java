package io.github.tfdrift.cli;

import io.github.tfdrift.imports.ImportIdPolicy;
import io.github.tfdrift.imports.ImportIdTemplate;
import io.github.tfdrift.imports.TemplateError;
import io.github.tfdrift.rules.policy.Expectation;
import io.github.tfdrift.rules.policy.Policy;
import io.github.tfdrift.rules.policy.PolicyError;
import io.github.tfdrift.rules.policy.PolicyErrors;
import io.github.tfdrift.rules.policy.PolicyReader;
import io.github.tfdrift.rules.policy.PolicyWarning;
import io.vavr.control.Either;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import picocli.CommandLine;

/**
 * {@code drift policy check [--today DATE] FILE...}: validates policy files without a plan. For each
 * valid file, one line on standard output, {@code FILE: OK: 3 ignore rules, 1 expectation (expires
 * 2026-12-31)}, and a warning on standard error for each attribute path that can never match ({@link
 * Policy#warnings()}) and for each {@code expected} entry that has already expired or expires within
 * the policy's {@code expiry_warning_days} (default 14); for each invalid file, one {@code drift: FILE:LINE:COLUMN: what is wrong} line per problem on
 * standard error (its {@code import_ids:} included). Exit 0 when every file is valid, 1 otherwise.
 */
@CommandLine.Command(
    name = "policy",
    header = "check policy files without a plan: every problem with its line, or a summary",
    customSynopsis = "drift policy check [--today YYYY-MM-DD] FILE...",
    description =
        """
            'drift policy check FILE...' validates drift policy files (YAML or JSON, as 'drift analyze
            --policy' reads them, import_ids: included) without reading a plan. FILE can be - for
            standard input.

            A valid file gets one line on standard output, 'FILE: OK: ' and what it holds (ignore
            rules, expectations and their next expiry date, accept rules, normalizers, required tags,
            import ID templates). An expected entry that has already expired (as of --today, default
            today) gets a warning on standard error: it no longer applies, so the drift it covers is
            reported again; the file is still valid. So does an entry that expires within the
            policy's expiry_warning_days (default 14, 0 for no warnings): renew it or fix the drift
            before it lapses.

            An attribute path that can never match what a plan holds also gets a warning, with its
            line and column, and leaves the file valid: a normalizers path that is not a valid
            attribute path (that normalizer is left out), a first step that is a meta-argument
            (count, for_each, lifecycle, depends_on, provider, provisioner, connection), id in an
            ignore_changes entry (Terraform never ignores id), tags_all indexed by number, a step
            below a single tag or label (tags.Name.x). Paths are written as in Terraform:
            tags["Name"] and tags.Name are the same path everywhere in the policy.

            An invalid file gets one line per problem on standard error, in the order of the file,
            each with the file, line and column: unknown keys (with the key probably meant), duplicate
            keys, missing keys, values of the wrong type, bad globs, attribute paths and dates. A
            syntax error stops the check of its file. After 50 problems the rest are counted.

            Exit status: 0 when every FILE is valid (warnings included), 1 otherwise.
            """)
public final class PolicyCommand implements Command {
  private static final String CHECK = "check";
  private static final int SHORT = 60;

  @CommandLine.Mixin private TodayOption today = new TodayOption();

  @CommandLine.Parameters(paramLabel = "check FILE")
  private List<String> arguments = new ArrayList<>();

  /** A policy command. */
  public PolicyCommand() {}

  @Override
  public int run(Console console) {
    List<String> p = arguments;
    if (p.isEmpty()) {
      return console.fail("policy needs an action: policy check FILE... (try 'drift policy --help')");
    }
    if (!p.get(0).equals(CHECK)) {
      return console.fail("policy: unknown action '" + shorten(p.get(0)) + "' (expected check; try 'drift policy --help')");
    }
    List<String> files = p.subList(1, p.size());
    if (files.isEmpty()) {
      return console.fail("policy check needs at least one FILE (try 'drift policy --help')");
    }
    if (files.stream().filter(PlanInput.STDIN::equals).count() > 1) {
      return console.fail("policy check: standard input (-) can be read only once");
    }
    Either<String, LocalDate> date = today.date("policy check");
    if (date.isLeft()) {
      return console.fail(date.getLeft());
    }
    int status = ExitCodes.OK;
    for (String f : files) {
      if (check(f, date.get(), console) != ExitCodes.OK) {
        status = ExitCodes.ERROR;
      }
    }
    console.out().flush();
    return status;
  }

  private static int check(String argument, LocalDate today, Console console) {
    String name = PlanInput.displayName(argument);
    Either<PolicyErrors, Policy> policy;
    Supplier<Either<TemplateError, Map<String, ImportIdTemplate>>> ids;
    if (argument.equals(PlanInput.STDIN)) {
      String text;
      try {
        text = new String(console.in().readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        return console.fail(name + ": cannot read standard input (an input/output error)");
      }
      policy = PolicyReader.read(text, name);
      ids = () -> ImportIdPolicy.parse(text, name);
    } else {
      Optional<Path> path = ImportCommand.path(argument);
      if (path.isEmpty()) {
        return console.fail(argument + ": not a valid file name");
      }
      policy = PolicyReader.read(path.get());
      ids = () -> ImportIdPolicy.read(path.get());
    }
    if (policy.isLeft() && policy.getLeft().stoppedReading()) {
      return fail(policy.getLeft(), console);
    }
    Either<TemplateError, Map<String, ImportIdTemplate>> templates = ids.get();
    if (policy.isLeft() || templates.isLeft()) {
      policy.peekLeft(e -> e.lines().forEach(console::fail));
      templates.peekLeft(e -> console.fail(e.describe()));
      return ExitCodes.ERROR;
    }
    for (PolicyWarning w : policy.get().warnings()) {
      console.err().println(Console.PROGRAM + ": warning: " + w.describe());
    }
    for (Expectation x : policy.get().expected()) {
      String what;
      if (x.isExpired(today)) {
        what = " expired on " + x.expires().orElseThrow() + " (today is " + today + "); it no longer applies";
      } else if (x.isExpiringWithin(today, policy.get().expiryWarningDays())) {
        long left = x.daysUntilExpiry(today).orElseThrow();
        what = " expires " + (left == 0 ? "today" : "in " + count(left, "day")) + " (" + x.expires().orElseThrow() + "); renew it or fix the drift before it lapses";
      } else {
        continue;
      }
      console.err().println(Console.PROGRAM + ": warning: " + x.location() + ": the expected entry for " + shorten(x.address().pattern()) + what);
    }
    console.err().flush();
    console.out().println(name + ": OK: " + summary(policy.get(), templates.get().size(), today));
    return ExitCodes.OK;
  }

  /**
   * Reads the policy file an argument names ({@code --policy FILE}): the policy, or every problem of
   * the file.
   */
  static Either<PolicyErrors, Policy> read(String argument) {
    Optional<Path> path = ImportCommand.path(argument);
    if (path.isEmpty()) {
      return stopped(argument, "not a valid file name");
    }
    return PolicyReader.read(path.get());
  }

  /** Prints one {@code drift: ...} line per problem on standard error; returns {@link ExitCodes#ERROR}. */
  static int fail(PolicyErrors errors, Console console) {
    errors.lines().forEach(console::fail);
    return ExitCodes.ERROR;
  }

  private static <T> Either<PolicyErrors, T> stopped(String source, String message) {
    return Either.left(PolicyErrors.stopped(new PolicyError(source, 0, 0, message)));
  }

  /** What a valid policy holds, in one line: {@code 3 ignore rules, 1 expectation (expires 2026-12-31)}. */
  static String summary(Policy p, int importIds, LocalDate today) {
    List<String> parts = new ArrayList<>();
    count(parts, p.ignoreChanges().size(), "ignore rule");
    if (!p.expected().isEmpty()) {
      parts.add(count(p.expected().size(), "expectation") + " (" + expiries(p.expected(), today) + ")");
    }
    count(parts, p.accept().size(), "accept rule");
    count(parts, p.normalizers().size(), "normalizer");
    if (p.requiredTags().enabled()) {
      parts.add("required tags (" + shorten(String.join(", ", p.requiredTags().tags())) + ")");
    }
    count(parts, importIds, "import ID template");
    return parts.isEmpty() ? "empty policy" : String.join(", ", parts);
  }

  private static String expiries(List<Expectation> expected, LocalDate today) {
    if (expected.size() == 1) {
      Expectation x = expected.get(0);
      return x.expires().map(d -> (x.isExpired(today) ? "expired " : "expires ") + d).orElse("no expiry");
    }
    List<String> l = new ArrayList<>();
    expected.stream()
        .filter(x -> !x.isExpired(today))
        .flatMap(x -> x.expires().stream())
        .min(LocalDate::compareTo)
        .ifPresent(d -> l.add("next expires " + d));
    long expired = expected.stream().filter(x -> x.isExpired(today)).count();
    if (expired > 0) {
      l.add(expired + " expired");
    }
    long never = expected.stream().filter(x -> x.expires().isEmpty()).count();
    if (never > 0) {
      l.add(never + " without expiry");
    }
    return String.join(", ", l);
  }

  private static void count(List<String> parts, int n, String noun) {
    if (n > 0) {
      parts.add(count(n, noun));
    }
  }

  private static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private static String shorten(String s) {
    int cut = s.offsetByCodePoints(0, Math.min(SHORT, s.codePointCount(0, s.length())));
    return (cut < s.length() ? s.substring(0, cut) + "…" : s).replaceAll("\\p{Cntrl}", "?");
  }
}
