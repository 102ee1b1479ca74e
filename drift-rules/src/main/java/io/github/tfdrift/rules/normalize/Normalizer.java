package io.github.tfdrift.rules.normalize;

import io.github.tfdrift.core.value.JsonValue;
import java.util.Optional;

/**
 * Brings a value to a canonical form so that formatting-only differences compare equal. Two values
 * are cosmetically equal under a normaliser when both normalise and the results are equal. A
 * normaliser must be a pure function and must not throw.
 */
public interface Normalizer {
  /** The id used in policy files ({@code kind: json}). */
  String id();

  /** A short description for reasons: "SSH public key", "JSON document". */
  default String description() {
    return id();
  }

  /** The canonical form of {@code value}, or empty when this normaliser does not apply to it. */
  Optional<JsonValue> normalize(JsonValue value);

  /**
   * True when this normaliser recognises the value on its own (used for default, unattached
   * detection). The default says no: the normaliser applies only where a policy attaches it.
   */
  default boolean detects(JsonValue value) {
    return false;
  }
}
