package io.github.tfdrift.rules.internal;

import io.github.tfdrift.core.json.PlanOutline;
import io.github.tfdrift.core.json.StreamSummary;
import io.github.tfdrift.core.model.ResourceChange;
import io.github.tfdrift.core.read.PlanError;
import io.github.tfdrift.core.redact.Secrets;
import io.vavr.control.Either;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Streams an outline's changes with the reading on a thread of its own: one thread parses entries
 * while the caller's thread classifies the ones before, through a short queue (so at most {@value
 * #DEPTH} entries wait in memory). The caller's consumer sees every entry in document order, on the
 * caller's thread; an exception it throws stops the reading and reaches the caller as it is.
 */
final class EntryPipeline {
  /** How many parsed entries may wait for the consumer. */
  static final int DEPTH = 256;

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
    BlockingQueue<Object> queue = new ArrayBlockingQueue<>(DEPTH);
    boolean[] stop = {false};
    Thread reader =
        new Thread(
            () -> {
              Done done;
              try {
                done =
                    new Done(
                        outline.streamChanges(
                            rc -> {
                              if (found != null) {
                                found.add(rc);
                              }
                              put(queue, rc, stop);
                            }),
                        null);
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
        consumer.accept((ResourceChange) next);
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
