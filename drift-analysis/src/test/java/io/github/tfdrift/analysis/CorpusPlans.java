package io.github.tfdrift.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The shared corpus of real plans (system property {@code tfdrift.corpus}); tests skip with a visible
 * message when it is absent. Files are read in place, never copied.
 */
final class CorpusPlans {
  private CorpusPlans() {}

  static Optional<Path> dir() {
    String prop = System.getProperty("tfdrift.corpus");
    List<Path> candidates =
        prop != null && !prop.isBlank() ? List.of(Path.of(prop)) : List.of(Path.of("../shared/corpus"), Path.of("../../shared/corpus"));
    for (Path p : candidates) {
      if (Files.isDirectory(p)) {
        return Optional.of(p.toAbsolutePath().normalize());
      }
    }
    System.err.println("[tfdrift] SKIPPED: plan corpus not found at " + candidates + " (set -Dtfdrift.corpus=DIR)");
    return Optional.empty();
  }

  /** Every {@code *.json} file of the corpus, sorted. */
  static List<Path> files(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(p -> p.toString().endsWith(".json")).sorted().collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
