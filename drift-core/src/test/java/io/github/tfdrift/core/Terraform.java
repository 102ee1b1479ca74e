package io.github.tfdrift.core;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs the real {@code terraform} binary in a test's temporary directory, offline (only the built-in
 * {@code terraform_data} resource is used). Tests skip with a visible message when it is absent.
 */
public final class Terraform {
  private Terraform() {}

  /** What a run printed and how it ended. */
  public record Result(int exitCode, byte[] stdout, String stderr) {
    /** Standard output as UTF-8 text. */
    public String out() {
      return new String(stdout, StandardCharsets.UTF_8);
    }
  }

  /** The terraform binary on PATH, if any. */
  public static Optional<Path> binary() {
    String path = System.getenv("PATH");
    if (path != null) {
      for (String dir : path.split(File.pathSeparator)) {
        Path p = Path.of(dir, "terraform");
        if (Files.isExecutable(p)) {
          return Optional.of(p);
        }
      }
    }
    return Optional.empty();
  }

  /** Skips the calling test, visibly, when terraform is not on PATH. */
  public static void assumeAvailable() {
    boolean present = binary().isPresent();
    if (!present) {
      System.err.println("[tfdrift] SKIPPED: terraform is not on PATH");
    }
    assumeTrue(present, "terraform is not on PATH: skipped");
  }

  /** Writes {@code main.tf} in {@code dir}. */
  public static void writeConfig(Path dir, String hcl) {
    try {
      Files.createDirectories(dir);
      Files.writeString(dir.resolve("main.tf"), hcl);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Runs {@code terraform ARGS} in {@code dir}, without input, and waits up to 3 minutes. */
  public static Result run(Path dir, String... args) {
    return runWithInput(dir, null, args);
  }

  /** Runs {@code terraform ARGS} in {@code dir} with {@code stdin} (or none), and waits up to 3 minutes. */
  public static Result runWithInput(Path dir, String stdin, String... args) {
    List<String> cmd = new ArrayList<>();
    cmd.add(binary().orElseThrow().toString());
    for (String a : args) {
      cmd.add(a);
    }
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
    Map<String, String> env = pb.environment();
    env.put("TF_CLI_CONFIG_FILE", "/dev/null");
    env.put("CHECKPOINT_DISABLE", "1");
    env.put("TF_IN_AUTOMATION", "1");
    env.put("TF_INPUT", "0");
    env.remove("TF_LOG");
    try {
      Path out = Files.createTempFile(dir, "stdout", ".txt");
      Path err = Files.createTempFile(dir, "stderr", ".txt");
      pb.redirectOutput(out.toFile()).redirectError(err.toFile());
      if (stdin != null) {
        Path in = Files.createTempFile(dir, "stdin", ".txt");
        Files.writeString(in, stdin);
        pb.redirectInput(in.toFile());
      }
      Process p = pb.start();
      if (!p.waitFor(3, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        throw new IllegalStateException("terraform " + String.join(" ", args) + " timed out");
      }
      Result r = new Result(p.exitValue(), Files.readAllBytes(out), Files.readString(err));
      Files.delete(out);
      Files.delete(err);
      return r;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Runs {@code terraform init} and fails the test when it fails. */
  public static void init(Path dir) {
    Result r = run(dir, "init", "-input=false", "-no-color");
    if (r.exitCode() != 0) {
      throw new AssertionError("terraform init failed: " + r.stderr());
    }
  }

  /** Runs {@code sh SCRIPT} in {@code dir}, with terraform on PATH, and waits up to 3 minutes. */
  public static Result sh(Path dir, Path script) {
    ProcessBuilder pb = new ProcessBuilder("sh", script.toString()).directory(dir.toFile());
    Map<String, String> env = pb.environment();
    env.put("TF_CLI_CONFIG_FILE", "/dev/null");
    env.put("CHECKPOINT_DISABLE", "1");
    env.put("TF_IN_AUTOMATION", "1");
    env.put("TF_INPUT", "0");
    try {
      Path out = Files.createTempFile(dir, "stdout", ".txt");
      Path err = Files.createTempFile(dir, "stderr", ".txt");
      pb.redirectOutput(out.toFile()).redirectError(err.toFile());
      Process p = pb.start();
      if (!p.waitFor(3, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        throw new IllegalStateException("sh " + script + " timed out");
      }
      return new Result(p.exitValue(), Files.readAllBytes(out), Files.readString(err));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
