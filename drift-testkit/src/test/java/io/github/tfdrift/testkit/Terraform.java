package io.github.tfdrift.testkit;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs the real {@code terraform} binary in a directory, offline (only the built-in {@code
 * terraform_data} resource), with {@code TF_CLI_CONFIG_FILE=/dev/null} and {@code
 * CHECKPOINT_DISABLE=1}. Tests that need it skip visibly when it is not on the PATH.
 */
final class Terraform {
  private final Path binary;
  private final Path dir;

  private Terraform(Path binary, Path dir) {
    this.binary = binary;
    this.dir = dir;
  }

  /** Terraform in {@code dir}; aborts the calling test (skipped, with a message) when absent. */
  static Terraform in(Path dir) {
    Optional<Path> bin = find();
    if (bin.isEmpty()) {
      System.err.println("[tfdrift] SKIPPED: terraform is not on the PATH");
    }
    assumeTrue(bin.isPresent(), "terraform is not on the PATH: skipped");
    return new Terraform(bin.get(), dir);
  }

  private static Optional<Path> find() {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String d : path.split(File.pathSeparator)) {
      Path p = Path.of(d, "terraform");
      if (Files.isExecutable(p)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /** Writes a file relative to the working directory. */
  Terraform write(String file, String content) throws IOException {
    Path p = dir.resolve(file);
    Files.createDirectories(p.getParent());
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return this;
  }

  /** Runs {@code terraform ARGS}; returns standard output, fails on a non-zero exit. */
  String run(String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    cmd.add(binary.toString());
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
    pb.environment().put("TF_CLI_CONFIG_FILE", "/dev/null");
    pb.environment().put("CHECKPOINT_DISABLE", "1");
    pb.environment().put("TF_IN_AUTOMATION", "1");
    pb.environment().put("TF_INPUT", "0");
    Path out = Files.createTempFile(dir, "out", ".txt");
    Path err = Files.createTempFile(dir, "err", ".txt");
    pb.redirectOutput(out.toFile()).redirectError(err.toFile());
    Process p = pb.start();
    if (!p.waitFor(5, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new IllegalStateException("terraform " + String.join(" ", args) + " timed out");
    }
    String stdout = Files.readString(out, StandardCharsets.UTF_8);
    if (p.exitValue() != 0) {
      throw new IllegalStateException(
          "terraform " + String.join(" ", args) + " exited " + p.exitValue() + ": " + Files.readString(err, StandardCharsets.UTF_8));
    }
    Files.delete(out);
    Files.delete(err);
    return stdout;
  }

  /** {@code plan -out} then {@code show -json}: the plan's JSON. */
  String planJson() throws IOException, InterruptedException {
    run("plan", "-input=false", "-no-color", "-out=tfplan");
    return run("show", "-json", "tfplan");
  }
}
