package io.github.tfdrift.testkit;

import static io.github.tfdrift.testkit.DriftAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tfdrift.core.model.Plan;
import io.github.tfdrift.rules.Report;
import io.github.tfdrift.rules.Verdict;
import io.github.tfdrift.rules.engine.DriftEngine;
import io.github.tfdrift.testkit.builder.Json;
import io.github.tfdrift.testkit.builder.Plans;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class VerdictOrderAssertionsTest {
  static final String BUCKET = "aws_s3_bucket.logs";

  static Report updateOfOneBucket() {
    Plan plan = Plans.plan().resource(BUCKET).update().before(Json.obj("acl", "private")).after(Json.obj("acl", "public-read")).build();
    return DriftEngine.builder().withBuiltInRules().today(LocalDate.of(2026, 12, 3)).build().classify(plan, "plan.json");
  }

  @Test
  void anUpdateIsAtLeastUpdateAndAtMostCreate() {
    assertThat(updateOfOneBucket()).entry(BUCKET).isAtLeast(Verdict.UPDATE).isAtMost(Verdict.CREATE).isAtLeast(Verdict.NO_CHANGE);
  }

  @Test
  void anUpdateIsNotAtLeastReplaceAndTheMessageNamesVerdictsNotRanks() {
    assertThatThrownBy(() -> assertThat(updateOfOneBucket()).entry(BUCKET).isAtLeast(Verdict.REPLACE))
        .hasMessageContaining("Expecting " + BUCKET + " to be classified REPLACE or higher (REPLACE, RECREATE or DELETE), but it is UPDATE")
        .hasMessageNotContainingAny("13", "rank");
  }

  @Test
  void anUpdateIsNotAtMostExpected() {
    assertThatThrownBy(() -> assertThat(updateOfOneBucket()).entry(BUCKET).isAtMost(Verdict.EXPECTED))
        .hasMessageContaining("to be classified EXPECTED or lower (NO_CHANGE, IGNORED, COSMETIC or EXPECTED), but it is UPDATE");
  }

  @Test
  void verdictsCompareByPrecedenceInTheirOwnNames() {
    assertThat(Verdict.DELETE).isAtLeast(Verdict.REPLACE).isAbove(Verdict.DEFERRED).isDestructive();
    assertThat(Verdict.UPDATE).isAtMost(Verdict.CREATE).isBelow(Verdict.REPLACE).isNotDestructive();
    assertThatThrownBy(() -> assertThat(Verdict.UPDATE).isAtLeast(Verdict.REPLACE))
        .hasMessage("Expecting UPDATE to be REPLACE or higher (REPLACE, RECREATE or DELETE)");
  }

  @Test
  void softAssertionsCollectVerdictOrderFailures() {
    DriftSoftAssertions softly = new DriftSoftAssertions();
    softly.assertThat(Verdict.IGNORED).isAtLeast(Verdict.UPDATE);
    softly.assertThat(Verdict.DELETE).isAtMost(Verdict.MOVE);
    assertThatThrownBy(softly::assertAll).hasMessageContaining("IGNORED to be UPDATE or higher").hasMessageContaining("DELETE to be MOVE or lower");
  }
}
