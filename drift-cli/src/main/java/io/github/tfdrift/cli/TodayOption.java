package io.github.tfdrift.cli;

import io.vavr.control.Either;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import picocli.CommandLine;

/** {@code --today DATE}, shared by analyze and policy check: policy expiry is judged as of it. */
final class TodayOption {
  @CommandLine.Option(
      names = "--today",
      paramLabel = "DATE",
      description = "judge policy expiry dates as of DATE (YYYY-MM-DD) instead of today")
  private Optional<String> today = Optional.empty();

  /** The date of --today, else today; or a one-line message naming {@code command}. */
  Either<String, LocalDate> date(String command) {
    if (today.isEmpty()) {
      return Either.right(LocalDate.now());
    }
    try {
      return Either.right(LocalDate.parse(today.get()));
    } catch (DateTimeParseException e) {
      return Either.left(command + ": --today must be a date like 2026-12-31, not '" + today.get() + "'");
    }
  }
}
