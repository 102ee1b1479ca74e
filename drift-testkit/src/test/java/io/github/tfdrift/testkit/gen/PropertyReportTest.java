package io.github.tfdrift.testkit.gen;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tfdrift.core.model.Plan;
import io.github.tfdrift.testkit.builder.Json;
import io.github.tfdrift.testkit.builder.Plans;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a failing property tells: the shrunk case in few lines, its choices, and how shrinking went. */
class PropertyReportTest {

  @Test
  void failureShowsTheShrunkChoicesAndTheShrinkEvaluations() {
    PropertyResult<Integer> r = Property.forAll(Gen.integers(0, 1000)).withSeed(77L).named("small").run(x -> x < 500);
    assertThat(r.shrunk()).contains(500);
    assertThat(r.shrinking().choices()).isNotEmpty();
    assertThat(r.report())
        .contains("Shrunk choices: " + r.shrinking().choices())
        .containsPattern("\\(\\d+ of 2000 evaluations\\) to:")
        .doesNotContain("budget ran out");
  }

  @Test
  void shrinkChoicesReplayToTheShrunkCase() {
    Gen<List<Integer>> gen = Gen.listOf(Gen.integers(0, 100), 0, 20);
    PropertyResult<List<Integer>> r = Property.forAll(gen).withSeed(3L).run(l -> l.stream().mapToInt(i -> i).sum() < 100);
    long[] choices = r.shrinking().choices().stream().mapToLong(Long::longValue).toArray();
    assertThat(ChoiceSource.replay(choices, 50).draw(gen)).isEqualTo(r.shrunk().orElseThrow());
  }

  @Test
  void aSpentShrinkBudgetIsReported() {
    PropertyResult<List<Integer>> r =
        Property.forAll(Gen.listOf(Gen.integers(0, 100), 0, 20)).withSeed(3L).shrinkBudget(3).run(l -> l.stream().mapToInt(i -> i).sum() < 100);
    assertThat(r.shrinking().budgetRanOut()).isTrue();
    assertThat(r.report()).contains("(3 of 3 evaluations; the shrink budget ran out, a smaller case may exist: raise shrinkBudget)");
  }

  @Test
  void aPlanIsShownByItsChangesWithoutTheDerivedSections() {
    Plan plan =
        Plans.plan()
            .resource("aws_s3_bucket.a").update().before(Json.obj("acl", "private")).after(Json.obj("acl", "public-read"))
            .resource("aws_iam_role.b").create().after(Json.obj("name", "b")).build();
    String full = Describe.describe(plan);
    assertThat(full)
        .startsWith("plan by terraform")
        .contains("aws_s3_bucket.a", "\"public-read\"", "aws_iam_role.b", "\"name\"")
        .doesNotContain("\"planned_values\"", "\"prior_state\"", "\"configuration\"", "after_unknown", "before_sensitive");
    assertThat(full.lines().count()).isLessThan(PlanWriterLines.of(plan) / 3);
  }

  @Test
  void resourcesTheFailureDoesNotNameTakeOneLine() {
    Plan plan =
        Plans.plan()
            .resource("aws_s3_bucket.a").update().before(Json.obj("acl", "private")).after(Json.obj("acl", "public-read"))
            .resource("aws_iam_role.b").create().after(Json.obj("name", "b")).build();
    String focused = Describe.describe(plan, "Expecting aws_s3_bucket.a to be classified REPLACE or higher");
    assertThat(focused).contains("\"public-read\"").contains("  aws_iam_role.b: [create]").doesNotContain("\"name\"");
  }

  /** The line count of the whole plan JSON, for comparison. */
  static final class PlanWriterLines {
    static long of(Plan plan) {
      return Describe.planJson(plan).lines().count();
    }
  }
}
