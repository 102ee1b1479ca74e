package io.github.tfdrift.rules;

import java.util.Locale;
import java.util.Optional;

/**
 * The runbook procedure for an entry: what a person should do next. Reports write the lower-case
 * {@link #id()}: {@code none}, {@code apply}, {@code accept}, {@code stop}, {@code import}.
 */
public enum Procedure {
  /** Nothing to do: no change, or a false positive (report id {@code none}). */
  NO_ACTION("none"),
  /** Procedure 1: apply the configuration (restores drifted values, applies configuration changes). */
  APPLY("apply"),
  /** Procedure 2: update the configuration to match the infrastructure (accept the drift). */
  ACCEPT("accept"),
  /**
   * Stop and investigate before applying: replacement, deletion or recreation, or a change a rule
   * escalated (see {@link Finding#escalate}).
   */
  STOP("stop"),
  /** Bring an existing object into state (import block or {@code terraform import}). */
  IMPORT("import");

  private final String id;

  Procedure(String id) {
    this.id = id;
  }

  /** The lower-case id reports write: {@code none}, {@code apply}, ... */
  public String id() {
    return id;
  }

  /** The upper-case report label: {@code NONE}, {@code APPLY}, ... */
  public String label() {
    return id.toUpperCase(Locale.ROOT);
  }

  /**
   * The procedure with a report id or constant name, in any case: {@code none}, {@code NONE} and
   * {@code NO_ACTION} all give {@link #NO_ACTION}.
   *
   * @param text the id or name
   * @return the procedure, or empty when the text names none
   */
  public static Optional<Procedure> fromId(String text) {
    for (Procedure p : values()) {
      if (p.id.equalsIgnoreCase(text) || p.name().equalsIgnoreCase(text)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }
}
