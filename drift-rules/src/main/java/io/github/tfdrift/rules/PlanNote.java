package io.github.tfdrift.rules;

import java.util.Locale;
import java.util.Objects;

/**
 * A note about a whole plan that is not an entry of its classification, such as what an apply log
 * adds: addresses not imported because the state already has them, "already exists" errors that match
 * nothing, other apply errors, pipeline failures. An {@link Level#ERROR} note makes the plan's decision
 * an error (exit 1). Report writers print the message through {@code io.github.tfdrift.report.text.SafeText}.
 *
 * @param level how serious
 * @param message one sentence, one line
 */
public record PlanNote(Level level, String message) {
  /** How serious a note is. */
  public enum Level {
    /** Worth knowing; nothing to do. */
    INFO,
    /** Something to check. */
    WARNING,
    /** The run failed: the plan's decision is an error (exit 1). */
    ERROR;

    /** Lower case: {@code info}, {@code warning}, {@code error}. */
    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private static final java.util.regex.Pattern LINE_BREAKS = java.util.regex.Pattern.compile("[\\r\\n]+");

  /** Validates the parts; line breaks in the message become spaces. */
  public PlanNote {
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(message, "message");
    if (message.indexOf('\n') >= 0 || message.indexOf('\r') >= 0) {
      message = LINE_BREAKS.matcher(message).replaceAll(" ");
    }
  }

  /** An info note. */
  public static PlanNote info(String message) {
    return new PlanNote(Level.INFO, message);
  }

  /** A warning note. */
  public static PlanNote warning(String message) {
    return new PlanNote(Level.WARNING, message);
  }

  /** An error note. */
  public static PlanNote error(String message) {
    return new PlanNote(Level.ERROR, message);
  }

  /** {@code WARNING: message}. */
  public String describe() {
    return level.name() + ": " + message;
  }

  /** The level only; messages may quote the log. */
  @Override
  public String toString() {
    return "PlanNote[" + level + "]";
  }
}
