package io.github.tfdrift.rules;

/** How a {@link Decision} maps to a process exit code. */
public enum ExitCodeMode {
  /** 0 nothing actionable, 1 error, 2 actionable changes, 3 destructive changes. */
  DETAILED,
  /** As {@code terraform plan -detailed-exitcode}: destructive changes also give 2. */
  TERRAFORM
}
