package io.github.tfdrift.core.ui;

import io.github.tfdrift.core.value.JsonValue;
import java.util.Objects;
import java.util.Optional;

/**
 * One output of an {@code outputs} message. Planned outputs carry {@code action}; applied outputs
 * carry {@code value} and {@code type}. Since UI 1.1 the value of a sensitive output is left out.
 *
 * @param sensitive whether the output is sensitive
 * @param action the planned action, when planned
 * @param type the value's type in cty's JSON form, or absent
 * @param value the value, or absent; may be secret
 */
public record UiOutput(boolean sensitive, Optional<UiAction> action, JsonValue type, JsonValue value) {

  /** Validates the parts. */
  public UiOutput {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(value, "value");
  }

  /** Flags and action; never the value. */
  @Override
  public String toString() {
    return "UiOutput[sensitive="
        + sensitive
        + action.map(a -> ", action=" + a).orElse("")
        + (value.isAbsent() ? "" : ", has value")
        + "]";
  }
}
