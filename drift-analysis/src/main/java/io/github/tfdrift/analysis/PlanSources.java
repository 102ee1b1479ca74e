package io.github.tfdrift.analysis;

import io.github.tfdrift.analysis.internal.BinaryPlan;

import io.github.tfdrift.core.model.Plan;
import io.github.tfdrift.rules.policy.Policy;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Expands the plan inputs of an analysis into the plans to read: a file is a JSON plan, or a binary
 * plan when it starts like a zip archive; a directory holds every {@code *.json} file in it (sorted by
 * name, not recursive, hidden files skipped) and every binary plan file ({@code *.tfplan}, {@code
 * *.plan}, or any file that starts like a zip archive); a stream is one JSON plan; a plan model is
 * itself. A directory without any plan is an input error, as is a missing file.
 */
final class PlanSources {
  /** One input as given to the analysis, in the order given. */
  sealed interface Input {
    /** How messages name the input. */
    String name();
  }

  /**
   * A file or a directory.
   *
   * @param name how messages name it
   * @param path the file or directory
   */
  record FileInput(String name, Path path) implements Input {
    /** Validates the parts. */
    FileInput {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(path, "path");
    }
  }

  /**
   * A stream of one JSON plan, read once.
   *
   * @param name how messages and reports name it
   * @param stream the JSON
   */
  record StreamInput(String name, InputStream stream) implements Input {
    /** Validates the parts. */
    StreamInput {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(stream, "stream");
    }

    @Override
    public String toString() {
      return "StreamInput[" + name + "]";
    }
  }

  /**
   * A plan already read, classified with its own policy when one is given.
   *
   * @param name how reports name it
   * @param plan the plan
   * @param policy its own policy, instead of the analysis's
   */
  record ModelInput(String name, Plan plan, Optional<Policy> policy) implements Input {
    /** Validates the parts. */
    ModelInput {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(plan, "plan");
      Objects.requireNonNull(policy, "policy");
    }

    @Override
    public String toString() {
      return "ModelInput[" + name + "]";
    }
  }

  /**
   * An input known to be unusable before anything is read (reported as an input error).
   *
   * @param name how messages name it
   * @param message one line saying why
   */
  record UnusableInput(String name, String message) implements Input {
    /** Validates the parts. */
    UnusableInput {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(message, "message");
    }
  }

  /** What kind of input a source is. */
  enum Kind {
    /** A stream of JSON. */
    STREAM,
    /** A JSON plan file. */
    JSON,
    /** A binary plan file, converted with {@code show -json}. */
    BINARY,
    /** A plan already read. */
    MODEL
  }

  /**
   * One plan to read.
   *
   * @param name how messages and reports name it
   * @param file the file, absent for a stream or a plan model
   * @param kind how to read it
   * @param input the input it comes from
   */
  record Source(String name, Optional<Path> file, Kind kind, Input input) {}

  /**
   * An input that names no plan.
   *
   * @param name the input
   * @param message one line saying why
   */
  record Problem(String name, String message) {}

  /**
   * The expansion: sources and problems, both in input order.
   *
   * @param sources the plans to read
   * @param problems the inputs that name no plan
   */
  record Expansion(List<Source> sources, List<Problem> problems) {
    /** Copies the lists. */
    Expansion {
      sources = List.copyOf(sources);
      problems = List.copyOf(problems);
    }
  }

  private PlanSources() {}

  /** Expands the inputs. */
  static Expansion expand(List<Input> inputs) {
    List<Source> sources = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    Set<InputStream> streams = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Input in : inputs) {
      if (in instanceof UnusableInput u) {
        problems.add(new Problem(u.name(), u.message()));
      } else if (in instanceof StreamInput s) {
        if (!streams.add(s.stream())) {
          problems.add(new Problem(s.name(), s.name() + ": the same stream can be read only once"));
        } else {
          sources.add(new Source(s.name(), Optional.empty(), Kind.STREAM, s));
        }
      } else if (in instanceof ModelInput m) {
        sources.add(new Source(m.name(), Optional.empty(), Kind.MODEL, m));
      } else if (in instanceof FileInput f) {
        Path p = f.path();
        if (Files.isDirectory(p)) {
          directory(f, sources, problems);
        } else if (Files.exists(p)) {
          sources.add(new Source(f.name(), Optional.of(p), BinaryPlan.looksBinary(p) ? Kind.BINARY : Kind.JSON, f));
        } else {
          problems.add(new Problem(f.name(), f.name() + ": no such file"));
        }
      }
    }
    return new Expansion(sources, problems);
  }

  private static void directory(FileInput in, List<Source> sources, List<Problem> problems) {
    String arg = in.name();
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(in.path())) {
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
        sources.add(new Source(f.toString(), Optional.of(f), binary ? Kind.BINARY : Kind.JSON, in));
        found++;
      } else if (n.endsWith(".json")) {
        sources.add(new Source(f.toString(), Optional.of(f), Kind.JSON, in));
        found++;
      }
    }
    if (found == 0) {
      problems.add(new Problem(arg, arg + ": no plans in this directory (expected *.json plans or binary plan files)"));
    }
  }
}
