package io.github.tfdrift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code drift} as a real process ({@code java -cp TEST_CLASSPATH io.github.tfdrift.cli.Main}): exit
 * statuses, one-line errors, no stack traces, and standard input.
 */
class MainProcessTest {
  @TempDir Path tmp;

  private record Result(int status, String out, String err) {}

  private Result drift(byte[] stdin, String... args) throws IOException, InterruptedException {
    String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(classpath);
    command.add(Main.class.getName());
    command.addAll(List.of(args));
    Path out = tmp.resolve("out");
    Path err = tmp.resolve("err");
    Path in = Files.write(tmp.resolve("in"), stdin);
    Process p =
        new ProcessBuilder(command)
            .redirectInput(in.toFile())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("drift finished").isTrue();
    return new Result(
        p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  void showExitsZeroWithTheSummaryOnStandardOutput() throws Exception {
    Result r = drift(new byte[0], "show", CliRun.plan("mixed.json").toString());
    assertThat(r.status()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).contains("changes:        5 resource changes" + System.lineSeparator());
  }

  @Test
  void showReadsAPipedPlanFromStandardInput() throws Exception {
    Result r = drift(Files.readAllBytes(CliRun.plan("mixed.json")), "show", "--format", "json", "-");
    assertThat(r.status()).isZero();
    assertThat(r.out()).startsWith("{\"format_version\":\"1.2\"");
  }

  @Test
  void badPlanExitsOneWithOneLineAndNoStackTrace() throws Exception {
    Result r = drift(new byte[0], "show", CliRun.plan("broken.json").toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().lines().toList()).singleElement().asString().startsWith("drift: ").doesNotContain("pa55");
    assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void missingFileExitsOne() throws Exception {
    Result r = drift(new byte[0], "show", tmp.resolve("missing.json").toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err()).isEqualTo("drift: " + tmp.resolve("missing.json") + ": no such file" + System.lineSeparator());
  }

  @Test
  void unknownCommandExitsOne() throws Exception {
    Result r = drift(new byte[0], "frobnicate");
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err().lines().toList()).containsExactly("drift: unknown command 'frobnicate' (try 'drift --help')");
  }

  @Test
  void versionExitsZero() throws Exception {
    Result r = drift(new byte[0], "--version");
    assertThat(r.status()).isZero();
    assertThat(r.out()).startsWith("drift ");
  }

  @Test
  void nonAsciiFileNamesAndOutputAreUtf8() throws Exception {
    Path named = Files.copy(CliRun.plan("mixed.json"), tmp.resolve("plän-ü.json"));
    Result r = drift(new byte[0], "show", named.toString());
    assertThat(r.status()).isZero();
    assertThat(r.out()).contains("plän-ü.json");
  }
}
