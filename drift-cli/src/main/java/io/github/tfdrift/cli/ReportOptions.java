package io.github.tfdrift.cli;

import io.github.tfdrift.report.ReportFormat;
import io.github.tfdrift.rules.ExitCodeMode;
import io.vavr.control.Either;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine;

/** {@code --format}, {@code --output} and {@code --exit-code}, shared by analyze and demo. */
final class ReportOptions {
  @CommandLine.Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      description = "text (default), markdown, json, sarif or junit")
  private String format = "text";

  @CommandLine.Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "write the report to FILE (atomically) instead of standard output")
  private Optional<String> output = Optional.empty();

  @CommandLine.Option(
      names = "--exit-code",
      paramLabel = "MODE",
      description = "detailed (default: 0, 1, 2, 3) or terraform (destructive also gives 2)")
  private String exitCode = "detailed";

  /** What the options say. */
  record Settings(ReportFormat format, Optional<Path> output, ExitCodeMode mode) {}

  /** Checks the three options; a one-line message naming {@code command} when one is wrong. */
  Either<String, Settings> settings(String command) {
    Optional<ReportFormat> f = ReportFormat.parse(format);
    if (f.isEmpty()) {
      return Either.left(command + ": --format must be text, markdown, json, sarif or junit, not '" + format + "'");
    }
    ExitCodeMode mode;
    if (exitCode.equals("detailed")) {
      mode = ExitCodeMode.DETAILED;
    } else if (exitCode.equals("terraform")) {
      mode = ExitCodeMode.TERRAFORM;
    } else {
      return Either.left(command + ": --exit-code must be detailed or terraform, not '" + exitCode + "'");
    }
    Optional<Path> path = Optional.empty();
    if (output.isPresent()) {
      String o = output.get();
      try {
        path = Optional.of(Path.of(o));
      } catch (InvalidPathException e) {
        return Either.left(command + ": --output '" + o + "' is not a valid file name");
      }
      if (o.isEmpty() || Files.isDirectory(path.get())) {
        return Either.left(command + ": --output '" + o + "' is a directory, not a file");
      }
      Path parent = path.get().toAbsolutePath().getParent();
      if (parent == null || !Files.isDirectory(parent)) {
        return Either.left(command + ": --output '" + o + "': its directory does not exist");
      }
    }
    return Either.right(new Settings(f.get(), path, mode));
  }
}
