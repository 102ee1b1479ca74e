package io.github.tfdrift.core.model;

import io.github.tfdrift.core.address.AttributePath;
import io.github.tfdrift.core.address.PathStep;
import io.github.tfdrift.core.value.JsonValue;

/**
 * A mirror ({@code after_unknown}, {@code before_sensitive}, {@code after_sensitive},
 * {@code sensitive_values}) read as a mask: {@code true} marks a value and everything below it; an
 * object lists only the keys with marks below them; an array has one entry per element. A missing
 * key, {@code false}, {@code null} and absence all mean "not marked".
 */
public final class ValueMask {
  private static final ValueMask NONE = new ValueMask(JsonValue.absent());
  private final JsonValue mirror;

  private ValueMask(JsonValue mirror) {
    this.mirror = mirror;
  }

  /**
   * The mask of a mirror value. A mirror that marks nothing at its top ({@code false}, {@code null},
   * absent, {@code {}}, {@code []}) gives {@link #none()}, whose {@link #mirror()} is absent.
   */
  public static ValueMask of(JsonValue mirror) {
    return marksNothing(mirror) ? NONE : new ValueMask(mirror);
  }

  private static boolean marksNothing(JsonValue m) {
    if (m instanceof JsonValue.Bool b) {
      return !b.value();
    }
    if (m instanceof JsonValue.Obj o) {
      return o.size() == 0;
    }
    if (m instanceof JsonValue.Arr a) {
      return a.size() == 0;
    }
    return true; // null, absent, or a string or number, which a mirror never holds
  }

  /** True when this is {@link #none()}: nothing at all is marked (a cheap, shallow test). */
  public boolean isNone() {
    return this == NONE;
  }

  /** A mask that marks nothing. */
  public static ValueMask none() {
    return NONE;
  }

  /** The mirror this mask reads (absent for {@link #none()}). */
  public JsonValue mirror() {
    return mirror;
  }

  /** True when the whole value is marked. */
  public boolean isWhollyMarked() {
    return mirror instanceof JsonValue.Bool b && b.value();
  }

  /** True when the value at {@code path}, or anything that contains it, is marked. */
  public boolean isMarked(AttributePath path) {
    JsonValue m = mirror;
    if (path.isAll()) {
      return anyMarked();
    }
    for (PathStep step : path.steps()) {
      if (m instanceof JsonValue.Bool b) {
        return b.value();
      }
      if (step instanceof PathStep.Index i) {
        m = m.get(i.index());
      } else if (step instanceof PathStep.Attribute a) {
        m = m.get(a.name());
      } else {
        m = m.get(((PathStep.Key) step).key());
      }
      if (m.isNullOrAbsent()) {
        return false;
      }
    }
    return m instanceof JsonValue.Bool b && b.value();
  }

  /** The sub-mask at one step below the root ({@link #none()} when nothing there is marked). */
  public ValueMask child(String key) {
    return this == NONE || isWhollyMarked() ? this : of(mirror.get(key));
  }

  /** The sub-mask at an array index. */
  public ValueMask child(int index) {
    return this == NONE || isWhollyMarked() ? this : of(mirror.get(index));
  }

  /** True when anything at all is marked. */
  public boolean anyMarked() {
    return anyTrue(mirror);
  }

  private static boolean anyTrue(JsonValue v) {
    if (v instanceof JsonValue.Bool b) {
      return b.value();
    }
    if (v instanceof JsonValue.Arr a) {
      for (JsonValue e : a.elements()) {
        if (anyTrue(e)) {
          return true;
        }
      }
    } else if (v instanceof JsonValue.Obj o) {
      for (String k : o.keys()) {
        if (anyTrue(o.get(k))) {
          return true;
        }
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return "ValueMask" + (anyMarked() ? "(marks)" : "(none)");
  }
}
