package io.github.tfdrift.rules;

import io.github.tfdrift.core.json.PlanReader;
import io.github.tfdrift.core.model.Plan;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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

  record Named(String name, String json, Plan plan) {}

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

  /** Every corpus plan that drift-core reads (drift-core's own tests cover the reading). */
  static List<Named> all(Path dir) {
    List<Path> files;
    try (Stream<Path> s = Files.walk(dir)) {
      files = s.filter(p -> p.toString().endsWith(".json")).sorted().collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Named> out = new ArrayList<>();
    PlanReader reader = PlanReader.create();
    for (Path f : files) {
      try {
        byte[] bytes = Files.readAllBytes(f);
        String name = dir.relativize(f).toString();
        String json = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        reader.read(bytes, name).forEach(p -> out.add(new Named(name, json, p)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }
}
