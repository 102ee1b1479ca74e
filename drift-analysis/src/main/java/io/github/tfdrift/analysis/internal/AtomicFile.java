package io.github.tfdrift.analysis.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file atomically: the content goes to a temporary file next to the target, which is then
 * moved over it, so readers never see half a report and a failed write leaves the old file alone.
 */
public final class AtomicFile {
  /** Writes content to a writer; may fail with an I/O error. */
  @FunctionalInterface
  public interface Content {
    /** Writes the content to {@code out}. */
    void writeTo(Writer out) throws IOException;
  }

  private AtomicFile() {}

  /** Writes {@code text} (UTF-8) to {@code target}. */
  public static void write(Path target, String text) throws IOException {
    write(target, out -> out.write(text));
  }

  /** Writes what {@code content} writes (UTF-8) to {@code target}. */
  public static void write(Path target, Content content) throws IOException {
    Path abs = target.toAbsolutePath();
    Path dir = abs.getParent();
    Path tmp = Files.createTempFile(dir, "." + abs.getFileName() + ".", ".tmp");
    try {
      try (Writer out = new BufferedWriter(Files.newBufferedWriter(tmp, StandardCharsets.UTF_8))) {
        content.writeTo(out);
      }
      try {
        Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
