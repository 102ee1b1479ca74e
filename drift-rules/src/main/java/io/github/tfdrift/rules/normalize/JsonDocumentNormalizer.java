package io.github.tfdrift.rules.normalize;

import io.github.tfdrift.core.value.JsonValue;
import io.github.tfdrift.core.value.JsonValues;
import java.util.Optional;

/**
 * JSON documents held in strings (IAM and bucket policies, container definitions): the parsed value
 * counts, not key order, whitespace or number spelling ({@code 1.0} equals {@code 1}). Applies by
 * default to any string that parses as a JSON object or array.
 */
public final class JsonDocumentNormalizer implements Normalizer {
  /** The id: {@code json}. */
  public static final String ID = "json";

  private static final JsonDocumentNormalizer INSTANCE = new JsonDocumentNormalizer();

  private JsonDocumentNormalizer() {}

  /** The normaliser. */
  public static JsonDocumentNormalizer instance() {
    return INSTANCE;
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "JSON document";
  }

  @Override
  public boolean detects(JsonValue value) {
    if (!(value instanceof JsonValue.Str s)) {
      return false;
    }
    String t = s.value().strip();
    return (t.startsWith("{") && t.endsWith("}")) || (t.startsWith("[") && t.endsWith("]"));
  }

  @Override
  public Optional<JsonValue> normalize(JsonValue value) {
    if (!(value instanceof JsonValue.Str s)) {
      return Optional.empty();
    }
    String t = s.value().strip();
    if (!(t.startsWith("{") || t.startsWith("["))) {
      return Optional.empty();
    }
    // Objects compare as maps and numbers by value, so the parsed value is the canonical form.
    return JsonValues.parse(t).toJavaOptional();
  }
}
