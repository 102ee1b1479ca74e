package io.github.tfdrift.rules;

/**
 * Which parts of the plan speak about an entry: {@code resource_changes} (what apply would do),
 * {@code resource_drift} (what changed outside the tool) and {@code deferred_changes} (what could not
 * be planned yet). A deferred entry's planned change is the deferred change's {@code resource_change}
 * ({@link ClassifiedEntry#deferred()} keeps the whole entry, reason included).
 */
public enum Source {
  /** Only {@code resource_changes}: what apply would do. */
  PLANNED,
  /** Only {@code resource_drift}: what changed outside Terraform. */
  DRIFT,
  /** {@code resource_changes} and {@code resource_drift}. */
  BOTH,
  /** Only {@code deferred_changes}: a change that could not be planned yet. */
  DEFERRED,
  /** {@code deferred_changes} and {@code resource_drift}. */
  DEFERRED_AND_DRIFT;

  /** The source of an entry with the given parts. */
  public static Source of(boolean planned, boolean drift, boolean deferred) {
    if (deferred) {
      return drift ? DEFERRED_AND_DRIFT : DEFERRED;
    }
    return planned ? (drift ? BOTH : PLANNED) : DRIFT;
  }

  /** True when {@code resource_drift} speaks about the entry. */
  public boolean hasDrift() {
    return this == DRIFT || this == BOTH || this == DEFERRED_AND_DRIFT;
  }

  /** True when the entry comes from {@code deferred_changes}. */
  public boolean isDeferred() {
    return this == DEFERRED || this == DEFERRED_AND_DRIFT;
  }
}
