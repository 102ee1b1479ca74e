package io.github.tfdrift.testkit.builder;

import io.github.tfdrift.core.value.JsonValue;
import io.github.tfdrift.core.value.JsonValues;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Short ways to write attribute values in tests: {@code Json.obj("memory", Json.arr(Json.obj(
 * "dedicated", 8192)))}. Java values convert as you would expect: {@code null} is JSON null, strings,
 * booleans and numbers are themselves, lists become arrays, maps become objects, and a {@link
 * JsonValue} stays as it is.
 */
public final class Json {
  private Json() {}

  /**
   * An object from alternating keys and values: {@code obj("name", "vm", "vm_id", 101)}.
   *
   * @throws IllegalArgumentException when the arguments are not key/value pairs with string keys
   */
  public static JsonValue.Obj obj(Object... keysAndValues) {
    if (keysAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("obj(...) takes key/value pairs");
    }
    Map<String, JsonValue> m = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      if (!(keysAndValues[i] instanceof String k)) {
        throw new IllegalArgumentException("key " + (i / 2) + " is not a string");
      }
      m.put(k, of(keysAndValues[i + 1]));
    }
    return JsonValue.object(m);
  }

  /** An array of the given elements, each converted with {@link #of(Object)}. */
  public static JsonValue.Arr arr(Object... elements) {
    List<JsonValue> l = new ArrayList<>(elements.length);
    for (Object e : elements) {
      l.add(of(e));
    }
    return JsonValue.array(l);
  }

  /** An array of strings. */
  public static JsonValue.Arr strings(Collection<String> elements) {
    List<JsonValue> l = new ArrayList<>(elements.size());
    for (String e : elements) {
      l.add(JsonValue.of(e));
    }
    return JsonValue.array(l);
  }

  /** JSON {@code null}. */
  public static JsonValue nul() {
    return JsonValue.nullValue();
  }

  /** A number written exactly as {@code literal} ({@code "1.0"} stays {@code 1.0}). */
  public static JsonValue num(String literal) {
    return JsonValue.number(literal);
  }

  /**
   * Parses JSON text known to be valid (test data).
   *
   * @throws IllegalArgumentException when the text is not JSON
   */
  public static JsonValue parse(String json) {
    return JsonValues.parseTrusted(json);
  }

  /**
   * Converts a Java value: {@code null}, {@link JsonValue}, {@link String}, {@link Boolean}, any
   * {@link Number}, {@link List}/{@link Collection} and {@link Map} with string keys.
   *
   * @throws IllegalArgumentException for any other type
   */
  public static JsonValue of(Object v) {
    if (v == null) {
      return JsonValue.nullValue();
    }
    if (v instanceof JsonValue j) {
      return j;
    }
    if (v instanceof String s) {
      return JsonValue.of(s);
    }
    if (v instanceof Boolean b) {
      return JsonValue.of(b);
    }
    if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
      return JsonValue.of(((Number) v).longValue());
    }
    if (v instanceof BigInteger bi) {
      return JsonValue.number(bi.toString());
    }
    if (v instanceof BigDecimal bd) {
      return JsonValue.of(bd);
    }
    if (v instanceof Double || v instanceof Float) {
      return JsonValue.of(new BigDecimal(v.toString()));
    }
    if (v instanceof Collection<?> c) {
      return arr(c.toArray());
    }
    if (v instanceof Map<?, ?> m) {
      Map<String, JsonValue> out = new LinkedHashMap<>();
      for (Map.Entry<?, ?> e : m.entrySet()) {
        if (!(e.getKey() instanceof String k)) {
          throw new IllegalArgumentException("map keys must be strings");
        }
        out.put(k, of(e.getValue()));
      }
      return JsonValue.object(out);
    }
    throw new IllegalArgumentException("cannot convert " + v.getClass().getName() + " to JSON");
  }

  /**
   * A deep copy with every object's keys in sorted order, as Terraform and OpenTofu write attribute
   * values (cty objects and maps are encoded sorted by key).
   */
  public static JsonValue sorted(JsonValue v) {
    if (v instanceof JsonValue.Obj o) {
      Map<String, JsonValue> m = new TreeMap<>();
      o.forEach((k, x) -> m.put(k, sorted(x)));
      return JsonValue.object(m);
    }
    if (v instanceof JsonValue.Arr a) {
      List<JsonValue> l = new ArrayList<>(a.size());
      for (JsonValue e : a.elements()) {
        l.add(sorted(e));
      }
      return JsonValue.array(l);
    }
    return v;
  }
}
