package io.github.tfdrift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
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
  /** A 512 MB heap, no huge pages on request. */
  private static final Relaunch.Host SMALL_HEAP = new Relaunch.Host(512L << 20, false);
  /** A 512 MB heap, huge pages on request. */
  private static final Relaunch.Host HUGE_PAGES = new Relaunch.Host(512L << 20, true);

  @TempDir Path tmp;

  private Path sparse(String name, long size) throws IOException {
    return CompilerFocusTest.sparse(tmp, name, size);
  }

  @Test
  void aPlanOf64MegabytesRunsInAJvmSetUpForABatchRunWithEverythingElseAsGiven() throws IOException {
    Path large = sparse("plan.json", CompilerFocus.LARGE_FILE);
    String[] args = {"analyze", "--format", "json", large.toString()};

    List<String> command = Relaunch.commandFor(args, List.of("-Xmx512m", "-Dfoo=bar"), JAVA, "drift.jar", "", false, SMALL_HEAP).get();

    assertThat(command)
        .containsExactly(
            JAVA.toString(), "-Xmx512m", "-Dfoo=bar", Relaunch.QUICK_COMPILER, Relaunch.THROUGHPUT_GC, Relaunch.PROMOTE_AT_ONCE,
            "-Dtfdrift.relaunched=true", "-cp", "drift.jar", Main.class.getName(), "analyze", "--format", "json", large.toString());
  }

  @Test
  void whereTheKernelGivesHugePagesOnRequestTheHeapAsksForThemUnlessTheOptionsSaySomethingAboutPages() throws IOException {
    String[] args = {"analyze", sparse("plan.json", CompilerFocus.LARGE_FILE).toString()};

    assertThat(Relaunch.commandFor(args, List.of(), JAVA, "drift.jar", "", false, HUGE_PAGES).get())
        .containsSubsequence(Relaunch.PROMOTE_AT_ONCE, Relaunch.HUGE_PAGES, "-Dtfdrift.relaunched=true");
    assertThat(Relaunch.commandFor(args, List.of(), JAVA, "drift.jar", "", false, SMALL_HEAP).get()).doesNotContain(Relaunch.HUGE_PAGES);
    keptInsteadOf(Relaunch.HUGE_PAGES, args, HUGE_PAGES, "-XX:-UseTransparentHugePages", "-XX:+UseLargePages", "-XX:LargePageSizeInBytes=2m");
  }

  /** Each of the {@code chosen} options is passed on, and {@code added} is not added with it. */
  private static void keptInsteadOf(String added, String[] args, Relaunch.Host host, String... chosen) {
    for (String c : chosen) {
      assertThat(Relaunch.commandFor(args, List.of(c), JAVA, "drift.jar", "", false, host).get()).as(c).contains(c).doesNotContain(added);
    }
  }

  @Test
  void aHeapOverThreeTimesTheCapGetsTheYoungGenerationCappedUnlessTheOptionsSizeIt() throws IOException {
    String[] args = {"analyze", sparse("plan.json", CompilerFocus.LARGE_FILE).toString()};
    Relaunch.Host defaultHeap = new Relaunch.Host(6L << 30, false);
    Relaunch.Host justUnder = new Relaunch.Host(3 * Relaunch.YOUNG_CAP_BYTES, false); // its third is the cap already

    assertThat(Relaunch.commandFor(args, List.of(), JAVA, "drift.jar", "", false, defaultHeap).get())
        .containsSubsequence(Relaunch.PROMOTE_AT_ONCE, Relaunch.YOUNG_CAP, "-Dtfdrift.relaunched=true");
    assertThat(Relaunch.commandFor(args, List.of(), JAVA, "drift.jar", "", false, justUnder).get()).doesNotContain(Relaunch.YOUNG_CAP);
    assertThat(Relaunch.commandFor(args, List.of("-Xmx512m"), JAVA, "drift.jar", "", false, SMALL_HEAP).get())
        .doesNotContain(Relaunch.YOUNG_CAP);
    keptInsteadOf(Relaunch.YOUNG_CAP, args, defaultHeap, "-Xmn1g", "-XX:NewSize=64m", "-XX:MaxNewSize=2g", "-XX:NewRatio=3");
  }

  @Test
  void hugePagesAreOnRequestOnlyWhenTheKernelSaysMadvise() throws IOException {
    Path setting = tmp.resolve("enabled");

    Files.writeString(setting, "always [madvise] never\n");
    assertThat(Relaunch.hugePagesOnRequest(setting)).isTrue();
    Files.writeString(setting, "[always] madvise never\n"); // the heap has them without asking
    assertThat(Relaunch.hugePagesOnRequest(setting)).isFalse();
    Files.writeString(setting, "always madvise [never]\n"); // the JVM would warn on standard output
    assertThat(Relaunch.hugePagesOnRequest(setting)).isFalse();
    assertThat(Relaunch.hugePagesOnRequest(tmp.resolve("absent"))).isFalse();
  }

  @Test
  void aTenuringThresholdTheOptionsSetIsKept() throws IOException {
    Path large = sparse("plan.json", CompilerFocus.LARGE_FILE);

    List<String> command =
        Relaunch.commandFor(new String[] {"analyze", large.toString()}, List.of("-XX:MaxTenuringThreshold=3"), JAVA, "drift.jar", "", false, SMALL_HEAP).get();

    assertThat(command).contains("-XX:MaxTenuringThreshold=3").doesNotContain(Relaunch.PROMOTE_AT_ONCE);
  }

  @Test
  void smallFilesChosenJvmOptionsTheOffSwitchAndASecondTimeRunHere() throws IOException {
    Path small = sparse("small.json", CompilerFocus.LARGE_FILE - 1);
    Path large = sparse("plan.json", CompilerFocus.LARGE_FILE);
    String[] onLarge = {"analyze", large.toString()};

    assertThat(Relaunch.commandFor(new String[] {"analyze", small.toString(), "-"}, List.of(), JAVA, "drift.jar", "", false, SMALL_HEAP)).isEmpty();
    for (String chosen : new String[] {"-XX:+UseSerialGC", "-XX:+UseG1GC", "-XX:TieredStopAtLevel=1", "-XX:-TieredCompilation", "-Xint"}) {
      assertThat(Relaunch.commandFor(onLarge, List.of("-Xmx1g", chosen), JAVA, "drift.jar", "", false, SMALL_HEAP)).as(chosen).isEmpty();
    }
    assertThat(Relaunch.commandFor(onLarge, List.of(), JAVA, "drift.jar", "off", false, SMALL_HEAP)).isEmpty();
    assertThat(Relaunch.commandFor(onLarge, List.of(), JAVA, "drift.jar", "", true, SMALL_HEAP)).isEmpty();
    assertThat(Relaunch.commandFor(onLarge, List.of(), JAVA, "", "", false, SMALL_HEAP)).isEmpty();
    assertThat(Relaunch.commandFor(onLarge, List.of("-XX:+UseStringDeduplication"), JAVA, "drift.jar", "", false, SMALL_HEAP)).isPresent();
  }
}
