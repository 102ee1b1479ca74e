package io.github.tfdrift.testkit;

import io.github.tfdrift.rules.Verdict;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a {@link Verdict} by precedence (the order in which verdicts win, {@link
 * Verdict#rank()}), with messages in verdict names, never rank numbers: {@code Expecting UPDATE to be
 * REPLACE or higher (REPLACE, RECREATE or DELETE)}. Not final, with a public one-argument
 * constructor, so soft assertions can proxy it.
 *
 * <pre>{@code
 * assertThat(renamedReport.entry(address).verdict()).isAtLeast(original.verdict());
 * assertThat(Verdict.UPDATE).isAtMost(Verdict.CREATE).isNotDestructive();
 * }</pre>
 */
public class VerdictAssert extends AbstractAssert<VerdictAssert, Verdict> {

  /** Assertions on {@code actual}. */
  public VerdictAssert(Verdict actual) {
    super(actual, VerdictAssert.class);
  }

  /** The verdict ranks at least as high as {@code floor}. */
  public VerdictAssert isAtLeast(Verdict floor) {
    isNotNull();
    if (actual.rank() < floor.rank()) {
      failWithMessage("Expecting %s to be %s or higher (%s)", actual, floor, VerdictOrder.atLeast(floor));
    }
    return myself;
  }

  /** The verdict ranks at most as high as {@code ceiling}. */
  public VerdictAssert isAtMost(Verdict ceiling) {
    isNotNull();
    if (actual.rank() > ceiling.rank()) {
      failWithMessage("Expecting %s to be %s or lower (%s)", actual, ceiling, VerdictOrder.atMost(ceiling));
    }
    return myself;
  }

  /** The verdict ranks higher than {@code other}. */
  public VerdictAssert isAbove(Verdict other) {
    isNotNull();
    if (actual.rank() <= other.rank()) {
      failWithMessage("Expecting %s to outrank %s, but it does not", actual, other);
    }
    return myself;
  }

  /** The verdict ranks lower than {@code other}. */
  public VerdictAssert isBelow(Verdict other) {
    isNotNull();
    if (actual.rank() >= other.rank()) {
      failWithMessage("Expecting %s to rank below %s, but it does not", actual, other);
    }
    return myself;
  }

  /** The verdict is REPLACE, RECREATE or DELETE. */
  public VerdictAssert isDestructive() {
    isNotNull();
    if (!actual.isDestructive()) {
      failWithMessage("Expecting %s to be destructive (REPLACE, RECREATE or DELETE), but it is not", actual);
    }
    return myself;
  }

  /** The verdict is not REPLACE, RECREATE or DELETE. */
  public VerdictAssert isNotDestructive() {
    isNotNull();
    if (actual.isDestructive()) {
      failWithMessage("Expecting %s not to be destructive, but it is", actual);
    }
    return myself;
  }
}
