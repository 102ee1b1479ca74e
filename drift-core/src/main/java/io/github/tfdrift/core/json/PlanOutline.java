package io.github.tfdrift.core.json;

import io.github.tfdrift.core.internal.JsonInput;
import io.github.tfdrift.core.internal.PlanParser;
import io.github.tfdrift.core.internal.PrefetchingInputStream;
import io.github.tfdrift.core.internal.ReadFailure;
import io.github.tfdrift.core.model.ChangeKind;
import io.github.tfdrift.core.model.DeferredChange;
import io.github.tfdrift.core.model.Plan;
import io.github.tfdrift.core.model.PlanWarning;
import io.github.tfdrift.core.model.Producer;
import io.github.tfdrift.core.model.ResourceChange;
import io.github.tfdrift.core.model.StateDocument;
import io.github.tfdrift.core.read.PlanError;
import io.github.tfdrift.core.redact.Secrets;
import io.vavr.control.Either;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;

/**
 * A plan file read once without keeping its bulk, for plans larger than the memory at hand: the plan
 * with everything but the entries of {@code resource_changes} and {@code resource_drift}, the resources
 * of {@code planned_values} and {@code prior_state} and the resource blocks of {@code configuration}
 * ({@link #plan()}); what those parts contribute to the whole plan (its {@link #secrets()}, {@link
 * #warnings()}, {@link #producer()} and {@link #isApplyable()}, equal to the whole plan's); and where
 * each entry is in the file ({@link #changes()}, {@link #drift()}), so that an entry can be read again
 * on its own ({@link #read(EntryRef)}) and the changes streamed once more ({@link
 * #streamChanges(Consumer)}). Read one with {@link PlanReader#outline(Path)}.
 *
 * <p>The file must not change while the outline is used: each later read checks its size and
 * modification time and fails with {@link PlanError.Kind#IO} when they differ. A file whose entries
 * have no byte positions (UTF-16 or UTF-32 text) is outlined with its entries held in memory.
 * {@link #toString()} shows counts only.
 */
public final class PlanOutline {
  private final Path file;
  private final PlanReader reader;
  private final long size;
  private final FileTime modified;
  private final Plan plan;
  private final Secrets secrets;
  private final List<PlanWarning> warnings;
  private final Producer producer;
  private final boolean applyable;
  private final List<EntryRef> changes;
  private final List<EntryRef> drift;
  private final List<ResourceChange> heldChanges; // null when the entries are read from the file
  private final List<ResourceChange> heldDrift;
  private final long changesStart;
  private final long changesEnd;
  private final boolean changeSecretsPending;

  private PlanOutline(PlanOutline o, Secrets secrets) {
    this.file = o.file;
    this.reader = o.reader;
    this.size = o.size;
    this.modified = o.modified;
    this.plan = o.plan;
    this.secrets = secrets;
    this.warnings = o.warnings;
    this.producer = o.producer;
    this.applyable = o.applyable;
    this.changes = o.changes;
    this.drift = o.drift;
    this.heldChanges = o.heldChanges;
    this.heldDrift = o.heldDrift;
    this.changesStart = o.changesStart;
    this.changesEnd = o.changesEnd;
    this.changeSecretsPending = false;
  }

  private PlanOutline(Builder b, Plan plan) {
    this.file = b.file;
    this.reader = b.reader;
    this.size = b.size;
    this.modified = b.modified;
    this.plan = plan;
    this.secrets = b.secrets.add(plan).build();
    List<PlanWarning> w = new ArrayList<>(b.driftWarnings);
    w.addAll(b.changeWarnings);
    for (int i = 0; i < plan.deferredChanges().size(); i++) {
      DeferredChange d = plan.deferredChanges().get(i);
      w.addAll(PlanWarning.ofEntry("deferred_changes", i, d.resourceChange()));
    }
    this.warnings = Collections.unmodifiableList(w);
    this.producer = b.evidence.producer(plan);
    this.applyable =
        plan.applyable()
            .orElseGet(
                () ->
                    !plan.isErrored()
                        && (b.anyChange || plan.outputChanges().values().stream().anyMatch(c -> c.kind() != ChangeKind.NO_OP)));
    this.changes = List.copyOf(b.changes);
    this.drift = List.copyOf(b.drift);
    this.heldChanges = b.positioned ? null : List.copyOf(b.heldChanges);
    this.heldDrift = b.positioned ? null : List.copyOf(b.heldDrift);
    this.changesStart = b.positioned ? b.changesStart : -1;
    this.changesEnd = b.positioned ? b.changesEnd : -1;
    this.changeSecretsPending = b.skipValues && b.positioned && !b.changes.isEmpty();
  }

  /**
   * The plan without the entries of {@code resource_changes} and {@code resource_drift} (both lists
   * empty), without the resources of {@code planned_values} and {@code prior_state} and without the
   * resource blocks of {@code configuration}; every other member as a full read gives it.
   */
  public Plan plan() {
    return plan;
  }

  /** The file the outline was read from. */
  public Path file() {
    return file;
  }

  /**
   * Every secret of the whole plan: what {@link Secrets#of(Plan)} gives for a full read. For an outline
   * read {@linkplain PlanReader#outlineWithoutChangeValues without the values of its changes}, only
   * until {@link #changeSecretsPending()}: then the secrets of every part but those values.
   */
  public Secrets secrets() {
    return secrets;
  }

  /**
   * True when this outline was read {@linkplain PlanReader#outlineWithoutChangeValues without the
   * values of its changes} and {@link #secrets()} lacks the secrets those values mark; they are
   * collected as the changes are read again ({@link #streamChanges}) and added with {@link
   * #withChangeSecrets}. Nothing may be printed with the secrets of a pending outline.
   */
  public boolean changeSecretsPending() {
    return changeSecretsPending;
  }

  /**
   * This outline with the secrets its changes' values mark added: the secrets of the whole plan.
   *
   * @param found the secrets collected from every entry of {@code resource_changes} (with {@link
   *     Secrets.Collector#add(ResourceChange)}), or more
   * @return an outline that is not {@linkplain #changeSecretsPending() pending}
   */
  public PlanOutline withChangeSecrets(Secrets found) {
    Objects.requireNonNull(found, "found");
    return new PlanOutline(this, secrets.union(found));
  }

  /** What {@link Plan#warnings()} gives for a full read. */
  public List<PlanWarning> warnings() {
    return warnings;
  }

  /** What {@link Plan#producer()} gives for a full read. */
  public Producer producer() {
    return producer;
  }

  /** What {@link Plan#isApplyable()} gives for a full read. */
  public boolean isApplyable() {
    return applyable;
  }

  /** Every entry of {@code resource_changes}, in document order. */
  public List<EntryRef> changes() {
    return changes;
  }

  /** Every entry of {@code resource_drift}, in document order. */
  public List<EntryRef> drift() {
    return drift;
  }

  /**
   * Reads one entry again, on its own.
   *
   * @param ref an entry of {@link #changes()} or {@link #drift()}
   * @return the entry, equal to the same entry of a full read, or why it cannot be read
   */
  public Either<PlanError, ResourceChange> read(EntryRef ref) {
    try (EntryReader r = entries()) {
      return r.read(ref);
    }
  }

  /** A reader of entries by their place, through one open file; close it when done. */
  public EntryReader entries() {
    return new EntryReader(file, reader, size, modified, heldChanges, heldDrift);
  }

  /**
   * Why the file can no longer be read as this outline says (it changed since, or cannot be read), or
   * empty while it can. For readers of entries by their place ({@link EntryReader#read(List)}) that
   * check once they are done.
   */
  public Optional<PlanError> changed() {
    return heldChanges != null ? Optional.empty() : EntryReader.changed(file, size, modified);
  }

  private static PlanError changedError(Path file) {
    return EntryReader.error(file, "the file changed while it was read");
  }

  /**
   * Reads the file again, handing each entry of {@code resource_changes} to {@code changes} in document
   * order and keeping none.
   *
   * @param changes receives each entry, equal to the same entry of a full read
   * @return what the read saw besides the entries, or why the file can no longer be read
   */
  public Either<PlanError, StreamSummary> streamChanges(Consumer<? super ResourceChange> changes) {
    Objects.requireNonNull(changes, "changes");
    if (heldChanges != null) {
      heldChanges.forEach(changes);
      return Either.right(
          new StreamSummary(plan.formatVersion(), plan.terraformVersion(), heldChanges.size(), heldDrift.size()));
    }
    Optional<PlanError> changed = EntryReader.changed(file, size, modified);
    if (changed.isPresent()) {
      return Either.left(changed.get());
    }
    long count;
    if (changesStart < 0) {
      Either<PlanError, StreamSummary> r = reader.stream(file, changes, d -> {});
      if (r.isLeft()) {
        return r;
      }
      count = r.get().resourceChanges();
    } else {
      try {
        count = streamRange(changes);
      } catch (ReadFailure f) {
        // A whole outline read (values included, memory bounded) tells where and what, as a full read would.
        Either<PlanError, PlanOutline> whole = reader.outline(file);
        return Either.left(whole.isLeft() ? whole.getLeft() : f.error());
      } catch (IOException e) {
        return Either.left(error("cannot read the file (an input/output error)"));
      }
    }
    if (count != this.changes.size()) {
      return Either.left(error("the file changed while it was read"));
    }
    changed = EntryReader.changed(file, size, modified);
    if (changed.isPresent()) {
      return Either.left(changed.get());
    }
    return Either.right(new StreamSummary(plan.formatVersion(), plan.terraformVersion(), count, drift.size()));
  }

  /** Reads the {@code resource_changes} array alone, from its place in the file. */
  private long streamRange(Consumer<? super ResourceChange> changes) throws IOException, ReadFailure {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      ch.position(changesStart);
      long length = changesEnd - changesStart;
      InputStream range = new BoundedInputStream(Channels.newInputStream(ch), length);
      try (InputStream bounded = length >= PlanReader.PREFETCH_FROM ? PrefetchingInputStream.of(range) : range;
          JsonInput in = JsonInput.open(reader.factory(), bounded, file.toString())) {
        if (in.next() != JsonToken.START_ARRAY) {
          throw new ReadFailure(changedError(file));
        }
        PlanParser parser = new PlanParser(in);
        long n = 0;
        JsonToken t;
        while ((t = in.next()) == JsonToken.START_OBJECT) {
          ResourceChange rc;
          try {
            rc = parser.readResourceChange();
          } catch (RuntimeException | StackOverflowError e) {
            throw new ReadFailure(changedError(file));
          }
          n++;
          changes.accept(rc); // the consumer's own exceptions reach the caller as they are
        }
        if (t != JsonToken.END_ARRAY || in.next() != null) {
          throw new ReadFailure(changedError(file));
        }
        return n;
      }
    } catch (com.fasterxml.jackson.core.JacksonException e) {
      throw new ReadFailure(changedError(file));
    }
  }

  /** At most {@code limit} bytes of a stream. */
  private static final class BoundedInputStream extends java.io.FilterInputStream {
    private long left;

    BoundedInputStream(InputStream in, long limit) {
      super(in);
      this.left = limit;
    }

    @Override
    public int read() throws IOException {
      if (left <= 0) {
        return -1;
      }
      int b = super.read();
      if (b >= 0) {
        left--;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (left <= 0) {
        return -1;
      }
      int n = super.read(b, off, (int) Math.min(len, left));
      if (n > 0) {
        left -= n;
      }
      return n;
    }
  }

  private PlanError error(String message) {
    return new PlanError(PlanError.Kind.IO, message, file.toString(), 0, 0, Optional.empty());
  }

  @Override
  public String toString() {
    return "PlanOutline{" + changes.size() + " changes, " + drift.size() + " drift, " + secrets + "}";
  }

  /**
   * From this file size on, a light outline reads {@code planned_values} and {@code prior_state} on
   * threads of their own while the main read steps over them by their bytes (below it, starting
   * threads costs more than it saves).
   */
  static final long ELSEWHERE_FROM = PlanReader.PREFETCH_FROM;

  /** Gathers an outline while the file is read: the parser's sink. */
  static final class Builder implements PlanParser.OutlineSink {
    private final Path file;
    private final PlanReader reader;
    private final long size;
    private final FileTime modified;
    private final Secrets.Collector secrets = Secrets.collector();
    private final io.github.tfdrift.core.model.ProducerEvidence evidence = new io.github.tfdrift.core.model.ProducerEvidence();
    private final List<PlanWarning> driftWarnings = new ArrayList<>();
    private final List<PlanWarning> changeWarnings = new ArrayList<>();
    private final List<EntryRef> changes = new ArrayList<>();
    private final List<EntryRef> drift = new ArrayList<>();
    private final List<ResourceChange> heldChanges = new ArrayList<>();
    private final List<ResourceChange> heldDrift = new ArrayList<>();
    private boolean positioned = true;
    private long changesStart = -1;
    private boolean rangeSeen;
    private long changesEnd = -1;
    private boolean anyChange;

    private final OutlineListener listener;
    private final boolean skipValues;
    private final boolean elsewhere;
    private final List<ValuesSink> valuesRead = new ArrayList<>(2);
    private final CompletableFuture<Long> earlyStart = new CompletableFuture<>();
    private FutureTask<PlanParser.Part<StateDocument>> early; // prior_state read before it is reached; null once used or cancelled
    private ValuesSink earlySink;
    private final CountDownLatch partsDone = new CountDownLatch(1); // the first part read apart

    /**
     * A builder; with {@code skipValues}, the objects of {@code planned_values} and {@code prior_state}
     * of a file of {@code elsewhereFrom} bytes or more are read on threads of their own.
     */
    Builder(
        Path file, PlanReader reader, long size, FileTime modified, OutlineListener listener, boolean skipValues, long elsewhereFrom) {
      this.file = file;
      this.reader = reader;
      this.size = size;
      this.modified = modified;
      this.listener = listener;
      this.skipValues = skipValues;
      this.elsewhere = skipValues && size >= elsewhereFrom;
      if (elsewhere) {
        startEarly();
      }
    }

    @Override
    public boolean skipsChangeValues() {
      return skipValues;
    }

    @Override
    public PlanParser.Elsewhere elsewhere() {
      return elsewhere ? this::readElsewhere : null;
    }

    /**
     * Reads the object at byte {@code start} on a thread of its own, through a channel of its own, its
     * resources going to a sink of its own (whose secrets and evidence {@link #build} adds). For {@code
     * prior_state}, the read started early ({@link #startEarly}) when it found the part at this byte.
     */
    private <T> Future<PlanParser.Part<T>> readElsewhere(long start, PlanParser.PartReader<T> part) {
      if (part == PlanParser.PRIOR_STATE && early != null) {
        if (earlyStart.join() == start) {
          valuesRead.add(earlySink);
          partsDone.countDown(); // reached: read it now if it waits still
          @SuppressWarnings("unchecked")
          Future<PlanParser.Part<T>> same = (Future<PlanParser.Part<T>>) (Future<?>) early;
          early = null;
          return same;
        }
        early.cancel(true); // it found another "prior_state" than the one the plan has
        early = null;
      }
      ValuesSink sink = new ValuesSink();
      valuesRead.add(sink);
      FutureTask<PlanParser.Part<T>> task =
          new FutureTask<>(
              () -> {
                try {
                  return readPart(start, part, sink);
                } finally {
                  partsDone.countDown();
                }
              });
      Thread t = new Thread(task, "tfdrift-values-reader");
      t.setDaemon(true);
      t.start();
      return task;
    }

    /** Reads the part at byte {@code start} with a parser of its own over a channel of its own. */
    private <T> PlanParser.Part<T> readPart(long start, PlanParser.PartReader<T> part, ValuesSink sink) throws Exception {
      try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
        ch.position(start);
        InputStream bytes = new BufferedInputStream(Channels.newInputStream(ch), 1 << 20);
        try (JsonInput in = JsonInput.open(reader.skimmingFactory(), bytes, file.toString())) {
          if (in.next() != JsonToken.START_OBJECT) {
            throw new ReadFailure(changedError(file));
          }
          T value = part.read(new PlanParser(in, sink));
          JsonLocation last = in.parser().currentTokenLocation();
          long at = last.getByteOffset();
          return new PlanParser.Part<>(value, at < 0 ? -1 : at + 1, last.getLineNr() == 1);
        }
      }
    }

    /**
     * Starts reading {@code prior_state} before the main read reaches it: a thread looks for the part
     * from the end of the file (where Terraform writes it, before the configuration), and reads it from
     * there if found, once the first part read apart ({@code planned_values}) is read or the main read
     * reaches it. The main read uses that read only if the plan's {@code prior_state} starts at the
     * same byte, and then passes over its bytes without scanning them ({@link PlanParser}); otherwise
     * it is cancelled and the part read as any other.
     */
    private void startEarly() {
      earlySink = new ValuesSink();
      FutureTask<PlanParser.Part<StateDocument>> task =
          new FutureTask<>(
              () -> {
                long at = -1;
                try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
                  at = PriorStateSearch.lastStart(ch, size);
                } finally {
                  earlyStart.complete(at);
                }
                if (at < 0) {
                  throw new IllegalStateException("no prior_state found from the end of the file");
                }
                partsDone.await(); // both cores are busy until planned_values is read: after it, one is free
                return readPart(at, PlanParser.PRIOR_STATE, earlySink);
              });
      early = task;
      Thread t = new Thread(task, "tfdrift-values-reader");
      t.setDaemon(true);
      t.start();
    }

    @Override
    public void changesRange(long start, long end) {
      if (rangeSeen || start < 0 || end <= start) {
        changesStart = -1; // a second resource_changes member, or no positions: stream the whole file
        changesEnd = -1;
      } else {
        changesStart = start;
        changesEnd = end;
      }
      if (!rangeSeen && listener != null && positioned) {
        List<EntryRef> c = List.copyOf(changes);
        List<EntryRef> d = List.copyOf(drift);
        try {
          listener.changesRead(c, d, () -> new EntryReader(file, reader, size, modified, null, null));
        } catch (RuntimeException e) {
          // the listener's own failure: the outline is read all the same
        }
      }
      rangeSeen = true;
    }

    @Override
    public void change(ResourceChange rc, long start, long end) throws IOException, ReadFailure {
      int i = changes.size();
      secrets.add(rc);
      evidence.change(rc);
      anyChange |= rc.kind() != ChangeKind.NO_OP;
      changeWarnings.addAll(PlanWarning.ofEntry("resource_changes", i, rc));
      place(start, end);
      changes.add(EntryRef.of(false, i, rc, start, end));
      if (!positioned) {
        heldChanges.add(rc);
      }
    }

    @Override
    public void drift(ResourceChange rc, long start, long end) throws IOException, ReadFailure {
      int i = drift.size();
      secrets.add(rc);
      driftWarnings.addAll(PlanWarning.ofEntry("resource_drift", i, rc));
      place(start, end);
      drift.add(EntryRef.of(true, i, rc, start, end));
      if (!positioned) {
        heldDrift.add(rc);
      }
    }

    /** One parser reads the whole file: its entries all have byte positions or none has. */
    private void place(long start, long end) {
      if (start < 0 || end < 0) {
        positioned = false;
      }
    }

    @Override
    public void resource(io.github.tfdrift.core.model.ResourceValues r) {
      secrets.add(r);
      evidence.resource(r);
    }

    /** Entries of {@code resource_changes} seen so far. */
    int changeCount() {
      return changes.size();
    }

    /** Cancels the read of {@code prior_state} started early, unless the main read took it. */
    void abandonEarly() {
      if (early != null) {
        early.cancel(true);
        early = null;
      }
    }

    /** Entries of {@code resource_changes} and {@code resource_drift} seen so far. */
    int entryCount() {
      return changes.size() + drift.size();
    }

    /** The outline; entries are referred to by place, or held when the input had no byte positions. */
    PlanOutline build(Plan plan) {
      abandonEarly(); // the plan has no prior_state where it was found
      for (ValuesSink v : valuesRead) { // each read was waited for before the plan was built
        secrets.add(v.secrets);
        evidence.add(v.evidence);
      }
      valuesRead.clear();
      if (!positioned) {
        for (int i = 0; i < changes.size(); i++) {
          changes.set(i, unplaced(changes.get(i)));
        }
        for (int i = 0; i < drift.size(); i++) {
          drift.set(i, unplaced(drift.get(i)));
        }
      }
      return new PlanOutline(this, plan);
    }

    /** Where a part read on another thread sends its resources: what {@link #resource} does, apart. */
    private static final class ValuesSink implements PlanParser.OutlineSink {
      private final Secrets.Collector secrets = Secrets.collector();
      private final io.github.tfdrift.core.model.ProducerEvidence evidence = new io.github.tfdrift.core.model.ProducerEvidence();

      @Override
      public void change(ResourceChange rc, long start, long end) {
        throw new IllegalStateException("a values part has no entries");
      }

      @Override
      public void drift(ResourceChange rc, long start, long end) {
        throw new IllegalStateException("a values part has no entries");
      }

      @Override
      public void resource(io.github.tfdrift.core.model.ResourceValues r) {
        secrets.add(r);
        evidence.resource(r);
      }

      @Override
      public boolean skipsChangeValues() {
        return true;
      }
    }

    private static EntryRef unplaced(EntryRef r) {
      return new EntryRef(r.inDrift(), r.index(), r.address(), r.deposed(), r.type(), r.mode(), r.providerName(), r.kind(), r.actionReason(), r.importing(), r.moved(), -1, -1);
    }
  }
}
