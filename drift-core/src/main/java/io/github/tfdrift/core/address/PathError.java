package io.github.tfdrift.core.address;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * Why a text or a JSON value is not an attribute path. Each kind knows its position, when there is
 * one, and {@link #describe()} gives the one-line message users see.
 *
 * <p>{@code toString()} gives the message only: it never prints the text, which may come from a plan.
 */
public sealed interface PathError {
  /** The one-line message, e.g. {@code expected ']' at character 9}. */
  String describe();

  /** Where the problem is: a character (from 0) for text, a step (from 0) for the JSON form. */
  OptionalInt position();

  /**
   * The text has something unexpected at a character.
   *
   * @param character the character, counted from 0 in the text as given (leading blanks included)
   * @param problem what is wrong there, e.g. {@code expected ']'}
   */
  record Syntax(int character, String problem) implements PathError {
    /** Validates the parts. */
    public Syntax {
      Objects.requireNonNull(problem, "problem");
    }

    @Override
    public String describe() {
      return problem + " at character " + (character + 1);
    }

    @Override
    public OptionalInt position() {
      return OptionalInt.of(character);
    }

    @Override
    public String toString() {
      return "PathError[" + describe() + "]";
    }
  }

  /**
   * The text starts with an index or key instead of an attribute name.
   *
   * @param character the character of the first step, counted from 0
   */
  record NoAttributeName(int character) implements PathError {
    @Override
    public String describe() {
      return "a path must start with an attribute name (character " + (character + 1) + ")";
    }

    @Override
    public OptionalInt position() {
      return OptionalInt.of(character);
    }

    @Override
    public String toString() {
      return "PathError[" + describe() + "]";
    }
  }

  /**
   * The text is incomplete: empty, or ending with a dot.
   *
   * @param problem {@code empty attribute path} or {@code path ends with '.'}
   */
  record Incomplete(String problem) implements PathError {
    /** Validates the problem. */
    public Incomplete {
      Objects.requireNonNull(problem, "problem");
    }

    @Override
    public String describe() {
      return problem;
    }

    @Override
    public OptionalInt position() {
      return OptionalInt.empty();
    }

    @Override
    public String toString() {
      return "PathError[" + describe() + "]";
    }
  }

  /**
   * The JSON form is not an array of strings and whole numbers.
   *
   * @param step the offending step, or empty when the value is not an array
   * @param problem what is wrong, e.g. {@code is not a whole number}
   */
  record BadJson(OptionalInt step, String problem) implements PathError {
    /** Validates the parts. */
    public BadJson {
      Objects.requireNonNull(step, "step");
      Objects.requireNonNull(problem, "problem");
    }

    @Override
    public String describe() {
      return step.isPresent() ? "path step " + step.getAsInt() + " " + problem : problem;
    }

    @Override
    public OptionalInt position() {
      return step;
    }

    @Override
    public String toString() {
      return "PathError[" + describe() + "]";
    }
  }
}
