package io.github.tfdrift.core.json;

import io.github.tfdrift.core.internal.JsonInput;
import io.github.tfdrift.core.value.JsonValueReader;
import io.github.tfdrift.core.internal.PlanParser;
import io.github.tfdrift.core.internal.ReadFailure;
import io.github.tfdrift.core.model.ResourceChange;
import io.github.tfdrift.core.read.PlanError;
import io.vavr.control.Either;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads entries of an outlined plan again, one at a time, by their place in the file ({@link
 * EntryRef}), through one open file: for reading many entries (the drift of every change, the
 * candidates of a rename) without opening the file for each. Checks once, when opened, that the file
 * has not changed since its outline was read. Not thread-safe; close it when done. Errors are values,
 * never the entry's content.
 */
public final class EntryReader implements AutoCloseable {
  private final Path file;
  private final PlanReader reader;
  private final List<ResourceChange> heldChanges; // null when the entries are read from the file
  private final List<ResourceChange> heldDrift;
  private final Optional<PlanError> unusable;
  private FileChannel channel;
  /** Shared by every read: an entry kept by the hundred thousand shares its repeated strings. */
  private final JsonValueReader values = JsonValueReader.create();

  EntryReader(Path file, PlanReader reader, long size, FileTime modified, List<ResourceChange> heldChanges, List<ResourceChange> heldDrift) {
    this.file = file;
    this.reader = reader;
    this.heldChanges = heldChanges;
    this.heldDrift = heldDrift;
    this.unusable = heldChanges != null ? Optional.empty() : changed(file, size, modified);
  }

  /** An error when the file changed (or cannot be read) since the outline was read. */
  static Optional<PlanError> changed(Path file, long size, FileTime modified) {
    try {
      if (Files.size(file) == size && Files.getLastModifiedTime(file).equals(modified)) {
        return Optional.empty();
      }
    } catch (IOException | RuntimeException e) {
      return Optional.of(error(file, "cannot read the file (an input/output error)"));
    }
    return Optional.of(error(file, "the file changed while it was read"));
  }

  static PlanError error(Path file, String message) {
    return new PlanError(PlanError.Kind.IO, message, file.toString(), 0, 0, Optional.empty());
  }

  /**
   * Reads one entry again.
   *
   * @param ref an entry of the outline's changes or drift
   * @return the entry, equal to the same entry of a full read, or why it cannot be read
   */
  public Either<PlanError, ResourceChange> read(EntryRef ref) {
    Objects.requireNonNull(ref, "ref");
    if (ref.held()) {
      List<ResourceChange> held = ref.inDrift() ? heldDrift : heldChanges;
      if (held == null || ref.index() < 0 || ref.index() >= held.size()) {
        return Either.left(error(file, "no such entry in the plan"));
      }
      return Either.right(held.get(ref.index()));
    }
    if (unusable.isPresent()) {
      return Either.left(unusable.get());
    }
    return parsed(
        () -> slice(ref.start(), ref.end()),
        in -> {
          in.next();
          values.share(ref.address()); // the outline's copy, not another
          return Either.right(new PlanParser(in).readResourceChange());
        });
  }

  /** Bytes of the file. */
  private interface Bytes {
    byte[] read() throws IOException, ReadFailure;
  }

  /** What is parsed from them. */
  private interface Parse<T> {
    Either<PlanError, T> parse(JsonInput in) throws IOException, ReadFailure;
  }

  /** Parses bytes of the file; an entry that does not parse means the file changed. */
  private <T> Either<PlanError, T> parsed(Bytes bytes, Parse<T> parse) {
    try {
      if (channel == null) {
        channel = FileChannel.open(file, StandardOpenOption.READ);
      }
      try (JsonInput in = JsonInput.open(reader.factory(), bytes.read(), file.toString(), values)) {
        return parse.parse(in);
      } catch (RuntimeException | StackOverflowError e) {
        return Either.left(error(file, "the file changed while it was read"));
      }
    } catch (ReadFailure f) {
      return Either.left(f.error());
    } catch (IOException e) {
      return Either.left(error(file, "cannot read the file (an input/output error)"));
    }
  }

  /**
   * Reads entries that follow each other in the file with one parse: for reading many entries again
   * in runs (on several threads, one reader each) rather than one by one.
   *
   * @param run entries of the same list with consecutive indexes, in order (empty for none)
   * @return the entries, each equal to the same entry of a full read, or why they cannot be read
   * @throws IllegalArgumentException when the entries are not consecutive entries of one list
   */
  public Either<PlanError, List<ResourceChange>> read(List<EntryRef> run) {
    Objects.requireNonNull(run, "run");
    for (int i = 1; i < run.size(); i++) {
      EntryRef a = run.get(i - 1);
      EntryRef b = run.get(i);
      if (a.inDrift() != b.inDrift() || b.index() != a.index() + 1) {
        throw new IllegalArgumentException("not consecutive entries of one list: " + a.index() + " then " + b.index());
      }
    }
    List<ResourceChange> read = new ArrayList<>(run.size());
    if (run.isEmpty() || run.get(0).held()) {
      for (EntryRef r : run) {
        Either<PlanError, ResourceChange> rc = read(r);
        if (rc.isLeft()) {
          return Either.left(rc.getLeft());
        }
        read.add(rc.get());
      }
      return Either.right(read);
    }
    if (unusable.isPresent()) {
      return Either.left(unusable.get());
    }
    long first = run.get(0).start();
    long last = run.get(run.size() - 1).end();
    // The run's bytes between '[' and ']': its entries and the commas between them, one JSON array.
    return parsed(
        () -> bracketed(first, last),
        in -> {
          if (in.next() != JsonToken.START_ARRAY) {
            return Either.left(error(file, "the file changed while it was read"));
          }
          PlanParser parser = new PlanParser(in);
          for (EntryRef r : run) {
            if (in.next() != JsonToken.START_OBJECT || in.parser().currentTokenLocation().getByteOffset() != r.start() - first + 1) {
              return Either.left(error(file, "the file changed while it was read"));
            }
            values.share(r.address()); // the outline's copy, not another
            read.add(parser.readResourceChange());
            if (in.parser().currentTokenLocation().getByteOffset() + 1 != r.end() - first + 1) {
              return Either.left(error(file, "the file changed while it was read"));
            }
          }
          if (in.next() != JsonToken.END_ARRAY || in.next() != null) {
            return Either.left(error(file, "the file changed while it was read"));
          }
          return Either.right(read);
        });
  }

  /** The bytes {@code [start, end)} of the file after a {@code '['} and before a {@code ']'}. */
  private byte[] bracketed(long start, long end) throws IOException, ReadFailure {
    long length = end - start;
    if (start < 0 || length <= 0 || length > Integer.MAX_VALUE - 16) {
      throw new ReadFailure(error(file, "the file changed while it was read"));
    }
    byte[] bytes = new byte[(int) length + 2];
    bytes[0] = '[';
    bytes[bytes.length - 1] = ']';
    readFully(ByteBuffer.wrap(bytes, 1, (int) length), start);
    return bytes;
  }

  /** Fills {@code buf} from the file's bytes at {@code start}, or fails saying the file changed. */
  private void readFully(ByteBuffer buf, long start) throws IOException, ReadFailure {
    long pos = start;
    while (buf.hasRemaining()) {
      int n = channel.read(buf, pos);
      if (n < 0) {
        throw new ReadFailure(error(file, "the file changed while it was read"));
      }
      pos += n;
    }
  }

  /** The bytes {@code [start, end)}: one JSON object, or a failure saying the file changed. */
  private byte[] slice(long start, long end) throws IOException, ReadFailure {
    long length = end - start;
    if (start < 0 || length <= 0 || length > Integer.MAX_VALUE - 16) {
      throw new ReadFailure(error(file, "the file changed while it was read"));
    }
    byte[] bytes = new byte[(int) length];
    readFully(ByteBuffer.wrap(bytes), start);
    if (bytes[0] != '{' || bytes[bytes.length - 1] != '}') {
      throw new ReadFailure(error(file, "the file changed while it was read"));
    }
    return bytes;
  }

  @Override
  public void close() {
    if (channel != null) {
      try {
        channel.close();
      } catch (IOException e) {
        // only read from: nothing is lost
      }
      channel = null;
    }
  }

  @Override
  public String toString() {
    return "EntryReader{" + file + "}";
  }
}
