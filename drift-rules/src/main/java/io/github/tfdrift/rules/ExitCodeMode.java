package io.github.tfdrift.rules;

/**
 * How a {@link Decision} maps to a process exit code. Both modes give 2 for actionable changes,
 * {@link Verdict#DEFERRED} included: a plan with deferred changes is incomplete, as {@code terraform
 * plan -detailed-exitcode} also reports changes for it.
 */
public enum ExitCodeMode {
  /**
   * 0 nothing actionable, 1 error, 2 actionable changes (deferred ones included), 3 destructive
   * changes or a change a rule escalated to STOP.
   */
  DETAILED,
  /** As {@code terraform plan -detailed-exitcode}: destructive changes also give 2. */
  TERRAFORM
}
