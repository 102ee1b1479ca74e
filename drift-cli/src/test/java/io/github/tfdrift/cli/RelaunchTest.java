package io.github.tfdrift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * When a {@code drift} process runs its command in a JVM of its own: given a file of 64 MB or more, with
 * the same Java, class path, JVM options and arguments, C1 only and the throughput collector; never for
 * smaller files, when the JVM options chose a collector or a compiler already, when turned off, or
 * twice.
 */
class RelaunchTest {
  private static final Path JAVA = Path.of("/opt/java/bin/java");

  @TempDir Path tmp;

  private Path sparse(String name, long size) throws IOException {
    return CompilerFocusTest.sparse(tmp, name, size);
  }

  @Test
  void aPlanOf64MegabytesRunsInAJvmSetUpForABatchRunWithEverythingElseAsGiven() throws IOException {
    Path large = sparse("plan.json", CompilerFocus.LARGE_FILE);
    String[] args = {"analyze", "--format", "json", large.toString()};

    List<String> command = Relaunch.commandFor(args, List.of("-Xmx512m", "-Dfoo=bar"), JAVA, "drift.jar", "", false).get();

    assertThat(command)
        .containsExactly(
            JAVA.toString(), "-Xmx512m", "-Dfoo=bar", Relaunch.QUICK_COMPILER, Relaunch.THROUGHPUT_GC, Relaunch.PROMOTE_AT_ONCE,
            "-Dtfdrift.relaunched=true", "-cp", "drift.jar", Main.class.getName(), "analyze", "--format", "json", large.toString());
  }

  @Test
  void aTenuringThresholdTheOptionsSetIsKept() throws IOException {
    Path large = sparse("plan.json", CompilerFocus.LARGE_FILE);

    List<String> command =
        Relaunch.commandFor(new String[] {"analyze", large.toString()}, List.of("-XX:MaxTenuringThreshold=3"), JAVA, "drift.jar", "", false).get();

    assertThat(command).contains("-XX:MaxTenuringThreshold=3").doesNotContain(Relaunch.PROMOTE_AT_ONCE);
  }

  @Test
  void smallFilesChosenJvmOptionsTheOffSwitchAndASecondTimeRunHere() throws IOException {
    Path small = sparse("small.json", CompilerFocus.LARGE_FILE - 1);
    Path large = sparse("plan.json", CompilerFocus.LARGE_FILE);
    String[] onLarge = {"analyze", large.toString()};

    assertThat(Relaunch.commandFor(new String[] {"analyze", small.toString(), "-"}, List.of(), JAVA, "drift.jar", "", false)).isEmpty();
    for (String chosen : new String[] {"-XX:+UseSerialGC", "-XX:+UseG1GC", "-XX:TieredStopAtLevel=1", "-XX:-TieredCompilation", "-Xint"}) {
      assertThat(Relaunch.commandFor(onLarge, List.of("-Xmx1g", chosen), JAVA, "drift.jar", "", false)).as(chosen).isEmpty();
    }
    assertThat(Relaunch.commandFor(onLarge, List.of(), JAVA, "drift.jar", "off", false)).isEmpty();
    assertThat(Relaunch.commandFor(onLarge, List.of(), JAVA, "drift.jar", "", true)).isEmpty();
    assertThat(Relaunch.commandFor(onLarge, List.of(), JAVA, "", "", false)).isEmpty();
    assertThat(Relaunch.commandFor(onLarge, List.of("-XX:+UseStringDeduplication"), JAVA, "drift.jar", "", false)).isPresent();
  }
}
