package io.github.tfdrift.core.value;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import io.github.tfdrift.core.read.PlanError;
import io.vavr.control.Either;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * Reading and writing {@link JsonValue}s with Jackson's streaming API, and deliberate rendering of a
 * value as JSON text. Rendering is the only way to see a value's content: callers that print values
 * must mask sensitive ones first.
 */
public final class JsonValues {
  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder().maxNestingDepth(512).maxStringLength(20_000_000).build())
          .build();

  private JsonValues() {}

  /**
   * Reads the value at the parser's current token (which must be the first token of a value) and
   * leaves the parser on the value's last token.
   *
   * @throws IOException as the parser throws it, for malformed input or a broken constraint
   */
  public static JsonValue read(JsonParser p) throws IOException {
    return JsonValueReader.unshared().read(p);
  }

  /** Writes a value; an absent value writes nothing (callers omit the key). */
  public static void write(JsonGenerator g, JsonValue v) throws IOException {
    switch (v.type()) {
      case ABSENT:
        return;
      case NULL:
        g.writeNull();
        return;
      case BOOLEAN:
        g.writeBoolean(((JsonValue.Bool) v).value());
        return;
      case NUMBER:
        g.writeNumber(((JsonValue.Num) v).literal());
        return;
      case STRING:
        g.writeString(((JsonValue.Str) v).value());
        return;
      case ARRAY:
        JsonValue.Arr a = (JsonValue.Arr) v;
        g.writeStartArray();
        for (int i = 0; i < a.size(); i++) {
          write(g, a.get(i));
        }
        g.writeEndArray();
        return;
      case OBJECT:
        g.writeStartObject();
        JsonValue.Obj o = (JsonValue.Obj) v;
        for (int i = 0; i < o.size(); i++) {
          g.writeFieldName(o.keyAt(i));
          write(g, o.valueAt(i));
        }
        g.writeEndObject();
        return;
      default:
        throw new IllegalStateException();
    }
  }

  /** Renders a value as compact JSON text. This shows content: mask sensitive values first. */
  public static String toJson(JsonValue v) {
    return render(v, false);
  }

  /** Renders a value as indented JSON text. This shows content: mask sensitive values first. */
  public static String toPrettyJson(JsonValue v) {
    return render(v, true);
  }

  private static String render(JsonValue v, boolean pretty) {
    if (v.isAbsent()) {
      return "";
    }
    StringWriter w = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(w)) {
      if (pretty) {
        g.useDefaultPrettyPrinter();
      }
      write(g, v);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  /**
   * Parses JSON text into a value; for tests, fixtures and small documents. Returns a {@link
   * PlanError} with the line and column (and never the input's content) on bad input; its source is
   * {@value #TEXT_SOURCE}.
   */
  public static Either<PlanError, JsonValue> parse(String json) {
    try (JsonParser p = FACTORY.createParser(json)) {
      if (p.nextToken() == null) {
        return Either.left(error(PlanError.Kind.EMPTY, "empty input", 0, 0));
      }
      JsonValue v = read(p);
      if (p.nextToken() != null) {
        JsonLocation at = p.currentTokenLocation();
        return Either.left(
            error(PlanError.Kind.MALFORMED_JSON, "trailing content", at.getLineNr(), at.getColumnNr()));
      }
      return Either.right(v);
    } catch (IOException e) {
      JsonLocation at =
          e instanceof com.fasterxml.jackson.core.JsonProcessingException jpe ? jpe.getLocation() : null;
      return Either.left(
          error(
              PlanError.Kind.MALFORMED_JSON,
              "invalid JSON",
              at == null ? -1 : at.getLineNr(),
              at == null ? -1 : at.getColumnNr()));
    }
  }

  /** The source named by the errors of {@link #parse(String)}. */
  public static final String TEXT_SOURCE = "JSON text";

  private static PlanError error(PlanError.Kind kind, String message, int line, int column) {
    return new PlanError(kind, message, TEXT_SOURCE, line, column, Optional.empty());
  }

  /** Parses JSON text that is known to be valid (tests, built-in data); throws otherwise. */
  public static JsonValue parseTrusted(String json) {
    return parse(json).getOrElseThrow((PlanError e) -> new IllegalArgumentException(e.describe()));
  }
}
