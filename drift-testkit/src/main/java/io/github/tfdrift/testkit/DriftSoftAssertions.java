package io.github.tfdrift.testkit;

import io.github.tfdrift.core.model.Plan;
import io.github.tfdrift.core.model.ResourceChange;
import org.assertj.core.api.SoftAssertions;

/**
 * Soft assertions for plans and resource changes: every failed check is collected and reported
 * together by {@link #assertAll()}. Works with AssertJ's {@code SoftAssertionsExtension}, which can
 * inject it as a test parameter. Navigation methods ({@link PlanAssert#resourceChange(String)},
 * {@link PlanAssert#drift(String)}) return ordinary, hard assertions.
 */
public class DriftSoftAssertions extends SoftAssertions {

  /** Creates an empty collector. */
  public DriftSoftAssertions() {}

  /** Soft assertions on a plan. */
  public PlanAssert assertThat(Plan actual) {
    return proxy(PlanAssert.class, Plan.class, actual);
  }

  /** Soft assertions on a resource change. */
  public ResourceChangeAssert assertThat(ResourceChange actual) {
    return proxy(ResourceChangeAssert.class, ResourceChange.class, actual);
  }
}
