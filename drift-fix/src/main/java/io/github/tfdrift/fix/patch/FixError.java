package io.github.tfdrift.fix.patch;

import java.util.Objects;

/**
 * Why a patch could not be written, as a whole (a refusal of one entry is an {@code
 * EntryOutcome.Refused} instead). Never holds a configuration value.
 *
 * @param kind what went wrong
 * @param file the file concerned, relative to the configuration directory ({@code ""} when none)
 * @param message one sentence saying what went wrong
 */
public record FixError(Kind kind, String file, String message) {
  /** What went wrong. */
  public enum Kind {
    /** A file could not be read or written. */
    IO,
    /** A file changed between making the patch and applying it. */
    CHANGED,
    /** The configuration could not be used. */
    CONFIGURATION
  }

  /** Validates the parts. */
  public FixError {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(message, "message");
  }

  /** An error about one file. */
  public static FixError of(Kind kind, String file, String message) {
    return new FixError(kind, file, message);
  }

  /** One line: {@code file: message}, or the message alone. */
  public String describe() {
    return file.isEmpty() ? message : file + ": " + message;
  }
}
