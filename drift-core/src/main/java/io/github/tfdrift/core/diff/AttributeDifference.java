package io.github.tfdrift.core.diff;

import io.github.tfdrift.core.address.AttributePath;
import io.github.tfdrift.core.value.JsonValue;
import java.util.Objects;

/**
 * One leaf difference between a change's {@code before} and {@code after}: the attribute's path, its
 * value on both sides, and whether the new value is unknown ("known after apply") or sensitive.
 *
 * <p>{@link #before()} is {@link JsonValue#absent() absent} when the attribute, map key or list element
 * did not exist before; {@link #after()} is absent when it does not exist after, and always absent when
 * {@link #unknownAfter()} is true (the value is not known yet). A JSON {@code null} on one side and a
 * missing member on the other are not a difference.
 *
 * <p>{@code toString()} never shows a value: it prints the path, the JSON type and size of each side
 * (or {@code (sensitive)}), and the flags. Inside a sensitive value even map keys can be secret, so it
 * also hides the steps of the path below the outermost sensitive mark (see {@link #displayPath()}).
 *
 * @param path where the values differ
 * @param before the value before; may be secret
 * @param after the value after; may be secret
 * @param unknownAfter true when the value after is known only after apply
 * @param sensitive true when either side is marked sensitive
 * @param shownSteps how many steps of the path are safe to print (the rest is below a value marked
 *     sensitive as a whole)
 */
public record AttributeDifference(
    AttributePath path, JsonValue before, JsonValue after, boolean unknownAfter, boolean sensitive, int shownSteps) {
  /** How the attribute's presence changes. */
  public enum Kind {
    /** There was no value before ({@code before} absent or {@code null}). */
    ADDED,
    /** There is no value after ({@code after} absent or {@code null}) and it is not unknown. */
    REMOVED,
    /** A value before and a different (or unknown) value after. */
    CHANGED
  }

  private static final String MASKED_STEPS = "[(sensitive)]";

  /**
   * Validates the parts: an unknown value after reads as absent, and {@code shownSteps} is kept
   * between 0 and the length of the path.
   */
  public AttributeDifference {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(before, "before");
    after = unknownAfter ? JsonValue.absent() : Objects.requireNonNull(after, "after");
    shownSteps = Math.max(0, Math.min(shownSteps, path.size()));
  }

  /**
   * A difference. When {@code unknownAfter} is true, {@code after} is ignored and reads as absent.
   *
   * @param path where the values differ
   * @param before the value before ({@link JsonValue#absent()} when it did not exist)
   * @param after the value after ({@link JsonValue#absent()} when it does not exist)
   * @param unknownAfter true when the value after is not known until apply
   * @param sensitive true when either side is marked sensitive
   * @return the difference
   */
  public static AttributeDifference of(
      AttributePath path, JsonValue before, JsonValue after, boolean unknownAfter, boolean sensitive) {
    return new AttributeDifference(path, before, after, unknownAfter, sensitive, path.size());
  }

  /**
   * A difference whose path is shown only up to {@code shownSteps} steps, because the value at that
   * depth is marked sensitive as a whole.
   */
  static AttributeDifference of(
      AttributePath path,
      JsonValue before,
      JsonValue after,
      boolean unknownAfter,
      boolean sensitive,
      int shownSteps) {
    return new AttributeDifference(path, before, after, unknownAfter, sensitive, shownSteps);
  }

  /** Where the values differ, in Terraform's notation when rendered ({@code memory[0].dedicated}). */
  public AttributePath path() {
    return path;
  }

  /** The value before: {@link JsonValue#absent()} when the attribute did not exist. May be secret. */
  public JsonValue before() {
    return before;
  }

  /**
   * The value after: {@link JsonValue#absent()} when the attribute does not exist after, and when
   * {@link #unknownAfter()} is true. May be secret.
   */
  public JsonValue after() {
    return after;
  }

  /** True when {@code after_unknown} marks the value: it is "known after apply". */
  public boolean unknownAfter() {
    return unknownAfter;
  }

  /**
   * True when {@code before_sensitive} or {@code after_sensitive} marks the value, an attribute that
   * contains it, or anything inside it.
   */
  public boolean sensitive() {
    return sensitive;
  }

  /** Whether the attribute appears, disappears or changes. */
  public Kind kind() {
    if (before.isNullOrAbsent()) {
      return Kind.ADDED;
    }
    if (!unknownAfter && after.isNullOrAbsent()) {
      return Kind.REMOVED;
    }
    return Kind.CHANGED;
  }

  /**
   * The path as it is safe to print: the steps below the outermost wholly sensitive value are replaced
   * by {@code [(sensitive)]}, because the keys of a sensitive map may themselves be secret. Equal to
   * {@code path().render()} when nothing above the leaf is marked.
   */
  public String displayPath() {
    if (shownSteps >= path.size()) {
      return path.isRoot() ? "(root)" : path.render();
    }
    String head = AttributePath.of(path.steps().subList(0, shownSteps)).render();
    return head + MASKED_STEPS;
  }

  private String show(JsonValue v) {
    if (v.isAbsent()) {
      return "(absent)";
    }
    if (sensitive) {
      return "(sensitive)";
    }
    return v.toString();
  }

  /** The path, the JSON type/size of each side (or {@code (sensitive)}) and the flags; never a value. */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder(displayPath()).append(": ").append(show(before)).append(" -> ");
    b.append(unknownAfter ? "(known after apply)" : show(after));
    if (sensitive) {
      b.append(" [sensitive]");
    }
    if (unknownAfter) {
      b.append(" [unknown after]");
    }
    return b.toString();
  }
}
