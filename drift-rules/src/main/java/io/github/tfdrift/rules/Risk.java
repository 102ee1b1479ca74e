package io.github.tfdrift.rules;

/** How dangerous it is to apply an entry's change, in increasing order. */
public enum Risk {
  /** Nothing happens to the infrastructure. */
  NONE,
  /** A routine, reviewed change. */
  LOW,
  /** A change that deserves a look: real drift, imports, forgets, sensitive values. */
  MEDIUM,
  /** An object is destroyed or replaced. */
  HIGH,
  /** Data loss is likely: an object deleted outside Terraform would be recreated empty. */
  CRITICAL;

  /** The higher of two risks. */
  public Risk max(Risk other) {
    return other.ordinal() > ordinal() ? other : this;
  }
}
