package io.github.tfdrift.fix.patch;

import java.util.Objects;
import java.util.Optional;

/**
 * The new text of one file of the configuration.
 *
 * @param path the file, relative to the configuration directory, with {@code /} between names
 * @param original the text the edit was made from; empty for a file the edit creates
 * @param edited the new text
 */
public record FileEdit(String path, Optional<String> original, String edited) {
  /** Validates the parts: a relative path that does not leave the directory. */
  public FileEdit {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(original, "original");
    Objects.requireNonNull(edited, "edited");
    if (path.isEmpty() || path.startsWith("/") || path.contains("\\") || ("/" + path + "/").contains("/../")) {
      throw new IllegalArgumentException("not a relative path inside the configuration: " + path);
    }
  }

  /** An edit of an existing file. */
  public static FileEdit of(String path, String original, String edited) {
    return new FileEdit(path, Optional.of(original), edited);
  }

  /** A new file. */
  public static FileEdit create(String path, String text) {
    return new FileEdit(path, Optional.empty(), text);
  }

  /** True when the edit changes nothing. */
  public boolean isEmpty() {
    return original.isPresent() && original.get().equals(edited);
  }

  /** The path only: the texts may hold values. */
  @Override
  public String toString() {
    return "FileEdit[" + path + "]";
  }
}
