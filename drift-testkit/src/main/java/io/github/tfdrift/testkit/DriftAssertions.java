package io.github.tfdrift.testkit;

import io.github.tfdrift.core.model.Plan;
import io.github.tfdrift.core.model.ResourceChange;
import io.github.tfdrift.rules.ClassifiedEntry;
import io.github.tfdrift.rules.Report;
import io.github.tfdrift.rules.Verdict;

/**
 * AssertJ entry point for plans, resource changes, classification reports and their entries, with
 * failure messages in Terraform's and the runbook's words. Messages name addresses, paths, actions,
 * verdicts, procedures and rule ids, never attribute values that are sensitive.
 *
 * <pre>{@code
 * import static io.github.tfdrift.testkit.DriftAssertions.assertThat;
 *
 * assertThat(plan).isProducedBy(Producer.Tool.OPENTOFU).hasDrift(VM).hasChangeKind(VM, ChangeKind.UPDATE);
 * assertThat(plan.resourceChanges().get(0)).hasReplacePath("clone[0].vm_id").isSensitiveAt("initialization[0].user_account[0].password");
 * assertThat(report).hasExitCode(0).entry(VM).hasVerdict(Verdict.IGNORED).hasProcedure(Procedure.NO_ACTION);
 * assertThat(report).satisfiesFixture(PlanFixtures.fixture("s5-golden-image-rotation"));
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

  /** Assertions on a classification report. */
  public static ReportAssert assertThat(Report actual) {
    return new ReportAssert(actual);
  }

  /** Assertions on one classified entry of a report. */
  public static ClassifiedEntryAssert assertThat(ClassifiedEntry actual) {
    return new ClassifiedEntryAssert(actual);
  }

  /** Assertions on a verdict by precedence: {@code assertThat(entry.verdict()).isAtLeast(Verdict.UPDATE)}. */
  public static VerdictAssert assertThat(Verdict actual) {
    return new VerdictAssert(actual);
  }
}
