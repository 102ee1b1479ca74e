package io.github.tfdrift.core.ui;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An {@code outputs} message: the root module's outputs, planned (with actions) or applied (with
 * values).
 *
 * @param envelope the common fields
 * @param outputs the outputs by name, in stream order
 */
public record OutputsMessage(UiEnvelope envelope, Map<String, UiOutput> outputs) implements UiMessage {

  /** Validates and copies the parts. */
  public OutputsMessage {
    Objects.requireNonNull(envelope, "envelope");
    outputs = Collections.unmodifiableMap(new LinkedHashMap<>(outputs));
  }

  @Override
  public String toString() {
    return UiMessage.describe(this);
  }
}
