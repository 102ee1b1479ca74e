package io.github.tfdrift.rules;

import static io.github.tfdrift.rules.Plans.rc;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tfdrift.rules.engine.DriftEngine;
import org.junit.jupiter.api.Test;

/**
 * Never-downgrade holds even when no rule says anything: an engine built without any rule still
 * calls a replacement REPLACE and STOP, planned or deferred, so the exit code says destructive.
 */
class NeverDowngradeWithoutRulesTest {
  private static final DriftEngine NO_RULES = DriftEngine.builder().today(DeferredChangeTest.TODAY).build();

  @Test
  void aPlannedReplacementIsDestructiveWithoutAnyRule() {
    Report r =
        NO_RULES.classify(Plans.plan("", rc("aws_instance.web", "aws_instance", "[\"delete\",\"create\"]", "{\"ami\":\"ami-1\"}", "{\"ami\":\"ami-2\"}", "")));

    assertThat(r.exitCode()).isEqualTo(3);
  }

  @Test
  void aDeferredReplacementIsDestructiveWithoutAnyRule() {
    ClassifiedEntry e = NO_RULES.classify(DeferredChangeTest.deferredOnly(DeferredChangeTest.DB)).entries().get(0);

    assertThat(java.util.List.of(e.verdict(), e.procedure())).containsExactly(Verdict.REPLACE, Procedure.STOP);
  }
}
