package io.github.tfdrift.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.tfdrift.core.Corpus;
import io.github.tfdrift.core.model.ChangeKind;
import io.github.tfdrift.core.model.Plan;
import io.github.tfdrift.core.model.ResourceChange;
import io.github.tfdrift.core.read.PlanError;
import io.github.tfdrift.core.value.JsonValue;
import io.github.tfdrift.core.value.JsonValues;
import io.vavr.control.Either;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every real plan of the shared corpus parses, round-trips exactly, and counts its changes right. */
class CorpusConformanceTest {
  private static final PlanReader READER = PlanReader.create();

  @TestFactory
  Stream<DynamicTest> everyCorpusPlanParsesAndRoundTrips() {
    Optional<Path> dir = Corpus.dir();
    assumeTrue(dir.isPresent(), "corpus absent: skipped");
    List<Path> files = Corpus.files(dir.get());
    assertThat(files).hasSizeGreaterThanOrEqualTo(380);
    return files.stream()
        .map(f -> DynamicTest.dynamicTest(dir.get().relativize(f).toString(), () -> conforms(f)));
  }

  private static void conforms(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    Either<PlanError, Plan> read = READER.read(file);
    assertThat(read.isRight()).as("parses: %s", read.isLeft() ? read.getLeft().describe() : "").isTrue();
    Plan plan = read.get();

    JsonValue original = rawTree(bytes);
    String written = PlanWriter.compact().toJson(plan);
    JsonValue back = JsonValues.parseTrusted(written);
    List<String> diffs = new ArrayList<>();
    strictDiff("$", original, back, diffs);
    assertThat(diffs).as("round trip differences").isEmpty();

    // Change counts per action array match the raw JSON.
    assertThat(countsOf(plan.resourceChanges())).isEqualTo(rawCounts(original.get("resource_changes")));
    assertThat(countsOf(plan.resourceDrift())).isEqualTo(rawCounts(original.get("resource_drift")));
    // Reading the written plan gives an equal model.
    assertThat(READER.read(written).get()).isEqualTo(plan);
  }

  private static JsonValue rawTree(byte[] bytes) throws IOException {
    try (var p = new com.fasterxml.jackson.core.JsonFactory().createParser(new ByteArrayInputStream(bytes))) {
      p.nextToken();
      return JsonValues.read(p);
    }
  }

  private static TreeMap<String, Integer> countsOf(List<ResourceChange> changes) {
    TreeMap<String, Integer> m = new TreeMap<>();
    for (ResourceChange rc : changes) {
      StringBuilder k = new StringBuilder();
      rc.change().actions().forEach(a -> k.append(a.text()).append('+'));
      m.merge(k.toString(), 1, Integer::sum);
      assertThat(rc.kind()).isNotNull();
      if (rc.change().actions().size() == 1 && rc.change().actions().get(0).isKnown()) {
        assertThat(rc.kind()).isNotEqualTo(ChangeKind.UNKNOWN);
      }
    }
    return m;
  }

  private static TreeMap<String, Integer> rawCounts(JsonValue arr) {
    TreeMap<String, Integer> m = new TreeMap<>();
    if (arr instanceof JsonValue.Arr a) {
      for (JsonValue rc : a.elements()) {
        StringBuilder k = new StringBuilder();
        JsonValue actions = rc.get("change").get("actions");
        if (actions instanceof JsonValue.Arr acts) {
          acts.elements().forEach(x -> k.append(x.asText().orElse("?")).append('+'));
        }
        m.merge(k.toString(), 1, Integer::sum);
      }
    }
    return m;
  }

  /** Tree equality where numbers must keep their literal text. */
  static void strictDiff(String path, JsonValue a, JsonValue b, List<String> out) {
    if (out.size() > 10) {
      return;
    }
    if (a.type() != b.type()) {
      out.add(path + ": " + a.type() + " vs " + b.type());
      return;
    }
    if (a instanceof JsonValue.Num x) {
      if (!x.literal().equals(((JsonValue.Num) b).literal())) {
        out.add(path + ": number literal changed");
      }
    } else if (a instanceof JsonValue.Obj x) {
      JsonValue.Obj y = (JsonValue.Obj) b;
      for (String k : x.keys()) {
        if (!y.has(k)) {
          out.add(path + "." + k + ": missing after round trip");
        } else {
          strictDiff(path + "." + k, x.get(k), y.get(k), out);
        }
      }
      for (String k : y.keys()) {
        if (!x.has(k)) {
          out.add(path + "." + k + ": added by round trip");
        }
      }
    } else if (a instanceof JsonValue.Arr x) {
      JsonValue.Arr y = (JsonValue.Arr) b;
      if (x.size() != y.size()) {
        out.add(path + ": array size " + x.size() + " vs " + y.size());
        return;
      }
      for (int i = 0; i < x.size(); i++) {
        strictDiff(path + "[" + i + "]", x.get(i), y.get(i), out);
      }
    } else if (!a.equals(b)) {
      out.add(path + ": value changed");
    }
  }

  @Test
  void corpusHasUtf16Files() throws IOException {
    Optional<Path> dir = Corpus.dir();
    assumeTrue(dir.isPresent(), "corpus absent: skipped");
    long utf16 = 0;
    for (Path f : Corpus.files(dir.get())) {
      byte[] head = new byte[2];
      try (var in = Files.newInputStream(f)) {
        if (in.read(head) == 2 && ((head[0] & 0xff) == 0xff && (head[1] & 0xff) == 0xfe || (head[0] & 0xff) == 0xfe && (head[1] & 0xff) == 0xff)) {
          utf16++;
          assertThat(READER.read(f).isRight()).as(f.toString()).isTrue();
        }
      }
    }
    assertThat(utf16).as("UTF-16 files with a BOM in the corpus").isEqualTo(3);
  }
}
