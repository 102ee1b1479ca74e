package io.github.tfdrift.cli;

import io.github.tfdrift.core.json.PlanReader;
import io.github.tfdrift.core.model.Plan;
import io.github.tfdrift.core.read.PlanError;
import io.vavr.control.Either;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/** Reads the plan a command argument names: a file, or {@code -} for standard input. */
public final class PlanInput {
  /** The argument that means standard input. */
  public static final String STDIN = "-";
  /** How standard input is named in messages. */
  public static final String STDIN_NAME = "<stdin>";

  private PlanInput() {}

  /** Reads the plan named by {@code argument} with the default reader. */
  public static Either<PlanError, Plan> read(String argument, Console console) {
    return read(argument, console, PlanReader.create());
  }

  /** Reads the plan named by {@code argument} with the given reader. */
  public static Either<PlanError, Plan> read(String argument, Console console, PlanReader reader) {
    if (argument.equals(STDIN)) {
      return reader.read(console.in(), STDIN_NAME);
    }
    Path path;
    try {
      path = Path.of(argument);
    } catch (InvalidPathException e) {
      return Either.left(
          new PlanError(PlanError.Kind.IO, "not a valid file name", "<argument>", 0, 0, Optional.empty()));
    }
    return reader.read(path);
  }

  /** How {@code argument} is named in output: the path, or {@code <stdin>}. */
  public static String displayName(String argument) {
    return argument.equals(STDIN) ? STDIN_NAME : argument;
  }
}
