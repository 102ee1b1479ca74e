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
 * of 64 MB or more, a gigabyte included (the quick compiler only), and nothing changed for smaller files, standard input, an option or when turned off; a JVM with the
 * quick compiler only is left alone.
 */
class CompilerFocusTest {
  @TempDir Path tmp;

  private Path sparse(String name, long size) throws IOException {
    return sparse(tmp, name, size);
  }

  /** A file of {@code size} bytes that takes no space (its content does not matter, only its size). */
  static Path sparse(Path dir, String name, long size) throws IOException {
    Path p = dir.resolve(name);
    try (RandomAccessFile f = new RandomAccessFile(p.toFile(), "rw")) {
      f.setLength(size);
    }
    return p;
  }

  @Test
  void aPlanOf64MegabytesOrMoreIsReadWithTheQuickCompilerOnly() throws IOException {
    Path large = sparse("plan.json", CompilerFocus.LARGE_FILE);
    assertThat(CompilerFocus.directivesFor(new String[] {"analyze", "--format", "json", large.toString()}, "")).contains(CompilerFocus.QUICK);
    assertThat(CompilerFocus.directivesFor(new String[] {"show", "--format", "json", "--redact", large.toString()}, "")).contains(CompilerFocus.QUICK);
    Path huge = sparse("huge.json", 1L << 30);
    assertThat(CompilerFocus.directivesFor(new String[] {"analyze", huge.toString()}, "")).contains(CompilerFocus.QUICK);
  }

  @Test
  void smallPlansOptionsStandardInputAndTheOffSwitchLeaveTheCompilerAlone() throws IOException {
    Path small = sparse("small.json", CompilerFocus.LARGE_FILE - 1);
    Path large = sparse("plan.json", CompilerFocus.LARGE_FILE);
    assertThat(CompilerFocus.directivesFor(new String[] {"analyze", small.toString(), "-", "--policy=" + large}, "")).isEmpty();
    assertThat(CompilerFocus.directivesFor(new String[] {"analyze", tmp.toString(), "no\u0000such"}, "")).isEmpty();
    assertThat(CompilerFocus.directivesFor(new String[] {"analyze", large.toString()}, "off")).isEmpty();
  }

  private List<String> probe(String... jvmOptions) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of(jvmOptions));
    command.add("-cp");
    command.add(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
    command.add(CompilerFocusProbe.class.getName());
    Path out = tmp.resolve("probe.out");
    Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("probe finished").isTrue();
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as(String.join("\n", lines)).isZero();
    return lines;
  }

  @Test
  void withTheQuickDirectivesC2CompilesNothing() throws Exception {
    String printed = String.join("\n", probe());
    assertThat(printed).contains("answer: 1 compiler directives added", "matching: *.*");
    assertThat(printed.substring(printed.indexOf("c2 directives:", printed.indexOf("matching: *.*")))).contains("Exclude:true");
    assertThat(printed).doesNotContain("SkimmingParser");
  }

  @Test
  void aJvmWithTheQuickCompilerOnlyIsLeftAsItIs() throws Exception {
    String printed = String.join("\n", probe("-XX:TieredStopAtLevel=1"));
    assertThat(printed).contains("answer: none").doesNotContain("Exclude:true");
  }
}
