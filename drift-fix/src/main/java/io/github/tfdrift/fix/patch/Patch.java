package io.github.tfdrift.fix.patch;

import io.vavr.control.Either;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Edits of the configuration, one per file, sorted by path: reviewed as a {@linkplain #unifiedDiff()
 * unified diff} or {@linkplain #applyTo(Path) applied} in place.
 *
 * @param edits the edits, at most one per file, sorted by path; none that changes nothing
 */
public record Patch(List<FileEdit> edits) {
  private static final Patch EMPTY = new Patch(List.of());

  /** Validates, sorts and copies the edits. */
  public Patch {
    List<FileEdit> l = new ArrayList<>(edits);
    l.removeIf(FileEdit::isEmpty);
    l.sort(Comparator.comparing(FileEdit::path));
    for (int i = 1; i < l.size(); i++) {
      if (l.get(i).path().equals(l.get(i - 1).path())) {
        throw new IllegalArgumentException("two edits of " + l.get(i).path());
      }
    }
    edits = List.copyOf(l);
  }

  /** The patch that changes nothing. */
  public static Patch empty() {
    return EMPTY;
  }

  /** A patch of these edits. */
  public static Patch of(List<FileEdit> edits) {
    return new Patch(edits);
  }

  /** True when the patch changes nothing. */
  public boolean isEmpty() {
    return edits.isEmpty();
  }

  /** The edited files, relative to the configuration directory. */
  public List<String> files() {
    return edits.stream().map(FileEdit::path).toList();
  }

  /**
   * The patch as a unified diff ({@code git apply} and {@code patch -p1} take it): {@code --- a/PATH}
   * and {@code +++ b/PATH} with paths relative to the configuration directory, {@code /dev/null} for a
   * created file, three lines of context. Empty when the patch is.
   */
  public String unifiedDiff() {
    StringBuilder b = new StringBuilder();
    for (FileEdit e : edits) {
      b.append(UnifiedDiff.of(e.path(), e.original(), e.edited()));
    }
    return b.toString();
  }

  /**
   * Writes every edit into the configuration directory, all or nothing: each file is first written to
   * a temporary file beside it and then moved over it; when a file changed since the patch was made,
   * nothing is written, and when a move fails, the files already replaced get their text back. A file
   * is never left half written.
   *
   * @param directory the configuration directory the paths are relative to
   * @return the written files, or why nothing was written
   */
  public Either<FixError, List<String>> applyTo(Path directory) {
    Objects.requireNonNull(directory, "directory");
    return AtomicFiles.write(directory, edits).map(ignored -> files());
  }

  /** The paths only: the texts may hold values. */
  @Override
  public String toString() {
    return "Patch" + files();
  }
}
