package io.github.tfdrift.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * Live-heap measurement: used heap after repeated full collections, read from the {@link
 * MemoryMXBean}. While a streaming read runs, {@link #tick()} samples it every {@code interval} elements
 * and keeps the peak above the baseline taken before the read.
 */
public final class HeapProbe {
  private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();
  private static final HeapProbe OFF = new HeapProbe(false, 0, Integer.MAX_VALUE);

  private final boolean active;
  private final long baseline;
  private final int interval;
  private long ticks;
  private long peak;
  private int samples;

  private HeapProbe(boolean active, long baseline, int interval) {
    this.active = active;
    this.baseline = baseline;
    this.interval = interval;
  }

  /** A probe that does nothing (used while timing). */
  public static HeapProbe off() {
    return OFF;
  }

  /** A probe that samples every {@code interval} ticks, relative to {@code baseline} bytes. */
  public static HeapProbe sampling(long baseline, int interval) {
    return new HeapProbe(true, baseline, Math.max(1, interval));
  }

  /** Counts one element; every {@code interval} elements, samples the live heap. */
  public void tick() {
    if (active && ++ticks % interval == 0) {
      peak = Math.max(peak, liveHeap() - baseline);
      samples++;
    }
  }

  /** The highest live heap above the baseline seen by {@link #tick()}, in bytes. */
  public long peakAboveBaseline() {
    return peak;
  }

  /** How many samples {@link #tick()} took. */
  public int samples() {
    return samples;
  }

  /**
   * Used heap after three full collections with short pauses between them (so that reference
   * processing and concurrent cleanup settle), in bytes.
   */
  public static long liveHeap() {
    for (int i = 0; i < 3; i++) {
      System.gc();
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return MEMORY.getHeapMemoryUsage().getUsed();
  }
}
