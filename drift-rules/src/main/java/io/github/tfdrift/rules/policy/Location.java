package io.github.tfdrift.rules.policy;

import java.util.Objects;

/**
 * Where a policy entry was written: file, line and column (1-based; 0 when built in code).
 *
 * @param source the file name or other source description
 * @param line the line, 1-based, or 0 when unknown
 * @param column the column, 1-based, or 0 when unknown
 */
public record Location(String source, int line, int column) {
  private static final Location CODE = new Location("<code>", 0, 0);

  /** Validates the parts. */
  public Location {
    Objects.requireNonNull(source, "source");
  }

  /** The location of entries built in code. */
  public static Location code() {
    return CODE;
  }

  @Override
  public String toString() {
    return line > 0 ? source + ":" + line + ":" + column : source;
  }
}
