package io.github.tfdrift.rules;

import io.github.tfdrift.rules.engine.DriftEngine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.tfdrift.core.model.Action;
import io.github.tfdrift.core.model.Producer;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every corpus plan classifies without exception, and the decision matches the verdicts. */
class CorpusClassificationTest {
  static List<CorpusPlans.Named> plans = List.of();

  @BeforeAll
  static void load() {
    Optional<Path> dir = CorpusPlans.dir();
    dir.ifPresent(d -> plans = CorpusPlans.all(d));
  }

  @Test
  void everyCorpusPlanClassifiesWithoutRuleErrors() {
    assumeTrue(!plans.isEmpty(), "corpus absent");
    assertThat(plans.size()).isGreaterThan(300);
    DriftEngine engine = DriftEngine.withDefaults();
    SoftAssertions soft = new SoftAssertions();
    for (CorpusPlans.Named n : plans) {
      Report r = engine.classify(n.plan(), n.name());
      soft.assertThat(r.ruleErrors()).as(n.name()).isEmpty();
      soft.assertThat(r.entries().size())
          .as(n.name())
          .isGreaterThanOrEqualTo((int) n.plan().resourceChanges().stream().map(c -> c.id()).distinct().count());
    }
    soft.assertAll();
  }

  @Test
  void everyCorpusEntryWithADeleteActionIsDestructive() {
    assumeTrue(!plans.isEmpty(), "corpus absent");
    DriftEngine engine = DriftEngine.withDefaults();
    int deletes = 0;
    SoftAssertions soft = new SoftAssertions();
    for (CorpusPlans.Named n : plans) {
      for (ClassifiedEntry e : engine.classify(n.plan()).entries()) {
        if (e.actions().contains(Action.DELETE)) {
          deletes++;
          soft.assertThat(e.verdict()).as("%s in %s", e.id(), n.name()).isIn(Verdict.REPLACE, Verdict.DELETE, Verdict.RECREATE);
          soft.assertThat(e.procedure()).as("%s in %s", e.id(), n.name()).isEqualTo(Procedure.STOP);
        }
      }
    }
    soft.assertAll();
    assertThat(deletes).as("corpus has deletes").isGreaterThan(10);
  }

  @Test
  void reasonsNameTheToolThatWroteTheCorpusPlan() {
    assumeTrue(!plans.isEmpty(), "corpus absent");
    DriftEngine engine = DriftEngine.withDefaults();
    SoftAssertions soft = new SoftAssertions();
    int tofuPlans = 0;
    int outsideOpenTofu = 0;
    for (CorpusPlans.Named n : plans) {
      boolean tofu = n.plan().producer().tool() == Producer.Tool.OPENTOFU;
      tofuPlans += tofu ? 1 : 0;
      for (ClassifiedEntry e : engine.classify(n.plan()).entries()) {
        if (tofu) {
          soft.assertThat(e.reason()).as("%s in %s", e.id(), n.name()).doesNotContain("outside Terraform").doesNotContain("Terraform will not");
          outsideOpenTofu += e.reason().contains("outside OpenTofu") ? 1 : 0;
        } else {
          soft.assertThat(e.reason()).as("%s in %s", e.id(), n.name()).doesNotContain("OpenTofu");
        }
      }
    }
    soft.assertAll();
    assertThat(tofuPlans).as("OpenTofu plans in the corpus (INDEX.tsv: producer=opentofu)").isGreaterThan(50);
    assertThat(outsideOpenTofu).as("OpenTofu drift reasons").isPositive();
  }

  @Test
  void exitCodeMatchesTheVerdictsOfEveryCorpusPlan() {
    assumeTrue(!plans.isEmpty(), "corpus absent");
    DriftEngine engine = DriftEngine.withDefaults();
    SoftAssertions soft = new SoftAssertions();
    int[] byCode = new int[4];
    for (CorpusPlans.Named n : plans) {
      Report r = engine.classify(n.plan());
      boolean destructive = r.entries().stream().anyMatch(e -> e.verdict().isDestructive());
      // Action invocations (the actions plan of terraform-json, exit 2 since action entries) and
      // failed checks (show-json/conditions) are actionable too.
      boolean actionable = r.entries().stream().anyMatch(e -> e.verdict().isActionable())
          || !n.plan().actionInvocations().isEmpty()
          || !r.failedChecks().isEmpty();
      int expected = n.plan().isErrored() ? 1 : destructive ? 3 : actionable ? 2 : 0;
      soft.assertThat(r.exitCode()).as(n.name()).isEqualTo(expected);
      soft.assertThat(r.exitCode(ExitCodeMode.TERRAFORM)).as(n.name()).isEqualTo(expected == 3 ? 2 : expected);
      byCode[r.exitCode()]++;
    }
    soft.assertAll();
    assertThat(byCode[0]).isPositive();
    assertThat(byCode[2]).isPositive();
    assertThat(byCode[3]).isPositive();
  }

  @Test
  void corpusDriftIsJoinedWithItsPlannedChange() {
    assumeTrue(!plans.isEmpty(), "corpus absent");
    DriftEngine engine = DriftEngine.withDefaults();
    long both = 0;
    for (CorpusPlans.Named n : plans) {
      if (n.plan().resourceDrift().isEmpty()) {
        continue;
      }
      Report r = engine.classify(n.plan());
      for (var d : n.plan().resourceDrift()) {
        ClassifiedEntry e = r.entry(d.id()).orElseThrow();
        assertThat(e.drift()).isPresent();
        if (e.source() == Source.BOTH) {
          both++;
        }
      }
    }
    assertThat(both).isPositive();
  }
}
