package io.github.tfdrift.rules.internal;

import io.github.tfdrift.core.json.PlanOutline;
import io.github.tfdrift.core.json.StreamSummary;
import io.github.tfdrift.core.model.ResourceChange;
import io.github.tfdrift.core.read.PlanError;
import io.github.tfdrift.core.redact.Secrets;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Streams an outline's changes with the reading on a thread of its own: one thread parses entries
 * while the caller's thread classifies the ones before, through a short queue of batches of {@value
 * #BATCH} (so at most {@value #DEPTH} entries wait in memory, and the threads hand over once a batch:
 * waking a thread is not free). The caller's consumer sees every entry in document order, on the
 * caller's thread; an exception it throws stops the reading and reaches the caller as it is.
 */
final class EntryPipeline {
  /** How many parsed entries may wait for the consumer. */
  static final int DEPTH = 256;

  /** How many parsed entries are handed over at once. */
  static final int BATCH = 32;

  private EntryPipeline() {}

  /** The end of the stream, with what the read returned. */
  private record Done(Either<PlanError, StreamSummary> result, Throwable failure) {}

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
          if (d.failure() instanceof RuntimeException r) {
            throw r;
          }
          if (d.failure() instanceof Error e) {
            throw e;
          }
          return d.result();
        }
        @SuppressWarnings("unchecked")
        List<ResourceChange> entries = (List<ResourceChange>) next;
        for (ResourceChange rc : entries) {
          consumer.accept(rc);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading the plan", e);
    } finally {
      synchronized (stop) {
        stop[0] = true;
      }
      queue.clear(); // unblocks a reader waiting to put
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
