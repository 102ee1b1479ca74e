package io.github.tfdrift.rules.policy;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * Why an address glob or an attribute path pattern cannot be used: the problem and, where there is
 * one, the character position in the pattern (1-based). Patterns come from policy files and code,
 * never from a plan, but {@link #describe()} still does not repeat the pattern: the caller names it,
 * with the file position of the policy entry.
 *
 * @param problem what is wrong, one phrase ({@code contains whitespace}, {@code empty glob})
 * @param position the 1-based character where it is wrong, when the problem has a place
 */
public record PatternError(String problem, OptionalInt position) {
  /** Validates the parts. */
  public PatternError {
    Objects.requireNonNull(problem, "problem");
    Objects.requireNonNull(position, "position");
  }

  /** A problem of the pattern as a whole. */
  public static PatternError of(String problem) {
    return new PatternError(problem, OptionalInt.empty());
  }

  /** A problem at a 1-based character position. */
  public static PatternError at(int position, String problem) {
    return new PatternError(problem, OptionalInt.of(position));
  }

  /**
   * One line: the problem, with its position when it has one and the problem text does not already
   * give it ({@code contains whitespace at character 7}).
   */
  public String describe() {
    return problem;
  }
}
