package io.github.tfdrift.rules;

import io.github.tfdrift.core.model.ChangeKind;
import java.util.Objects;

/**
 * A change to a root module output. Reported, but not drift: it never raises the decision.
 *
 * @param name the output name
 * @param kind what happens to it
 * @param sensitive true when the output is sensitive (its value is never shown)
 */
public record OutputChange(String name, ChangeKind kind, boolean sensitive) {
  /** Validates the parts. */
  public OutputChange {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
  }
}
