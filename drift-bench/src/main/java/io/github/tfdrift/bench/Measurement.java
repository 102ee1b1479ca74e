package io.github.tfdrift.bench;

import java.util.Optional;

/**
 * One way of reading a plan, measured on the plan's bytes for wall time and retained heap. The
 * harness ({@link BenchMain}) runs each measurement in a JVM of its own; the list it runs is {@link
 * Measurements#standard()}, the one place to add a measurement.
 */
public interface Measurement {
  /** A short name for the table and the command line, e.g. {@code model}. */
  String name();

  /** What is measured, one line. */
  String description();

  /**
   * The measurement this one is compared with in the table's ratio columns (this one's figure divided
   * by the other's), if any.
   */
  default Optional<String> comparedWith() {
    return Optional.empty();
  }

  /**
   * Reads the plan. The result is held strongly while the retained heap is measured, so it must
   * reference everything the reader keeps. A reader that keeps nothing (streaming) calls {@link
   * HeapProbe#tick()} once per element so that its peak can be sampled instead.
   *
   * @param plan the plan's bytes, shared by every iteration and every measurement
   * @param probe samples live heap while the read is running (does nothing while timing)
   * @return what the reader produced
   * @throws Exception when the plan cannot be read; the benchmark then fails
   */
  Object run(byte[] plan, HeapProbe probe) throws Exception;

  /** Counts describing a result (tokens, resource changes), printed to show every reader saw the same plan. */
  String summarize(Object result);
}
