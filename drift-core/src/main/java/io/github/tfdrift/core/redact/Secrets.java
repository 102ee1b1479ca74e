package io.github.tfdrift.core.redact;

import io.github.tfdrift.core.model.ActionInvocation;
import io.github.tfdrift.core.model.Change;
import io.github.tfdrift.core.model.Configuration;
import io.github.tfdrift.core.model.DeferredChange;
import io.github.tfdrift.core.model.ModuleCall;
import io.github.tfdrift.core.model.ModuleConfig;
import io.github.tfdrift.core.model.ModuleValues;
import io.github.tfdrift.core.model.OutputValue;
import io.github.tfdrift.core.model.Plan;
import io.github.tfdrift.core.model.ResourceChange;
import io.github.tfdrift.core.model.ResourceValues;
import io.github.tfdrift.core.model.ValueMask;
import io.github.tfdrift.core.model.Values;
import io.github.tfdrift.core.model.Variable;
import io.github.tfdrift.core.model.VariableConfig;
import io.github.tfdrift.core.value.JsonValue;
import io.github.tfdrift.core.value.JsonValues;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every secret value a plan holds, collected once, so that printed text can be redacted by
 * construction. Sources: leaves marked in {@code before_sensitive}/{@code after_sensitive},
 * {@code sensitive_values} and an action invocation's {@code config_sensitive}, sensitive outputs, and
 * variables whose configuration says {@code sensitive = true} (their values sit in clear text in
 * {@code variables}, their defaults in {@code configuration}).
 *
 * <p>Because Terraform leaves derived copies unmarked (for example {@code terraform_data.output}
 * repeating a sensitive input, or an output string embedding a password), {@link #redact(String)}
 * masks every known secret wherever it appears, inside longer strings too. Secrets shorter than
 * {@value #MIN_SEARCH_LENGTH} characters are not searched for inside longer text, since they would
 * match innocent text, but a string exactly equal to one is masked wherever it stands (a three-letter
 * sensitive variable copied into an unmarked attribute). Booleans, and numbers shorter than
 * {@value #MIN_SEARCH_LENGTH} digits, are masked where they are marked ({@link #mask}) only: masking
 * every {@code 1} of a plan would mask its counts and indexes too. The first eight characters or more
 * of a secret right before an ellipsis ({@code …}) are masked too: a value cut short for display by
 * text that did not know the secret (a reason written with one plan's secrets, in a run where another
 * plan marks the value) would otherwise show the start of it.
 */
public final class Secrets {
  /** What replaces a secret in printed text. */
  public static final String MASK = "(sensitive)";

  /** Secrets shorter than this are masked where marked but not searched for. */
  public static final int MIN_SEARCH_LENGTH = 4;

  private static final Secrets NONE = new Secrets(List.of(), Set.of());

  private final List<String> searchable; // longest first
  private final Set<String> searchableSet;
  private final Set<String> exact; // shorter than MIN_SEARCH_LENGTH, not empty: masked when a whole string
  private volatile SecretMatcher matcher; // built on first use

  private Secrets(List<String> searchable, Set<String> exact) {
    this.searchable = searchable;
    this.searchableSet = Set.copyOf(searchable);
    this.exact = exact;
  }

  private SecretMatcher matcher() {
    SecretMatcher m = matcher;
    if (m == null) {
      m = SecretMatcher.of(searchable);
      matcher = m;
    }
    return m;
  }

  /** No secrets. */
  public static Secrets none() {
    return NONE;
  }

  /** Collects the secrets of a plan. */
  public static Secrets of(Plan plan) {
    return collector().add(plan).build();
  }

  /**
   * A collector for a plan read in parts ({@link io.github.tfdrift.core.json.PlanOutline}): adding
   * every entry, every resource of the values and the rest of the plan gives the secrets {@link
   * #of(Plan)} gives for the whole plan.
   */
  public static Collector collector() {
    return new Collector();
  }

  /** Collects secrets piece by piece; not thread-safe. {@link #toString()} shows only a count. */
  public static final class Collector {
    private final Set<String> found = new HashSet<>();

    private Collector() {}

    /** Adds every secret of a plan: its entries, outputs, values, actions, variables and defaults. */
    public Collector add(Plan plan) {
      for (ResourceChange rc : plan.resourceChanges()) {
        add(rc);
      }
      for (ResourceChange rc : plan.resourceDrift()) {
        add(rc);
      }
      for (DeferredChange d : plan.deferredChanges()) {
        add(d.resourceChange());
      }
      for (Change c : plan.outputChanges().values()) {
        collectMarked(c.before(), c.beforeSensitive(), found);
        collectMarked(c.after(), c.afterSensitive(), found);
      }
      plan.plannedValues().ifPresent(v -> collectValues(v, found));
      plan.priorState().flatMap(s -> s.values()).ifPresent(v -> collectValues(v, found));
      for (ActionInvocation a : plan.actionInvocations()) {
        collectMarked(a.configValues(), a.configSensitive(), found);
      }
      plan.configuration().flatMap(Configuration::rootModule).ifPresent(m -> collectDefaults(m, found));
      Set<String> sensitiveVars = plan.sensitiveVariableNames();
      for (Map.Entry<String, Variable> e : plan.variables().entrySet()) {
        if (sensitiveVars.contains(e.getKey())) {
          collectMarked(e.getValue().value(), JsonValue.of(true), found);
        }
      }
      return this;
    }

    /** Adds the values an entry of {@code resource_changes} or {@code resource_drift} marks sensitive. */
    public Collector add(ResourceChange rc) {
      Change c = rc.change();
      collectMarked(c.before(), c.beforeSensitive(), found);
      collectMarked(c.after(), c.afterSensitive(), found);
      return this;
    }

    /** Adds the values a resource of {@code planned_values} or {@code prior_state} marks sensitive. */
    public Collector add(ResourceValues r) {
      collectMarked(r.values(), r.sensitiveValues(), found);
      return this;
    }

    /**
     * Adds what another collector has collected: for a plan whose parts are collected on several
     * threads, one collector each.
     *
     * @param other a collector no other thread is adding to
     * @return this collector
     */
    public Collector add(Collector other) {
      if (other != this) {
        found.addAll(other.found);
      }
      return this;
    }

    /**
     * True when some value collected so far is not one of {@code secrets}: when {@code
     * secrets.union(build())} would differ from {@code secrets}. Answered without building (no
     * escaping, no sorting), for the common case where the answer is no.
     *
     * @param secrets the secrets known already
     * @return whether this collector holds more
     */
    public boolean addsTo(Secrets secrets) {
      for (String s : found) {
        if (s == null || s.isEmpty()) {
          continue;
        }
        if (s.length() < MIN_SEARCH_LENGTH) {
          if (!secrets.exact.contains(s)) {
            return true;
          }
        } else if (!secrets.searchableSet.contains(s) || !plainAscii(s) && !secrets.searchableSet.contains(jsonEscaped(s))) {
          return true; // build() would add the value, or its JSON-escaped form
        }
      }
      return false;
    }

    /** The secrets collected so far. */
    public Secrets build() {
      return of(found);
    }

    @Override
    public String toString() {
      return "Secrets.Collector(" + found.size() + " values)";
    }
  }

  /** Secrets given directly (for tests and for callers with secrets of their own). */
  public static Secrets of(Iterable<String> values) {
    Set<String> unique = new HashSet<>();
    Set<String> shortOnes = new HashSet<>();
    for (String s : values) {
      if (s == null || s.isEmpty()) {
        continue;
      }
      if (s.length() >= MIN_SEARCH_LENGTH) {
        unique.add(s);
        String escaped = jsonEscaped(s);
        if (!escaped.equals(s)) {
          unique.add(escaped);
        }
      } else {
        shortOnes.add(s);
      }
    }
    if (unique.isEmpty() && shortOnes.isEmpty()) {
      return NONE;
    }
    List<String> sorted = new ArrayList<>(unique);
    sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
    return new Secrets(List.copyOf(sorted), Set.copyOf(shortOnes));
  }

  /** True when {@code s} is printable ASCII without a quote or a backslash: its own JSON-escaped form. */
  private static boolean plainAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c >= 0x7f || c == '"' || c == '\\') {
        return false;
      }
    }
    return true;
  }

  private static String jsonEscaped(String s) {
    String q = JsonValues.toJson(JsonValue.of(s));
    return q.substring(1, q.length() - 1);
  }

  private static void collectValues(Values v, Set<String> found) {
    for (OutputValue o : v.outputs().values()) {
      if (o.sensitive().orElse(false)) {
        collectMarked(o.value(), JsonValue.of(true), found);
      }
    }
    v.rootModule().ifPresent(m -> collectModule(m, found));
  }

  /** Defaults of variables declared sensitive, in the root module and every module it calls. */
  private static void collectDefaults(ModuleConfig m, Set<String> found) {
    for (VariableConfig v : m.variables().values()) {
      if (v.isSensitive()) {
        collectMarked(v.defaultValue(), JsonValue.of(true), found);
      }
    }
    for (ModuleCall c : m.moduleCalls().values()) {
      c.module().ifPresent(child -> collectDefaults(child, found));
    }
  }

  private static void collectModule(ModuleValues m, Set<String> found) {
    for (ResourceValues r : m.resources()) {
      collectMarked(r.values(), r.sensitiveValues(), found);
    }
    for (ModuleValues c : m.childModules()) {
      collectModule(c, found);
    }
  }

  /** Adds the leaves of {@code value} that {@code mirror} marks. */
  private static void collectMarked(JsonValue value, JsonValue mirror, Set<String> found) {
    if (mirror instanceof JsonValue.Bool b) {
      if (b.value()) {
        collectAll(value, found);
      }
      return;
    }
    if (mirror instanceof JsonValue.Obj mo && value instanceof JsonValue.Obj vo) {
      for (int i = 0, n = mo.size(); i < n; i++) {
        JsonValue m = mo.valueAt(i);
        if (!ValueMask.of(m).isNone()) { // a mirror lists every block and collection, mostly marking nothing: no look-up then
          collectMarked(vo.get(mo.keyAt(i)), m, found);
        }
      }
    } else if (mirror instanceof JsonValue.Arr ma && value instanceof JsonValue.Arr va) {
      for (int i = 0; i < Math.min(ma.size(), va.size()); i++) {
        collectMarked(va.get(i), ma.get(i), found);
      }
    }
  }

  private static void collectAll(JsonValue value, Set<String> found) {
    if (value instanceof JsonValue.Str s) {
      found.add(s.value());
    } else if (value instanceof JsonValue.Num n) {
      found.add(n.literal());
    } else if (value instanceof JsonValue.Arr a) {
      a.elements().forEach(e -> collectAll(e, found));
    } else if (value instanceof JsonValue.Obj o) {
      o.forEach((k, v) -> collectAll(v, found));
    }
  }

  /**
   * The secrets of this set and of {@code other} together (for a report over several plans).
   *
   * @param other more secrets
   * @return both sets, redacting longest first
   */
  public Secrets union(Secrets other) {
    if (other.isEmpty()) {
      return this;
    }
    if (isEmpty()) {
      return other;
    }
    if (searchableSet.containsAll(other.searchable) && exact.containsAll(other.exact)) {
      return this; // nothing new: keep this set and the automaton it may have built already
    }
    // Both lists already hold the JSON-escaped form of each value: merge them as they are. Escaping
    // again would add an escaped copy of every escaped form at each union, doubling the backslashes
    // of a value with a quote plan after plan (a run over hundreds of plans ran out of memory).
    Set<String> all = new HashSet<>(searchable);
    all.addAll(other.searchable);
    List<String> sorted = new ArrayList<>(all);
    sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
    Set<String> shortOnes = new HashSet<>(exact);
    shortOnes.addAll(other.exact);
    return new Secrets(List.copyOf(sorted), Set.copyOf(shortOnes));
  }

  /** Number of distinct secrets: searchable ones and short ones masked when whole. */
  public int size() {
    return searchable.size() + exact.size();
  }

  /** True when there is no secret. */
  public boolean isEmpty() {
    return searchable.isEmpty() && exact.isEmpty();
  }

  /** True when {@code text} contains a searchable secret or is exactly a short one. */
  public boolean containsSecret(String text) {
    if (text.length() < MIN_SEARCH_LENGTH && exact.contains(text)) { // only short ones are there: no hashing of long texts
      return true;
    }
    return !searchable.isEmpty() && matcher().occursIn(text);
  }

  /**
   * {@code text} with every known secret replaced by {@link #MASK}: one pass over the text whatever
   * the number of secrets (Aho–Corasick), each maximal run of overlapping occurrences one mask, and a
   * text exactly equal to a short secret masked whole.
   */
  public String redact(String text) {
    if (text == null || isEmpty()) {
      return text;
    }
    if (text.length() < MIN_SEARCH_LENGTH && exact.contains(text)) { // only short ones are there: no hashing of long texts
      return MASK;
    }
    return searchable.isEmpty() ? text : matcher().mask(text, MASK);
  }


  /**
   * A copy of {@code value} safe to print: leaves marked by {@code mirror} become {@link #MASK}, and
   * known secrets inside other strings are redacted.
   */
  public JsonValue mask(JsonValue value, JsonValue mirror) {
    if (mirror instanceof JsonValue.Bool b && b.value()) {
      return value.isNullOrAbsent() ? value : JsonValue.of(MASK);
    }
    if (value instanceof JsonValue.Obj o) {
      Map<String, JsonValue> m = new LinkedHashMap<>();
      o.forEach((k, v) -> m.put(k, mask(v, mirror.get(k))));
      return JsonValue.object(m);
    }
    if (value instanceof JsonValue.Arr a) {
      List<JsonValue> l = new ArrayList<>(a.size());
      for (int i = 0; i < a.size(); i++) {
        l.add(mask(a.get(i), mirror.get(i)));
      }
      return JsonValue.array(l);
    }
    if (value instanceof JsonValue.Str s) {
      String r = redact(s.value());
      return r.equals(s.value()) ? s : JsonValue.of(r);
    }
    if (value instanceof JsonValue.Num n && isSecret(n.literal())) {
      return JsonValue.of(MASK);
    }
    return value;
  }

  /** {@code text} redacted and cut to at most {@code max} characters, with an ellipsis. */
  public String redactAndTruncate(String text, int max) {
    String r = redactHead(text, max);
    return r.length() <= max ? r : r.substring(0, Math.max(0, max - 1)) + "…";
  }

  /**
   * The start of {@link #redact(String)}, for callers that show only that much: {@code redact(text)}
   * itself when it is at most {@code limit} characters long, otherwise a string longer than {@code
   * limit} whose first {@code limit} characters are those of {@code redact(text)}. The text is
   * scanned only as far as those characters need (a 3,000-character policy shown in 60 characters
   * costs about 60 plus the longest secret's length), with the same guarantees: a secret that begins
   * within the shown characters is masked there, whole.
   *
   * @param text the text
   * @param limit how many leading characters must be exact
   * @return the redacted text, or a longer-than-{@code limit} start of it
   */
  public String redactHead(String text, int limit) {
    if (text == null || isEmpty()) {
      return text;
    }
    if (text.length() < MIN_SEARCH_LENGTH && exact.contains(text)) {
      return MASK;
    }
    return searchable.isEmpty() ? text : matcher().maskHead(text, MASK, limit);
  }

  /**
   * True when {@code value} is exactly a known searchable secret. Short secrets are left out, as
   * callers use this for number literals: see the class comment.
   */
  public boolean isSecret(String value) {
    return searchableSet.contains(value);
  }

  /** Equal when both hold the same secrets (searchable and short ones). */
  @Override
  public boolean equals(Object o) {
    return o instanceof Secrets other && searchableSet.equals(other.searchableSet) && exact.equals(other.exact);
  }

  @Override
  public int hashCode() {
    return searchableSet.hashCode() * 31 + exact.hashCode();
  }

  @Override
  public String toString() {
    return "Secrets(" + size() + " values)";
  }
}
