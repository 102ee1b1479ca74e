package io.github.tfdrift.imports;

import java.util.List;
import java.util.Objects;

/**
 * An "already exists" error whose address is not imported, and why: it is already in the state (the
 * guard of the runbook's safe-import script), or the plan already imports it.
 *
 * @param address the resource instance address
 * @param reason one sentence
 * @param sources the errors it comes from, in log order
 */
public record SkippedImport(String address, String reason, List<SourceError> sources) {
  /** Validates and copies the parts. */
  public SkippedImport {
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(reason, "reason");
    sources = List.copyOf(sources);
  }

  /** The first error it comes from. */
  public SourceError source() {
    return sources.get(0);
  }
}
