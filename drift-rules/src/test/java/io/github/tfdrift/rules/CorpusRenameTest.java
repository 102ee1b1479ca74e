package io.github.tfdrift.rules;

import io.github.tfdrift.rules.engine.DriftEngine;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The rename rule over the corpus of real plans: suggestions come in pairs and never lower a verdict. */
class CorpusRenameTest {
  static List<CorpusPlans.Named> plans = List.of();

  @BeforeAll
  static void load() {
    Optional<Path> dir = CorpusPlans.dir();
    dir.ifPresent(d -> plans = CorpusPlans.all(d));
  }

  @Test
  void everySuggestionNamesADeleteAndACreateOfThePlanWhichKeepTheirVerdicts() {
    assumeTrue(!plans.isEmpty(), "corpus absent");
    DriftEngine engine = DriftEngine.withDefaults();
    SoftAssertions soft = new SoftAssertions();
    int suggested = 0;
    for (CorpusPlans.Named n : plans) {
      Report r = engine.classify(n.plan(), n.name());
      for (ClassifiedEntry e : r.entries()) {
        if (e.suggestedMove().isEmpty()) {
          continue;
        }
        suggested++;
        SuggestedMove m = e.suggestedMove().get();
        ClassifiedEntry from = r.entry(m.from()).orElseThrow();
        ClassifiedEntry to = r.entry(m.to()).orElseThrow();
        soft.assertThat(from.verdict()).as("%s in %s", m.from(), n.name()).isEqualTo(Verdict.DELETE);
        soft.assertThat(from.procedure()).as("%s in %s", m.from(), n.name()).isEqualTo(Procedure.STOP);
        soft.assertThat(to.verdict()).as("%s in %s", m.to(), n.name()).isIn(Verdict.CREATE, Verdict.IMPORT);
        soft.assertThat(from.suggestedMove()).as(n.name()).isEqualTo(to.suggestedMove());
        soft.assertThat(from.type()).as(n.name()).isEqualTo(to.type());
        soft.assertThat(r.exitCode()).as(n.name()).isEqualTo(3);
      }
    }
    soft.assertAll();
    assertThat(suggested).as("the corpus holds at least one rename").isPositive();
  }

  @Test
  void theRenamedAzureDevOpsBuildDefinitionOfTfplan2mdGetsAMovedBlock() {
    assumeTrue(!plans.isEmpty(), "corpus absent");
    CorpusPlans.Named n =
        plans.stream().filter(p -> p.name().endsWith("examples__azuredevops__terraform_plan.json")).findFirst().orElseThrow();
    Report r = DriftEngine.withDefaults().classify(n.plan(), n.name());
    ClassifiedEntry old = r.entry("azuredevops_build_definition.example").orElseThrow();
    assertThat(old.verdict()).isEqualTo(Verdict.DELETE);
    assertThat(old.movedBlock())
        .contains("moved {\n  from = azuredevops_build_definition.example\n  to   = azuredevops_build_definition.example2\n}\n");
    assertThat(old.suggestedMove().orElseThrow().attributes()).contains("name", "path", "project_id");
  }
}
