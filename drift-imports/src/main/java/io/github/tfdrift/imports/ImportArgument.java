package io.github.tfdrift.imports;

/**
 * What an {@code import {}} block names the existing object by: {@code id = "…"} (Terraform 1.5+,
 * OpenTofu 1.6+) or {@code identity = { … }} (Terraform 1.12+, OpenTofu 1.12+, for types whose
 * provider defines a resource identity).
 */
public enum ImportArgument {
  /** {@code id = "…"}: the import ID. */
  ID,
  /**
   * {@code identity = { … }} where the identity is known ({@link ImportEntry#identity()}); {@code id},
   * with a comment saying so, for the other entries.
   */
  IDENTITY
}
