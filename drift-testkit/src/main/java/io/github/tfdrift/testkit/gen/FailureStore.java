package io.github.tfdrift.testkit.gen;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * The last failure of each remembered property, one small properties file per property under a
 * directory ({@code target/tfdrift-failures} by default; system property {@code tfdrift.failures}):
 * the seed, the size of the failing try, and the shrunk choice sequence. A file that cannot be read
 * is ignored (and overwritten by the next failure), never a reason to fail a property.
 */
final class FailureStore {
  /** The system property naming the directory. */
  static final String DIRECTORY_PROPERTY = "tfdrift.failures";
  static final String DEFAULT_DIRECTORY = "target/tfdrift-failures";

  /**
   * A stored failure.
   *
   * @param seed the seed of the run that found it
   * @param size the size of the failing try
   * @param choices the shrunk choice sequence
   */
  record Stored(long seed, int size, long[] choices) {}

  private final Path directory;

  private FailureStore(Path directory) {
    this.directory = directory;
  }

  static FailureStore at(Path directory) {
    return new FailureStore(directory);
  }

  static FailureStore fromSystemProperty() {
    String d = System.getProperty(DIRECTORY_PROPERTY, "");
    return at(Path.of(d.isBlank() ? DEFAULT_DIRECTORY : d.strip()));
  }

  /** The file of the property identified by {@code id}. */
  Path file(String id) {
    StringBuilder b = new StringBuilder();
    for (char c : id.toCharArray()) {
      b.append(Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '#' ? c : '_');
    }
    return directory.resolve(b + ".properties");
  }

  Optional<Stored> load(String id) {
    Path f = file(id);
    if (!Files.isRegularFile(f)) {
      return Optional.empty();
    }
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
      p.load(r);
      String text = p.getProperty("choices", "").strip();
      String[] parts = text.isEmpty() ? new String[0] : text.split(",");
      long[] choices = new long[parts.length];
      for (int i = 0; i < parts.length; i++) {
        choices[i] = Long.parseLong(parts[i].strip());
      }
      return Optional.of(new Stored(Long.parseLong(p.getProperty("seed", "0").strip()), Integer.parseInt(p.getProperty("size", "1").strip()), choices));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  void save(String id, String name, Stored failure) {
    Properties p = new Properties();
    p.setProperty("property", name);
    p.setProperty("seed", Long.toString(failure.seed()));
    p.setProperty("size", Integer.toString(failure.size()));
    StringBuilder b = new StringBuilder();
    for (long c : failure.choices()) {
      if (b.length() > 0) {
        b.append(',');
      }
      b.append(c);
    }
    p.setProperty("choices", b.toString());
    try {
      Files.createDirectories(directory);
      try (Writer w = Files.newBufferedWriter(file(id), StandardCharsets.UTF_8)) {
        p.store(w, "tfdrift: the last failure of this property, replayed first by its next run");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot store the failure of " + name + " under " + directory, e);
    }
  }

  void forget(String id) {
    try {
      Files.deleteIfExists(file(id));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove " + file(id), e);
    }
  }
}
