package io.github.tfdrift.testkit.properties;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tfdrift.core.json.PlanWriter;
import io.github.tfdrift.core.model.Action;
import io.github.tfdrift.rules.ClassifiedEntry;
import io.github.tfdrift.rules.Report;
import io.github.tfdrift.rules.Verdict;
import io.github.tfdrift.rules.builtin.BuiltInRules;
import io.github.tfdrift.testkit.properties.DriftCases.Case;
import io.github.tfdrift.testkit.properties.DriftCases.Reformatted;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The generated cases of {@link ClassificationPropertiesTest} reach what the properties are about:
 * without these, a property could pass because its premise never occurs.
 */
class DriftCasesTest {
  static final long SEED = 20261122L;
  static final int COUNT = 300;
  static final int SIZE = 30;

  static Report classify(Case c) {
    return c.engine(BuiltInRules.all()).classify(c.plan());
  }

  @Test
  void casesHaveDeletesRecreationsAndEveryKindOfPolicyOutcome() {
    int deletes = 0;
    int recreates = 0;
    int ignoredByPolicy = 0;
    int expected = 0;
    int expired = 0;
    int sweepingWithDeletes = 0;
    for (Case c : DriftCases.cases(true).samples(SEED, COUNT, SIZE)) {
      Report r = classify(c);
      boolean sweeping = c.policy().ignoreChanges().stream().anyMatch(i -> i.attributes().stream().anyMatch(a -> a.isAll()));
      for (ClassifiedEntry e : r.entries()) {
        if (e.actions().contains(Action.DELETE)) {
          deletes++;
          sweepingWithDeletes += sweeping ? 1 : 0;
        }
        recreates += e.verdict() == Verdict.RECREATE ? 1 : 0;
        ignoredByPolicy += e.ruleId().equals("ignore-changes") ? 1 : 0;
        expected += e.verdict() == Verdict.EXPECTED ? 1 : 0;
      }
      expired += r.expiredExpectations().isEmpty() ? 0 : 1;
    }
    assertThat(deletes).isGreaterThan(COUNT / 2);
    assertThat(recreates).isGreaterThan(5);
    assertThat(ignoredByPolicy).isGreaterThan(20);
    assertThat(expected).isGreaterThan(20);
    assertThat(expired).isGreaterThan(20);
    assertThat(sweepingWithDeletes).isGreaterThan(20);
  }

  @Test
  void reformattedVariantsAreSometimesVisibleAsCosmetic() {
    int cosmetic = 0;
    int hidden = 0;
    int edited = 0;
    for (Reformatted x : DriftCases.reformatted().samples(SEED, COUNT, SIZE)) {
      Report base = classify(x.base());
      Report variant = classify(new Case(x.variant(), x.base().policy()));
      edited += PlanWriter.compact().toJson(x.variant()).equals(PlanWriter.compact().toJson(x.base().plan())) ? 0 : 1;
      for (ClassifiedEntry b : base.entries()) {
        Verdict v = variant.entry(b.id()).orElseThrow().verdict();
        if (v != b.verdict()) {
          cosmetic++;
        } else if (b.id().address().equals(x.address()) && variant.entry(b.id()).orElseThrow().findings().stream().anyMatch(f -> f.verdict() == Verdict.COSMETIC)) {
          hidden++;
        }
      }
    }
    assertThat(edited).as("variants that differ from their base").isGreaterThan(COUNT / 2);
    assertThat(cosmetic).as("variants whose entry became COSMETIC").isGreaterThanOrEqualTo(10);
    assertThat(hidden).as("variants whose cosmetic finding lost to a higher verdict").isGreaterThan(20);
  }

  @Test
  void secretCasesHideSecretsWhereRulesShowValues() {
    int plansWithSecrets = 0;
    int hiddenInReasons = 0;
    for (Case c : DriftCases.secretCases().samples(SEED, COUNT, SIZE)) {
      String json = PlanWriter.compact().toJson(c.plan());
      plansWithSecrets += json.contains(DriftCases.SECRET) ? 1 : 0;
      assertThat(json).contains(DriftCases.VARIABLE_SECRET);
      assertThat(c.plan().sensitiveVariableNames()).contains("db_password");
      for (ClassifiedEntry e : classify(c).entries()) {
        hiddenInReasons += e.reason().contains("(sensitive)") ? 1 : 0;
      }
    }
    assertThat(plansWithSecrets).isGreaterThan(COUNT / 3);
    assertThat(hiddenInReasons).isGreaterThan(20);
  }

  @Test
  void sampledCasesAreReproducible() {
    List<String> a = DriftCases.cases(true).samples(SEED, 20, SIZE).stream().map(Case::toString).toList();
    List<String> b = DriftCases.cases(true).samples(SEED, 20, SIZE).stream().map(Case::toString).toList();
    assertThat(a).isEqualTo(b).doesNotHaveDuplicates();
  }
}
