package io.github.tfdrift.report.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.tfdrift.report.text.SafeText;
import java.io.IOException;
import java.util.Collection;
import java.util.Optional;

/**
 * A JSON sink over Jackson's generator whose every string from a plan is redacted. Field names are
 * the report schema's own words and written as they are (a secret such as {@code prod} must not turn
 * {@code producer} into {@code (sensitive)ucer}); so are {@linkplain #keyword values of a closed
 * vocabulary} (verdicts, risks, procedures). Names that come from a plan go through {@link #entry}.
 */
public final class SafeJson {
  private final JsonGenerator g;
  private final SafeText safe;

  /** A sink over {@code g} redacting through {@code safe}. */
  public SafeJson(JsonGenerator g, SafeText safe) {
    this.g = g;
    this.safe = safe;
  }

  /** Starts an object (as a value). */
  public SafeJson startObject() throws IOException {
    g.writeStartObject();
    return this;
  }

  /** Starts an object under a field name. */
  public SafeJson startObject(String name) throws IOException {
    g.writeFieldName(name);
    g.writeStartObject();
    return this;
  }

  /** Ends an object. */
  public SafeJson endObject() throws IOException {
    g.writeEndObject();
    return this;
  }

  /** Starts an array under a field name. */
  public SafeJson startArray(String name) throws IOException {
    g.writeFieldName(name);
    g.writeStartArray();
    return this;
  }

  /** Ends an array. */
  public SafeJson endArray() throws IOException {
    g.writeEndArray();
    return this;
  }

  /** A string field, redacted. */
  public SafeJson string(String name, String value) throws IOException {
    g.writeFieldName(name);
    g.writeString(safe.text(value));
    return this;
  }

  /** A string field, redacted, or {@code null} when empty. */
  public SafeJson optional(String name, Optional<String> value) throws IOException {
    g.writeFieldName(name);
    if (value.isPresent()) {
      g.writeString(safe.text(value.get()));
    } else {
      g.writeNull();
    }
    return this;
  }

  /**
   * A string field whose value is a word of the report's own vocabulary (a verdict, a risk, a rule
   * id), written as it is.
   */
  public SafeJson keyword(String name, String value) throws IOException {
    g.writeFieldName(name);
    g.writeString(value);
    return this;
  }

  /** A field whose name and value both come from a plan (a map's key and value), both redacted. */
  public SafeJson entry(String key, String value) throws IOException {
    g.writeFieldName(safe.text(key));
    g.writeString(safe.text(value));
    return this;
  }

  /** A string element of an array, redacted. */
  public SafeJson element(String value) throws IOException {
    g.writeString(safe.text(value));
    return this;
  }

  /** An array of strings, redacted. */
  public SafeJson strings(String name, Collection<String> values) throws IOException {
    startArray(name);
    for (String v : values) {
      element(v);
    }
    return endArray();
  }

  /** A number field. */
  public SafeJson number(String name, long value) throws IOException {
    g.writeFieldName(name);
    g.writeNumber(value);
    return this;
  }

  /** A boolean field. */
  public SafeJson bool(String name, boolean value) throws IOException {
    g.writeFieldName(name);
    g.writeBoolean(value);
    return this;
  }

  /** Flushes the generator. */
  public void flush() throws IOException {
    g.flush();
  }
}
