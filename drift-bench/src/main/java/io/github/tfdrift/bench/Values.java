package io.github.tfdrift.bench;

import io.github.tfdrift.core.value.JsonValue;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Predicate;

/** Small helpers that build attribute values the way providers shape them. */
final class Values {
  static final JsonValue NULL = JsonValue.nullValue();
  static final JsonValue TRUE = JsonValue.of(true);
  static final JsonValue FALSE = JsonValue.of(false);
  static final JsonValue.Arr EMPTY_LIST = JsonValue.Arr.EMPTY;
  static final JsonValue.Obj EMPTY_OBJECT = JsonValue.Obj.EMPTY;

  private static final char[] HEX = "0123456789abcdef".toCharArray();
  private static final char[] ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789".toCharArray();

  private Values() {}

  static JsonValue s(String v) {
    return JsonValue.of(v);
  }

  static JsonValue n(long v) {
    return JsonValue.of(v);
  }

  static JsonValue b(boolean v) {
    return v ? TRUE : FALSE;
  }

  static JsonValue.Arr list(JsonValue... elements) {
    return JsonValue.array(elements);
  }

  static JsonValue.Arr list(List<? extends JsonValue> elements) {
    return JsonValue.array(elements);
  }

  static JsonValue.Arr strings(Collection<String> values) {
    List<JsonValue> l = new ArrayList<>(values.size());
    for (String v : values) {
      l.add(s(v));
    }
    return JsonValue.array(l);
  }

  static String hex(Random r, int n) {
    char[] c = new char[n];
    for (int i = 0; i < n; i++) {
      c[i] = HEX[r.nextInt(16)];
    }
    return new String(c);
  }

  static String alnum(Random r, int n) {
    char[] c = new char[n];
    for (int i = 0; i < n; i++) {
      c[i] = ALNUM[r.nextInt(ALNUM.length)];
    }
    return new String(c);
  }

  static <T> T pick(Random r, List<T> from) {
    return from.get(r.nextInt(from.size()));
  }

  @SafeVarargs
  static <T> T pick(Random r, T... from) {
    return from[r.nextInt(from.length)];
  }

  static String ip(Random r, String prefix) {
    return prefix + r.nextInt(256) + "." + (1 + r.nextInt(254));
  }

  /** An object builder whose keys come out sorted, as Terraform writes attribute objects. */
  static final class Obj {
    private final Map<String, JsonValue> m;

    private Obj(Map<String, JsonValue> m) {
      this.m = m;
    }

    static Obj sorted() {
      return new Obj(new TreeMap<>());
    }

    static Obj ordered() {
      return new Obj(new LinkedHashMap<>());
    }

    static Obj copyOf(JsonValue.Obj o) {
      Obj c = sorted();
      o.forEach(c::put);
      return c;
    }

    Obj put(String k, JsonValue v) {
      m.put(k, v);
      return this;
    }

    Obj s(String k, String v) {
      return put(k, v == null ? NULL : Values.s(v));
    }

    Obj n(String k, long v) {
      return put(k, Values.n(v));
    }

    Obj b(String k, boolean v) {
      return put(k, Values.b(v));
    }

    Obj nul(String k) {
      return put(k, NULL);
    }

    Obj remove(String k) {
      m.remove(k);
      return this;
    }

    JsonValue get(String k) {
      JsonValue v = m.get(k);
      return v == null ? JsonValue.absent() : v;
    }

    JsonValue.Obj build() {
      return JsonValue.object(m);
    }
  }

  /**
   * The mirror of a value as Terraform writes {@code after_unknown}, {@code *_sensitive} and {@code
   * sensitive_values}: objects keep the keys of nested containers and of marked leaves, lists keep
   * one entry per element ({@code false} for an unmarked scalar). Paths look like {@code
   * environment[].variables}.
   */
  static JsonValue mirror(JsonValue v, Predicate<String> marked) {
    return mirror(v, marked, "");
  }

  private static JsonValue mirror(JsonValue v, Predicate<String> marked, String path) {
    if (v instanceof JsonValue.Obj o) {
      Map<String, JsonValue> out = new LinkedHashMap<>();
      o.forEach(
          (k, child) -> {
            String p = path.isEmpty() ? k : path + "." + k;
            if (marked.test(p)) {
              out.put(k, TRUE);
            } else if (child instanceof JsonValue.Obj || child instanceof JsonValue.Arr) {
              out.put(k, mirror(child, marked, p));
            }
          });
      return JsonValue.object(out);
    }
    if (v instanceof JsonValue.Arr a) {
      String p = path + "[]";
      boolean m = marked.test(p);
      List<JsonValue> out = new ArrayList<>(a.size());
      for (JsonValue e : a.elements()) {
        if (m) {
          out.add(TRUE);
        } else if (e instanceof JsonValue.Obj || e instanceof JsonValue.Arr) {
          out.add(mirror(e, marked, p));
        } else {
          out.add(FALSE);
        }
      }
      return JsonValue.array(out);
    }
    return marked.test(path) ? TRUE : FALSE;
  }
}
