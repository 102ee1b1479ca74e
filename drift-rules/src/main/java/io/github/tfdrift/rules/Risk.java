package io.github.tfdrift.rules;

import java.util.Locale;
import java.util.Optional;

/**
 * How dangerous it is to apply an entry's change, in increasing order. Reports write the lower-case
 * {@link #id()}: {@code none}, {@code low}, {@code medium}, {@code high}, {@code critical}.
 */
public enum Risk {
  /** Nothing happens to the infrastructure (report id {@code none}). */
  NO_RISK("none"),
  /** A routine, reviewed change. */
  LOW("low"),
  /** A change that deserves a look: real drift, imports, forgets, sensitive values. */
  MEDIUM("medium"),
  /** An object is destroyed or replaced, or a rule escalated the change to STOP. */
  HIGH("high"),
  /** Data loss is likely: an object deleted outside Terraform would be recreated empty. */
  CRITICAL("critical");

  private final String id;

  Risk(String id) {
    this.id = id;
  }

  /** The lower-case id reports write: {@code none}, {@code low}, ... */
  public String id() {
    return id;
  }

  /** The higher of two risks. */
  public Risk max(Risk other) {
    return other.ordinal() > ordinal() ? other : this;
  }

  /**
   * The risk with a report id or constant name, in any case: {@code none}, {@code NONE} and {@code
   * NO_RISK} all give {@link #NO_RISK}.
   *
   * @param text the id or name
   * @return the risk, or empty when the text names none
   */
  public static Optional<Risk> fromId(String text) {
    for (Risk r : values()) {
      if (r.id.equalsIgnoreCase(text) || r.name().equalsIgnoreCase(text)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  /** The upper-case report label: {@code NONE}, {@code LOW}, ... */
  public String label() {
    return id.toUpperCase(Locale.ROOT);
  }
}
