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
 * Streams an outline's changes with the reading on threads of their own: the caller's thread
 * classifies entries while others parse the ones after, through short queues of batches of {@value
 * #BATCH} (so at most {@value #DEPTH} entries wait in memory per reading thread, and the threads hand
 * over once a batch: waking a thread is not free). When the outline knows where each entry is and the
 * machine has a core to spare, {@link #readers} threads each parse every {@code n}-th run of {@value
 * #BATCH} consecutive entries by their byte ranges ({@link EntryReader#read(List)}), each collecting
 * the secrets of its entries on its own; otherwise one thread reads the whole array once ({@link
 * PlanOutline#streamChanges}). Either way the caller's consumer sees every entry in document order, on
 * the caller's thread; an exception it throws stops the reading and reaches the caller as it is.
 */
final class EntryPipeline {
  /** How many parsed entries may wait for the consumer. */
  static final int DEPTH = 256;

  /** How many parsed entries are handed over at once. */
  static final int BATCH = 32;

  private EntryPipeline() {}

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

  /** Gives the consumer a batch of entries taken from a queue. */
  private static void handOver(Object batch, Consumer<ResourceChange> consumer) {
    @SuppressWarnings("unchecked")
    List<ResourceChange> entries = (List<ResourceChange>) batch;
    for (ResourceChange rc : entries) {
      consumer.accept(rc);
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
   * Streams the outline's changes to {@code consumer}, reading on another thread.
   *
   * @param outline the outline
   * @param found collects the secrets each entry's values mark, on the reading thread (visible to the
   *     caller once this returns); {@code null} for none
   * @param consumer receives each entry, in document order, on the calling thread
   * @return what {@link PlanOutline#streamChanges} returned
   */
  static Either<PlanError, StreamSummary> stream(PlanOutline outline, Secrets.Collector found, Consumer<ResourceChange> consumer) {
    return stream(outline, found, consumer, readers(outline.changes().size(), Runtime.getRuntime().availableProcessors()));
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
    if (readers > 1 && !outline.changes().isEmpty() && !outline.changes().get(0).held()) {
      return new Runs(outline, found, readers).stream(consumer);
    }
    BlockingQueue<Object> queue = new ArrayBlockingQueue<>(DEPTH / BATCH);
    boolean[] stop = {false};
    Thread reader =
        new Thread(
            () -> {
              Done done;
              Batches batches = new Batches(queue, stop, found);
              try {
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
  private static final class Runs {
    private final PlanOutline outline;
    private final Secrets.Collector found;
    private final int n;
    private final List<List<EntryRef>> runs = new ArrayList<>();
    private final List<BlockingQueue<Object>> queues = new ArrayList<>();
    private final boolean[] stop = {false};

    Runs(PlanOutline outline, Secrets.Collector found, int readers) {
      this.outline = outline;
      this.found = found;
      this.n = readers;
      List<EntryRef> changes = outline.changes();
      for (int i = 0; i < changes.size(); i += BATCH) {
        runs.add(changes.subList(i, Math.min(changes.size(), i + BATCH)));
      }
      for (int t = 0; t < n; t++) {
        queues.add(new ArrayBlockingQueue<>(Math.max(2, DEPTH / BATCH / n)));
      }
    }

    Either<PlanError, StreamSummary> stream(Consumer<ResourceChange> consumer) {
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

    /** Parses runs {@code first}, {@code first + n}... into {@code queue}, collecting their secrets. */
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
          put(queue, read.get(), stop);
        }
      } catch (Stopped s) {
        // the consumer is gone
      }
    }
  }

  /** Collects the secrets of each entry read and hands the entries over a batch at a time. */
  private static final class Batches implements Consumer<ResourceChange> {
    private final BlockingQueue<Object> queue;
    private final boolean[] stop;
    private final Secrets.Collector found;
    private List<ResourceChange> batch = new ArrayList<>(BATCH);

    Batches(BlockingQueue<Object> queue, boolean[] stop, Secrets.Collector found) {
      this.queue = queue;
      this.stop = stop;
      this.found = found;
    }

    @Override
    public void accept(ResourceChange rc) {
      if (found != null) {
        found.add(rc);
      }
      batch.add(rc);
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
