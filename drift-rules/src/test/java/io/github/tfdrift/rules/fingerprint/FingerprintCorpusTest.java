package io.github.tfdrift.rules.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.tfdrift.core.Corpus;
import io.github.tfdrift.core.json.PlanReader;
import io.github.tfdrift.core.json.PlanWriter;
import io.github.tfdrift.core.model.Plan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Fingerprints of every real plan of the shared corpus (skipped, visibly, when it is absent). */
class FingerprintCorpusTest {
  private record Named(String name, Plan plan) {}

  private static final List<Named> PLANS = new ArrayList<>();

  @BeforeAll
  static void readTheCorpus() throws IOException {
    Optional<Path> dir = Corpus.dir();
    assumeTrue(dir.isPresent(), "corpus absent: skipped");
    PlanReader reader = PlanReader.create();
    for (Path f : Corpus.files(dir.get())) {
      String name = dir.get().relativize(f).toString();
      reader.read(Files.readAllBytes(f), name).forEach(p -> PLANS.add(new Named(name, p)));
    }
    assertThat(PLANS).as("corpus plans read").hasSizeGreaterThan(300);
  }

  private static Plan reread(String json, String name) {
    return PlanReader.create().read(json, name).getOrElseThrow(e -> new AssertionError(e.describe()));
  }

  @Test
  void fingerprintsAreDeterministic() {
    SoftAssertions soft = new SoftAssertions();
    for (Named n : PLANS) {
      PlanFingerprint f = PlanFingerprint.of(n.plan());
      soft.assertThat(f.hex()).as(n.name()).matches("[0-9a-f]{64}");
      soft.assertThat(PlanFingerprint.of(n.plan())).as(n.name()).isEqualTo(f);
    }
    soft.assertAll();
  }

  @Test
  void aPlanWrittenBackPrettyOrCompactKeepsItsFingerprint() {
    SoftAssertions soft = new SoftAssertions();
    for (Named n : PLANS) {
      PlanFingerprint f = PlanFingerprint.of(n.plan());
      Plan pretty = reread(PlanWriter.pretty().toJson(n.plan()), n.name());
      Plan compact = reread(PlanWriter.compact().toJson(n.plan()), n.name());
      soft.assertThat(PlanFingerprint.of(pretty)).as(n.name() + " pretty").isEqualTo(f);
      soft.assertThat(PlanFingerprint.of(compact)).as(n.name() + " compact").isEqualTo(f);
      soft.assertThat(PlanComparison.of(n.plan(), pretty).differences()).as(n.name()).isEmpty();
    }
    soft.assertAll();
  }

  @Test
  void theComparisonIsSameExactlyWhenTheFingerprintsAreEqual() {
    SoftAssertions soft = new SoftAssertions();
    int different = 0;
    for (int i = 1; i < PLANS.size(); i++) {
      Named a = PLANS.get(i - 1);
      Named b = PLANS.get(i);
      PlanComparison c = PlanComparison.of(a.plan(), b.plan());
      boolean equalPrints = PlanFingerprint.of(a.plan()).equals(PlanFingerprint.of(b.plan()));
      soft.assertThat(c.isSame()).as(a.name() + " vs " + b.name()).isEqualTo(equalPrints);
      soft.assertThat(c.approved()).isEqualTo(PlanFingerprint.of(a.plan()));
      different += c.isSame() ? 0 : 1;
    }
    soft.assertAll();
    assertThat(different).as("neighbouring corpus plans that differ").isGreaterThan(PLANS.size() / 2);
  }
}
