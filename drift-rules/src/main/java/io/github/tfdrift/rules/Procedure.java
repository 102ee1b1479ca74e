package io.github.tfdrift.rules;

/** The runbook procedure for an entry: what a person should do next. */
public enum Procedure {
  /** Nothing to do: no change, or a false positive. */
  NONE,
  /** Procedure 1: apply the configuration (restores drifted values, applies configuration changes). */
  APPLY,
  /** Procedure 2: update the configuration to match the infrastructure (accept the drift). */
  ACCEPT,
  /** Stop and investigate before applying: replacement, deletion or recreation. */
  STOP,
  /** Bring an existing object into state (import block or {@code terraform import}). */
  IMPORT
}
