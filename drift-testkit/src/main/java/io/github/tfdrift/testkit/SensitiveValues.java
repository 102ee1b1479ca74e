package io.github.tfdrift.testkit;

import io.github.tfdrift.core.model.Change;
import io.github.tfdrift.core.model.Plan;
import io.github.tfdrift.core.model.ResourceChange;
import io.github.tfdrift.core.model.ValueMask;
import io.github.tfdrift.core.model.Variable;
import io.github.tfdrift.core.value.JsonValue;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The sensitive values of a plan, for checking that no text shows one: values marked in {@code
 * before_sensitive}/{@code after_sensitive} of {@code resource_changes}, {@code resource_drift} and
 * {@code output_changes}, and the values of sensitive variables. Every string and number below a
 * marked value counts. Values shorter than {@value #MIN_LENGTH} characters are not tracked: any text
 * would contain them by chance. Resource addresses are public: a value that a text shows only as part
 * of an address of the plan (a {@code for_each} key) does not count.
 *
 * <p>Nothing here prints a value: {@link #revealedIn(String)} says <em>where</em> the revealed value
 * comes from, and {@link #toString()} only counts.
 *
 * <pre>{@code
 * SensitiveValues secrets = SensitiveValues.of(plan);
 * assertThat(secrets.revealedIn(entry.reason())).isEmpty();
 * }</pre>
 */
public final class SensitiveValues {
  /** The shortest value tracked. */
  public static final int MIN_LENGTH = 4;

  private final Map<String, String> origins;
  private final List<String> addresses;

  private SensitiveValues(Map<String, String> origins, List<String> addresses) {
    this.origins = origins;
    this.addresses = addresses;
  }

  /** The sensitive values of {@code plan}. */
  public static SensitiveValues of(Plan plan) {
    Objects.requireNonNull(plan, "plan");
    Map<String, String> m = new LinkedHashMap<>();
    for (ResourceChange rc : plan.resourceChanges()) {
      collect(rc.change(), "a sensitive value of " + rc.id() + " in resource_changes", m);
    }
    for (ResourceChange rc : plan.resourceDrift()) {
      collect(rc.change(), "a sensitive value of " + rc.id() + " in resource_drift", m);
    }
    plan.outputChanges().forEach((name, c) -> collect(c, "a sensitive value of output " + name, m));
    for (String name : plan.sensitiveVariableNames()) {
      Variable v = plan.variables().get(name);
      if (v != null) {
        leaves(v.value(), "the value of sensitive variable " + name, m);
      }
    }
    Set<String> a = new TreeSet<>(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
    for (ResourceChange rc : plan.resourceChanges()) {
      a.add(rc.address());
      rc.previousAddress().ifPresent(a::add);
    }
    for (ResourceChange rc : plan.resourceDrift()) {
      a.add(rc.address());
      rc.previousAddress().ifPresent(a::add);
    }
    return new SensitiveValues(m, List.copyOf(a));
  }

  private static void collect(Change c, String where, Map<String, String> out) {
    marked(c.before(), c.beforeSensitiveMask(), where + " (before)", out);
    marked(c.after(), c.afterSensitiveMask(), where + " (after)", out);
  }

  private static void marked(JsonValue v, ValueMask mask, String where, Map<String, String> out) {
    if (mask.isWhollyMarked()) {
      leaves(v, where, out);
    } else if (!mask.anyMarked()) {
      return;
    } else if (v instanceof JsonValue.Obj o) {
      for (String k : o.keys()) {
        marked(o.get(k), mask.child(k), where, out);
      }
    } else if (v instanceof JsonValue.Arr a) {
      for (int i = 0; i < a.size(); i++) {
        marked(a.get(i), mask.child(i), where, out);
      }
    }
  }

  private static void leaves(JsonValue v, String where, Map<String, String> out) {
    if (v instanceof JsonValue.Str s) {
      add(s.value(), where, out);
    } else if (v instanceof JsonValue.Num n) {
      add(n.literal(), where, out);
    } else if (v instanceof JsonValue.Arr a) {
      a.elements().forEach(e -> leaves(e, where, out));
    } else if (v instanceof JsonValue.Obj o) {
      o.keys().forEach(k -> leaves(o.get(k), where, out));
    }
  }

  private static void add(String value, String where, Map<String, String> out) {
    if (value.strip().length() >= MIN_LENGTH) {
      out.putIfAbsent(value, where);
    }
  }

  /** How many distinct values are tracked. */
  public int size() {
    return origins.size();
  }

  /** True when the plan has no tracked sensitive value. */
  public boolean isEmpty() {
    return origins.isEmpty();
  }

  /** True when {@code text} is, or contains, one of the values. */
  public boolean anyIn(String text) {
    return revealedIn(text).isPresent();
  }

  /**
   * Where the first value that {@code text} contains comes from ({@code a sensitive value of
   * aws_db_instance.main in resource_changes (after)}, {@code the value of sensitive variable
   * db_password}), never the value itself; empty when the text shows none.
   */
  public Optional<String> revealedIn(String text) {
    if (text == null || text.isEmpty() || origins.isEmpty()) {
      return Optional.empty();
    }
    for (String a : addresses) {
      if (text.contains(a)) {
        text = text.replace(a, "\u0000");
      }
    }
    for (Map.Entry<String, String> e : origins.entrySet()) {
      if (text.contains(e.getKey())) {
        return Optional.of(e.getValue());
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return "SensitiveValues{" + origins.size() + " values}";
  }
}
