package io.github.tfdrift.core.terraform;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the real {@code terraform} binary in a working directory, for tests that need genuine plans.
 * Only the built-in {@code terraform_data} resource is used, so nothing is downloaded. The child
 * environment drops every inherited {@code TF_*} variable and sets {@code TF_CLI_CONFIG_FILE=/dev/null},
 * {@code CHECKPOINT_DISABLE=1} and {@code TF_IN_AUTOMATION=1}. Tests call {@link #assumeAvailable}
 * first, which skips them with a visible message when terraform is not on the PATH.
 */
final class Terraform {
  /** The plan file every {@link #plan} writes. */
  static final String PLAN_FILE = "tfplan";

  private static final long TIMEOUT_SECONDS = 120;
  private static volatile Optional<Path> executable;

  private final Path dir;

  private Terraform(Path dir) {
    this.dir = dir;
  }

  /** The result of one command. */
  record Result(List<String> command, int exitCode, String stdout, String stderr) {
    /** Fails the test unless the command exited 0. */
    Result orFail() {
      if (exitCode != 0) {
        fail("`" + String.join(" ", command) + "` exited " + exitCode + ":\n" + stderr + stdout);
      }
      return this;
    }
  }

  /** The terraform executable found on the PATH. */
  static Optional<Path> executable() {
    Optional<Path> found = executable;
    if (found == null) {
      found = Optional.empty();
      String path = System.getenv("PATH");
      if (path != null) {
        for (String d : path.split(Pattern.quote(File.pathSeparator))) {
          if (d.isEmpty()) {
            continue;
          }
          for (String name : List.of("terraform", "terraform.exe")) {
            Path candidate = Path.of(d, name);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
              found = Optional.of(candidate);
              break;
            }
          }
          if (found.isPresent()) {
            break;
          }
        }
      }
      executable = found;
    }
    return found;
  }

  /**
   * Skips the calling test, with a message naming what is missing, unless a terraform of at least
   * {@code major.minor} is on the PATH.
   */
  static void assumeAvailable(int major, int minor) {
    Optional<Path> exe = executable();
    if (exe.isEmpty()) {
      System.err.println("[tfdrift] SKIPPED: terraform is not on the PATH; real-plan tests need it");
    }
    assumeTrue(exe.isPresent(), "terraform is not on the PATH: real-plan tests skipped");
    int[] v = version();
    boolean recent = v[0] > major || (v[0] == major && v[1] >= minor);
    if (!recent) {
      System.err.println(
          "[tfdrift] SKIPPED: terraform " + v[0] + "." + v[1] + " is older than " + major + "." + minor);
    }
    assumeTrue(recent, "terraform " + v[0] + "." + v[1] + " is older than " + major + "." + minor + ": skipped");
  }

  /** The major, minor and patch version of the terraform on the PATH. */
  static int[] version() {
    Result r = in(Path.of(System.getProperty("java.io.tmpdir"))).run("version", "-json").orFail();
    Matcher m = Pattern.compile("\"terraform_version\"\\s*:\\s*\"(\\d+)\\.(\\d+)\\.(\\d+)").matcher(r.stdout());
    if (!m.find()) {
      fail("cannot read the version from `terraform version -json`");
    }
    return new int[] {
      Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))
    };
  }

  /** A terraform working directory (created if missing). */
  static Terraform in(Path dir) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Terraform(dir);
  }

  /** The working directory. */
  Path dir() {
    return dir;
  }

  /** Writes {@code main.tf}, replacing the previous configuration. */
  Terraform config(String hcl) {
    return file("main.tf", hcl);
  }

  /** Writes a file into the working directory. */
  Terraform file(String name, String content) {
    try {
      Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /** {@code terraform init}. The built-in provider needs no download. */
  Terraform init() {
    run("init", "-input=false", "-no-color").orFail();
    return this;
  }

  /** {@code terraform apply -auto-approve} with extra flags; fails the test when it fails. */
  Terraform apply(String... flags) {
    applyAllowingFailure(flags).orFail();
    return this;
  }

  /** {@code terraform apply -auto-approve} with extra flags, whatever its outcome. */
  Result applyAllowingFailure(String... flags) {
    return run(concat(List.of("apply", "-auto-approve", "-input=false", "-no-color"), flags));
  }

  /**
   * {@code terraform plan -out=tfplan [flags]}, then {@code terraform show -json tfplan}: the JSON
   * plan as terraform wrote it.
   */
  byte[] plan(String... flags) {
    run(concat(List.of("plan", "-input=false", "-no-color", "-out=" + PLAN_FILE), flags)).orFail();
    return show(PLAN_FILE);
  }

  /** {@code terraform show -json FILE}, as bytes. */
  byte[] show(String file) {
    return run("show", "-json", "-no-color", file).orFail().stdout().getBytes(StandardCharsets.UTF_8);
  }

  /** Runs {@code terraform ARGS} in the working directory. */
  Result run(String... args) {
    return run(Arrays.asList(args));
  }

  private Result run(List<String> args) {
    Path exe = executable().orElseThrow(() -> new IllegalStateException("terraform is not on the PATH"));
    List<String> command = new ArrayList<>();
    command.add(exe.toString());
    command.addAll(args);
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
    Map<String, String> env = pb.environment();
    env.keySet().removeIf(k -> k.startsWith("TF_"));
    env.put("TF_CLI_CONFIG_FILE", nullDevice());
    env.put("CHECKPOINT_DISABLE", "1");
    env.put("TF_IN_AUTOMATION", "1");
    try {
      Path out = Files.createTempFile("terraform", ".stdout");
      Path err = Files.createTempFile("terraform", ".stderr");
      try {
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        p.getOutputStream().close();
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
          p.destroyForcibly();
          fail("`terraform " + String.join(" ", args) + "` did not finish in " + TIMEOUT_SECONDS + " s");
        }
        return new Result(
            command,
            p.exitValue(),
            Files.readString(out, StandardCharsets.UTF_8),
            Files.readString(err, StandardCharsets.UTF_8));
      } finally {
        Files.deleteIfExists(out);
        Files.deleteIfExists(err);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private static String nullDevice() {
    return File.separatorChar == '\\' ? "NUL" : "/dev/null";
  }

  private static List<String> concat(List<String> head, String... tail) {
    List<String> l = new ArrayList<>(head);
    l.addAll(Arrays.asList(tail));
    return l;
  }
}
