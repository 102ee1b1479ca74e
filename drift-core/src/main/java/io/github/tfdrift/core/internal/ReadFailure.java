package io.github.tfdrift.core.internal;

import io.github.tfdrift.core.read.PlanError;

/** Internal control flow: carries a {@link PlanError} out of the recursive readers. */
public final class ReadFailure extends Exception {
  private static final long serialVersionUID = 1L;
  private final transient PlanError error;

  /** Wraps an error. */
  public ReadFailure(PlanError error) {
    super(error.describe(), null, false, false);
    this.error = error;
  }

  /** The error. */
  public PlanError error() {
    return error;
  }
}
