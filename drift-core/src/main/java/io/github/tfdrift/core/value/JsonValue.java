package io.github.tfdrift.core.value;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * An immutable JSON value as it appears in a plan: attribute values ({@code before}, {@code after},
 * {@code values}), mirrors ({@code after_unknown}, {@code *_sensitive}), variables, and any field the
 * typed model does not know.
 *
 * <p>Absent and {@code null} are kept apart: {@link #absent()} stands for a key that was not in the
 * document (for example a wholly unknown {@code after}), {@link #nullValue()} for a JSON {@code null}.
 * Numbers keep the text they were written with ({@code 1.0} is written back as {@code 1.0}) and compare
 * by value ({@code 1} equals {@code 1.0}). Objects keep their key order and compare as maps.
 *
 * <p><b>{@code toString()} never prints content</b>, only the shape ({@code Str(12 chars)},
 * {@code Obj(3 keys)}), because plans carry secrets in clear text. Use {@link JsonValues#toJson} to
 * render a value deliberately.
 */
public sealed interface JsonValue
    permits JsonValue.Absent, JsonValue.Null, JsonValue.Bool, JsonValue.Num, JsonValue.Str,
        JsonValue.Arr, JsonValue.Obj {

  /** The value of a key that is not present. */
  static JsonValue absent() {
    return Absent.INSTANCE;
  }

  /** JSON {@code null}. */
  static JsonValue nullValue() {
    return Null.INSTANCE;
  }

  /** A JSON boolean. */
  static Bool of(boolean b) {
    return b ? Bool.TRUE : Bool.FALSE;
  }

  /** A JSON string. */
  static Str of(String s) {
    return new Str(Objects.requireNonNull(s, "s"));
  }

  /** A JSON number from an integer. */
  static Num of(long n) {
    return new Num(Long.toString(n));
  }

  /** A JSON number from a decimal, written with its plain text. */
  static Num of(BigDecimal n) {
    return new Num(n.toString());
  }

  /** A JSON number from its literal text; the text must be a valid JSON number. */
  static Num number(String literal) {
    return Num.parse(literal);
  }

  /** A JSON array of the given elements. */
  static Arr array(List<? extends JsonValue> elements) {
    return Arr.of(elements);
  }

  /** A JSON array of the given elements. */
  static Arr array(JsonValue... elements) {
    return Arr.of(Arrays.asList(elements));
  }

  /** A JSON object with the entries of the map, in its iteration order. */
  static Obj object(Map<String, ? extends JsonValue> entries) {
    return Obj.of(entries);
  }

  /** The JSON type of this value. */
  JsonType type();

  /** True for {@link #absent()}. */
  default boolean isAbsent() {
    return false;
  }

  /** True for JSON {@code null}. */
  default boolean isNull() {
    return false;
  }

  /** True for {@code null} or absent. */
  default boolean isNullOrAbsent() {
    return isNull() || isAbsent();
  }

  /** The member {@code key} of an object, or {@link #absent()} for anything else. */
  default JsonValue get(String key) {
    return absent();
  }

  /** The element at {@code index} of an array, or {@link #absent()} for anything else. */
  default JsonValue get(int index) {
    return absent();
  }

  /** This value as text if it is a string. */
  default Optional<String> asText() {
    return Optional.empty();
  }

  /** The JSON kinds a value can have; {@link #ABSENT} is the missing key. */
  enum JsonType {
    ABSENT, NULL, BOOLEAN, NUMBER, STRING, ARRAY, OBJECT
  }

  /** A key that was not in the document. */
  final class Absent implements JsonValue {
    static final Absent INSTANCE = new Absent();

    private Absent() {}

    @Override
    public JsonType type() {
      return JsonType.ABSENT;
    }

    @Override
    public boolean isAbsent() {
      return true;
    }

    @Override
    public String toString() {
      return "Absent";
    }
  }

  /** JSON {@code null}. */
  final class Null implements JsonValue {
    static final Null INSTANCE = new Null();

    private Null() {}

    @Override
    public JsonType type() {
      return JsonType.NULL;
    }

    @Override
    public boolean isNull() {
      return true;
    }

    @Override
    public String toString() {
      return "Null";
    }
  }

  /** A JSON boolean. */
  final class Bool implements JsonValue {
    static final Bool TRUE = new Bool(true);
    static final Bool FALSE = new Bool(false);
    private final boolean value;

    private Bool(boolean value) {
      this.value = value;
    }

    /** The boolean. */
    public boolean value() {
      return value;
    }

    @Override
    public JsonType type() {
      return JsonType.BOOLEAN;
    }

    @Override
    public String toString() {
      return "Bool";
    }
  }

  /**
   * A JSON number, kept as the literal text it was written with. Equality and hashing are by numeric
   * value, so {@code 1}, {@code 1.0} and {@code 1e0} are equal.
   */
  final class Num implements JsonValue {
    private final String literal;
    private transient BigDecimal decimal;

    Num(String literal) {
      this.literal = literal;
    }

    private static final java.util.regex.Pattern JSON_NUMBER =
        java.util.regex.Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

    static Num parse(String literal) {
      Objects.requireNonNull(literal, "literal");
      if (!JSON_NUMBER.matcher(literal).matches()) {
        throw new IllegalArgumentException("not a JSON number literal");
      }
      return new Num(literal);
    }

    /** The number exactly as written in the document. */
    public String literal() {
      return literal;
    }

    /** The exact numeric value. */
    public BigDecimal decimalValue() {
      BigDecimal d = decimal;
      if (d == null) {
        d = new BigDecimal(literal);
        decimal = d;
      }
      return d;
    }

    @Override
    public JsonType type() {
      return JsonType.NUMBER;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Num other
          && (literal.equals(other.literal) || decimalValue().compareTo(other.decimalValue()) == 0);
    }

    @Override
    public int hashCode() {
      BigDecimal d = decimalValue();
      return d.signum() == 0 ? 0 : d.stripTrailingZeros().hashCode();
    }

    @Override
    public String toString() {
      return "Num";
    }
  }

  /** A JSON string. */
  final class Str implements JsonValue {
    private final String value;

    Str(String value) {
      this.value = value;
    }

    /** The string. */
    public String value() {
      return value;
    }

    @Override
    public Optional<String> asText() {
      return Optional.of(value);
    }

    @Override
    public JsonType type() {
      return JsonType.STRING;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Str other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
      return value.hashCode();
    }

    @Override
    public String toString() {
      return "Str(" + value.length() + " chars)";
    }
  }

  /** A JSON array. */
  final class Arr implements JsonValue {
    /** The empty array. */
    public static final Arr EMPTY = new Arr(new JsonValue[0]);
    private final JsonValue[] elements;

    private Arr(JsonValue[] elements) {
      this.elements = elements;
    }

    static Arr of(List<? extends JsonValue> elements) {
      if (elements.isEmpty()) {
        return EMPTY;
      }
      JsonValue[] a = elements.toArray(new JsonValue[0]);
      for (JsonValue v : a) {
        if (v == null || v.isAbsent()) {
          throw new IllegalArgumentException("array elements must be present values");
        }
      }
      return new Arr(a);
    }

    /** Wraps an array the caller gives up; for readers only. */
    static Arr wrap(JsonValue[] elements) {
      return elements.length == 0 ? EMPTY : new Arr(elements);
    }

    /** Number of elements. */
    public int size() {
      return elements.length;
    }

    /** True when there are no elements. */
    public boolean isEmpty() {
      return elements.length == 0;
    }

    @Override
    public JsonValue get(int index) {
      return index >= 0 && index < elements.length ? elements[index] : absent();
    }

    /** The elements, as an unmodifiable list. */
    public List<JsonValue> elements() {
      return Collections.unmodifiableList(Arrays.asList(elements));
    }

    @Override
    public JsonType type() {
      return JsonType.ARRAY;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Arr other && Arrays.equals(elements, other.elements);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(elements);
    }

    @Override
    public String toString() {
      return "Arr(" + elements.length + " elements)";
    }
  }

  /** A JSON object; keys keep document order, equality ignores it. */
  final class Obj implements JsonValue {
    /** The empty object. */
    public static final Obj EMPTY = new Obj(new String[0], new JsonValue[0]);
    private final String[] keys;
    private final JsonValue[] values;

    private Obj(String[] keys, JsonValue[] values) {
      this.keys = keys;
      this.values = values;
    }

    static Obj of(Map<String, ? extends JsonValue> entries) {
      if (entries.isEmpty()) {
        return EMPTY;
      }
      String[] k = new String[entries.size()];
      JsonValue[] v = new JsonValue[entries.size()];
      int i = 0;
      for (Map.Entry<String, ? extends JsonValue> e : entries.entrySet()) {
        if (e.getValue() == null || e.getValue().isAbsent()) {
          continue;
        }
        k[i] = Objects.requireNonNull(e.getKey(), "key");
        v[i] = e.getValue();
        i++;
      }
      return i == k.length ? new Obj(k, v) : new Obj(Arrays.copyOf(k, i), Arrays.copyOf(v, i));
    }

    /**
     * An object with exactly these members, in this order, duplicate names included (absent values
     * are left out). This is how readers and rewriters keep a document whole: a plan edited by hand
     * can hold the same member name twice, and every member is written back.
     *
     * @param keys the member names
     * @param values the values, one per name
     * @return the object
     * @throws IllegalArgumentException when the lists differ in length
     */
    public static Obj ofMembers(List<String> keys, List<? extends JsonValue> values) {
      if (keys.size() != values.size()) {
        throw new IllegalArgumentException(keys.size() + " names for " + values.size() + " values");
      }
      List<String> k = new ArrayList<>(keys.size());
      List<JsonValue> v = new ArrayList<>(keys.size());
      for (int i = 0; i < keys.size(); i++) {
        JsonValue value = Objects.requireNonNull(values.get(i), "value");
        if (!value.isAbsent()) {
          k.add(Objects.requireNonNull(keys.get(i), "key"));
          v.add(value);
        }
      }
      return wrap(k.toArray(new String[0]), v.toArray(new JsonValue[0]));
    }

    /**
     * A copy with every member's value replaced by {@code edit(name, value)}, in place: names, order
     * and duplicate names are kept; a member whose new value is absent is left out.
     *
     * @param edit the new value of a member from its name and value
     * @return this object when nothing changed, else the edited copy
     */
    public Obj mapValues(java.util.function.BiFunction<String, JsonValue, JsonValue> edit) {
      JsonValue[] v = null;
      for (int i = 0; i < keys.length; i++) {
        JsonValue n = Objects.requireNonNull(edit.apply(keys[i], values[i]), "edited value");
        if (n != values[i]) {
          if (v == null) {
            v = values.clone();
          }
          v[i] = n;
        }
      }
      if (v == null) {
        return this;
      }
      return ofMembers(Arrays.asList(keys), Arrays.asList(v));
    }

    /**
     * Wraps parallel arrays the caller gives up; for readers only. Every member is kept, duplicate
     * names included (so that writing gives the document back); {@link #get(String)} sees the last
     * of duplicates, as Go's decoder does.
     */
    static Obj wrap(String[] keys, JsonValue[] values) {
      if (keys.length == 0) {
        return EMPTY;
      }
      return new Obj(keys, values);
    }

    /** Number of members. */
    public int size() {
      return keys.length;
    }

    /** True when there are no members. */
    public boolean isEmpty() {
      return keys.length == 0;
    }

    /** True when the object has the key. */
    public boolean has(String key) {
      return indexOf(key) >= 0;
    }

    @Override
    public JsonValue get(String key) {
      int i = indexOf(key);
      return i < 0 ? absent() : values[i];
    }

    private int indexOf(String key) {
      for (int i = keys.length - 1; i >= 0; i--) {
        if (keys[i] == key || keys[i].equals(key)) {
          return i;
        }
      }
      return -1;
    }

    /**
     * The key of the member at a position, in document order: with {@link #valueAt(int)}, a way to
     * walk an object without allocating.
     *
     * @param i from 0 to {@code size() - 1}
     * @return the key
     * @throws IndexOutOfBoundsException when {@code i} is out of range
     */
    public String keyAt(int i) {
      return keys[i];
    }

    /**
     * The value of the member at a position, in document order.
     *
     * @param i from 0 to {@code size() - 1}
     * @return the value
     * @throws IndexOutOfBoundsException when {@code i} is out of range
     */
    public JsonValue valueAt(int i) {
      return values[i];
    }

    /** The keys in document order. */
    public List<String> keys() {
      return Collections.unmodifiableList(Arrays.asList(keys));
    }

    /** Calls {@code action} for every member in document order. */
    public void forEach(BiConsumer<String, JsonValue> action) {
      for (int i = 0; i < keys.length; i++) {
        action.accept(keys[i], values[i]);
      }
    }

    /** The members as an unmodifiable ordered map. */
    public Map<String, JsonValue> asMap() {
      Map<String, JsonValue> m = new LinkedHashMap<>();
      forEach(m::put);
      return Collections.unmodifiableMap(m);
    }

    /** A copy with {@code key} set to {@code value} (appended when new, removed when absent). */
    public Obj with(String key, JsonValue value) {
      Map<String, JsonValue> m = new LinkedHashMap<>();
      forEach(m::put);
      if (value.isAbsent()) {
        m.remove(key);
      } else {
        m.put(key, value);
      }
      return of(m);
    }

    /** A copy without the given keys. */
    public Obj without(Set<String> removed) {
      List<String> k = new ArrayList<>();
      List<JsonValue> v = new ArrayList<>();
      for (int i = 0; i < keys.length; i++) {
        if (!removed.contains(keys[i])) {
          k.add(keys[i]);
          v.add(values[i]);
        }
      }
      return wrap(k.toArray(new String[0]), v.toArray(new JsonValue[0]));
    }

    @Override
    public JsonType type() {
      return JsonType.OBJECT;
    }

    @Override
    public boolean equals(Object o) {
      if (this == o) {
        return true;
      }
      if (!(o instanceof Obj other)) {
        return false;
      }
      if (other.keys.length == keys.length) {
        boolean sameOrder = true;
        for (int i = 0; i < keys.length && sameOrder; i++) {
          sameOrder = keys[i].equals(other.keys[i]);
        }
        if (sameOrder && sameValuesInPlace(other)) {
          return true;
        }
      }
      // As maps: the last of duplicate names counts, as for get().
      for (int i = 0; i < keys.length; i++) {
        if (!get(keys[i]).equals(other.get(keys[i]))) {
          return false;
        }
      }
      for (int i = 0; i < other.keys.length; i++) {
        if (!has(other.keys[i])) {
          return false;
        }
      }
      return true;
    }

    @Override
    public int hashCode() {
      int h = 0;
      for (int i = 0; i < keys.length; i++) {
        if (isLastOf(i)) {
          h += keys[i].hashCode() ^ values[i].hashCode();
        }
      }
      return h;
    }

    private boolean sameValuesInPlace(Obj other) {
      for (int i = 0; i < keys.length; i++) {
        if (!values[i].equals(other.values[i])) {
          return false;
        }
      }
      return true;
    }

    /** True when no later member has the name of member {@code i}. */
    private boolean isLastOf(int i) {
      for (int j = keys.length - 1; j > i; j--) {
        if (keys[j].equals(keys[i])) {
          return false;
        }
      }
      return true;
    }

    @Override
    public String toString() {
      return "Obj(" + keys.length + " keys)";
    }
  }
}
