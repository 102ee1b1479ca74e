package io.github.tfdrift.fix.patch;

import io.vavr.control.Either;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes the edits of a patch all or nothing. First every file is checked (it still holds the text
 * the edit was made from; a created file does not exist yet) and its new text written to a temporary
 * file in the same directory; only then is each temporary file moved over its target (an atomic
 * rename). When a move fails, the targets already replaced get their original text back the same way
 * and the created files are removed. Temporary files are always removed.
 */
final class AtomicFiles {
  private AtomicFiles() {}

  /** Writes the edits into {@code directory}. */
  static Either<FixError, Integer> write(Path directory, List<FileEdit> edits) {
    List<Path> temporaries = new ArrayList<>();
    try {
      List<Path> targets = new ArrayList<>();
      for (FileEdit e : edits) {
        Path target = directory.resolve(e.path()).normalize();
        if (!target.startsWith(directory.normalize())) {
          return Either.left(FixError.of(FixError.Kind.IO, e.path(), "outside the configuration directory"));
        }
        Optional<FixError> changed = check(target, e);
        if (changed.isPresent()) {
          return Either.left(changed.get());
        }
        targets.add(target);
      }
      for (int i = 0; i < edits.size(); i++) {
        Path target = targets.get(i);
        Path parent = target.getParent();
        Files.createDirectories(parent);
        Path tmp = Files.createTempFile(parent, "." + target.getFileName() + ".", ".tfdrift-tmp");
        temporaries.add(tmp);
        Files.writeString(tmp, edits.get(i).edited(), StandardCharsets.UTF_8);
      }
      for (int i = 0; i < edits.size(); i++) {
        try {
          move(temporaries.get(i), targets.get(i));
        } catch (IOException ex) {
          rollBack(edits.subList(0, i), targets.subList(0, i));
          return Either.left(FixError.of(FixError.Kind.IO, edits.get(i).path(), "cannot replace the file (an input/output error); no file was changed"));
        }
      }
      return Either.right(edits.size());
    } catch (IOException ex) {
      return Either.left(FixError.of(FixError.Kind.IO, "", "cannot write a temporary file beside the configuration (an input/output error); no file was changed"));
    } finally {
      for (Path t : temporaries) {
        try {
          Files.deleteIfExists(t);
        } catch (IOException ignored) {
          // the temporary file of a failed write; nothing else refers to it
        }
      }
    }
  }

  private static Optional<FixError> check(Path target, FileEdit e) {
    try {
      if (e.original().isEmpty()) {
        return Files.exists(target)
            ? Optional.of(FixError.of(FixError.Kind.CHANGED, e.path(), "the file appeared since the patch was made; no file was changed"))
            : Optional.empty();
      }
      String now = Files.readString(target, StandardCharsets.UTF_8);
      return now.equals(e.original().get())
          ? Optional.empty()
          : Optional.of(FixError.of(FixError.Kind.CHANGED, e.path(), "the file changed since the patch was made; no file was changed"));
    } catch (NoSuchFileException ex) {
      return Optional.of(FixError.of(FixError.Kind.CHANGED, e.path(), "the file is gone since the patch was made; no file was changed"));
    } catch (IOException | RuntimeException ex) {
      return Optional.of(FixError.of(FixError.Kind.IO, e.path(), "cannot read the file (an input/output error); no file was changed"));
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException ex) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void rollBack(List<FileEdit> done, List<Path> targets) {
    for (int i = 0; i < done.size(); i++) {
      Path target = targets.get(i);
      try {
        if (done.get(i).original().isEmpty()) {
          Files.deleteIfExists(target);
        } else {
          Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".tfdrift-tmp");
          Files.writeString(tmp, done.get(i).original().get(), StandardCharsets.UTF_8);
          move(tmp, target);
        }
      } catch (IOException ignored) {
        // best effort: the error already reported says no file was changed for the others
      }
    }
  }
}
