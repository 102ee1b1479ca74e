package io.github.tfdrift.rules.internal;

import io.github.tfdrift.core.json.EntryReader;
import io.github.tfdrift.core.json.EntryRef;
import io.github.tfdrift.core.json.PlanOutline;
import io.github.tfdrift.core.json.StreamSummary;
import io.github.tfdrift.core.model.ResourceChange;
import io.github.tfdrift.core.read.PlanError;
import io.github.tfdrift.core.redact.Secrets;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Streams an outline's changes with the reading on threads of their own: other threads parse the
 * entries and do the work on each that needs nothing from the entries before it (a {@link
 * Preparation}: joining its drift, classifying it), while the caller's thread takes the results in
 * document order, through short queues of batches of {@value #BATCH} (so at most {@value #DEPTH}
 * entries wait in memory per reading thread, and the threads hand over once a batch: waking a thread
 * is not free). When the outline knows where each entry is and the machine has a core to spare,
 * {@link #readers} threads each parse every {@code n}-th run of {@value #BATCH} consecutive entries by
 * their byte ranges ({@link EntryReader#read(List)}), each collecting the secrets of its entries on its
 * own; otherwise one thread reads the whole array once ({@link PlanOutline#streamChanges}). Either way
 * the caller's consumer sees every result in document order, on the caller's thread; an exception it
 * throws stops the reading and reaches the caller as it is, and so does one a preparation threw, when
 * its entry's turn comes.
 */
final class EntryPipeline {
  /** How many parsed entries may wait for the consumer. */
  static final int DEPTH = 256;

  /** How many parsed entries are handed over at once. */
  static final int BATCH = 32;

  private EntryPipeline() {}

  /**
   * The work on one entry that needs nothing from the entries before it, done on the thread that
   * parsed the entry. It may run on several threads at once, and for an entry the consumer then
   * passes over (a second entry of the same instance object): it must not change what others see.
   *
   * @param <T> what it makes of an entry
   */
  @FunctionalInterface
  interface Preparation<T> {
    /**
     * Prepares one entry.
     *
     * @param rc the entry, just parsed
     * @param entries a reader of the reading thread's own, for other entries of the same file
     * @return what the consumer receives for the entry
     */
    T prepare(ResourceChange rc, EntryReader entries);
  }

  /** A preparation that threw: thrown again on the caller's thread when its entry's turn comes. */
  private record Failed(Throwable failure) {}

  /** The end of the stream, with what the read returned. */
  private record Done(Either<PlanError, StreamSummary> result, Throwable failure) {
    /** This end, unless the read failed: then its failure, thrown as it is. */
    Done rethrown() {
      if (failure instanceof RuntimeException r) {
        throw r;
      }
      if (failure instanceof Error e) {
        throw e;
      }
      return this;
    }
  }

  /** Gives the consumer a batch of prepared entries taken from a queue. */
  private static <T> void handOver(Object batch, Consumer<T> consumer) {
    for (Object o : (List<?>) batch) {
      if (o instanceof Failed f) {
        new Done(null, f.failure()).rethrown();
      }
      @SuppressWarnings("unchecked")
      T prepared = (T) o;
      consumer.accept(prepared);
    }
  }

  /** What {@code prepare} makes of {@code rc}, or what it threw. */
  private static <T> Object prepared(Preparation<T> prepare, ResourceChange rc, EntryReader entries) {
    try {
      return prepare.prepare(rc, entries);
    } catch (RuntimeException | Error e) {
      return new Failed(e);
    }
  }

  private static IllegalStateException interrupted(InterruptedException e) {
    Thread.currentThread().interrupt();
    return new IllegalStateException("interrupted while reading the plan", e);
  }

  /** Tells the reading threads to stop, and unblocks those waiting to put. */
  private static void stop(boolean[] stop, List<BlockingQueue<Object>> queues) {
    synchronized (stop) {
      stop[0] = true;
    }
    queues.forEach(BlockingQueue::clear);
  }

  /** Stops the reading thread once the consumer has failed. */
  private static final class Stopped extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stopped() {
      super(null, null, false, false);
    }
  }

  /**
   * Streams the outline's changes, each prepared on the thread that read it, to {@code consumer}.
   *
   * @param outline the outline
   * @param found collects the secrets each entry's values mark, on the reading thread (visible to the
   *     caller once this returns); {@code null} for none
   * @param prepare what the reading threads do with each entry
   * @param consumer receives each prepared entry, in document order, on the calling thread
   * @return what {@link PlanOutline#streamChanges} returned
   */
  static <T> Either<PlanError, StreamSummary> stream(
      PlanOutline outline, Secrets.Collector found, Preparation<T> prepare, Consumer<T> consumer) {
    return stream(outline, found, prepare, consumer, readers(outline.changes().size(), Runtime.getRuntime().availableProcessors()));
  }

  /**
   * How many threads read {@code changes} entries again on a machine of {@code cores}: one on a
   * single core or for fewer than two runs; otherwise one per core beside the classifying thread, at
   * least two (the classifying thread waits for them about half the time) and at most four.
   */
  static int readers(int changes, int cores) {
    if (cores < 2 || changes < 2 * BATCH) {
      return 1;
    }
    return Math.max(2, Math.min(4, cores - 1));
  }

  /**
   * Streams the outline's changes to {@code consumer}, parsed on {@code readers} threads (by runs of
   * entries when more than one and the outline knows their places, else by one read of the array).
   */
  static Either<PlanError, StreamSummary> stream(
      PlanOutline outline, Secrets.Collector found, Consumer<ResourceChange> consumer, int readers) {
    return stream(outline, found, (rc, entries) -> rc, consumer, readers);
  }

  /**
   * Streams the outline's changes, each prepared on the thread that read it, to {@code consumer}, read
   * on {@code readers} threads (by runs of entries when more than one and the outline knows their
   * places, else by one read of the array).
   */
  static <T> Either<PlanError, StreamSummary> stream(
      PlanOutline outline, Secrets.Collector found, Preparation<T> prepare, Consumer<T> consumer, int readers) {
    if (readers > 1 && !outline.changes().isEmpty() && !outline.changes().get(0).held()) {
      return new Runs<>(outline, found, readers, prepare).stream(consumer);
    }
    BlockingQueue<Object> queue = new ArrayBlockingQueue<>(DEPTH / BATCH);
    boolean[] stop = {false};
    Thread reader =
        new Thread(
            () -> {
              Done done;
              try (EntryReader own = outline.entries()) {
                Batches<T> batches = new Batches<>(queue, stop, found, prepare, own);
                Either<PlanError, StreamSummary> streamed = outline.streamChanges(batches);
                batches.flush();
                done = new Done(streamed, null);
              } catch (Stopped s) {
                return;
              } catch (RuntimeException | Error e) {
                done = new Done(null, e);
              }
              try {
                put(queue, done, stop);
              } catch (Stopped s) {
                // the consumer is gone
              }
            },
            "tfdrift-plan-reader");
    reader.setDaemon(true);
    reader.start();
    try {
      while (true) {
        Object next = queue.take();
        if (next instanceof Done d) {
          return d.rethrown().result();
        }
        handOver(next, consumer);
      }
    } catch (InterruptedException e) {
      throw interrupted(e);
    } finally {
      stop(stop, List.of(queue));
    }
  }

  /**
   * The changes parsed by runs on several threads: thread {@code t} parses runs {@code t}, {@code t +
   * n}, {@code t + 2n}... into a queue of its own, and the consumer takes the runs in order, from each
   * queue in turn. A run that cannot be read ends the stream with the error a single read of the array
   * gives (which says where), or the run's own.
   */
  private static final class Runs<T> {
    private final PlanOutline outline;
    private final Secrets.Collector found;
    private final Preparation<T> prepare;
    private final int n;
    private final List<List<EntryRef>> runs = new ArrayList<>();
    private final List<BlockingQueue<Object>> queues = new ArrayList<>();
    private final boolean[] stop = {false};

    Runs(PlanOutline outline, Secrets.Collector found, int readers, Preparation<T> prepare) {
      this.outline = outline;
      this.found = found;
      this.prepare = prepare;
      this.n = readers;
      List<EntryRef> changes = outline.changes();
      for (int i = 0; i < changes.size(); i += BATCH) {
        runs.add(changes.subList(i, Math.min(changes.size(), i + BATCH)));
      }
      for (int t = 0; t < n; t++) {
        queues.add(new ArrayBlockingQueue<>(Math.max(2, DEPTH / BATCH / n)));
      }
    }

    Either<PlanError, StreamSummary> stream(Consumer<T> consumer) {
      Secrets.Collector[] collected = new Secrets.Collector[n];
      for (int t = 0; t < n; t++) {
        int first = t;
        BlockingQueue<Object> queue = queues.get(t);
        Secrets.Collector mine = found == null ? null : Secrets.collector();
        collected[t] = mine;
        Thread reader = new Thread(() -> read(first, queue, mine), "tfdrift-plan-reader-" + t);
        reader.setDaemon(true);
        reader.start();
      }
      try {
        for (int r = 0; r < runs.size(); r++) {
          Object next = queues.get(r % n).take();
          if (next instanceof Done d) {
            PlanError error = d.rethrown().result().getLeft();
            // A run that cannot be read: a single read of the array says where, as the one-thread stream does.
            Either<PlanError, StreamSummary> again = outline.streamChanges(rc -> {});
            return again.isLeft() ? again : Either.left(error);
          }
          handOver(next, consumer);
        }
      } catch (InterruptedException e) {
        throw interrupted(e);
      } finally {
        stop(stop, queues);
      }
      if (found != null) {
        for (Secrets.Collector c : collected) {
          synchronized (c) { // the reader's last add happened before its last put, seen above
            found.add(c);
          }
        }
      }
      Optional<PlanError> changed = outline.changed();
      if (changed.isPresent()) {
        return Either.left(changed.get());
      }
      return Either.right(
          new StreamSummary(outline.plan().formatVersion(), outline.plan().terraformVersion(), outline.changes().size(), outline.drift().size()));
    }

    /** Parses and prepares runs {@code first}, {@code first + n}... into {@code queue}, collecting their secrets. */
    private void read(int first, BlockingQueue<Object> queue, Secrets.Collector secrets) {
      try (EntryReader entries = outline.entries()) {
        for (int r = first; r < runs.size(); r += n) {
          Either<PlanError, List<ResourceChange>> read;
          try {
            read = entries.read(runs.get(r));
            if (read.isRight() && secrets != null) {
              synchronized (secrets) {
                read.get().forEach(secrets::add);
              }
            }
          } catch (RuntimeException | Error e) {
            put(queue, new Done(null, e), stop);
            return;
          }
          if (read.isLeft()) {
            put(queue, new Done(Either.left(read.getLeft()), null), stop);
            return;
          }
          List<Object> run = new ArrayList<>(read.get().size());
          for (ResourceChange rc : read.get()) {
            run.add(prepared(prepare, rc, entries));
          }
          put(queue, run, stop);
        }
      } catch (Stopped s) {
        // the consumer is gone
      }
    }
  }

  /** Collects the secrets of each entry read, prepares it and hands the results over a batch at a time. */
  private static final class Batches<T> implements Consumer<ResourceChange> {
    private final BlockingQueue<Object> queue;
    private final boolean[] stop;
    private final Secrets.Collector found;
    private final Preparation<T> prepare;
    private final EntryReader entries;
    private List<Object> batch = new ArrayList<>(BATCH);

    Batches(BlockingQueue<Object> queue, boolean[] stop, Secrets.Collector found, Preparation<T> prepare, EntryReader entries) {
      this.queue = queue;
      this.stop = stop;
      this.found = found;
      this.prepare = prepare;
      this.entries = entries;
    }

    @Override
    public void accept(ResourceChange rc) {
      if (found != null) {
        found.add(rc);
      }
      batch.add(prepared(prepare, rc, entries));
      if (batch.size() == BATCH) {
        flush();
      }
    }

    /** Hands over the entries not handed over yet. */
    void flush() {
      if (!batch.isEmpty()) {
        put(queue, batch, stop);
        batch = new ArrayList<>(BATCH);
      }
    }
  }

  /** Runs a task on a daemon thread of its own (for work that must not keep the process alive). */
  static void daemon(Runnable task) {
    Thread t = new Thread(task, "tfdrift-renames");
    t.setDaemon(true);
    t.start();
  }

  private static void put(BlockingQueue<Object> queue, Object o, boolean[] stop) {
    try {
      while (!queue.offer(o, 50, TimeUnit.MILLISECONDS)) {
        synchronized (stop) {
          if (stop[0]) {
            throw new Stopped();
          }
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Stopped();
    }
  }
}
