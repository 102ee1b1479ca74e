package io.github.tfdrift.report.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.tfdrift.report.text.SafeText;
import java.io.IOException;
import java.util.Collection;
import java.util.Optional;

/** A JSON sink over Jackson's generator whose every string (names included) is redacted. */
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
    g.writeFieldName(safe.text(name));
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
    g.writeFieldName(safe.text(name));
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
    g.writeFieldName(safe.text(name));
    g.writeString(safe.text(value));
    return this;
  }

  /** A string field, redacted, or {@code null} when empty. */
  public SafeJson optional(String name, Optional<String> value) throws IOException {
    g.writeFieldName(safe.text(name));
    if (value.isPresent()) {
      g.writeString(safe.text(value.get()));
    } else {
      g.writeNull();
    }
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
    g.writeFieldName(safe.text(name));
    g.writeNumber(value);
    return this;
  }

  /** A boolean field. */
  public SafeJson bool(String name, boolean value) throws IOException {
    g.writeFieldName(safe.text(name));
    g.writeBoolean(value);
    return this;
  }

  /** Flushes the generator. */
  public void flush() throws IOException {
    g.flush();
  }
}
