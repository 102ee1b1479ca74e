package io.github.tfdrift.testkit.builder;

import org.jspecify.annotations.Nullable;
import io.github.tfdrift.core.address.AttributePath;
import io.github.tfdrift.core.address.PathStep;
import io.github.tfdrift.core.value.JsonValue;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds the mirrors Terraform writes next to a value ({@code after_unknown}, {@code
 * before_sensitive}, {@code after_sensitive}, {@code sensitive_values}) from the value and the paths
 * that are marked, with Terraform's rules: a marked value is {@code true}; an object keeps only the
 * keys whose mirror is not {@code false}, sorted; an array has one entry per element; anything else
 * (null included) is {@code false}. Also navigates and edits values by {@link AttributePath}.
 */
public final class Mirrors {
  private Mirrors() {}

  /**
   * The mirror of {@code value} in which the given paths (and everything below them) are marked.
   * Marked paths that are not in the value are ignored; a marked attribute whose value is {@code
   * null} is marked, as Terraform marks schema-sensitive nulls.
   */
  public static JsonValue mirror(JsonValue value, Collection<AttributePath> marked) {
    return mirror(value, AttributePath.root(), List.copyOf(marked), List.of(), false);
  }

  /**
   * The sensitivity mirror of a planned value with unknown parts, as Terraform computes {@code
   * after_sensitive}: like {@link #mirror(JsonValue, Collection)}, except that nothing can be said
   * about the inside of an unknown value, so an unknown object mirrors as {@code {}}, an unknown list
   * as {@code []} and an unknown primitive as {@code false} (unless the unknown value is itself
   * marked). {@code value} is the full value, unknown parts included.
   */
  public static JsonValue mirror(JsonValue value, Collection<AttributePath> marked, Collection<AttributePath> unknown) {
    return mirror(value, AttributePath.root(), List.copyOf(marked), List.copyOf(unknown), false);
  }

  /**
   * The {@code after_unknown} mirror: like {@link #mirror}, but a marked attribute that is missing
   * from an object of {@code value} is still marked, because unknown attributes are removed from
   * {@code after}.
   */
  public static JsonValue unknownMirror(JsonValue value, Collection<AttributePath> unknown) {
    return mirror(value, AttributePath.root(), List.copyOf(unknown), List.of(), true);
  }

  private static JsonValue mirror(
      JsonValue v, AttributePath at, List<AttributePath> marked, List<AttributePath> unknown, boolean markAbsent) {
    for (AttributePath p : marked) {
      if (p.isAll() || p.equals(at)) {
        return JsonValue.of(true);
      }
    }
    for (AttributePath p : unknown) {
      if (p.equals(at)) {
        return v instanceof JsonValue.Obj ? JsonValue.Obj.EMPTY : v instanceof JsonValue.Arr ? JsonValue.Arr.EMPTY : JsonValue.of(false);
      }
    }
    if (v instanceof JsonValue.Obj o) {
      Map<String, JsonValue> out = new TreeMap<>();
      o.forEach(
          (k, x) -> {
            JsonValue m = mirror(x, at.child(k), marked, unknown, markAbsent);
            if (!isFalse(m)) {
              out.put(k, m);
            }
          });
      if (markAbsent) {
        for (AttributePath p : marked) {
          if (p.size() == at.size() + 1 && startsWith(p, at)) {
            String k = name(p.steps().get(p.size() - 1));
            if (k != null && !o.has(k)) {
              out.put(k, JsonValue.of(true));
            }
          }
        }
      }
      return JsonValue.object(out);
    }
    if (v instanceof JsonValue.Arr a) {
      List<JsonValue> out = new ArrayList<>(a.size());
      for (int i = 0; i < a.size(); i++) {
        out.add(mirror(a.get(i), at.child(i), marked, unknown, markAbsent));
      }
      return JsonValue.array(out);
    }
    return JsonValue.of(false);
  }

  /**
   * A copy of {@code value} without the given paths, as Terraform writes {@code after}: an unknown
   * object attribute is removed, an unknown list element becomes {@code null} so positions still line
   * up. A path that is not in the value changes nothing; the root path gives absent (wholly unknown).
   */
  public static JsonValue withoutPaths(JsonValue value, Collection<AttributePath> paths) {
    JsonValue v = value;
    for (AttributePath p : paths) {
      if (p.isRoot() || p.isAll()) {
        return JsonValue.absent();
      }
      v = edit(v, p.steps(), 0, null);
    }
    return v;
  }

  /**
   * The value at {@code path}, or absent when the path does not lead anywhere. An attribute step and a
   * key step with the same text address the same member.
   */
  public static JsonValue at(JsonValue value, AttributePath path) {
    JsonValue v = value;
    for (PathStep s : path.steps()) {
      if (s instanceof PathStep.Index i) {
        v = v.get(i.index());
      } else {
        v = v.get(name(s));
      }
      if (v.isAbsent()) {
        return v;
      }
    }
    return v;
  }

  /**
   * A copy of {@code value} with the member at {@code path} replaced by {@code replacement}. The path
   * must lead to an existing member or to a new key of an existing object.
   *
   * @throws IllegalArgumentException when the path leads nowhere
   */
  public static JsonValue with(JsonValue value, AttributePath path, JsonValue replacement) {
    if (path.isRoot()) {
      return replacement;
    }
    JsonValue out = edit(value, path.steps(), 0, replacement);
    if (out == null) {
      throw new IllegalArgumentException("no member at " + path.render());
    }
    return out;
  }

  /** Every path into {@code value} that leads to a member (objects' keys and arrays' elements), outermost first. */
  public static List<AttributePath> paths(JsonValue value) {
    List<AttributePath> out = new ArrayList<>();
    collect(value, AttributePath.root(), out);
    return out;
  }

  private static void collect(JsonValue v, AttributePath at, List<AttributePath> out) {
    if (v instanceof JsonValue.Obj o) {
      for (String k : o.keys()) {
        AttributePath p = at.child(k);
        out.add(p);
        collect(o.get(k), p, out);
      }
    } else if (v instanceof JsonValue.Arr a) {
      for (int i = 0; i < a.size(); i++) {
        AttributePath p = at.child(i);
        out.add(p);
        collect(a.get(i), p, out);
      }
    }
  }

  /** Edits at the end of the steps: removes (replacement null) or replaces. Returns null if the path leads nowhere when replacing. */
  private static @Nullable JsonValue edit(JsonValue v, List<PathStep> steps, int i, @Nullable JsonValue replacement) {
    PathStep s = steps.get(i);
    boolean last = i == steps.size() - 1;
    if (v instanceof JsonValue.Obj o && !(s instanceof PathStep.Index)) {
      String k = name(s);
      if (last) {
        if (replacement == null) {
          return o.without(java.util.Set.of(k));
        }
        return o.with(k, replacement);
      }
      if (!o.has(k)) {
        return replacement == null ? v : null;
      }
      JsonValue inner = edit(o.get(k), steps, i + 1, replacement);
      return inner == null ? null : o.with(k, inner);
    }
    if (v instanceof JsonValue.Arr a && s instanceof PathStep.Index idx) {
      int n = idx.index();
      if (n < 0 || n >= a.size()) {
        return replacement == null ? v : null;
      }
      List<JsonValue> l = new ArrayList<>(a.elements());
      if (last) {
        l.set(n, replacement == null ? JsonValue.nullValue() : replacement);
      } else {
        JsonValue inner = edit(a.get(n), steps, i + 1, replacement);
        if (inner == null) {
          return null;
        }
        l.set(n, inner);
      }
      return JsonValue.array(l);
    }
    return replacement == null ? v : null;
  }

  private static boolean startsWith(AttributePath p, AttributePath prefix) {
    return !p.isAll() && prefix.covers(p);
  }

  private static String name(PathStep s) {
    if (s instanceof PathStep.Attribute a) {
      return a.name();
    }
    if (s instanceof PathStep.Key k) {
      return k.key();
    }
    return null;
  }

  private static boolean isFalse(JsonValue m) {
    return m instanceof JsonValue.Bool b && !b.value();
  }
}
