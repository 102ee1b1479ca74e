package io.github.tfdrift.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Locates the shared corpus of real plans ({@code ../shared/corpus}, or the {@code tfdrift.corpus}
 * system property). Tests skip with a visible message when it is absent; corpus files are never
 * copied into this repository.
 */
public final class Corpus {
  private Corpus() {}

  /** The corpus directory, if present. */
  public static Optional<Path> dir() {
    String prop = System.getProperty("tfdrift.corpus");
    List<Path> candidates =
        prop != null && !prop.isBlank()
            ? List.of(Path.of(prop))
            : List.of(Path.of("../shared/corpus"), Path.of("../../shared/corpus"));
    for (Path p : candidates) {
      if (Files.isDirectory(p)) {
        return Optional.of(p.toAbsolutePath().normalize());
      }
    }
    System.err.println(
        "[tfdrift] SKIPPED: plan corpus not found at " + candidates + " (set -Dtfdrift.corpus=DIR)");
    return Optional.empty();
  }

  /** Every plan file of the corpus, sorted. */
  public static List<Path> files(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(p -> p.toString().endsWith(".json")).sorted().collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
