package io.github.tfdrift.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.tfdrift.core.Corpus;
import io.github.tfdrift.core.read.PlanError;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every way in (file, stream, bytes) reads the same plan and leaves the caller's stream alone. */
class PlanReaderInputTest {
  private static final PlanReader READER = PlanReader.create();
  private static final byte[] PLAN = "{\"format_version\":\"1.2\",\"resource_changes\":[]}".getBytes(StandardCharsets.UTF_8);

  /** A stream that remembers whether it was closed. */
  private static final class Watched extends ByteArrayInputStream {
    boolean closed;

    Watched(byte[] bytes) {
      super(bytes);
    }

    @Override
    public void close() {
      closed = true;
    }
  }

  @Test
  void readLeavesTheCallersStreamOpen() {
    Watched in = new Watched(PLAN);

    READER.read(in, "plan.json");

    assertThat(in.closed).isFalse();
  }

  @Test
  void streamLeavesTheCallersStreamOpen() {
    Watched in = new Watched(PLAN);

    READER.stream(in, "plan.json", rc -> {});

    assertThat(in.closed).isFalse();
  }

  @Test
  void zipBytesAreReportedAsABinaryPlan() {
    byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0};

    assertThat(READER.read(zip, "plan.tfplan").getLeft().kind()).isEqualTo(PlanError.Kind.BINARY_PLAN);
  }

  @Tag("corpus")
  @TestFactory
  Stream<DynamicTest> everyCorpusPlanReadsTheSameFromBytesAndFromAStream() {
    Optional<Path> dir = Corpus.dir();
    assumeTrue(dir.isPresent(), "corpus absent: skipped");
    List<Path> files = Corpus.files(dir.get());
    return files.stream()
        .map(
            f ->
                DynamicTest.dynamicTest(
                    dir.get().relativize(f).toString(),
                    () -> {
                      byte[] bytes = Files.readAllBytes(f);
                      try (InputStream in = Files.newInputStream(f)) {
                        assertThat(READER.read(bytes, f.toString())).isEqualTo(READER.read(in, f.toString()));
                      }
                    }));
  }
}
