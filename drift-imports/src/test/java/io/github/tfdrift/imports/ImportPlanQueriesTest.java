package io.github.tfdrift.imports;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tfdrift.core.model.Producer;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a caller asks an import plan: which IDs are left to complete, whether the pipeline failed, its counts. */
class ImportPlanQueriesTest {
  private static final SourceError SOURCE =
      new SourceError("apply.log", 7, LogDiagnostic.Origin.UI_STREAM, "EntityAlreadyExists", "aws", "creating IAM Role (r)");

  private static ImportEntry entry(String address, List<String> placeholders) {
    return new ImportEntry(address, "aws_iam_role", "r", placeholders, Optional.empty(), Optional.empty(), List.of(), List.of(SOURCE));
  }

  private static ImportPlan plan(List<ImportEntry> entries, List<PipelineFailure> failures) {
    return new ImportPlan("apply.log", Producer.Tool.TERRAFORM, entries, List.of(), List.of(), failures, List.of(SOURCE), List.of(),
        Optional.empty(), "none");
  }

  @Test
  void theUnresolvedEntriesAreThoseWithAPlaceholderLeft() {
    ImportPlan p = plan(List.of(entry("aws_iam_role.done", List.of()), entry("aws_iam_role.todo", List.of("<AWS_ACCOUNT_ID>"))), List.of());
    assertThat(p.unresolved()).extracting(ImportEntry::address).containsExactly("aws_iam_role.todo");
  }

  @Test
  void aPlanWithAPipelineFailureHasFailures() {
    ImportPlan p = plan(List.of(), List.of(new PipelineFailure(PipelineFailure.Kind.STATE_LOCK, "apply.log", 1, "held", "wait")));
    assertThat(p.hasFailures()).isTrue();
  }

  @Test
  void aPlanWithoutPipelineFailuresHasNone() {
    assertThat(plan(List.of(), List.of()).hasFailures()).isFalse();
  }

  @Test
  void toStringGivesTheCountsOnly() {
    assertThat(plan(List.of(entry("aws_iam_role.r", List.of())), List.of()))
        .hasToString("ImportPlan[1 entries, 0 skipped, 0 unmatched, 0 failures, 1 other errors]");
  }
}
