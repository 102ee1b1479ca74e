package io.github.tfdrift.rules.policy;

import org.jspecify.annotations.Nullable;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.tfdrift.core.address.AttributePath;
import io.github.tfdrift.core.address.PathStep;
import io.vavr.control.Either;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a policy file, YAML or JSON (a document starting with <code>{</code> is read as JSON), and
 * validates it. Never throws for bad input.
 *
 * <p>Every problem of the file is reported, not only the first, as {@link PolicyErrors}: each {@link
 * PolicyError} has the file, line, column and what is wrong, in document order. The problems found
 * are: unknown keys (with a "did you mean" suggestion when a known key is close), duplicate keys,
 * values of the wrong shape (a list where one value belongs...), missing required keys, bad globs,
 * bad attribute paths, bad dates, unknown normaliser kinds, an {@code expiry_warning_days} that is not
 * a whole number of days (0 or more), a {@code rules.allow_plugin_suppression} or {@code checks.fail_run} that is not true or
 * false, an unsupported {@code version}. A file
 * that cannot be read, or that is not valid YAML or JSON, stops reading: that one problem is
 * reported, with its position ({@link PolicyErrors#stoppedReading()}). Messages quote at most a short
 * excerpt of the offending key or value.
 *
 * <p>Attribute paths ({@code attributes} of {@code ignore_changes}, {@code expected} and {@code
 * accept}, {@code path} of {@code normalizers}) are {@link PathPattern}s, one syntax for all. A valid
 * file can still hold paths that can never match anything a plan holds; each is a {@link
 * PolicyWarning} of the policy ({@link Policy#warnings()}), with the position of the path, and does
 * not make the file invalid: a {@code normalizers} path that is not a valid traversal (the entry is
 * left out, since it can never apply), a path that {@link PathPattern#whyNeverMatches()} rejects,
 * and {@code id} in an {@code ignore_changes} entry (Terraform never ignores changes to {@code id}).
 * A bad path in {@code attributes} stays an error, as it always was.
 *
 * <p>The {@code import_ids:} key is allowed and left to {@code io.github.tfdrift.imports.ImportIdPolicy}
 * (import ID templates for {@code drift import} and {@code drift analyze --apply-log}), so one file
 * serves both.
 *
 * <pre>
 * ignore_changes:
 *   - type: proxmox_virtual_environment_vm
 *     address: "module.*.proxmox_virtual_environment_vm.*"
 *     attributes: ["initialization[0].user_account[0].keys", "clone"]
 * expected:
 *   - address: module.jellyfin.proxmox_virtual_environment_vm.vm
 *     attributes: [memory]
 *     reason: "INC-42 emergency memory bump"
 *     expires: 2026-12-31
 * expiry_warning_days: 14   # warn this many days before an expected entry expires; 0: never
 * rules:
 *   allow_plugin_suppression: false   # plug-in rules may not lower verdicts (default: true)
 * checks:
 *   fail_run: false   # failed checks are reported only (default: true, exit code at least 2)
 * </pre>
 */
public final class PolicyReader {
  /** The normaliser kinds every reader knows. */
  public static final Set<String> BUILT_IN_NORMALIZERS = Set.of("json", "ssh-public-key");

  /** The longest excerpt of a key or value a message quotes, in characters. */
  static final int EXCERPT = 40;

  private static final List<String> TOP = List.of("version", "ignore_changes", "expected", "expiry_warning_days", "accept", "normalizers", "required_tags", "rules", "import_ids", "checks");
  private static final List<String> IGNORE_KEYS = List.of("type", "address", "attributes", "reason");
  private static final List<String> EXPECTED_KEYS = List.of("type", "address", "attributes", "reason", "expires");
  private static final List<String> ACCEPT_KEYS = List.of("type", "address", "attributes", "reason");
  private static final List<String> NORMALIZER_KEYS = List.of("type", "path", "kind");
  private static final List<String> TAGS_KEYS = List.of("enabled", "tags", "types");
  private static final List<String> RULES_KEYS = List.of("allow_plugin_suppression");
  private static final List<String> CHECKS_KEYS = List.of("fail_run");

  /** The attribute {@code id}, which Terraform's {@code ignore_changes} does not ignore. */
  private static final AttributePath ID = AttributePath.of(PathStep.attribute("id"));

  private static final YAMLFactory YAML = new YAMLFactory();
  private static final JsonFactory JSON = new JsonFactory();
  private static final PolicyReader DEFAULT = new PolicyReader(BUILT_IN_NORMALIZERS);

  private final Set<String> normalizerKinds;

  private PolicyReader(Set<String> kinds) {
    this.normalizerKinds = Set.copyOf(kinds);
  }

  /** A reader that knows the built-in normaliser kinds. */
  public static PolicyReader create() {
    return DEFAULT;
  }

  /** A reader that also accepts the given normaliser kinds (ids of custom normalisers). */
  public PolicyReader withNormalizerKinds(Set<String> kinds) {
    Set<String> all = new LinkedHashSet<>(normalizerKinds);
    all.addAll(kinds);
    return new PolicyReader(all);
  }

  /** Reads and validates a policy file: the policy, or every problem of the file. */
  public static Either<PolicyErrors, Policy> read(Path file) {
    return DEFAULT.readFile(file);
  }

  /**
   * Reads and validates policy text: the policy, or every problem of the text.
   *
   * @param content the policy, YAML or JSON
   * @param sourceName how problems name the text, usually its file name
   * @return the policy, or its problems
   */
  public static Either<PolicyErrors, Policy> read(String content, String sourceName) {
    return DEFAULT.readText(content, sourceName);
  }

  /** Reads and validates a policy file with this reader's normaliser kinds. */
  public Either<PolicyErrors, Policy> readFile(Path file) {
    Objects.requireNonNull(file, "file");
    String name = file.toString();
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      return stop(name, 0, 0, "no such file");
    } catch (AccessDeniedException e) {
      return stop(name, 0, 0, "cannot read the file (permission denied)");
    } catch (IOException | RuntimeException e) {
      return stop(name, 0, 0, Files.isDirectory(file) ? "not a file" : "cannot read the file (an input/output error)");
    }
    Either<String, String> text = Utf8Text.decode(bytes);
    if (text.isLeft()) {
      return stop(name, 0, 0, text.getLeft());
    }
    return readText(text.get(), name);
  }

  /** Reads and validates policy text with this reader's normaliser kinds; {@code sourceName} names it. */
  public Either<PolicyErrors, Policy> readText(String content, String sourceName) {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(sourceName, "sourceName");
    PolicyErrors.Collector problems = new PolicyErrors.Collector();
    Node root;
    try {
      root = parse(content, sourceName, problems);
    } catch (TooDeep e) {
      return stop(sourceName, e.line, e.column, "nested more than " + e.limit + " levels deep");
    } catch (JsonProcessingException e) {
      JsonLocation l = e.getLocation();
      String msg = e.getOriginalMessage();
      int nl = msg == null ? -1 : msg.indexOf('\n');
      return stop(
          sourceName,
          l == null ? 0 : Math.max(0, l.getLineNr()),
          l == null ? 0 : Math.max(0, l.getColumnNr()),
          "not valid " + (looksLikeJson(content) ? "JSON" : "YAML") + ": "
              + (msg == null ? "syntax error" : withoutParserInternals(nl > 0 ? msg.substring(0, nl) : msg)));
    } catch (IOException | RuntimeException e) {
      return stop(sourceName, 0, 0, "cannot be read as YAML or JSON");
    }
    Policy.Builder b = Policy.builder().source(sourceName);
    if (root != null && !(root instanceof MapNode)) {
      // Nothing below a list or a scalar can be a policy key: stop at the one problem that matters.
      return stop(sourceName, root.at().line(), root.at().column(), "the policy must be a mapping of keys to values, not " + shape(root));
    }
    if (root != null) {
      new Validation(problems, b).policy(root);
    }
    return problems.isEmpty() ? Either.right(b.build()) : Either.left(problems.result(false));
  }

  /**
   * The parser's message without what it says about itself: the {@code (for Array starting at
   * [Source: ...])} tail of a close-marker error.
   */
  private static String withoutParserInternals(String msg) {
    int source = msg.indexOf("[Source:");
    if (source < 0) {
      return msg;
    }
    int open = msg.lastIndexOf(" (", source);
    return (open > 0 ? msg.substring(0, open) : msg.substring(0, source)).strip();
  }

  /** The document nests deeper than the parser allows; where it stopped. */
  private static final class TooDeep extends IOException {
    private static final long serialVersionUID = 1L;
    final int line;
    final int column;
    final int limit;

    TooDeep(JsonLocation at, int limit) {
      super("nested too deep", null);
      this.line = at == null ? 0 : Math.max(0, at.getLineNr());
      this.column = at == null ? 0 : Math.max(0, at.getColumnNr());
      this.limit = limit;
    }
  }

  private static Either<PolicyErrors, Policy> stop(String source, int line, int column, String message) {
    return Either.left(PolicyErrors.stopped(new PolicyError(source, line, column, message)));
  }

  private static boolean looksLikeJson(String s) {
    String t = s.stripLeading();
    return t.startsWith("{");
  }

  /**
   * A short, printable excerpt of a key or value: at most {@value #EXCERPT} characters, control
   * characters as {@code ?}, an ellipsis when cut.
   */
  static String excerpt(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder();
    int i = 0;
    int n = 0;
    while (i < s.length() && n < EXCERPT) {
      int cp = s.codePointAt(i);
      b.appendCodePoint(Character.isISOControl(cp) ? '?' : cp);
      i += Character.charCount(cp);
      n++;
    }
    if (i < s.length()) {
      b.append('…');
    }
    return b.toString();
  }

  private static String quoted(String s) {
    return "'" + excerpt(s) + "'";
  }

  // ---- tree with locations ----

  private sealed interface Node permits MapNode, ListNode, Scalar {
    Location at();
  }

  private record Entry(String key, Location keyAt, Node value) {}

  /** A mapping; {@code entries} in document order, duplicates included. */
  private record MapNode(Location at, List<Entry> entries) implements Node {}

  private record ListNode(Location at, List<Node> items) implements Node {}

  private record Scalar(Location at, String text, JsonToken token) implements Node {}

  /**
   * The known keys of a mapping, first occurrence of each, and the known keys its unknown keys were
   * taken for typos of.
   */
  private record Fields(MapNode map, Map<String, Entry> known, Set<String> meant) {
    boolean has(String key) {
      return known.containsKey(key);
    }

    @Nullable Entry get(String key) {
      return known.get(key);
    }
  }

  private static @Nullable Node parse(String content, String source, PolicyErrors.Collector problems) throws IOException {
    JsonFactory f = looksLikeJson(content) ? JSON : YAML;
    try (JsonParser p = f.createParser(content)) {
      try {
        JsonToken t = p.nextToken();
        if (t == null) {
          return null;
        }
        Node n = readNode(p, source, problems);
        if (p.nextToken() != null) {
          problems.add(loc(p, source), "more than one document in the policy file (only the first is read)");
        }
        return n;
      } catch (StreamConstraintsException e) {
        if (String.valueOf(e.getMessage()).contains("depth")) {
          throw new TooDeep(p.currentLocation(), p.streamReadConstraints().getMaxNestingDepth());
        }
        throw e;
      }
    }
  }

  private static Location loc(JsonParser p, String source) {
    JsonLocation l = p.currentTokenLocation();
    return new Location(source, Math.max(0, l.getLineNr()), Math.max(0, l.getColumnNr()));
  }

  private static Node readNode(JsonParser p, String source, PolicyErrors.Collector problems) throws IOException {
    Location at = loc(p, source);
    JsonToken t = p.currentToken();
    if (p instanceof com.fasterxml.jackson.dataformat.yaml.YAMLParser y && y.isCurrentAlias()) {
      // Jackson hands an alias over as its name, which would silently become a wrong value.
      problems.add(at, "YAML aliases ('*" + excerpt(p.getText()) + "') are not supported: write the value out");
      return new Scalar(at, null, JsonToken.VALUE_NULL);
    }
    if (t == JsonToken.START_OBJECT) {
      List<Entry> entries = new ArrayList<>();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String key = p.currentName();
        Location keyAt = loc(p, source);
        p.nextToken();
        entries.add(new Entry(key, keyAt, readNode(p, source, problems)));
      }
      return new MapNode(at, entries);
    }
    if (t == JsonToken.START_ARRAY) {
      List<Node> l = new ArrayList<>();
      while (p.nextToken() != JsonToken.END_ARRAY) {
        l.add(readNode(p, source, problems));
      }
      return new ListNode(at, l);
    }
    return new Scalar(at, t == JsonToken.VALUE_NULL ? null : p.getText(), t);
  }

  // ---- schema ----

  /**
   * One validation of one document: walks the tree in document order, reports every problem, and
   * builds the policy from what is valid (the policy is only used when nothing was reported). Each
   * check reports its problem and returns a harmless stand-in, so the walk goes on.
   */
  private final class Validation {
    private final PolicyErrors.Collector problems;
    private final Policy.Builder b;

    Validation(PolicyErrors.Collector problems, Policy.Builder b) {
      this.problems = problems;
      this.b = b;
    }

    private void problem(Location at, String message) {
      problems.add(at, message);
    }

    void policy(Node root) {
      Optional<MapNode> top = map(root, "the policy");
      if (top.isEmpty()) {
        return;
      }
      for (Entry e : fields(top.get(), TOP).known().values()) {
        switch (e.key()) {
          case "version" -> version(e.value());
          case "ignore_changes" -> list(e.value(), "ignore_changes").forEach(this::ignore);
          case "expected" -> list(e.value(), "expected").forEach(this::expected);
          case "expiry_warning_days" -> expiryWarningDays(e.value());
          case "accept" -> list(e.value(), "accept").forEach(this::accept);
          case "normalizers" -> list(e.value(), "normalizers").forEach(this::normalizer);
          case "required_tags" -> requiredTags(e.value());
          case "rules" -> rules(e.value());
          case "checks" -> checks(e.value());
          case "import_ids" -> {
            // Read by io.github.tfdrift.imports.ImportIdPolicy, which validates it.
          }
          default -> throw new IllegalStateException(e.key());
        }
      }
    }

    private void version(Node n) {
      scalar(n, "version")
          .filter(v -> !"1".equals(v.text()))
          .ifPresent(v -> problem(v.at(), "unsupported version " + quoted(v.text()) + " (this reader knows version 1)"));
    }

    /** A whole number of days, 0 or more, written as a number (not a string, not a fraction). */
    private void expiryWarningDays(Node n) {
      String key = "expiry_warning_days";
      Optional<Scalar> s = scalar(n, key);
      if (s.isEmpty()) {
        return;
      }
      Scalar v = s.get();
      BigInteger days = null;
      if (v.token() == JsonToken.VALUE_NUMBER_INT && v.text() != null) {
        try {
          days = new BigInteger(v.text().strip());
        } catch (NumberFormatException ex) {
          days = null;
        }
      }
      if (days == null) {
        problem(v.at(), "'" + key + "' must be a whole number of days (0 turns the warnings off), not "
            + (v.text() == null ? "empty" : quoted(v.text())));
      } else if (days.signum() < 0) {
        problem(v.at(), "'" + key + "' must be 0 or more, not " + quoted(v.text()) + " (0 turns the warnings off)");
      } else if (days.bitLength() >= Integer.SIZE) {
        problem(v.at(), "'" + key + "' is too large: " + quoted(v.text()) + " (at most " + Integer.MAX_VALUE + ")");
      } else {
        b.expiryWarningDays(days.intValueExact());
      }
    }

    private void ignore(Node n) {
      String what = "an ignore_changes entry";
      map(n, what).ifPresent(m -> {
        Fields f = fields(m, IGNORE_KEYS);
        require(f, "attributes", what, " (use [all] to ignore every attribute)");
        b.addIgnore(new IgnoreRule(glob(f, "type"), glob(f, "address"), attributes(f, true), optionalText(f, "reason"), m.at()));
      });
    }

    private void expected(Node n) {
      String what = "an expected entry";
      map(n, what).ifPresent(m -> {
        Fields f = fields(m, EXPECTED_KEYS);
        require(f, "address", what, "");
        Optional<String> reason = optionalText(f, "reason");
        Entry r = f.get("reason");
        if (r == null && !f.meant().contains("reason")) {
          problem(m.at(), what + " needs a 'reason' (incident, ticket, why)");
        } else if (r != null && reason.isEmpty() && r.value() instanceof Scalar) {
          problem(r.value().at(), what + " needs a 'reason' (incident, ticket, why), not an empty one");
        }
        b.addExpected(
            new Expectation(glob(f, "type"), glob(f, "address"), attributes(f), reason.orElse(""), date(f, "expires"), m.at()));
      });
    }

    private void accept(Node n) {
      map(n, "an accept entry").ifPresent(m -> {
        Fields f = fields(m, ACCEPT_KEYS);
        b.addAccept(new AcceptRule(glob(f, "type"), glob(f, "address"), attributes(f), m.at()));
      });
    }

    private void normalizer(Node n) {
      String what = "a normalizers entry";
      map(n, what).ifPresent(m -> {
        Fields f = fields(m, NORMALIZER_KEYS);
        require(f, "path", what, "");
        require(f, "kind", what, "");
        Glob type = glob(f, "type");
        Optional<PathPattern> path = f.has("path") ? normalizerPath(f.get("path").value()) : Optional.of(PathPattern.all());
        String kind = "";
        if (f.has("kind")) {
          Optional<Scalar> k = scalar(f.get("kind").value(), "kind");
          if (k.isPresent() && (k.get().text() == null || !normalizerKinds.contains(k.get().text()))) {
            problem(
                k.get().at(),
                "unknown normalizer kind " + quoted(k.get().text()) + " (known: " + String.join(", ", sorted(normalizerKinds)) + ")");
          } else if (k.isPresent()) {
            kind = k.get().text();
          }
        }
        if (path.isPresent()) {
          b.addNormalizer(new NormalizerAttachment(type, path.get(), kind, m.at()));
        }
      });
    }

    /** {@code checks: {fail_run: true|false}}. */
    private void checks(Node n) {
      map(n, "checks").ifPresent(m -> {
        Fields f = fields(m, CHECKS_KEYS);
        if (f.has("fail_run")) {
          Optional<Scalar> s = scalar(f.get("fail_run").value(), "fail_run");
          if (s.isPresent() && s.get().token() != JsonToken.VALUE_TRUE && s.get().token() != JsonToken.VALUE_FALSE) {
            problem(s.get().at(), "'fail_run' must be true or false, not " + (s.get().text() == null ? "empty" : quoted(s.get().text())));
          } else {
            s.ifPresent(x -> b.checksFailRun(x.token() == JsonToken.VALUE_TRUE));
          }
        }
      });
    }

    /** {@code rules: {allow_plugin_suppression: true|false}}. */
    private void rules(Node n) {
      map(n, "rules").ifPresent(m -> {
        Fields f = fields(m, RULES_KEYS);
        if (f.has("allow_plugin_suppression")) {
          Optional<Scalar> s = scalar(f.get("allow_plugin_suppression").value(), "allow_plugin_suppression");
          if (s.isPresent() && s.get().token() != JsonToken.VALUE_TRUE && s.get().token() != JsonToken.VALUE_FALSE) {
            problem(s.get().at(), "'allow_plugin_suppression' must be true or false, not "
                + (s.get().text() == null ? "empty" : quoted(s.get().text())));
          } else {
            s.ifPresent(x -> b.allowPluginSuppression(x.token() == JsonToken.VALUE_TRUE));
          }
        }
      });
    }

    private void requiredTags(Node n) {
      map(n, "required_tags").ifPresent(m -> {
        Fields f = fields(m, TAGS_KEYS);
        boolean enabled = true;
        if (f.has("enabled")) {
          Optional<Scalar> s = scalar(f.get("enabled").value(), "enabled");
          if (s.isPresent() && s.get().token() != JsonToken.VALUE_TRUE && s.get().token() != JsonToken.VALUE_FALSE) {
            problem(s.get().at(), "'enabled' must be true or false, not " + quoted(s.get().text()));
          }
          enabled = s.map(x -> x.token() != JsonToken.VALUE_FALSE).orElse(true);
        }
        List<String> tags = f.has("tags") ? texts(f.get("tags").value(), "tags") : RequiredTags.DEFAULT_TAGS;
        List<Glob> types = new ArrayList<>();
        if (f.has("types")) {
          for (Node x : list(f.get("types").value(), "types")) {
            scalar(x, "types").ifPresent(s -> types.add(compile(s, "types")));
          }
        }
        b.requiredTags(new RequiredTags(enabled, tags, types));
      });
    }

    // ---- shapes ----

    /**
     * The known keys of a mapping (first occurrence of each), in document order; reports unknown keys
     * (with a suggestion when one is close) and duplicate keys.
     */
    private Fields fields(MapNode m, List<String> allowed) {
      Map<String, Entry> known = new LinkedHashMap<>();
      Set<String> meant = new HashSet<>();
      for (Entry e : m.entries()) {
        if (!allowed.contains(e.key())) {
          Optional<String> s = suggestion(e.key(), allowed);
          s.ifPresent(meant::add);
          problem(
              e.keyAt(),
              "unknown key "
                  + quoted(e.key())
                  + s.map(x -> " (did you mean '" + x + "'?)").orElse(" (expected one of: " + String.join(", ", allowed) + ")"));
          continue;
        }
        Entry first = known.putIfAbsent(e.key(), e);
        if (first != null) {
          problem(e.keyAt(), "duplicate key " + quoted(e.key()) + " (first given at line " + first.keyAt().line() + ")");
        }
      }
      return new Fields(m, known, meant);
    }

    /** Reports a missing required key, unless an unknown key was already taken for a typo of it. */
    private void require(Fields f, String key, String what, String hint) {
      if (!f.has(key) && !f.meant().contains(key)) {
        problem(f.map().at(), what + " needs '" + key + "'" + hint);
      }
    }

    private Optional<MapNode> map(Node n, String what) {
      if (n instanceof MapNode m) {
        return Optional.of(m);
      }
      problem(n.at(), what + " must be a mapping of keys to values, not " + shape(n));
      return Optional.empty();
    }

    private List<Node> list(Node n, String what) {
      if (n instanceof ListNode l) {
        return l.items();
      }
      if (n instanceof Scalar s && s.text() == null) {
        return List.of();
      }
      problem(n.at(), "'" + what + "' must be a list, not " + shape(n));
      return List.of();
    }

    private Optional<Scalar> scalar(Node n, String what) {
      if (n instanceof Scalar s) {
        return Optional.of(s);
      }
      problem(n.at(), "'" + what + "' must be a single value, not " + shape(n));
      return Optional.empty();
    }

    private List<String> texts(Node n, String what) {
      List<String> out = new ArrayList<>();
      if (n instanceof Scalar s && s.text() != null) {
        if (s.text().isEmpty()) {
          problem(s.at(), "empty value in '" + what + "'");
        } else {
          out.add(s.text());
        }
        return out;
      }
      for (Node x : list(n, what)) {
        scalar(x, what).ifPresent(s -> {
          if (s.text() == null || s.text().isEmpty()) {
            problem(s.at(), "empty value in '" + what + "'");
          } else {
            out.add(s.text());
          }
        });
      }
      return out;
    }

    private Optional<String> optionalText(Fields f, String key) {
      Entry e = f.get(key);
      if (e == null) {
        return Optional.empty();
      }
      return scalar(e.value(), key).map(Scalar::text).filter(t -> !t.isBlank());
    }

    // ---- values ----

    private Glob glob(Fields f, String key) {
      Entry e = f.get(key);
      if (e == null) {
        return Glob.any();
      }
      return scalar(e.value(), key).map(s -> compile(s, key)).orElse(Glob.any());
    }

    private Glob compile(Scalar s, String key) {
      String text = s.text() == null ? "" : s.text();
      Either<PatternError, Glob> g = Glob.compile(text);
      if (g.isLeft()) {
        problem(s.at(), text.isEmpty() ? "empty glob in '" + key + "'" : "bad glob in '" + key + "': " + quoted(text) + " " + g.getLeft().describe());
        return Glob.any();
      }
      return g.get();
    }

    /**
     * A normaliser's path: an invalid traversal is a warning (it never matched a rendered path before
     * paths were parsed, and the file stays valid) and gives no attachment; an empty path is an
     * error, as an empty glob was.
     */
    private Optional<PathPattern> normalizerPath(Node n) {
      Optional<Scalar> s = scalar(n, "path");
      if (s.isEmpty()) {
        return Optional.of(PathPattern.all());
      }
      String text = s.get().text() == null ? "" : s.get().text();
      if (text.isBlank()) {
        problem(s.get().at(), "empty path in 'path'");
        return Optional.of(PathPattern.all());
      }
      Either<PatternError, PathPattern> p = PathPattern.parse(text);
      if (p.isLeft()) {
        warn(s.get().at(), text, "it is not a valid attribute path (" + p.getLeft().describe() + "); the normalizer is left out");
        return Optional.empty();
      }
      p.get().whyNeverMatches().ifPresent(why -> warn(s.get().at(), text, why));
      return Optional.of(p.get());
    }

    private void warn(Location at, String path, String why) {
      b.addWarning(new PolicyWarning(at.source(), at.line(), at.column(), "the path " + quoted(path) + " can never match: " + why));
    }

    private List<PathPattern> attributes(Fields f) {
      return attributes(f, false);
    }

    private List<PathPattern> attributes(Fields f, boolean ignoreEntry) {
      Entry e = f.get("attributes");
      if (e == null) {
        return List.of(PathPattern.all());
      }
      Node n = e.value();
      List<Node> items = n instanceof Scalar s && s.text() != null ? List.of(n) : list(n, "attributes");
      if (items.isEmpty() && (n instanceof ListNode || (n instanceof Scalar s && s.text() == null))) {
        problem(n.at(), "'attributes' must not be empty (use [all] to mean every attribute)");
      }
      List<PathPattern> out = new ArrayList<>();
      for (Node x : items) {
        scalar(x, "attributes").ifPresent(s -> {
          String text = s.text() == null ? "" : s.text();
          Either<PatternError, PathPattern> p = PathPattern.parse(text);
          if (p.isLeft()) {
            problem(s.at(), "bad attribute path " + quoted(text) + ": " + p.getLeft().describe());
            return;
          }
          out.add(p.get());
          Optional<String> why = p.get().whyNeverMatches();
          if (why.isEmpty() && ignoreEntry && p.get().toPath().filter(ID::equals).isPresent()) {
            why = Optional.of("Terraform does not ignore changes to 'id' (the provider sets it; a new id means a new object)");
          }
          why.ifPresent(w -> warn(s.at(), text, w));
        });
      }
      return out.isEmpty() ? List.of(PathPattern.all()) : out;
    }

    private Optional<LocalDate> date(Fields f, String key) {
      Entry e = f.get(key);
      if (e == null) {
        return Optional.empty();
      }
      Optional<Scalar> s = scalar(e.value(), key);
      if (s.isEmpty()) {
        return Optional.empty();
      }
      String text = s.get().text() == null ? "" : s.get().text().strip();
      try {
        return Optional.of(LocalDate.parse(text));
      } catch (DateTimeParseException ex) {
        problem(s.get().at(), "bad date " + quoted(text) + " in '" + key + "' (expected YYYY-MM-DD)");
        return Optional.empty();
      }
    }
  }

  private static String shape(Node n) {
    if (n instanceof MapNode) {
      return "a mapping";
    }
    if (n instanceof ListNode) {
      return "a list";
    }
    Scalar s = (Scalar) n;
    return s.text() == null ? "empty" : "a single value";
  }

  private static List<String> sorted(Set<String> s) {
    List<String> l = new ArrayList<>(s);
    java.util.Collections.sort(l);
    return l;
  }

  /** The allowed key a mistyped key most likely meant, when one is within a small edit distance. */
  static Optional<String> suggestion(String key, List<String> allowed) {
    String best = null;
    int bestD = Integer.MAX_VALUE;
    for (String a : allowed) {
      int d = distance(key.toLowerCase(java.util.Locale.ROOT), a);
      if (d < bestD) {
        bestD = d;
        best = a;
      }
    }
    return best != null && bestD < key.length() && bestD <= Math.max(2, best.length() / 3) ? Optional.of(best) : Optional.empty();
  }

  private static int distance(String a, String b) {
    if (Math.abs(a.length() - b.length()) > 8) {
      return Math.abs(a.length() - b.length());
    }
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int c = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + c);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
