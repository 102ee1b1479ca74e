package io.github.tfdrift.imports;

import java.util.Locale;
import java.util.Optional;

/** The output formats of {@link ImportRenderer}. */
public enum ImportFormat {
  /** {@code import {}} blocks. */
  HCL,
  /** A POSIX shell script of {@code terraform import} commands. */
  SH,
  /** A JSON document. */
  JSON;

  /** The name users type: {@code hcl}, {@code sh}, {@code json}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The format a user named.
   *
   * @param name {@code hcl}, {@code sh} or {@code json}
   * @return the format, if the name is one
   */
  public static Optional<ImportFormat> of(String name) {
    for (ImportFormat f : values()) {
      if (f.id().equals(name)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }
}
