package io.github.tfdrift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a {@code drift} process given a large file lets the optimising compiler do: nothing for a file
 * of 64 MB or more (the quick compiler only), the JSON reading loops for a file of a gigabyte or more,
 * and nothing changed for smaller files, standard input, an option or when turned off; a JVM with the
 * quick compiler only is left alone.
 */
class CompilerFocusTest {
  @TempDir Path tmp;

  private Path sparse(String name, long size) throws IOException {
    Path p = tmp.resolve(name);
    try (RandomAccessFile f = new RandomAccessFile(p.toFile(), "rw")) {
      f.setLength(size);
    }
    return p;
  }

  @Test
  void aPlanOf64MegabytesIsReadWithTheQuickCompilerOnly() throws IOException {
    Path large = sparse("plan.json", CompilerFocus.LARGE_FILE);
    assertThat(CompilerFocus.directivesFor(new String[] {"analyze", "--format", "json", large.toString()}, "")).contains(CompilerFocus.QUICK);
    assertThat(CompilerFocus.directivesFor(new String[] {"show", "--format", "json", "--redact", large.toString()}, "")).contains(CompilerFocus.QUICK);
    Path justBelow = sparse("below.json", CompilerFocus.VERY_LARGE_FILE - 1);
    assertThat(CompilerFocus.directivesFor(new String[] {"analyze", justBelow.toString()}, "")).contains(CompilerFocus.QUICK);
  }

  @Test
  void aPlanOfAGigabyteOrMoreLetsC2CompileTheJsonLoops() throws IOException {
    Path huge = sparse("huge.json", CompilerFocus.VERY_LARGE_FILE);
    Path large = sparse("plan.json", CompilerFocus.LARGE_FILE);
    assertThat(CompilerFocus.directivesFor(new String[] {"analyze", large.toString(), huge.toString()}, "")).contains(CompilerFocus.FOCUS);
  }

  @Test
  void smallPlansOptionsStandardInputAndTheOffSwitchLeaveTheCompilerAlone() throws IOException {
    Path small = sparse("small.json", CompilerFocus.LARGE_FILE - 1);
    Path large = sparse("plan.json", CompilerFocus.LARGE_FILE);
    assertThat(CompilerFocus.directivesFor(new String[] {"analyze", small.toString(), "-", "--policy=" + large}, "")).isEmpty();
    assertThat(CompilerFocus.directivesFor(new String[] {"analyze", tmp.toString(), "no\u0000such"}, "")).isEmpty();
    assertThat(CompilerFocus.directivesFor(new String[] {"analyze", large.toString()}, "off")).isEmpty();
  }

  private List<String> probe(String directives, String... jvmOptions) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of(jvmOptions));
    command.add("-cp");
    command.add(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
    command.add(CompilerFocusProbe.class.getName());
    command.add(directives);
    Path out = tmp.resolve("probe.out");
    Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("probe finished").isTrue();
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as(String.join("\n", lines)).isZero();
    return lines;
  }

  @Test
  void withTheQuickDirectivesC2CompilesNothing() throws Exception {
    String printed = String.join("\n", probe("quick"));
    assertThat(printed).contains("answer: 1 compiler directives added", "matching: *.*");
    assertThat(printed.substring(printed.indexOf("c2 directives:", printed.indexOf("matching: *.*")))).contains("Exclude:true");
    assertThat(printed).doesNotContain("SkimmingParser");
  }

  @Test
  void withTheFocusC2MayOptimiseTheJsonLoopsAndNothingElseOfDrift() throws Exception {
    String printed = String.join("\n", probe("focus"));
    assertThat(printed).contains("answer: 2 compiler directives added");
    int focused = printed.indexOf("matching: ");
    int rest = printed.indexOf("matching: *.*");
    assertThat(rest).as("the catch-all comes after the focus: the first match wins").isGreaterThan(focused);
    String focus = printed.substring(focused, rest);
    assertThat(focus)
        .contains("io/github/tfdrift/core/internal/SkimmingParser.*", "com/fasterxml/jackson/core/json/UTF8StreamJsonParser.*")
        .doesNotContain("io/github/tfdrift/rules");
    assertThat(focus.substring(focus.indexOf("c2 directives:"))).contains("Exclude:false");
    assertThat(printed.substring(printed.indexOf("c2 directives:", rest))).contains("Exclude:true");
  }

  @Test
  void aJvmWithTheQuickCompilerOnlyIsLeftAsItIs() throws Exception {
    String printed = String.join("\n", probe("focus", "-XX:TieredStopAtLevel=1"));
    assertThat(printed).contains("answer: none").doesNotContain("SkimmingParser");
  }
}
