package io.github.tfdrift.rules;

import io.github.tfdrift.core.json.PlanReader;
import io.github.tfdrift.core.model.Plan;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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

  /** A corpus plan: its name, its text (decoded as the reader decodes it) and the plan read. */
  record Named(String name, String json, Plan plan) {}

  /** The text of a plan file: UTF-16 when it starts with a byte order mark of UTF-16, else UTF-8. */
  private static String text(byte[] bytes) {
    boolean utf16 =
        bytes.length >= 2
            && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE) || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF));
    String s = new String(bytes, utf16 ? StandardCharsets.UTF_16 : StandardCharsets.UTF_8);
    return s.startsWith("\uFEFF") ? s.substring(1) : s;
  }

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

  /**
   * Every corpus plan, read. A plan that does not read fails the calling suite (never dropped), and so
   * does a corpus without plans: a present corpus is never silently skipped.
   */
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
        String json = text(bytes);
        Plan plan =
            reader
                .read(bytes, name)
                .getOrElseThrow(e -> new AssertionError("corpus plan " + name + " does not read: " + e.describe()));
        out.add(new Named(name, json, plan));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    if (out.isEmpty()) {
      throw new AssertionError("the corpus at " + dir + " holds no plan (*.json)");
    }
    return out;
  }
}
