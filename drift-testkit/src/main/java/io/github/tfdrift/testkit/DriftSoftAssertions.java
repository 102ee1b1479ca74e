package io.github.tfdrift.testkit;

import io.github.tfdrift.core.model.Plan;
import io.github.tfdrift.core.model.ResourceChange;
import io.github.tfdrift.rules.ClassifiedEntry;
import io.github.tfdrift.rules.Report;
import io.github.tfdrift.rules.Verdict;
import org.assertj.core.api.SoftAssertions;

/**
 * Soft assertions for plans, resource changes, reports and classified entries: every failed check
 * is collected and reported together by {@link #assertAll()}. Works with AssertJ's {@code
 * SoftAssertionsExtension}, which can inject it as a test parameter. Navigation methods ({@link
 * PlanAssert#resourceChange(String)}, {@link PlanAssert#drift(String)}, {@link
 * ReportAssert#entry(String)}) return ordinary, hard assertions; to check an entry softly use {@link
 * ReportAssert#hasEntrySatisfying} or {@code softly.assertThat(report.entry(address).orElseThrow())}.
 *
 * <pre>{@code
 * DriftSoftAssertions softly = new DriftSoftAssertions();
 * softly.assertThat(report).hasExitCode(0).hasNoRuleErrors();
 * softly.assertThat(report.entries().get(0)).hasVerdict(Verdict.IGNORED).hasProcedure(Procedure.NO_ACTION);
 * softly.assertAll();
 * }</pre>
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

  /** Soft assertions on a classification report. */
  public ReportAssert assertThat(Report actual) {
    return proxy(ReportAssert.class, Report.class, actual);
  }

  /** Soft assertions on one classified entry. */
  public ClassifiedEntryAssert assertThat(ClassifiedEntry actual) {
    return proxy(ClassifiedEntryAssert.class, ClassifiedEntry.class, actual);
  }

  /** Soft assertions on a verdict by precedence. */
  public VerdictAssert assertThat(Verdict actual) {
    return proxy(VerdictAssert.class, Verdict.class, actual);
  }
}
