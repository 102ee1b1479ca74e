package io.github.tfdrift.rules.policy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.tfdrift.core.address.AttributePath;
import io.vavr.control.Either;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a policy file, YAML or JSON (a document starting with <code>{</code> is read as JSON), and
 * validates it. Errors are values with file, line, column and what is wrong: an unknown key (with a
 * suggestion), a bad glob, a bad attribute path, a bad date, a wrong type, a missing key. Never
 * throws for bad input. The {@code import_ids:} key is allowed and left to {@code
 * io.github.tfdrift.imports.ImportIdPolicy} (import ID templates for {@code drift import} and {@code drift
 * analyze --apply-log}), so one file serves both.
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
 * </pre>
 */
public final class PolicyReader {
  /** The normaliser kinds every reader knows. */
  public static final Set<String> BUILT_IN_NORMALIZERS = Set.of("json", "ssh-public-key");

  private static final List<String> TOP = List.of("version", "ignore_changes", "expected", "accept", "normalizers", "required_tags", "import_ids");
  private static final List<String> IGNORE_KEYS = List.of("type", "address", "attributes", "reason");
  private static final List<String> EXPECTED_KEYS = List.of("type", "address", "attributes", "reason", "expires");
  private static final List<String> ACCEPT_KEYS = List.of("type", "address", "attributes", "reason");
  private static final List<String> NORMALIZER_KEYS = List.of("type", "path", "kind");
  private static final List<String> TAGS_KEYS = List.of("enabled", "tags", "types");

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

  /** Reads and validates a policy file. */
  public static Either<PolicyError, Policy> read(Path file) {
    return DEFAULT.readFile(file);
  }

  /** Reads and validates policy text; {@code sourceName} names it in errors. */
  public static Either<PolicyError, Policy> read(String content, String sourceName) {
    return DEFAULT.readText(content, sourceName);
  }

  /** Reads and validates a policy file with this reader's normaliser kinds. */
  public Either<PolicyError, Policy> readFile(Path file) {
    Objects.requireNonNull(file, "file");
    String name = file.toString();
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      return Either.left(new PolicyError(name, 0, 0, "cannot read the file (" + e.getClass().getSimpleName() + ")"));
    }
    return readText(text, name);
  }

  /** Reads and validates policy text with this reader's normaliser kinds. */
  public Either<PolicyError, Policy> readText(String content, String sourceName) {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(sourceName, "sourceName");
    Node root;
    try {
      root = parse(content, sourceName);
    } catch (Invalid e) {
      return Either.left(e.error);
    } catch (JsonProcessingException e) {
      JsonLocation l = e.getLocation();
      String msg = e.getOriginalMessage();
      int nl = msg == null ? -1 : msg.indexOf('\n');
      return Either.left(
          new PolicyError(
              sourceName,
              l == null ? 0 : Math.max(0, l.getLineNr()),
              l == null ? 0 : Math.max(0, l.getColumnNr()),
              "not valid " + (looksLikeJson(content) ? "JSON" : "YAML") + ": "
                  + (msg == null ? "syntax error" : nl > 0 ? msg.substring(0, nl) : msg)));
    } catch (IOException | RuntimeException e) {
      return Either.left(new PolicyError(sourceName, 0, 0, "cannot parse the policy (" + e.getClass().getSimpleName() + ")"));
    }
    try {
      Policy.Builder b = Policy.builder().source(sourceName);
      if (root != null) {
        build(root, b);
      }
      return Either.right(b.build());
    } catch (Invalid e) {
      return Either.left(e.error);
    }
  }

  private static boolean looksLikeJson(String s) {
    String t = s.stripLeading();
    return t.startsWith("{");
  }

  // ---- tree with locations ----

  private sealed interface Node permits MapNode, ListNode, Scalar {
    Location at();
  }

  private record Entry(String key, Location keyAt, Node value) {}

  private record MapNode(Location at, Map<String, Entry> entries) implements Node {}

  private record ListNode(Location at, List<Node> items) implements Node {}

  private record Scalar(Location at, String text, JsonToken token) implements Node {}

  private static final class Invalid extends Exception {
    private static final long serialVersionUID = 1L;
    final transient PolicyError error;

    Invalid(Location at, String message) {
      super(null, null, false, false);
      this.error = new PolicyError(at.source(), at.line(), at.column(), message);
    }
  }

  private static Node parse(String content, String source) throws IOException, Invalid {
    JsonFactory f = looksLikeJson(content) ? JSON : YAML;
    try (JsonParser p = f.createParser(content)) {
      JsonToken t = p.nextToken();
      if (t == null) {
        return null;
      }
      Node n = readNode(p, source);
      if (p.nextToken() != null) {
        throw new Invalid(loc(p, source), "more than one document in the policy file");
      }
      return n;
    }
  }

  private static Location loc(JsonParser p, String source) {
    JsonLocation l = p.currentTokenLocation();
    return new Location(source, Math.max(0, l.getLineNr()), Math.max(0, l.getColumnNr()));
  }

  private static Node readNode(JsonParser p, String source) throws IOException, Invalid {
    Location at = loc(p, source);
    JsonToken t = p.currentToken();
    if (t == JsonToken.START_OBJECT) {
      Map<String, Entry> m = new LinkedHashMap<>();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String key = p.currentName();
        Location keyAt = loc(p, source);
        p.nextToken();
        Node v = readNode(p, source);
        if (m.containsKey(key)) {
          throw new Invalid(keyAt, "duplicate key '" + key + "'");
        }
        m.put(key, new Entry(key, keyAt, v));
      }
      return new MapNode(at, m);
    }
    if (t == JsonToken.START_ARRAY) {
      List<Node> l = new ArrayList<>();
      while (p.nextToken() != JsonToken.END_ARRAY) {
        l.add(readNode(p, source));
      }
      return new ListNode(at, l);
    }
    return new Scalar(at, t == JsonToken.VALUE_NULL ? null : p.getText(), t);
  }

  // ---- schema ----

  private void build(Node root, Policy.Builder b) throws Invalid {
    MapNode top = map(root, "the policy");
    checkKeys(top, TOP);
    for (Entry e : top.entries().values()) {
      switch (e.key()) {
        case "version":
          Scalar v = scalar(e.value(), "version");
          if (!"1".equals(v.text())) {
            throw new Invalid(v.at(), "unsupported version '" + v.text() + "' (this reader knows version 1)");
          }
          break;
        case "ignore_changes":
          for (Node n : list(e.value(), "ignore_changes")) {
            MapNode m = map(n, "an ignore_changes entry");
            checkKeys(m, IGNORE_KEYS);
            b.addIgnore(
                new IgnoreRule(
                    glob(m, "type"),
                    glob(m, "address"),
                    attributes(m, true),
                    optionalText(m, "reason"),
                    m.at()));
          }
          break;
        case "expected":
          for (Node n : list(e.value(), "expected")) {
            MapNode m = map(n, "an expected entry");
            checkKeys(m, EXPECTED_KEYS);
            require(m, "address", "an expected entry");
            String reason =
                optionalText(m, "reason")
                    .orElseThrow(() -> new Invalid(m.at(), "an expected entry needs a 'reason' (incident, ticket, why)"));
            b.addExpected(
                new Expectation(glob(m, "type"), glob(m, "address"), attributes(m, false), reason, date(m, "expires"), m.at()));
          }
          break;
        case "accept":
          for (Node n : list(e.value(), "accept")) {
            MapNode m = map(n, "an accept entry");
            checkKeys(m, ACCEPT_KEYS);
            b.addAccept(new AcceptRule(glob(m, "type"), glob(m, "address"), attributes(m, false), m.at()));
          }
          break;
        case "normalizers":
          for (Node n : list(e.value(), "normalizers")) {
            MapNode m = map(n, "a normalizers entry");
            checkKeys(m, NORMALIZER_KEYS);
            require(m, "path", "a normalizers entry");
            require(m, "kind", "a normalizers entry");
            Scalar kind = scalar(m.entries().get("kind").value(), "kind");
            if (kind.text() == null || !normalizerKinds.contains(kind.text())) {
              throw new Invalid(
                  kind.at(), "unknown normalizer kind '" + kind.text() + "' (known: " + String.join(", ", sorted(normalizerKinds)) + ")");
            }
            b.addNormalizer(new NormalizerAttachment(glob(m, "type"), glob(m, "path"), kind.text(), m.at()));
          }
          break;
        case "required_tags":
          MapNode m = map(e.value(), "required_tags");
          checkKeys(m, TAGS_KEYS);
          boolean enabled = true;
          Entry en = m.entries().get("enabled");
          if (en != null) {
            Scalar s = scalar(en.value(), "enabled");
            if (s.token() != JsonToken.VALUE_TRUE && s.token() != JsonToken.VALUE_FALSE) {
              throw new Invalid(s.at(), "'enabled' must be true or false");
            }
            enabled = s.token() == JsonToken.VALUE_TRUE;
          }
          List<String> tags = m.entries().containsKey("tags") ? texts(m.entries().get("tags").value(), "tags") : RequiredTags.DEFAULT_TAGS;
          List<Glob> types = new ArrayList<>();
          if (m.entries().containsKey("types")) {
            Node tn = m.entries().get("types").value();
            for (Node x : list(tn, "types")) {
              types.add(compile(scalar(x, "types"), "types"));
            }
          }
          b.requiredTags(new RequiredTags(enabled, tags, types));
          break;
        case "import_ids":
          // Read by io.github.tfdrift.imports.ImportIdPolicy, which validates it.
          break;
        default:
          throw new IllegalStateException(e.key());
      }
    }
  }

  private static List<String> sorted(Set<String> s) {
    List<String> l = new ArrayList<>(s);
    java.util.Collections.sort(l);
    return l;
  }

  private static void require(MapNode m, String key, String what) throws Invalid {
    if (!m.entries().containsKey(key)) {
      throw new Invalid(m.at(), what + " needs '" + key + "'");
    }
  }

  private static MapNode map(Node n, String what) throws Invalid {
    if (n instanceof MapNode m) {
      return m;
    }
    throw new Invalid(n.at(), what + " must be a mapping of keys to values");
  }

  private static List<Node> list(Node n, String what) throws Invalid {
    if (n instanceof ListNode l) {
      return l.items();
    }
    if (n instanceof Scalar s && s.text() == null) {
      return List.of();
    }
    throw new Invalid(n.at(), "'" + what + "' must be a list");
  }

  private static Scalar scalar(Node n, String what) throws Invalid {
    if (n instanceof Scalar s) {
      return s;
    }
    throw new Invalid(n.at(), "'" + what + "' must be a single value, not a " + (n instanceof ListNode ? "list" : "mapping"));
  }

  private static List<String> texts(Node n, String what) throws Invalid {
    List<String> out = new ArrayList<>();
    if (n instanceof Scalar s && s.text() != null) {
      out.add(s.text());
      return out;
    }
    for (Node x : list(n, what)) {
      Scalar s = scalar(x, what);
      if (s.text() == null || s.text().isEmpty()) {
        throw new Invalid(s.at(), "empty value in '" + what + "'");
      }
      out.add(s.text());
    }
    return out;
  }

  private static Optional<String> optionalText(MapNode m, String key) throws Invalid {
    Entry e = m.entries().get(key);
    if (e == null) {
      return Optional.empty();
    }
    Scalar s = scalar(e.value(), key);
    return Optional.ofNullable(s.text()).filter(t -> !t.isBlank());
  }

  private static Glob glob(MapNode m, String key) throws Invalid {
    Entry e = m.entries().get(key);
    if (e == null) {
      return Glob.any();
    }
    return compile(scalar(e.value(), key), key);
  }

  private static Glob compile(Scalar s, String key) throws Invalid {
    String text = s.text() == null ? "" : s.text();
    Either<String, Glob> g = Glob.compile(text);
    if (g.isLeft()) {
      throw new Invalid(s.at(), "bad glob in '" + key + "': " + g.getLeft());
    }
    return g.get();
  }

  private static List<AttributePath> attributes(MapNode m, boolean required) throws Invalid {
    Entry e = m.entries().get("attributes");
    if (e == null) {
      if (required) {
        throw new Invalid(m.at(), "an ignore_changes entry needs 'attributes' (use [all] to ignore every attribute)");
      }
      return List.of(AttributePath.all());
    }
    List<AttributePath> out = new ArrayList<>();
    Node n = e.value();
    List<Node> items = n instanceof Scalar s && s.text() != null ? List.of(n) : list(n, "attributes");
    if (items.isEmpty()) {
      throw new Invalid(n.at(), "'attributes' must not be empty (use [all] to mean every attribute)");
    }
    for (Node x : items) {
      Scalar s = scalar(x, "attributes");
      String text = s.text() == null ? "" : s.text();
      Either<String, AttributePath> p = AttributePath.parse(text);
      if (p.isLeft()) {
        throw new Invalid(s.at(), "bad attribute path '" + text + "': " + p.getLeft());
      }
      out.add(p.get());
    }
    return out;
  }

  private static Optional<LocalDate> date(MapNode m, String key) throws Invalid {
    Entry e = m.entries().get(key);
    if (e == null) {
      return Optional.empty();
    }
    Scalar s = scalar(e.value(), key);
    String text = s.text() == null ? "" : s.text().strip();
    try {
      return Optional.of(LocalDate.parse(text));
    } catch (DateTimeParseException ex) {
      throw new Invalid(s.at(), "bad date '" + text + "' in '" + key + "' (expected YYYY-MM-DD)");
    }
  }

  private static void checkKeys(MapNode m, List<String> allowed) throws Invalid {
    for (Entry e : m.entries().values()) {
      if (!allowed.contains(e.key())) {
        String best = null;
        int bestD = Integer.MAX_VALUE;
        for (String a : allowed) {
          int d = distance(e.key(), a);
          if (d < bestD) {
            bestD = d;
            best = a;
          }
        }
        String hint =
            best != null && bestD <= Math.max(2, best.length() / 3)
                ? " (did you mean '" + best + "'?)"
                : " (expected one of: " + String.join(", ", allowed) + ")";
        throw new Invalid(e.keyAt(), "unknown key '" + e.key() + "'" + hint);
      }
    }
  }

  private static int distance(String a, String b) {
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
