package io.github.tfdrift.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.tfdrift.core.read.ReadOptions;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The skimming parser steps over values exactly where Jackson's own {@code skipChildren} does, with the
 * same tokens, locations and lines after it, over generated documents cut into buffers of every size;
 * and it never accepts what a full read rejects.
 */
class SkimmingParserTest {
  private static final ReadOptions LIMITS = ReadOptions.defaults();
  private static final JsonFactory PLAIN = JsonInput.factory(LIMITS);
  private static final JsonFactory SKIMMING = JsonInput.skimmingFactory(LIMITS, PLAIN);

  @Test
  void skippingByBytesLeavesTheParserWhereJacksonLeavesIt() throws IOException {
    Random random = new Random(20261203L);
    for (int i = 0; i < 3_000; i++) {
      String doc = document(random);
      long seed = random.nextLong();
      List<String> plain = walk(PLAIN.createParser(trickle(doc, seed)), new Random(seed));
      List<String> skimmed = walk(SKIMMING.createParser(trickle(doc, seed)), new Random(seed));
      assertThat(skimmed).as("document %s", doc).isEqualTo(plain);
    }
  }

  /**
   * A value whose end is known (read on another thread) is passed over by its bytes: the parser is left
   * where Jackson's {@code skipChildren} leaves it, same tokens, locations and lines after it, however
   * the document is cut into buffers; values holding a line break are scanned as before.
   */
  @Test
  void passingOverAValueOfKnownEndLeavesTheParserWhereJacksonLeavesIt() throws IOException {
    Random random = new Random(20261204L);
    int passed = 0;
    for (int i = 0; i < 3_000; i++) {
      String doc = document(random);
      byte[] bytes = doc.getBytes(StandardCharsets.UTF_8);
      java.util.Map<Long, Long> ends = new java.util.HashMap<>();
      try (JsonParser p = PLAIN.createParser(bytes)) {
        List<Long> open = new ArrayList<>();
        JsonToken t;
        while ((t = p.nextToken()) != null) {
          if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
            open.add(p.currentTokenLocation().getByteOffset());
          } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
            ends.put(open.remove(open.size() - 1), p.currentTokenLocation().getByteOffset() + 1);
          }
        }
      }
      long seed = random.nextLong();
      List<String> plain = walk(PLAIN.createParser(trickle(doc, seed)), new Random(seed));
      List<String> seen = new ArrayList<>();
      Random choices = new Random(seed);
      try (JsonParser p = SKIMMING.createParser(trickle(doc, seed))) {
        JsonToken t;
        while ((t = p.nextToken()) != null) {
          seen.add(step(p, t));
          if ((t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) && choices.nextInt(3) == 0) {
            long start = p.currentTokenLocation().getByteOffset();
            long end = ends.get(start);
            String inside = new String(bytes, (int) start, (int) (end - start), StandardCharsets.UTF_8);
            if (inside.contains("\n") || inside.contains("\r")) {
              p.skipChildren();
            } else {
              ((SkimmingParser) p).skipTo(end);
              passed++;
            }
            seen.add("skipped to " + step(p, p.currentToken()));
          }
        }
      }
      assertThat(seen).as("document %s", doc).isEqualTo(plain);
    }
    assertThat(passed).as("values passed over by their bytes").isGreaterThan(100);
  }

  @Test
  void anEndThatIsNotTheValuesClosingBracketIsADoubt() throws IOException {
    String doc = "{\"a\":{\"b\":[1,2]},\"c\":3}";
    try (JsonParser p = SKIMMING.createParser(trickle(doc, 1))) {
      p.nextToken();
      p.nextToken();
      p.nextToken(); // the '{' of "a", at byte 5
      assertThatThrownBy(() -> ((SkimmingParser) p).skipTo(14)).isInstanceOf(SkimmingParser.Doubt.class);
    }
    try (JsonParser p = SKIMMING.createParser(trickle(doc, 2))) {
      p.nextToken();
      p.nextToken();
      p.nextToken();
      assertThatThrownBy(() -> ((SkimmingParser) p).skipTo(400)).isInstanceOf(SkimmingParser.Doubt.class);
    }
    try (JsonParser p = SKIMMING.createParser(trickle(doc, 3))) {
      p.nextToken();
      p.nextToken();
      p.nextToken();
      ((SkimmingParser) p).skipTo(16);
      assertThat(p.currentToken()).isEqualTo(JsonToken.END_OBJECT);
      assertThat(p.nextToken()).isEqualTo(JsonToken.FIELD_NAME);
      assertThat(p.currentName()).isEqualTo("c");
    }
  }

  private static String text(SkimmingParser.Skimmed skimmed) {
    return new String(skimmed.bytes(), 0, skimmed.length(), StandardCharsets.UTF_8);
  }

  @Test
  void aSkimmedValueIsItsBytesInTheDocumentAndStaysSoUntilReleased() throws IOException {
    Random random = new Random(7L);
    int done = 0;
    for (int i = 0; done < 1_000; i++) {
      String first = value(random, 0);
      String second = value(random, 0);
      String third = value(random, 0);
      if (!first.startsWith("{") && !first.startsWith("[") || !second.startsWith("{") && !second.startsWith("[")
          || !third.startsWith("{") && !third.startsWith("[")) {
        continue;
      }
      done++;
      String doc = "{\"values\":" + first + ",\"more\":" + second + ",\"last\":" + third + ",\"after\":1}";
      try (JsonParser p = SKIMMING.createParser(trickle(doc, i))) {
        SkimmingParser s = (SkimmingParser) p;
        p.nextToken();
        p.nextToken();
        p.nextToken();
        SkimmingParser.Skimmed a = s.skim();
        assertThat(text(a)).isEqualTo(first);
        assertThat(p.currentToken()).isIn(JsonToken.END_OBJECT, JsonToken.END_ARRAY);
        p.nextToken();
        p.nextToken();
        SkimmingParser.Skimmed b = s.skim(); // a is still held: b has a buffer of its own
        assertThat(text(b)).isEqualTo(second);
        assertThat(text(a)).isEqualTo(first);
        s.release(a);
        s.release(b);
        p.nextToken();
        p.nextToken();
        SkimmingParser.Skimmed c = s.skim(); // in a released buffer
        assertThat(text(c)).isEqualTo(third);
        assertThat(p.nextToken()).isEqualTo(JsonToken.FIELD_NAME);
        assertThat(p.currentName()).isEqualTo("after");
      }
    }
  }

  @Test
  void whatAFullReadRejectsTheSkimRejectsToo() throws IOException {
    Random random = new Random(99L);
    int rejected = 0;
    for (int i = 0; i < 20_000; i++) {
      byte[] doc = document(random).getBytes(StandardCharsets.UTF_8);
      byte[] broken = mutate(doc, random);
      boolean fullReadFails = fails(PLAIN, broken, false);
      if (fullReadFails) {
        rejected++;
        assertThat(fails(SKIMMING, broken, true)).as("accepted %s", new String(broken, StandardCharsets.ISO_8859_1)).isTrue();
      }
    }
    assertThat(rejected).as("mutations that break the document").isGreaterThan(5_000);
  }

  @Test
  void aUtf16DocumentIsReadByJacksonsOwnParser() throws IOException {
    byte[] utf16 = "{\"a\":[1,2]}".getBytes(StandardCharsets.UTF_16BE);
    try (JsonParser p = SKIMMING.createParser(new ByteArrayInputStream(utf16))) {
      assertThat(p).isNotInstanceOf(SkimmingParser.class);
      assertThat(p.nextToken()).isEqualTo(JsonToken.START_OBJECT);
    }
  }

  @Test
  void aUtf8ByteOrderMarkCountsInTheOffsetsAsJacksonCountsIt() throws IOException {
    byte[] doc = ("\uFEFF{\"a\":{\"b\":[1]},\"c\":2}").getBytes(StandardCharsets.UTF_8);
    assertThat(walk(SKIMMING.createParser(new ByteArrayInputStream(doc)), null))
        .isEqualTo(walk(PLAIN.createParser(new ByteArrayInputStream(doc)), null));
  }

  @Test
  void aStringOverTheLimitIsLeftToTheFullRead() throws IOException {
    JsonFactory tight = JsonInput.skimmingFactory(LIMITS.withMaxStringLength(5), JsonInput.factory(LIMITS.withMaxStringLength(5)));
    try (JsonParser p = tight.createParser(new ByteArrayInputStream("{\"v\":[\"abcdefgh\"]}".getBytes(StandardCharsets.UTF_8)))) {
      p.nextToken();
      p.nextToken();
      p.nextToken();
      assertThatThrownBy(p::skipChildren).isInstanceOf(SkimmingParser.Doubt.class);
    }
  }

  /** Reads every token, skipping some containers (all when {@code random} is null); one line per step. */
  private static List<String> walk(JsonParser p, Random random) throws IOException {
    List<String> seen = new ArrayList<>();
    try (p) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        seen.add(step(p, t));
        if ((t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) && (random == null || random.nextInt(3) == 0)) {
          p.skipChildren();
          seen.add("skipped to " + step(p, p.currentToken()));
        }
      }
    }
    return seen;
  }

  private static String step(JsonParser p, JsonToken t) throws IOException {
    JsonLocation at = p.currentTokenLocation();
    JsonLocation now = p.currentLocation();
    String text = t.isScalarValue() || t == JsonToken.FIELD_NAME ? p.getText() : "";
    return t + " " + text + " @" + at.getByteOffset() + ":" + at.getLineNr() + ":" + at.getColumnNr()
        + " now " + now.getByteOffset() + ":" + now.getLineNr() + ":" + now.getColumnNr()
        + " in " + p.getParsingContext().pathAsPointer() + " depth " + p.getParsingContext().getNestingDepth();
  }

  /** True when reading every token (skipping every container when {@code skip}) fails. */
  private static boolean fails(JsonFactory f, byte[] doc, boolean skip) {
    try (JsonParser p = f.createParser(new ByteArrayInputStream(doc))) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (skip && p.getParsingContext().getNestingDepth() >= 1 && (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY)) {
          p.skipChildren();
        } else if (t == JsonToken.VALUE_STRING || t == JsonToken.FIELD_NAME) {
          p.getText(); // a full read decodes every string
        } else if (t.isNumeric()) {
          p.getNumberValue();
        }
      }
      return false;
    } catch (IOException | RuntimeException e) {
      return true;
    }
  }

  /** A stream that hands out the document a few bytes at a time, so values cross buffer ends. */
  private static InputStream trickle(String doc, long seed) {
    byte[] bytes = doc.getBytes(StandardCharsets.UTF_8);
    Random r = new Random(seed);
    return new ByteArrayInputStream(bytes) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(len, 1 + r.nextInt(r.nextBoolean() ? 3 : 40)));
      }
    };
  }

  private static byte[] mutate(byte[] doc, Random r) {
    byte[] out = doc.clone();
    int at = r.nextInt(out.length);
    switch (r.nextInt(4)) {
      case 0:
        String pick = "{}[]\",:\\ -0123456789.eEtfnu\u0001\t\n\r";
        out[at] = (byte) pick.charAt(r.nextInt(pick.length()));
        return out;
      case 1:
        out[at] = (byte) (0x80 + r.nextInt(128));
        return out;
      case 2:
        return java.util.Arrays.copyOf(out, at);
      default:
        byte[] shorter = new byte[out.length - 1];
        System.arraycopy(out, 0, shorter, 0, at);
        System.arraycopy(out, at + 1, shorter, at, out.length - at - 1);
        return shorter;
    }
  }

  private static String document(Random r) {
    StringBuilder b = new StringBuilder("{");
    int n = 1 + r.nextInt(4);
    for (int i = 0; i < n; i++) {
      b.append(i == 0 ? "" : ",").append(space(r)).append(string(r)).append(space(r)).append(':').append(space(r)).append(value(r, 1));
    }
    return b.append(space(r)).append('}').toString();
  }

  private static String value(Random r, int depth) {
    int kind = r.nextInt(depth > 5 ? 5 : 8);
    switch (kind) {
      case 0:
        return string(r);
      case 1:
        return number(r);
      case 2:
        return new String[] {"true", "false", "null"}[r.nextInt(3)];
      case 3:
      case 4:
        return string(r);
      case 5:
      case 6:
        {
          StringBuilder b = new StringBuilder("{");
          int n = r.nextInt(4);
          for (int i = 0; i < n; i++) {
            b.append(i == 0 ? "" : ",").append(space(r)).append(string(r)).append(space(r)).append(':').append(space(r)).append(value(r, depth + 1));
          }
          return b.append(space(r)).append('}').toString();
        }
      default:
        {
          StringBuilder b = new StringBuilder("[");
          int n = r.nextInt(4);
          for (int i = 0; i < n; i++) {
            b.append(i == 0 ? "" : ",").append(space(r)).append(value(r, depth + 1)).append(space(r));
          }
          return b.append(']').toString();
        }
    }
  }

  private static String space(Random r) {
    return new String[] {"", "", "", " ", "\n", "\r\n", "\r", "\t ", "\n  "}[r.nextInt(9)];
  }

  private static String number(Random r) {
    StringBuilder b = new StringBuilder();
    if (r.nextBoolean()) {
      b.append('-');
    }
    b.append(r.nextInt(4) == 0 ? "0" : String.valueOf(1 + r.nextInt(100_000)));
    if (r.nextInt(3) == 0) {
      b.append('.').append(r.nextInt(1000));
    }
    if (r.nextInt(5) == 0) {
      b.append(r.nextBoolean() ? 'e' : 'E').append(new String[] {"", "+", "-"}[r.nextInt(3)]).append(r.nextInt(300));
    }
    return b.toString();
  }

  private static String string(Random r) {
    String[] parts = {"a", "name", "ü", "€", "😀", "\\\"", "\\\\", "\\n", "\\u00e9", "\\/", " ", "x-y_z", "{", "]", ",", ":"};
    StringBuilder b = new StringBuilder("\"");
    int n = r.nextInt(6);
    for (int i = 0; i < n; i++) {
      b.append(parts[r.nextInt(parts.length)]);
    }
    return b.append('"').toString();
  }
}
