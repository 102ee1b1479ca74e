package io.github.tfdrift.testkit;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a fixture expects for one resource address: the verdict name ({@code UPDATE}, {@code
 * IGNORED}, ...), the runbook procedure as reports label it ({@code APPLY}, {@code ACCEPT}, {@code STOP}, {@code NONE},
 * {@code IMPORT}), the attribute paths that matter in Terraform notation ({@code
 * memory[0].dedicated}), and for imports the ID to import with.
 *
 * @param verdict the verdict name
 * @param procedure the procedure name
 * @param paths the attribute paths, in Terraform notation
 * @param importId the import ID, when the procedure is an import
 */
public record ExpectedEntry(String verdict, String procedure, List<String> paths, Optional<String> importId) {
  /** Validates and copies the parts. */
  public ExpectedEntry {
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(procedure, "procedure");
    paths = List.copyOf(paths);
    Objects.requireNonNull(importId, "importId");
  }
}
