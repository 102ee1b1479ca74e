package io.github.tfdrift.rules.spi;

/**
 * What the policy and the normalisers say about one changed path. Each path gets exactly one
 * category, tried in this order: the policy's {@code ignore_changes} first (it mirrors the
 * configuration), then an active {@code expected} entry, then cosmetic equality, else real.
 */
public enum PathCategory {
  /** Covered by an {@code ignore_changes} entry of the policy. */
  IGNORED,
  /** Covered by an active {@code expected} entry (only for entries with drift). */
  EXPECTED,
  /** The values are equal after normalisation. */
  COSMETIC,
  /** A real difference. */
  REAL
}
