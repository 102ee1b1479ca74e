package io.github.tfdrift.rules;

/** Which parts of the plan speak about an entry. */
public enum Source {
  /** Only {@code resource_changes}: what apply would do. */
  PLANNED,
  /** Only {@code resource_drift}: what changed outside Terraform. */
  DRIFT,
  /** Both. */
  BOTH
}
