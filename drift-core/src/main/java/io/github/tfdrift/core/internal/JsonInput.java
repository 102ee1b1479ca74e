package io.github.tfdrift.core.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import io.github.tfdrift.core.read.PlanError;
import io.github.tfdrift.core.read.ReadOptions;
import io.github.tfdrift.core.value.JsonValue;
import io.github.tfdrift.core.value.JsonValueReader;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A Jackson parser with typed reads that fail as {@link ReadFailure}s naming the JSON path, line and
 * column, and with Jackson's own errors translated into messages that never echo the input.
 */
public final class JsonInput implements AutoCloseable {
  /** Handles one member of an object; returns false when the member is not known. */
  @FunctionalInterface
  public interface FieldHandler {
    /** Reads the member's value (the parser is on its first token) or returns false. */
    boolean field(String name) throws IOException, ReadFailure;
  }

  /** Reads one element. */
  @FunctionalInterface
  public interface ElementReader<T> {
    /** Reads the element at the current token. */
    T read() throws IOException, ReadFailure;
  }

  /** Reads one element and keeps nothing. */
  @FunctionalInterface
  public interface ElementVisitor {
    /** Reads the element at the current token (ending on its last token). */
    void visit() throws IOException, ReadFailure;
  }

  private final JsonParser p;
  private final String source;
  private final Eof eof;
  private final JsonValueReader values;
  private Map<String, JsonValue> extras;

  private JsonInput(JsonParser p, String source, Eof eof, JsonValueReader values) {
    this.p = p;
    this.source = source;
    this.eof = eof;
    this.values = values;
  }

  /** Records whether the underlying input has reported its end. */
  private static final class Eof {
    boolean reached;

    /** Passes on what a read returned, noting the end of the input (a negative result). */
    int saw(int read) {
      reached |= read < 0;
      return read;
    }
  }

  private static final class EofInputStream extends FilterInputStream {
    private final Eof eof;

    EofInputStream(InputStream in, Eof eof) {
      super(in);
      this.eof = eof;
    }

    @Override
    public int read() throws IOException {
      return eof.saw(super.read());
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      return eof.saw(super.read(b, off, len));
    }
  }

  private static final class EofReader extends FilterReader {
    private final Eof eof;

    EofReader(Reader in, Eof eof) {
      super(in);
      this.eof = eof;
    }

    @Override
    public int read() throws IOException {
      return eof.saw(super.read());
    }

    @Override
    public int read(char[] b, int off, int len) throws IOException {
      return eof.saw(super.read(b, off, len));
    }
  }

  /** The factory for the given limits. */
  public static JsonFactory factory(ReadOptions o) {
    return settings(o).build();
  }

  /**
   * A factory for the given limits whose parsers over UTF-8 byte streams step over skipped values by
   * their bytes ({@link #skims()}): faster, and as strict, but a value it cannot vouch for fails the
   * read with a syntax error, so a read with it must be repeated with {@link #factory} when it fails.
   *
   * @param o the limits
   * @param plain {@link #factory(ReadOptions)} of the same limits, for reading the bytes {@link #skim()} returns
   */
  public static JsonFactory skimmingFactory(ReadOptions o, JsonFactory plain) {
    return SkimmingParser.factory(settings(o), plain);
  }

  private static com.fasterxml.jackson.core.JsonFactoryBuilder settings(ReadOptions o) {
    return new com.fasterxml.jackson.core.JsonFactoryBuilder()
        .streamReadConstraints(
            StreamReadConstraints.builder()
                .maxDocumentLength(o.maxDocumentBytes())
                .maxStringLength(o.maxStringLength())
                .maxNestingDepth(o.maxNestingDepth())
                .maxNumberLength(10_000)
                .maxNameLength(o.maxStringLength())
                .build())
        // Streams belong to the caller: closing the parser must not close them.
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE);
  }

  /** Opens a byte stream; Jackson detects UTF-8/16/32 and byte-order marks. */
  public static JsonInput open(JsonFactory f, InputStream in, String source) throws IOException {
    Eof eof = new Eof();
    return new JsonInput(f.createParser(new EofInputStream(in, eof)), source, eof, JsonValueReader.create());
  }

  /** Opens bytes in memory; Jackson parses the array in place. */
  public static JsonInput open(JsonFactory f, byte[] in, String source) throws IOException {
    return open(f, in, source, JsonValueReader.create());
  }

  /**
   * Opens bytes in memory, parts of a document read before with {@code values}: the strings they
   * share with those parts are shared (see {@link JsonValueReader}; only parts of one document).
   */
  public static JsonInput open(JsonFactory f, byte[] in, String source, JsonValueReader values) throws IOException {
    Eof eof = new Eof();
    eof.reached = true; // the whole input is in memory
    return new JsonInput(f.createParser(in), source, eof, values);
  }

  /** Opens a character stream. */
  public static JsonInput open(JsonFactory f, Reader in, String source) throws IOException {
    Eof eof = new Eof();
    return new JsonInput(f.createParser(new EofReader(in, eof)), source, eof, JsonValueReader.create());
  }

  /** The underlying parser. */
  public JsonParser parser() {
    return p;
  }

  /** The source name. */
  public String source() {
    return source;
  }

  /** Advances to the next token. */
  public JsonToken next() throws IOException {
    return p.nextToken();
  }

  /** The current token. */
  public JsonToken current() {
    return p.currentToken();
  }

  @Override
  public void close() throws IOException {
    p.close();
  }

  /** A failure at the current token. */
  public ReadFailure fail(PlanError.Kind kind, String message) {
    JsonLocation loc = p.currentTokenLocation();
    return new ReadFailure(
        new PlanError(
            kind,
            message,
            source,
            Math.max(0, loc.getLineNr()),
            Math.max(0, loc.getColumnNr()),
            Optional.of(path(p.getParsingContext(), p.currentToken()))));
  }

  /** Translates a Jackson exception into a failure whose message does not echo the input. */
  public ReadFailure translate(IOException e) {
    JsonLocation loc = e instanceof JsonProcessingException jpe ? jpe.getLocation() : null;
    if (loc == null && e instanceof StreamConstraintsException) {
      // Jackson's constraint errors carry no location; the parser knows where it stopped.
      loc = p.currentLocation();
    }
    PlanError.Kind kind;
    String msg;
    if (e instanceof StreamConstraintsException) {
      String m = String.valueOf(e.getMessage());
      if (m.contains("depth")) {
        kind = PlanError.Kind.TOO_DEEP;
        msg = "nesting is deeper than the limit";
      } else if (m.contains("Document length") || m.contains("document length")) {
        kind = PlanError.Kind.TOO_LARGE;
        msg = "the document is larger than the limit";
      } else if (m.contains("Number")) {
        kind = PlanError.Kind.TOO_LARGE;
        msg = "a number is longer than the limit";
      } else {
        kind = PlanError.Kind.TOO_LARGE;
        msg = "a string is longer than the limit";
      }
      msg += " (" + limitOf(m) + ")";
    } else if (e instanceof JsonEOFException || endOfInput(e) || cutInsideDocument(e)) {
      kind = PlanError.Kind.TRUNCATED;
      msg = "unexpected end of input: the JSON is truncated";
    } else if (e instanceof JsonProcessingException jpe) {
      kind = PlanError.Kind.MALFORMED_JSON;
      msg = "invalid JSON: " + describe(jpe.getOriginalMessage());
    } else if (e instanceof java.io.CharConversionException || e instanceof java.nio.charset.CharacterCodingException) {
      kind = PlanError.Kind.MALFORMED_JSON;
      msg = notText(e);
    } else {
      kind = PlanError.Kind.IO;
      msg = "cannot read the input (an input/output error)";
    }
    int line = loc == null ? 0 : Math.max(0, loc.getLineNr());
    int col = loc == null ? 0 : Math.max(0, loc.getColumnNr());
    String path;
    try {
      path = path(p.getParsingContext(), null);
    } catch (RuntimeException ex) {
      path = "$";
    }
    return new ReadFailure(new PlanError(kind, msg, source, line, col, Optional.of(path)));
  }

  /**
   * A sentence for bytes that are not text in the encoding Jackson detected (from a byte-order mark
   * or the zero bytes of UTF-16/UTF-32): {@code not valid UTF-32 text at byte 7}.
   */
  private static String notText(IOException e) {
    String m = String.valueOf(e.getMessage());
    java.util.regex.Matcher byteAt = java.util.regex.Pattern.compile("byte #(\\d+)").matcher(m);
    String at = byteAt.find() ? " at byte " + byteAt.group(1) : "";
    String encoding = m.contains("UTF-32") ? "UTF-32" : m.contains("UTF-16") ? "UTF-16" : null;
    return encoding != null ? "not valid " + encoding + " text" + at : "not a text file (invalid bytes for its encoding" + at + ")";
  }

  /**
   * True for Jackson errors that report running out of input, which it does not always throw as a
   * {@link JsonEOFException} (for example inside a string or a member name).
   */
  private static boolean endOfInput(IOException e) {
    if (!(e instanceof JsonProcessingException jpe) || jpe.getOriginalMessage() == null) {
      return false;
    }
    String m = jpe.getOriginalMessage().toLowerCase(java.util.Locale.ROOT);
    return m.contains("end-of-input") || m.contains("unexpected eof");
  }

  /**
   * True when a syntax error inside the document (not after it) sits at the very end of the input:
   * a token cut short, such as {@code tru} or {@code 1.}, which Jackson reports as malformed.
   */
  private boolean cutInsideDocument(IOException e) {
    if (!(e instanceof JsonProcessingException) || !eof.reached) {
      return false;
    }
    try {
      if (p.getParsingContext() == null || p.getParsingContext().inRoot()) {
        return false;
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      int n = p.releaseBuffered(bytes);
      if (n >= 0) {
        return bytes.toString(StandardCharsets.ISO_8859_1).isBlank();
      }
      StringWriter chars = new StringWriter();
      p.releaseBuffered(chars);
      return chars.toString().isBlank();
    } catch (IOException | RuntimeException ex) {
      return false;
    }
  }

  private static String limitOf(String m) {
    java.util.regex.Matcher matcher =
        java.util.regex.Pattern.compile("maximum (?:allowed )?\\(?(\\d+)").matcher(m);
    return matcher.find() ? "limit " + matcher.group(1) : "see ReadOptions";
  }

  private static String describe(String original) {
    if (original == null) {
      return "syntax error";
    }
    String m = original.toLowerCase(java.util.Locale.ROOT);
    if (m.startsWith("unrecognized token")) {
      return "unrecognized token (expected a JSON value)";
    }
    if (m.startsWith("unexpected character")) {
      int i = original.indexOf("):");
      String tail = i > 0 ? original.substring(i + 2).trim() : "";
      // Jackson's tail says what was expected ("was expecting comma to separate Object entries").
      return "unexpected character" + (tail.startsWith("was expecting") || tail.startsWith("expected") ? ", " + tail : "");
    }
    if (m.contains("unexpected end-of-input") || m.contains("unexpected eof")) {
      return "unexpected end of input";
    }
    if (m.contains("illegal unquoted character")) {
      return "a control character inside a string must be escaped";
    }
    if (m.contains("invalid utf-8") || m.contains("invalid utf8")) {
      return "the bytes are not valid UTF-8";
    }
    if (m.contains("unexpected close marker")) {
      return "a closing bracket does not match its opening bracket";
    }
    if (m.contains("numeric value") || m.contains("number")) {
      return "malformed number";
    }
    if (m.contains("unrecognized character escape")) {
      return "invalid escape sequence in a string";
    }
    if (m.contains("trailing token")) {
      return "unexpected content after the document";
    }
    return "syntax error";
  }

  /** Renders a parsing context as a JSON path: {@code $.resource_changes[3].change}. */
  public static String path(JsonStreamContext ctx, JsonToken current) {
    List<String> parts = new ArrayList<>();
    JsonStreamContext c = ctx;
    boolean first = true;
    while (c != null && !c.inRoot()) {
      if (c.inArray()) {
        boolean atStart = first && (current == JsonToken.START_ARRAY);
        if (!atStart && c.getCurrentIndex() >= 0) {
          parts.add("[" + c.getCurrentIndex() + "]");
        }
      } else if (c.inObject()) {
        String n = c.getCurrentName();
        boolean atStart = first && (current == JsonToken.START_OBJECT);
        if (n != null && !atStart) {
          parts.add(isIdentifier(n) ? "." + n : "['" + printableKey(n) + "']");
        }
      }
      first = false;
      c = c.getParent();
    }
    StringBuilder b = new StringBuilder("$");
    int n = parts.size();
    for (int i = n - 1; i >= 0; i--) {
      // A hostile document can nest 500 levels: keep the message one readable line.
      if (n > 2 * PATH_ENDS && i == n - 1 - PATH_ENDS) {
        b.append("…(").append(n - 2 * PATH_ENDS).append(" more)…");
        i = PATH_ENDS - 1;
      }
      b.append(parts.get(i));
    }
    return b.toString();
  }

  /** Steps shown at each end of a long path. */
  private static final int PATH_ENDS = 6;

  /** Characters of a key shown in a path. */
  private static final int KEY_CHARS = 40;

  /** A key for an error message: quotes and control characters escaped, cut to {@value #KEY_CHARS} characters. */
  private static String printableKey(String key) {
    StringBuilder b = new StringBuilder();
    int end = Math.min(key.length(), KEY_CHARS);
    for (int i = 0; i < end; i++) {
      char ch = key.charAt(i);
      if (ch == '\'' || ch == '\\') {
        b.append('\\').append(ch);
      } else if (ch < 0x20 || (ch >= 0x7f && ch <= 0x9f) || (ch >= 0x202a && ch <= 0x202e) || (ch >= 0x2066 && ch <= 0x2069)) {
        b.append(String.format("\\u%04x", (int) ch));
      } else {
        b.append(ch);
      }
    }
    if (key.length() > end) {
      b.append('…');
    }
    return b.toString();
  }

  private static boolean isIdentifier(String s) {
    if (s.isEmpty() || s.length() > 64) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (!(Character.isLetterOrDigit(ch) || ch == '_' || ch == '-' || ch == '@')) {
        return false;
      }
    }
    return true;
  }

  private static String typeName(JsonToken t) {
    if (t == null) {
      return "end of input";
    }
    switch (t) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      case VALUE_STRING:
        return "a string";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "a number";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "a boolean";
      case VALUE_NULL:
        return "null";
      default:
        return t.name();
    }
  }

  private ReadFailure wrongType(String expected) {
    return fail(PlanError.Kind.WRONG_TYPE, "expected " + expected + " but found " + typeName(p.currentToken()));
  }

  /** Reads a string at the current token. */
  public String string() throws ReadFailure, IOException {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw wrongType("a string");
    }
    return values.text(p);
  }

  /** Reads a boolean at the current token. */
  public boolean bool() throws ReadFailure {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_TRUE) {
      return true;
    }
    if (t == JsonToken.VALUE_FALSE) {
      return false;
    }
    throw wrongType("a boolean");
  }

  /** Reads any value at the current token. */
  public JsonValue value() throws IOException {
    return values.read(p);
  }

  /** True when {@link #skim()} can step over values by their bytes (a skimming factory's UTF-8 input). */
  public boolean skims() {
    return p instanceof SkimmingParser;
  }

  /**
   * Steps over the object or array at the current token and returns its bytes, to be read later with
   * {@link #valueOf} and then given back with {@link #release}; {@code null}, stepping over nothing, for
   * any other token or input.
   */
  public SkimmingParser.Skimmed skim() throws IOException {
    return p instanceof SkimmingParser s ? s.skim() : null;
  }

  /** Reads bytes {@link #skim()} returned as {@link #value()} would have read them. */
  public JsonValue valueOf(SkimmingParser.Skimmed skimmed) throws IOException {
    try (JsonParser q = ((SkimmingParser) p).parserOf(skimmed)) {
      q.nextToken();
      return values.read(q);
    }
  }

  /** Gives back bytes {@link #skim()} returned, no longer needed ({@code null}: nothing). */
  public void release(SkimmingParser.Skimmed skimmed) {
    if (skimmed != null && p instanceof SkimmingParser s) {
      s.release(skimmed);
    }
  }

  /** True when the current token is JSON null. */
  public boolean isNull() {
    return p.currentToken() == JsonToken.VALUE_NULL;
  }

  /**
   * Reads an object at the current token, calling {@code h} for each member; members it does not
   * handle are returned, in order, as the object's extras.
   */
  public JsonValue.Obj object(FieldHandler h) throws IOException, ReadFailure {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw wrongType("an object");
    }
    Map<String, JsonValue> saved = extras;
    extras = null;
    JsonToken t;
    while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      p.nextToken();
      if (!h.field(name)) {
        keep(name, values.read(p));
      }
    }
    if (t != JsonToken.END_OBJECT) {
      throw wrongType("a member name or '}'");
    }
    Map<String, JsonValue> mine = extras;
    extras = saved;
    return mine == null ? JsonValue.Obj.EMPTY : JsonValue.object(mine);
  }

  /**
   * Keeps a member of the object being read verbatim in its extras: unknown members, and known ones
   * whose value carries no typed information (an empty array, an explicit null) but must be written
   * back.
   */
  public void keep(String name, JsonValue raw) {
    if (extras == null) {
      extras = new LinkedHashMap<>();
    }
    extras.remove(name);
    extras.put(name, raw);
  }

  /** Reads an array at the current token, one element at a time. */
  public <T> List<T> array(ElementReader<T> r) throws IOException, ReadFailure {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw wrongType("an array");
    }
    List<T> l = new ArrayList<>();
    JsonToken t;
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      if (t == null) {
        throw fail(PlanError.Kind.TRUNCATED, "unexpected end of input: the JSON is truncated");
      }
      l.add(r.read());
    }
    return l;
  }

  /**
   * Reads an array at the current token, handing each element to {@code v} and keeping nothing, so
   * that an array of any length is read in bounded memory.
   */
  public void forEachElement(ElementVisitor v) throws IOException, ReadFailure {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw wrongType("an array");
    }
    JsonToken t;
    while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
      if (t == null) {
        throw fail(PlanError.Kind.TRUNCATED, "unexpected end of input: the JSON is truncated");
      }
      v.visit();
    }
  }

  /** Reads an object of values at the current token into an ordered map. */
  public <T> Map<String, T> map(ElementReader<T> r) throws IOException, ReadFailure {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw wrongType("an object");
    }
    Map<String, T> m = new LinkedHashMap<>();
    JsonToken t;
    while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      p.nextToken();
      m.remove(name);
      m.put(name, r.read());
    }
    if (t != JsonToken.END_OBJECT) {
      throw wrongType("a member name or '}'");
    }
    return m;
  }

  /** Reads an array of strings. */
  public List<String> strings() throws IOException, ReadFailure {
    return array(this::string);
  }
}
