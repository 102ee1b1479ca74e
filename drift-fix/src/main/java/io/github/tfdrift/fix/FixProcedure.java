package io.github.tfdrift.fix;

import java.util.Locale;
import java.util.Optional;

/** The runbook procedures {@code drift fix} carries out on the configuration. */
public enum FixProcedure {
  /** Procedure 2, "Update configuration (accept drift)": write the real value where it is defined. */
  ACCEPT,
  /** Procedure 3's remedy: add the drifted attributes to {@code lifecycle.ignore_changes}. */
  IGNORE,
  /** Keep a renamed object: write the {@code moved} block the {@code rename} rule found. */
  MOVE;

  /** The name on the command line: {@code accept}, {@code ignore}, {@code move}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The procedure of a command-line name. */
  public static Optional<FixProcedure> fromId(String id) {
    for (FixProcedure p : values()) {
      if (p.id().equals(id)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }
}
