package io.github.tfdrift.cli;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Expands the PLAN arguments of {@code drift analyze} into the plans to read: {@code -} is standard
 * input; a file is a JSON plan, or a binary plan when it starts like a zip archive; a directory holds
 * every {@code *.json} file in it (sorted by name, not recursive, hidden files skipped) and every
 * binary plan file ({@code *.tfplan}, {@code *.plan}, or any file that starts like a zip archive). A
 * directory without any of them is an error, as is a second {@code -}.
 */
final class PlanSources {
  /** What kind of input a source is. */
  enum Kind {
    /** Standard input, a JSON plan. */
    STDIN,
    /** A JSON plan file. */
    JSON,
    /** A binary plan file, converted with {@code show -json}. */
    BINARY
  }

  /**
   * One plan to read.
   *
   * @param name how messages and reports name it
   * @param path the file, absent for standard input
   * @param kind how to read it
   */
  record Source(String name, Optional<Path> path, Kind kind) {}

  /**
   * An argument that names no plan.
   *
   * @param name the argument
   * @param message one line saying why
   */
  record Problem(String name, String message) {}

  /**
   * The expansion: sources and problems, both in argument order.
   *
   * @param sources the plans to read
   * @param problems the arguments that name no plan
   */
  record Expansion(List<Source> sources, List<Problem> problems) {}

  private PlanSources() {}

  /** Expands the arguments. */
  static Expansion expand(List<String> arguments) {
    List<Source> sources = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    boolean stdin = false;
    for (String a : arguments) {
      if (a.equals(PlanInput.STDIN)) {
        if (stdin) {
          problems.add(new Problem(a, "standard input (-) can be read only once"));
        } else {
          stdin = true;
          sources.add(new Source(PlanInput.STDIN_NAME, Optional.empty(), Kind.STDIN));
        }
        continue;
      }
      Path p;
      try {
        p = Path.of(a);
      } catch (InvalidPathException e) {
        problems.add(new Problem(a, a + ": not a valid file name"));
        continue;
      }
      if (Files.isDirectory(p)) {
        directory(a, p, sources, problems);
      } else if (Files.exists(p)) {
        sources.add(new Source(a, Optional.of(p), BinaryPlan.looksBinary(p) ? Kind.BINARY : Kind.JSON));
      } else {
        problems.add(new Problem(a, a + ": no such file"));
      }
    }
    return new Expansion(sources, problems);
  }

  private static void directory(String arg, Path dir, List<Source> sources, List<Problem> problems) {
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
      for (Path f : ds) {
        String n = f.getFileName().toString();
        if (!n.startsWith(".") && Files.isRegularFile(f)) {
          files.add(f);
        }
      }
    } catch (IOException | RuntimeException e) {
      problems.add(new Problem(arg, arg + ": cannot list the directory (an input/output error)"));
      return;
    }
    files.sort((x, y) -> x.getFileName().toString().compareTo(y.getFileName().toString()));
    int found = 0;
    for (Path f : files) {
      String n = f.getFileName().toString();
      boolean binary = BinaryPlan.looksBinary(f);
      if (binary || n.endsWith(".tfplan") || n.endsWith(".plan")) {
        sources.add(new Source(f.toString(), Optional.of(f), binary ? Kind.BINARY : Kind.JSON));
        found++;
      } else if (n.endsWith(".json")) {
        sources.add(new Source(f.toString(), Optional.of(f), Kind.JSON));
        found++;
      }
    }
    if (found == 0) {
      problems.add(new Problem(arg, arg + ": no plans in this directory (expected *.json plans or binary plan files)"));
    }
  }
}
