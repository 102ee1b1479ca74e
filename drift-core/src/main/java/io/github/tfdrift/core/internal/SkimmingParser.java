package io.github.tfdrift.core.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.core.json.UTF8StreamJsonParser;
import com.fasterxml.jackson.core.sym.ByteQuadsCanonicalizer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * A UTF-8 parser whose {@link #skipChildren()} steps over an object or an array by scanning its bytes
 * rather than tokenising them: no member name is looked up, no string decoded, no context made. The
 * scan checks what a full read checks (the JSON grammar, UTF-8, escapes, control characters, the
 * nesting depth, the lengths of strings and numbers) and leaves the parser exactly where Jackson's
 * own {@code skipChildren} leaves it: on the closing token, with the same locations, lines and
 * context. Anything it cannot vouch for (invalid JSON, but also a string whose bytes pass the length
 * limit) stops it with a {@link Doubt}: the caller then reads the input again with a plain parser,
 * which says what is wrong, or reads it. {@link #skim()} steps over a value in the same way and
 * returns its bytes.
 */
final class SkimmingParser extends UTF8StreamJsonParser {
  /** Thrown where the scan cannot vouch for the input; the input needs a plain read. */
  static final class Doubt extends JsonParseException {
    private static final long serialVersionUID = 1L;

    Doubt(JsonParser p) {
      super(p, "the skimmed value needs a full read");
    }
  }

  /** Bytes that end the fast scan of a string: the quote, the backslash, controls and non-ASCII. */
  private static final boolean[] STRING_STOP = new boolean[256];

  static {
    for (int i = 0; i < 256; i++) {
      STRING_STOP[i] = i == '"' || i == '\\' || i < 0x20 || i >= 0x80;
    }
  }

  private static final int VALUE = 0; // a value (after ':' or after ',' in an array)
  private static final int ARRAY_FIRST = 1; // a value or ']' (after '[')
  private static final int OBJECT_FIRST = 2; // a member name or '}' (after '{')
  private static final int NAME = 3; // a member name (after ',' in an object)
  private static final int COLON = 4; // ':' (after a member name)
  private static final int AFTER = 5; // ',' or the container's closing bracket (after a value)

  private final JsonFactory plain; // for reading skimmed bytes
  private final int maxString;
  private final int maxNumber;
  private final int maxDepth;

  private boolean[] open = new boolean[16]; // the scan's stack, kept from one scan to the next
  private byte[] copy; // the bytes of the value being skimmed, when they are wanted
  private final ArrayDeque<byte[]> spare = new ArrayDeque<>(); // buffers released after a skim
  private int copied;
  private int segment = -1; // where the current buffer's part of the copy starts; -1 when not copying

  private SkimmingParser(
      IOContext ctxt,
      int features,
      InputStream in,
      ObjectCodec codec,
      ByteQuadsCanonicalizer sym,
      byte[] buffer,
      int start,
      int end,
      int preProcessed,
      JsonFactory plain) {
    super(ctxt, features, in, codec, sym, buffer, start, end, preProcessed, true);
    this.plain = plain;
    this.maxString = _streamReadConstraints.getMaxStringLength();
    this.maxNumber = _streamReadConstraints.getMaxNumberLength();
    this.maxDepth = _streamReadConstraints.getMaxNestingDepth();
  }

  /** A factory whose parsers over byte streams skim when the stream is UTF-8 (every other source is read as Jackson reads it). */
  static JsonFactory factory(JsonFactoryBuilder settings, JsonFactory plain) {
    return new Factory(settings, plain);
  }

  /** Makes {@link SkimmingParser}s for UTF-8 byte streams, plain parsers for everything else. */
  private static final class Factory extends JsonFactory {
    private static final long serialVersionUID = 1L;
    private final transient JsonFactory plain;

    Factory(JsonFactoryBuilder b, JsonFactory plain) {
      super(b);
      this.plain = plain;
    }

    @Override
    protected JsonParser _createParser(InputStream in, IOContext ctxt) throws IOException {
      byte[] head = new byte[4];
      int n = 0;
      while (n < head.length) {
        int r = in.read(head, n, head.length - n);
        if (r < 0) {
          break;
        }
        n += r;
      }
      boolean bom = n >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF;
      boolean utf8 = n == 4 && head[0] != 0 && head[1] != 0 && head[2] != 0 && head[3] != 0 && (head[0] & 0xFF) < 0xFE;
      if (!bom && !utf8) {
        // UTF-16 or UTF-32, a byte-order mark other than UTF-8's, or fewer than four bytes: Jackson's own detection.
        return super._createParser(new SequenceInputStream(new ByteArrayInputStream(head, 0, n), in), ctxt);
      }
      byte[] buffer = ctxt.allocReadIOBuffer();
      System.arraycopy(head, 0, buffer, 0, n);
      int start = bom ? 3 : 0;
      return new SkimmingParser(
          ctxt, _parserFeatures, in, _objectCodec, _byteSymbolCanonicalizer.makeChild(_factoryFeatures), buffer, start, n, start, plain);
    }
  }

  @Override
  public JsonParser skipChildren() throws IOException {
    JsonToken t = _currToken;
    if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
      scan(t == JsonToken.START_OBJECT);
    }
    return this;
  }

  /**
   * The bytes of a value {@link #skim()} stepped over: {@code bytes[0..length)}. Give it back with
   * {@link #release} once read (or once it is known not to be needed): its buffer is then reused.
   */
  record Skimmed(byte[] bytes, int length) {}

  /**
   * Steps over the value at the current token as {@link #skipChildren()} does and returns its bytes (for
   * an object or an array; {@code null} for any other token, which is left as it is).
   */
  Skimmed skim() throws IOException {
    JsonToken t = _currToken;
    if (t != JsonToken.START_OBJECT && t != JsonToken.START_ARRAY) {
      return null;
    }
    copy = spare.isEmpty() ? new byte[4096] : spare.pop();
    copy[0] = (byte) (t == JsonToken.START_OBJECT ? '{' : '[');
    copied = 1;
    segment = _inputPtr;
    try {
      scan(t == JsonToken.START_OBJECT);
      keep(_inputPtr);
      return new Skimmed(copy, copied);
    } finally {
      segment = -1;
      copy = null;
    }
  }

  /** Takes back the buffer of bytes {@link #skim()} returned, for the next skim (a few, of 1 MB at most, are kept). */
  void release(Skimmed skimmed) {
    if (skimmed != null && skimmed.bytes().length <= 1 << 20 && spare.size() < 4) {
      spare.push(skimmed.bytes());
    }
  }

  private void keep(int upTo) {
    int n = upTo - segment;
    if (n <= 0) {
      return;
    }
    if (copied + n > copy.length) {
      copy = Arrays.copyOf(copy, Math.max(copy.length * 2, copied + n));
    }
    System.arraycopy(_inputBuffer, segment, copy, copied, n);
    copied += n;
  }

  /** A plain parser over bytes {@link #skim()} returned, with this parser's limits. */
  JsonParser parserOf(Skimmed skimmed) throws IOException {
    return plain.createParser(skimmed.bytes(), 0, skimmed.length());
  }

  /** Loads the next buffer, the current one read up to its end; false at the end of the input. */
  private boolean more() throws IOException {
    boolean copying = segment >= 0;
    if (copying) {
      keep(_inputEnd);
    }
    _inputPtr = _inputEnd;
    boolean loaded = _loadMore();
    if (copying) {
      segment = _inputPtr;
    }
    return loaded;
  }

  /** The next byte (0-255), consumed; a doubt at the end of the input. */
  private int next() throws IOException {
    if (_inputPtr >= _inputEnd && !more()) {
      throw new Doubt(this);
    }
    return _inputBuffer[_inputPtr++] & 0xFF;
  }

  /** The next byte (0-255) without consuming it, or -1 at the end of the input. */
  private int peek() throws IOException {
    if (_inputPtr >= _inputEnd && !more()) {
      return -1;
    }
    return _inputBuffer[_inputPtr] & 0xFF;
  }

  /**
   * Scans from just after the opening bracket to just after its closing one; see the class comment.
   * The common cases (a string without escapes or non-ASCII, an integer, a literal, all within the
   * buffer) are read here with the buffer in local variables; the rest by the helpers below.
   */
  private void scan(boolean object) throws IOException {
    int base = _parsingContext.getNestingDepth(); // the depth of the container being skipped
    boolean[] objects = open; // kind of each open container, innermost last
    int depth = 1;
    objects[0] = object;
    int state = object ? OBJECT_FIRST : ARRAY_FIRST;
    byte[] buf = _inputBuffer;
    int ptr = _inputPtr;
    int end = _inputEnd;
    while (true) {
      if (ptr >= end) {
        _inputPtr = ptr;
        if (!more()) {
          throw new Doubt(this);
        }
        buf = _inputBuffer;
        ptr = _inputPtr;
        end = _inputEnd;
      }
      int c = buf[ptr++];
      switch (c) {
        case ' ':
        case '\t':
          continue;
        case '\n':
          _currInputRow++;
          _currInputRowStart = ptr;
          continue;
        case '\r':
          _inputPtr = ptr;
          if (peek() == '\n') {
            _inputPtr++;
          }
          _currInputRow++;
          _currInputRowStart = _inputPtr;
          buf = _inputBuffer;
          ptr = _inputPtr;
          end = _inputEnd;
          continue;
        case '"':
          {
            if (state == VALUE || state == ARRAY_FIRST) {
              state = AFTER;
            } else if (state == OBJECT_FIRST || state == NAME) {
              state = COLON;
            } else {
              throw new Doubt(this);
            }
            int from = ptr;
            while (ptr < end && !STRING_STOP[buf[ptr] & 0xFF]) {
              ptr++;
            }
            if (ptr < end && buf[ptr] == '"' && ptr - from <= maxString) {
              ptr++;
              continue;
            }
            _inputPtr = from; // escapes, non-ASCII, the buffer's end: from the start of the string
            string();
            buf = _inputBuffer;
            ptr = _inputPtr;
            end = _inputEnd;
            continue;
          }
        case ':':
          if (state != COLON) {
            throw new Doubt(this);
          }
          state = VALUE;
          continue;
        case ',':
          if (state != AFTER) {
            throw new Doubt(this);
          }
          state = objects[depth - 1] ? NAME : VALUE;
          continue;
        case '{':
        case '[':
          if (state != VALUE && state != ARRAY_FIRST) {
            throw new Doubt(this);
          }
          if (base + depth > maxDepth) {
            throw new Doubt(this);
          }
          if (depth == objects.length) {
            objects = Arrays.copyOf(objects, depth * 2);
            open = objects;
          }
          objects[depth++] = c == '{';
          state = c == '{' ? OBJECT_FIRST : ARRAY_FIRST;
          continue;
        case '}':
        case ']':
          {
            boolean closesObject = c == '}';
            boolean empty = state == (closesObject ? OBJECT_FIRST : ARRAY_FIRST);
            if (!empty && !(state == AFTER && objects[depth - 1] == closesObject)) {
              throw new Doubt(this);
            }
            if (--depth == 0) {
              _inputPtr = ptr;
              close(object);
              return;
            }
            state = AFTER;
            continue;
          }
        case 't':
        case 'f':
        case 'n':
          {
            if (state != VALUE && state != ARRAY_FIRST) {
              throw new Doubt(this);
            }
            state = AFTER;
            String rest = c == 't' ? "rue" : c == 'f' ? "alse" : "ull";
            int n = rest.length();
            if (end - ptr >= n && buf[ptr] == rest.charAt(0) && buf[ptr + 1] == rest.charAt(1) && buf[ptr + 2] == rest.charAt(2)
                && (n == 3 || buf[ptr + 3] == rest.charAt(3))) {
              ptr += n;
              continue;
            }
            _inputPtr = ptr;
            literal(rest);
            buf = _inputBuffer;
            ptr = _inputPtr;
            end = _inputEnd;
            continue;
          }
        default:
          {
            if (c != '-' && (c < '0' || c > '9')) {
              throw new Doubt(this);
            }
            if (state != VALUE && state != ARRAY_FIRST) {
              throw new Doubt(this);
            }
            state = AFTER;
            // An integer within the buffer, ended by a byte that cannot continue a number: here.
            int p = ptr;
            int d = c;
            if (d == '-') {
              d = p < end ? buf[p++] : -1;
            }
            if (d >= '1' && d <= '9') {
              while (p < end && buf[p] >= '0' && buf[p] <= '9') {
                p++;
              }
            } else if (d != '0') {
              p = end; // not a digit after '-': the helper says so
            }
            if (p < end) {
              int t = buf[p];
              if (t != '.' && t != 'e' && t != 'E' && (t < '0' || t > '9') && p - ptr + 1 <= maxNumber) {
                ptr = p;
                continue;
              }
            }
            _inputPtr = ptr;
            number(c);
            buf = _inputBuffer;
            ptr = _inputPtr;
            end = _inputEnd;
            continue;
          }
      }
    }
  }

  /**
   * Steps over the object or array at the current token without scanning it, its bytes known already
   * (read on another thread, which checked them) to end just before byte {@code end} of the input and to
   * hold no line break (so that rows and columns stay right): the buffers up to there are loaded and
   * passed over. A doubt when the input ends first or its last byte is not the closing bracket.
   *
   * @param end the byte just after the value's closing bracket
   */
  void skipTo(long end) throws IOException {
    JsonToken t = _currToken;
    if (t != JsonToken.START_OBJECT && t != JsonToken.START_ARRAY) {
      throw new Doubt(this);
    }
    boolean object = t == JsonToken.START_OBJECT;
    while (_currInputProcessed + _inputEnd < end) {
      _inputPtr = _inputEnd;
      if (!_loadMore()) {
        throw new Doubt(this);
      }
    }
    long at = end - _currInputProcessed;
    if (at <= _inputPtr || _inputBuffer[(int) at - 1] != (object ? '}' : ']')) {
      throw new Doubt(this);
    }
    _inputPtr = (int) at;
    close(object);
  }

  /** Leaves the parser on the closing token just consumed, as Jackson's tokeniser would. */
  private void close(boolean object) throws IOException {
    // As Jackson's tokeniser records a token: from just past its first byte.
    _tokenInputTotal = _currInputProcessed + _inputPtr;
    _tokenInputRow = _currInputRow;
    _tokenInputCol = _inputPtr - _currInputRowStart;
    _parsingContext = _parsingContext.clearAndGetParent();
    _updateToken(object ? JsonToken.END_OBJECT : JsonToken.END_ARRAY);
  }

  /** A string or member name, its opening quote consumed: up to and including its closing quote. */
  private void string() throws IOException {
    long length = 0;
    byte[] buf = _inputBuffer;
    while (true) {
      int ptr = _inputPtr;
      int end = _inputEnd;
      int from = ptr;
      while (ptr < end && !STRING_STOP[buf[ptr] & 0xFF]) {
        ptr++;
      }
      length += ptr - from;
      _inputPtr = ptr;
      if (ptr >= end) {
        if (!more()) {
          throw new Doubt(this);
        }
        buf = _inputBuffer;
        continue;
      }
      int c = buf[_inputPtr++] & 0xFF;
      if (c == '"') {
        break;
      }
      if (c == '\\') {
        escape();
        length++;
      } else if (c < 0x80) {
        throw new Doubt(this); // an unescaped control character
      } else {
        length += utf8(c);
      }
      buf = _inputBuffer;
    }
    if (length > maxString) {
      throw new Doubt(this); // bytes, not characters: the full read decides
    }
  }

  private void escape() throws IOException {
    int c = next();
    switch (c) {
      case '"':
      case '\\':
      case '/':
      case 'b':
      case 'f':
      case 'n':
      case 'r':
      case 't':
        return;
      case 'u':
        for (int i = 0; i < 4; i++) {
          int h = next();
          if (!((h >= '0' && h <= '9') || (h >= 'a' && h <= 'f') || (h >= 'A' && h <= 'F'))) {
            throw new Doubt(this);
          }
        }
        return;
      default:
        throw new Doubt(this);
    }
  }

  /** The rest of a UTF-8 sequence whose first byte is {@code lead}; its length in bytes. */
  private int utf8(int lead) throws IOException {
    int more;
    int low = 0x80;
    int high = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
      more = 1;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
      more = 2;
      if (lead == 0xE0) {
        low = 0xA0; // no overlong forms
      } else if (lead == 0xED) {
        high = 0x9F; // no surrogates
      }
    } else if (lead >= 0xF0 && lead <= 0xF4) {
      more = 3;
      if (lead == 0xF0) {
        low = 0x90;
      } else if (lead == 0xF4) {
        high = 0x8F; // nothing past U+10FFFF
      }
    } else {
      throw new Doubt(this);
    }
    int b = next();
    if (b < low || b > high) {
      throw new Doubt(this);
    }
    for (int i = 1; i < more; i++) {
      b = next();
      if (b < 0x80 || b > 0xBF) {
        throw new Doubt(this);
      }
    }
    return more + 1;
  }

  /** A number whose first character {@code first} is consumed; stops before the byte that ends it. */
  private void number(int first) throws IOException {
    int length = 1;
    int c = first;
    if (c == '-') {
      c = next();
      length++;
      if (c < '0' || c > '9') {
        throw new Doubt(this);
      }
    }
    if (c == '0') {
      c = peek();
      if (c >= '0' && c <= '9') {
        throw new Doubt(this); // a leading zero
      }
    } else {
      while ((c = peek()) >= '0' && c <= '9') {
        _inputPtr++;
        length++;
      }
    }
    if (c == '.') {
      _inputPtr++;
      length += 1 + digits();
    }
    c = peek();
    if (c == 'e' || c == 'E') {
      _inputPtr++;
      length++;
      c = peek();
      if (c == '+' || c == '-') {
        _inputPtr++;
        length++;
      }
      length += digits();
    }
    if (length > maxNumber) {
      throw new Doubt(this);
    }
  }

  /** One or more digits; their count. */
  private int digits() throws IOException {
    int n = 0;
    int c;
    while ((c = peek()) >= '0' && c <= '9') {
      _inputPtr++;
      n++;
    }
    if (n == 0) {
      throw new Doubt(this);
    }
    return n;
  }

  private void literal(String rest) throws IOException {
    for (int i = 0; i < rest.length(); i++) {
      if (next() != rest.charAt(i)) {
        throw new Doubt(this);
      }
    }
  }
}
