package io.github.tfdrift.core.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.tfdrift.core.Corpus;
import io.github.tfdrift.core.address.AttributePath;
import io.github.tfdrift.core.address.PathStep;
import io.github.tfdrift.core.read.PlanError;
import io.github.tfdrift.core.json.PlanReader;
import io.github.tfdrift.core.model.Change;
import io.github.tfdrift.core.model.ChangeKind;
import io.github.tfdrift.core.model.Plan;
import io.github.tfdrift.core.model.ResourceChange;
import io.github.tfdrift.core.value.JsonValue;
import io.vavr.control.Either;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The attribute diff against every change of the real plans in the shared corpus. */
class AttributeDiffCorpusTest {
  /** Every change object of the corpus, by "file address" (resource changes, drift, outputs). */
  private static final Map<String, Change> CHANGES = new LinkedHashMap<>();

  private static final List<ResourceChange> RESOURCE_CHANGES = new ArrayList<>();

  @BeforeAll
  static void readCorpus() {
    Optional<Path> dir = Corpus.dir();
    if (dir.isEmpty()) {
      return;
    }
    for (Path f : Corpus.files(dir.get())) {
      String file = dir.get().relativize(f).toString();
      Either<PlanError, Plan> read = PlanReader.create().read(f);
      if (read.isLeft()) {
        throw new AssertionError("corpus plan " + file + " does not read: " + read.getLeft().describe());
      }
      Plan plan = read.get();
      RESOURCE_CHANGES.addAll(plan.resourceChanges());
      plan.resourceChanges().forEach(rc -> CHANGES.put(file + " " + rc.id(), rc.change()));
      plan.resourceDrift().forEach(rc -> CHANGES.put(file + " drift " + rc.id(), rc.change()));
      plan.outputChanges().forEach((name, c) -> CHANGES.put(file + " output." + name, c));
    }
    if (CHANGES.isEmpty()) {
      throw new AssertionError("the corpus at " + dir.get() + " holds no change");
    }
  }

  private static void assumeCorpus() {
    assumeTrue(!CHANGES.isEmpty(), "corpus absent: skipped");
  }

  @Test
  void everyUpdateInTheCorpusHasAtLeastOneDifference() {
    assumeCorpus();
    List<ResourceChange> updates = new ArrayList<>();
    List<String> empty = new ArrayList<>();
    for (ResourceChange rc : RESOURCE_CHANGES) {
      if (rc.kind() == ChangeKind.UPDATE) {
        updates.add(rc);
        if (AttributeDiff.of(rc.change()).isEmpty()) {
          empty.add(rc.address());
        }
      }
    }
    // Checked: all 89 in-place updates of the corpus differ somewhere (none is an import- or
    // move-only update with equal values).
    assertThat(updates).hasSizeGreaterThanOrEqualTo(80);
    assertThat(empty).isEmpty();
  }

  @Test
  void noOpChangesHaveNoDifferenceUnlessAFixtureBlankedTheirBefore() {
    assumeCorpus();
    int noOps = 0;
    List<String> differing = new ArrayList<>();
    for (ResourceChange rc : RESOURCE_CHANGES) {
      if (rc.kind() != ChangeKind.NO_OP) {
        continue;
      }
      noOps++;
      JsonValue before = rc.change().before();
      boolean blanked = before instanceof JsonValue.Obj o && o.isEmpty();
      if (!AttributeDiff.of(rc.change()).isEmpty() && !blanked) {
        differing.add(rc.address());
      }
    }
    assertThat(noOps).isGreaterThan(50);
    assertThat(differing).isEmpty();
  }

  @Test
  void everyDifferenceHoldsTheValuesFoundAtItsPath() {
    assumeCorpus();
    List<String> wrong = new ArrayList<>();
    int differences = 0;
    for (Map.Entry<String, Change> e : CHANGES.entrySet()) {
      Change c = e.getValue();
      AttributeDiff d = AttributeDiff.of(c);
      Set<AttributePath> seen = new TreeSet<>();
      for (AttributeDifference x : d) {
        differences++;
        if (!seen.add(x.path())) {
          wrong.add(e.getKey() + " repeats " + x.path());
        }
        if (!same(valueAt(c.before(), x.path()), x.before())) {
          wrong.add(e.getKey() + " before at " + x.path());
        }
        if (!x.unknownAfter() && !same(valueAt(c.after(), x.path()), x.after())) {
          wrong.add(e.getKey() + " after at " + x.path());
        }
        if (!x.unknownAfter() && x.before().equals(x.after())) {
          wrong.add(e.getKey() + " equal values at " + x.path());
        }
      }
    }
    assertThat(differences).isGreaterThan(10_000);
    assertThat(wrong).isEmpty();
  }

  @Test
  void flagsAgreeWithTheMasksOfTheChange() {
    assumeCorpus();
    List<String> wrong = new ArrayList<>();
    int sensitive = 0;
    int unknown = 0;
    for (Map.Entry<String, Change> e : CHANGES.entrySet()) {
      Change c = e.getValue();
      for (AttributeDifference x : AttributeDiff.of(c)) {
        boolean marked =
            c.beforeSensitiveMask().isMarked(x.path()) || c.afterSensitiveMask().isMarked(x.path());
        if (marked && !x.sensitive()) {
          wrong.add(e.getKey() + " not sensitive at " + x.path());
        }
        if (x.unknownAfter() != c.afterUnknownMask().isMarked(x.path())) {
          wrong.add(e.getKey() + " unknown flag at " + x.path());
        }
        sensitive += x.sensitive() ? 1 : 0;
        unknown += x.unknownAfter() ? 1 : 0;
      }
    }
    assertThat(sensitive).isGreaterThan(10);
    assertThat(unknown).isGreaterThan(1000);
    assertThat(wrong).isEmpty();
  }

  @Test
  void noDiffPrintsAStringThatIsMarkedSensitive() {
    assumeCorpus();
    int secrets = 0;
    List<String> leaks = new ArrayList<>();
    for (Map.Entry<String, Change> e : CHANGES.entrySet()) {
      Change c = e.getValue();
      Set<String> values = new TreeSet<>();
      sensitiveStrings(c.before(), c.beforeSensitive(), false, values);
      sensitiveStrings(c.after(), c.afterSensitive(), false, values);
      if (values.isEmpty()) {
        continue;
      }
      AttributeDiff d = AttributeDiff.of(c);
      StringBuilder printed = new StringBuilder(d.toString());
      d.forEach(x -> printed.append('\n').append(x));
      for (String v : values) {
        // Strings of fewer than 4 characters ("", "a", "id") occur in any rendering by chance.
        if (v.length() < 4) {
          continue;
        }
        secrets++;
        if (printed.indexOf(v) >= 0) {
          leaks.add(e.getKey() + " prints a sensitive value of " + v.length() + " chars");
        }
      }
    }
    assertThat(secrets).isGreaterThan(10);
    assertThat(leaks).isEmpty();
  }

  private static void sensitiveStrings(JsonValue v, JsonValue mask, boolean marked, Set<String> out) {
    boolean m = marked || mask instanceof JsonValue.Bool b && b.value();
    if (v instanceof JsonValue.Str s && m) {
      out.add(s.value());
    } else if (v instanceof JsonValue.Obj o) {
      for (String k : o.keys()) {
        sensitiveStrings(o.get(k), m ? mask : mask.get(k), m, out);
      }
    } else if (v instanceof JsonValue.Arr a) {
      for (int i = 0; i < a.size(); i++) {
        sensitiveStrings(a.get(i), m ? mask : mask.get(i), m, out);
      }
    }
  }

  /** The value at a path, or absent; a root that is null reads as an empty object. */
  private static JsonValue valueAt(JsonValue root, AttributePath path) {
    JsonValue v = root;
    for (PathStep s : path.steps()) {
      if (s instanceof PathStep.Index i) {
        v = v.get(i.index());
      } else if (s instanceof PathStep.Attribute a) {
        v = v.get(a.name());
      } else {
        v = v.get(((PathStep.Key) s).key());
      }
    }
    return v;
  }

  /** Equal, or both null/absent (the diff reports a missing side as absent). */
  private static boolean same(JsonValue expected, JsonValue actual) {
    return expected.equals(actual) || expected.isNullOrAbsent() && actual.isAbsent();
  }
}
