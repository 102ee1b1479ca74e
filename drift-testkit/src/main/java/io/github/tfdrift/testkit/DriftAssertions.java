package io.github.tfdrift.testkit;

import io.github.tfdrift.core.model.Plan;
import io.github.tfdrift.core.model.ResourceChange;

/**
 * AssertJ entry point for plans and resource changes, with failure messages in Terraform's words.
 * Messages name addresses, paths, actions and kinds, never attribute values that are sensitive.
 *
 * <pre>{@code
 * import static io.github.tfdrift.testkit.DriftAssertions.assertThat;
 *
 * assertThat(plan).isProducedBy(Producer.Tool.OPENTOFU).hasDrift(VM).hasChangeKind(VM, ChangeKind.UPDATE);
 * assertThat(plan.resourceChanges().get(0)).hasReplacePath("clone[0].vm_id").isSensitiveAt("initialization[0].user_account[0].password");
 * }</pre>
 */
public final class DriftAssertions {
  private DriftAssertions() {}

  /** Assertions on a plan. */
  public static PlanAssert assertThat(Plan actual) {
    return new PlanAssert(actual);
  }

  /** Assertions on one resource change or drift entry. */
  public static ResourceChangeAssert assertThat(ResourceChange actual) {
    return new ResourceChangeAssert(actual);
  }
}
