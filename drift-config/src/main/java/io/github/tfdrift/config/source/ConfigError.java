package io.github.tfdrift.config.source;

import java.util.Objects;

/**
 * Why a configuration could not be read, and where: a file that cannot be read, HCL that does not
 * parse, a {@code modules.json} that is not what Terraform writes. Messages name the problem and
 * the position, never the file's content (a configuration may hold secrets in literals).
 *
 * @param kind what went wrong
 * @param file the file relative to the configuration's root (or the root itself), with {@code /}
 * @param line 1-based line, or 0 when unknown
 * @param column 1-based column, or 0 when unknown
 * @param message one sentence for a person
 */
public record ConfigError(Kind kind, String file, int line, int column, String message) {

  /** Validates the parts. */
  public ConfigError {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(message, "message");
  }

  /** The kinds of unreadable configuration. */
  public enum Kind {
    /** A file or directory could not be read (missing, not a directory, permission). */
    IO,
    /** A file's HCL (or tfvars JSON) does not parse. */
    SYNTAX,
    /** {@code .terraform/modules/modules.json} is not the manifest Terraform writes. */
    MODULE_MANIFEST,
    /** Local module sources that call each other in a circle. */
    MODULE_CYCLE
  }

  /** An error at a position. */
  public static ConfigError at(Kind kind, String file, int line, int column, String message) {
    return new ConfigError(kind, file, line, column, message);
  }

  /** An error about a whole file or directory. */
  public static ConfigError of(Kind kind, String file, String message) {
    return new ConfigError(kind, file, 0, 0, message);
  }

  /** One line: {@code file:line:col: what}. */
  public String describe() {
    StringBuilder b = new StringBuilder(file);
    if (line > 0) {
      b.append(':').append(line);
      if (column > 0) {
        b.append(':').append(column);
      }
    }
    return b.append(": ").append(message).toString();
  }

  @Override
  public String toString() {
    return kind + ": " + describe();
  }
}
