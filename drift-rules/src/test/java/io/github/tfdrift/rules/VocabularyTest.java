package io.github.tfdrift.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The words reports and rule configurations use for verdicts, risks, procedures and sources: the ids
 * written in JSON and SARIF, the labels in text, and the lookups that accept either.
 */
class VocabularyTest {
  @Test
  void aDeferredEntryWithDriftIsBothDeferredAndDrift() {
    Source s = Source.of(false, true, true);

    assertThat(List.of(s, s.isDeferred(), s.hasDrift())).containsExactly(Source.DEFERRED_AND_DRIFT, true, true);
  }

  @Test
  void aPlannedEntryIsNeitherDeferredNorDrift() {
    Source s = Source.of(true, false, false);

    assertThat(List.of(s, s.isDeferred(), s.hasDrift())).containsExactly(Source.PLANNED, false, false);
  }

  @Test
  void anEntryInChangesAndDriftIsBothButNotDeferred() {
    Source s = Source.of(true, true, false);

    assertThat(List.of(s, s.isDeferred(), s.hasDrift())).containsExactly(Source.BOTH, false, true);
  }

  @Test
  void onlyTheVerdictsThatNeedNothingDoneAreQuiet() {
    assertThat(Arrays.stream(Verdict.values()).filter(Verdict::isQuiet))
        .containsExactly(Verdict.NO_CHANGE, Verdict.IGNORED, Verdict.COSMETIC, Verdict.EXPECTED, Verdict.READ, Verdict.MOVE);
  }

  @Test
  void verdictIdsAreTheLowerCaseNames() {
    assertThat(List.of(Verdict.NO_CHANGE.id(), Verdict.RECREATE.id())).containsExactly("no_change", "recreate");
  }

  @Test
  void theHigherOfTwoRisksWinsWhicheverAsks() {
    assertThat(List.of(Risk.LOW.max(Risk.HIGH), Risk.HIGH.max(Risk.LOW), Risk.MEDIUM.max(Risk.MEDIUM)))
        .containsExactly(Risk.HIGH, Risk.HIGH, Risk.MEDIUM);
  }

  @Test
  void aRiskIsFoundByItsIdOrNameInAnyCaseAndHasAnUpperCaseLabel() {
    assertThat(List.of(Risk.fromId("none"), Risk.fromId("NO_RISK"), Risk.fromId("Critical"), Risk.fromId("severe")))
        .containsExactly(java.util.Optional.of(Risk.NO_RISK), java.util.Optional.of(Risk.NO_RISK), java.util.Optional.of(Risk.CRITICAL), java.util.Optional.empty());
  }

  @Test
  void riskIdsAndLabels() {
    assertThat(List.of(Risk.NO_RISK.id(), Risk.NO_RISK.label(), Risk.HIGH.label())).containsExactly("none", "NONE", "HIGH");
  }

  @Test
  void aProcedureIsFoundByItsIdOrNameInAnyCase() {
    assertThat(List.of(Procedure.fromId("none"), Procedure.fromId("NO_ACTION"), Procedure.fromId("Stop"), Procedure.fromId("wait")))
        .containsExactly(java.util.Optional.of(Procedure.NO_ACTION), java.util.Optional.of(Procedure.NO_ACTION), java.util.Optional.of(Procedure.STOP), java.util.Optional.empty());
  }

  @Test
  void procedureIdsAndLabels() {
    assertThat(List.of(Procedure.NO_ACTION.id(), Procedure.NO_ACTION.label(), Procedure.IMPORT.label())).containsExactly("none", "NONE", "IMPORT");
  }

  @Test
  void aPlanNoteDescribesItselfWithItsLevelOnOneLine() {
    assertThat(List.of(PlanNote.warning("two\nlines").describe(), PlanNote.Level.WARNING.id())).containsExactly("WARNING: two lines", "warning");
  }

  @Test
  void aSuppressionMayCarryLowRisk() {
    assertThat(Finding.suppress(Verdict.COSMETIC, "scanner timestamp").risk(Risk.LOW).build().risk()).isEqualTo(Risk.LOW);
  }
}
