package io.github.tfdrift.core.value;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Arrays;

/**
 * Reads {@link JsonValue}s from a Jackson parser for one document. Compared with {@link
 * JsonValues#read(JsonParser)} it allocates less: it collects members and elements in one reusable
 * buffer and copies each object or array once, at its exact size, and it shares equal short strings and
 * small whole numbers among all the values it reads (values are immutable, so sharing cannot be
 * observed). A plan repeats such values everywhere (ids, regions, {@code ""}, {@code "default"}, the
 * same attributes in {@code before}, {@code after}, {@code planned_values} and {@code prior_state}).
 *
 * <p>Not thread-safe. Use one reader per document and drop it with the document: the strings it
 * shares are the document's own, and may be secrets.
 */
public final class JsonValueReader {
  /** Strings up to this length are shared. */
  private static final int SHARED_LENGTH = 64;
  /** Slots of the shared-string table of a large document: {@code 1 << TABLE_BITS}. */
  private static final int TABLE_BITS = 13;

  /**
   * Slots of the table a document starts with: {@code 1 << FIRST_BITS}. A reader of one entry (an
   * entry read again by its place, thousands of times in a large plan) then allocates 2 KB, not 64
   * KB; the table grows to {@code 1 << TABLE_BITS} once twice as many strings as it has slots were
   * added to it.
   */
  private static final int FIRST_BITS = 8;
  /** Whole numbers from 0 to this bound (exclusive) are shared by every reader. */
  private static final int SMALL_INTS = 1024;

  private static final JsonValue.Num[] INTS = new JsonValue.Num[SMALL_INTS];
  private static final JsonValue.Str EMPTY_STRING = new JsonValue.Str("");

  static {
    for (int i = 0; i < SMALL_INTS; i++) {
      INTS[i] = new JsonValue.Num(Integer.toString(i));
    }
  }

  private final boolean share;
  private JsonValue.Str[] strings;
  private int[] hashes;
  private int bits;
  private int added;
  private char[] scratch; // a string shared ahead, as characters, for its hash
  private String[] keys = new String[64];
  private JsonValue[] values = new JsonValue[64];
  private int top;

  private JsonValueReader(boolean share) {
    this.share = share;
  }

  /** A reader for one document. */
  public static JsonValueReader create() {
    return new JsonValueReader(true);
  }

  /** A reader that shares no strings: for one-off values. */
  static JsonValueReader unshared() {
    return new JsonValueReader(false);
  }

  /**
   * Reads the value at the parser's current token (which must be the first token of a value) and
   * leaves the parser on the value's last token.
   *
   * @param p the parser
   * @return the value
   * @throws IOException as the parser throws it, for malformed input or a broken constraint
   */
  public JsonValue read(JsonParser p) throws IOException {
    int base = top;
    try {
      return value(p, p.currentToken());
    } finally {
      if (top != base) { // an exception unwound a partial object or array
        Arrays.fill(keys, base, top, null);
        Arrays.fill(values, base, top, null);
        top = base;
      }
    }
  }

  private JsonValue value(JsonParser p, JsonToken t) throws IOException {
    if (t == null) {
      throw new IOException("no current token");
    }
    switch (t) {
      case START_OBJECT:
        return object(p);
      case START_ARRAY:
        return array(p);
      case VALUE_STRING:
        return string(p);
      case VALUE_NUMBER_INT:
        return integer(p);
      case VALUE_NUMBER_FLOAT:
        return new JsonValue.Num(p.getText());
      case VALUE_TRUE:
        return JsonValue.Bool.TRUE;
      case VALUE_FALSE:
        return JsonValue.Bool.FALSE;
      case VALUE_NULL:
        return JsonValue.Null.INSTANCE;
      default:
        throw new IOException("unexpected token " + t);
    }
  }

  private JsonValue.Obj object(JsonParser p) throws IOException {
    int start = top;
    JsonToken t;
    while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
      String key = p.currentName();
      JsonValue v = value(p, p.nextToken());
      push(key, v);
    }
    if (t != JsonToken.END_OBJECT) {
      throw new IOException("unexpected token " + t);
    }
    if (top == start) {
      return JsonValue.Obj.EMPTY;
    }
    // new T[n] and arraycopy, not Arrays.copyOfRange: that allocates by reflection unless C2 compiled it.
    int n = top - start;
    String[] k = new String[n];
    JsonValue[] v = new JsonValue[n];
    System.arraycopy(keys, start, k, 0, n);
    System.arraycopy(values, start, v, 0, n);
    pop(start);
    return JsonValue.Obj.wrap(k, v);
  }

  private JsonValue.Arr array(JsonParser p) throws IOException {
    int start = top;
    JsonToken t;
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      if (t == null) {
        throw new IOException("unexpected end of input");
      }
      push(null, value(p, t));
    }
    if (top == start) {
      return JsonValue.Arr.EMPTY;
    }
    JsonValue[] v = new JsonValue[top - start];
    System.arraycopy(values, start, v, 0, v.length);
    pop(start);
    return JsonValue.Arr.wrap(v);
  }

  private void push(String key, JsonValue v) {
    if (top == values.length) {
      keys = Arrays.copyOf(keys, top * 2);
      values = Arrays.copyOf(values, top * 2);
    }
    keys[top] = key;
    values[top] = v;
    top++;
  }

  /** Forgets the entries above {@code start}, so the buffer keeps no value alive. */
  private void pop(int start) {
    Arrays.fill(keys, start, top, null);
    Arrays.fill(values, start, top, null);
    top = start;
  }

  private JsonValue integer(JsonParser p) throws IOException {
    int len = p.getTextLength();
    if (len <= 4) {
      int v = p.getIntValue();
      // Shared only when the number is written canonically (not "-0"), so the literal is kept.
      if (v >= 0 && v < SMALL_INTS && len == (v < 10 ? 1 : v < 100 ? 2 : v < 1000 ? 3 : 4)) {
        return INTS[v];
      }
    }
    return new JsonValue.Num(p.getText());
  }

  /**
   * The text of the string at the parser's current token ({@code VALUE_STRING}), shared as {@link
   * #read} shares the strings of values: a short string read before by this reader is returned again,
   * not copied (the types, provider names and module addresses a plan repeats on every entry).
   *
   * @param p the parser, on a string
   * @return the string
   * @throws IOException as the parser throws it
   */
  public String text(JsonParser p) throws IOException {
    return string(p).value();
  }

  /**
   * Puts {@code s} in the shared-string table, so that an equal string read next is {@code s} itself,
   * not a copy: for a part of a document read again whose strings are held already (an entry's
   * address, kept with its place in the plan's outline). A string longer than the shared ones is not
   * put.
   *
   * @param s a string of the same document
   */
  public void share(String s) {
    int len = s.length();
    if (!share || len == 0 || len > SHARED_LENGTH) {
      return;
    }
    if (scratch == null) {
      scratch = new char[SHARED_LENGTH];
    }
    s.getChars(0, len, scratch, 0);
    int h = hash(scratch, 0, len);
    int slot = slot(h);
    strings[slot] = new JsonValue.Str(s);
    hashes[slot] = h;
  }

  /** A cheap hash of the length and five sampled characters; equality is checked in full. */
  private static int hash(char[] buf, int off, int len) {
    int last = off + len - 1;
    int h = len;
    h = 31 * h + buf[off];
    h = 31 * h + buf[last];
    h = 31 * h + buf[off + (len >> 1)];
    h = 31 * h + buf[off + (len >> 2)];
    return 31 * h + buf[last - (len >> 2)];
  }

  /** The table's slot for a hash, the table made first if there is none. */
  private int slot(int h) {
    if (strings == null) {
      table(FIRST_BITS);
    }
    return (h * 0x9E3779B9) >>> (32 - bits);
  }

  private JsonValue.Str string(JsonParser p) throws IOException {
    if (!share) {
      return new JsonValue.Str(p.getText());
    }
    int len = p.getTextLength();
    if (len == 0) {
      return EMPTY_STRING;
    }
    if (len > SHARED_LENGTH) {
      return new JsonValue.Str(p.getText());
    }
    char[] buf = p.getTextCharacters();
    int off = p.getTextOffset();
    int h = hash(buf, off, len);
    int slot = slot(h);
    JsonValue.Str s = strings[slot];
    if (s != null && hashes[slot] == h && equal(s.value(), buf, off, len)) {
      return s;
    }
    s = new JsonValue.Str(new String(buf, off, len));
    if (++added > 2 << bits && bits < TABLE_BITS) {
      table(TABLE_BITS); // a large document: the strings shared so far are forgotten, not lost
      slot = slot(h);
    }
    strings[slot] = s;
    hashes[slot] = h;
    return s;
  }

  /** A new, empty table of {@code 1 << b} slots. */
  private void table(int b) {
    bits = b;
    strings = new JsonValue.Str[1 << b];
    hashes = new int[1 << b];
  }

  private static boolean equal(String s, char[] buf, int off, int len) {
    if (s.length() != len) {
      return false;
    }
    for (int i = 0; i < len; i++) {
      if (s.charAt(i) != buf[off + i]) {
        return false;
      }
    }
    return true;
  }
}
