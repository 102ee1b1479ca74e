package io.github.tfdrift.imports;

import java.util.Objects;
import java.util.Optional;

/**
 * An "already exists" error that matches nothing the plan creates: it names no address, or an address
 * the plan does not have (a log of another plan?). Nothing is invented for it.
 *
 * @param address the address the error names, if any
 * @param reason one sentence
 * @param source the error
 */
public record UnmatchedError(Optional<String> address, String reason, SourceError source) {
  /** Validates the parts. */
  public UnmatchedError {
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(source, "source");
  }
}
