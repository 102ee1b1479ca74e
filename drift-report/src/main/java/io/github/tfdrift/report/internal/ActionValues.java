package io.github.tfdrift.report.internal;

import io.github.tfdrift.core.model.ValueMask;
import io.github.tfdrift.core.model.ActionInvocation;
import io.github.tfdrift.core.value.JsonValue;
import io.github.tfdrift.report.text.SafeText;
import io.github.tfdrift.rules.ClassifiedAction;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The configuration of an action invocation, safe to print: one value per top-level attribute of
 * {@code config_values}, masked where {@code config_sensitive} marks it or anything inside it, and
 * {@code (known after apply)} where {@code config_unknown} marks it.
 */
public final class ActionValues {
  /** At most this many values per action. */
  public static final int MAX = 6;

  /**
   * One shown config value.
   *
   * @param name the attribute name
   * @param value the value, displayed (masked when sensitive)
   * @param sensitive true when {@code config_sensitive} marks the value or part of it
   * @param unknown true when the value is known only after apply
   */
  public record Shown(String name, String value, boolean sensitive, boolean unknown) {}

  private ActionValues() {}

  /** Every top-level config value, in the order of {@code config_values}, then unknown ones. */
  public static List<Shown> of(ClassifiedAction a, SafeText safe) {
    ActionInvocation inv = a.invocation();
    JsonValue values = inv.configValues();
    JsonValue sensitive = inv.configSensitive();
    JsonValue unknown = inv.configUnknown();
    Set<String> names = new LinkedHashSet<>();
    if (values instanceof JsonValue.Obj o) {
      for (int i = 0; i < o.size(); i++) {
        names.add(o.keyAt(i));
      }
    }
    if (unknown instanceof JsonValue.Obj u) {
      for (int i = 0; i < u.size(); i++) {
        if (ValueMask.of(u.valueAt(i)).anyMarked()) {
          names.add(u.keyAt(i));
        }
      }
    }
    boolean allSensitive = sensitive instanceof JsonValue.Bool b && b.value();
    List<Shown> out = new ArrayList<>();
    for (String n : names) {
      boolean s = allSensitive || ValueMask.of(sensitive.get(n)).anyMarked();
      boolean u = unknown.get(n) instanceof JsonValue.Bool ub && ub.value();
      out.add(new Shown(safe.text(n), safe.value(values.get(n), s, u), s, u));
    }
    return out;
  }

  /** The values as {@code name = value} items, at most {@link #MAX}, with {@code … and N more}. */
  public static String summary(ClassifiedAction a, SafeText safe) {
    List<Shown> all = of(a, safe);
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < Math.min(MAX, all.size()); i++) {
      parts.add(all.get(i).name() + " = " + all.get(i).value());
    }
    if (all.size() > MAX) {
      parts.add("… and " + (all.size() - MAX) + " more");
    }
    return String.join(", ", parts);
  }

}
