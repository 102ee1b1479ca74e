package io.github.tfdrift.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End-to-end: the launcher {@code bin/drift} (quick JIT compiler only, and a class archive written by
 * the first run and used by the next ones) runs the built jar with the same output and exit status as
 * {@code java -jar drift.jar}. Skips visibly where there is no {@code sh}.
 */
class LauncherIT {
  @TempDir Path tmp;

  record Result(int status, String out) {}

  private Result run(List<String> cmd, Map<String, String> env) throws IOException, InterruptedException {
    Path out = Files.createTempFile(tmp, "out", ".txt");
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD);
    pb.environment().keySet().removeAll(Relaunch.OPTION_VARIABLES); // the options are the test's own
    pb.environment().putAll(env);
    pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
    Process p = pb.start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("drift finished").isTrue();
    return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8));
  }

  @Test
  void theLauncherWritesTheClassArchiveOnceAndPrintsWhatTheJarPrints() throws Exception {
    Path sh = Path.of("/bin/sh");
    assumeTrue(Files.isExecutable(sh), "no /bin/sh: skipped");
    Path jar = Path.of(System.getProperty("drift.jar", "target/drift.jar")).toAbsolutePath();
    String plan = CliRun.plan("s1-memory-changed.json").toString();
    Path cds = tmp.resolve("cds");
    Map<String, String> env = Map.of("DRIFT_JAR", jar.toString(), "DRIFT_CDS_DIR", cds.toString());
    List<String> launcher = new ArrayList<>(List.of(sh.toString(), Path.of("bin/drift").toAbsolutePath().toString()));
    launcher.addAll(List.of("analyze", "--format", "json", plan));

    Result direct =
        run(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString(), "analyze", "--format", "json", plan), Map.of());
    Result first = run(launcher, env);
    List<Path> archives;
    try (Stream<Path> s = Files.list(cds)) {
      archives = s.toList();
    }
    Result second = run(launcher, env);

    assertThat(direct.status()).isEqualTo(2);
    assertThat(first).isEqualTo(direct);
    assertThat(second).isEqualTo(direct);
    assertThat(archives).singleElement().satisfies(a -> assertThat(a.getFileName().toString()).endsWith(".jsa"));
  }

  @Test
  void theLauncherPicksTheThroughputCollectorForAFileOf64MegabytesAndTheSerialOneOtherwise() throws Exception {
    Path sh = Path.of("/bin/sh");
    assumeTrue(Files.isExecutable(sh), "no /bin/sh: skipped");
    Path jar = Path.of(System.getProperty("drift.jar", "target/drift.jar")).toAbsolutePath();
    Path small = CliRun.plan("s1-memory-changed.json");
    Path large = tmp.resolve("padded.json"); // the same plan followed by 64 MB of spaces
    Files.copy(small, large);
    try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(large.toFile(), "rw")) {
      byte[] spaces = " ".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
      f.seek(f.length());
      for (int i = 0; i < 64; i++) {
        f.write(spaces);
      }
    }
    // -XX:+PrintCommandLineFlags prints the JVM's flags on the first line of standard output.
    Map<String, String> env = Map.of("DRIFT_JAR", jar.toString(), "DRIFT_CDS", "off", "DRIFT_JAVA_OPTS", "-XX:+PrintCommandLineFlags");
    String launcher = Path.of("bin/drift").toAbsolutePath().toString();

    Result onSmall = run(List.of(sh.toString(), launcher, "analyze", "--format", "json", small.toString()), env);
    Result onLarge = run(List.of(sh.toString(), launcher, "analyze", "--format", "json", large.toString()), env);

    assertThat(onSmall.out().lines().findFirst().orElse("")).contains("-XX:+UseSerialGC").doesNotContain("UseParallelGC");
    assertThat(onLarge.out().lines().findFirst().orElse(""))
        .contains("-XX:+UseParallelGC", "-XX:MaxTenuringThreshold=0")
        .doesNotContain("UseSerialGC");
    assertThat(onSmall.out().lines().findFirst().orElse("")).doesNotContain("MaxTenuringThreshold", "HugePages");
    // huge pages where this machine's kernel gives them on request, as the JVM of its own asks for them
    String hugePages = "-XX:+UseTransparentHugePages";
    if (Relaunch.hugePagesOnRequest(Relaunch.HUGE_PAGE_SETTING)) {
      assertThat(onLarge.out().lines().findFirst().orElse("")).contains(hugePages);
    } else {
      assertThat(onLarge.out().lines().findFirst().orElse("")).doesNotContain(hugePages);
    }
    // the young generation capped when the heap is over 768 MB and no option sizes it; never at or above the heap
    Map<String, String> largeHeap = new java.util.HashMap<>(env);
    largeHeap.put("DRIFT_JAVA_OPTS", "-Xmx2g -XX:+PrintCommandLineFlags");
    Map<String, String> smallHeap = new java.util.HashMap<>(env);
    smallHeap.put("DRIFT_JAVA_OPTS", "-Xmx512m -XX:+PrintCommandLineFlags");
    List<String> onLargeCommand = List.of(sh.toString(), launcher, "analyze", "--format", "json", large.toString());
    assertThat(run(onLargeCommand, largeHeap).out().lines().findFirst().orElse("")).contains("-XX:MaxNewSize=268435456");
    assertThat(run(onLargeCommand, smallHeap).out().lines().findFirst().orElse("")).doesNotContain("MaxNewSize");
    // a heap sized where the launcher does not read it: no cap, so no JVM warning ahead of the report
    Map<String, String> toolHeap = new java.util.HashMap<>(env);
    toolHeap.put("JAVA_TOOL_OPTIONS", "-Xmx200m");
    Result sizedElsewhere = run(onLargeCommand, toolHeap);
    assertThat(sizedElsewhere.out().lines().findFirst().orElse("")).contains("-XX:MaxHeapSize=209715200").doesNotContain("MaxNewSize");
    assertThat(sizedElsewhere.out().lines().skip(1).findFirst().orElse("")).isEqualTo("{");
    assertThat(onSmall.out().lines().findFirst().orElse("")).doesNotContain("MaxNewSize");
    assertThat(onLarge.status()).isEqualTo(2).isEqualTo(onSmall.status());
    String report = onSmall.out().substring(onSmall.out().indexOf('\n')).replace(small.toString(), "PLAN");
    assertThat(onLarge.out().substring(onLarge.out().indexOf('\n')).replace(large.toString(), "PLAN")).isEqualTo(report);
  }
}
