package io.github.tfdrift.core;

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
 * Runs the real {@code terraform} binary in a working directory, for tests that need genuine plans,
 * UI streams or state; the one runner of every module's tests (drift-core's test-jar shares it). Only
 * the built-in {@code terraform_data} resource is used, so nothing is downloaded. The child
 * environment drops every inherited {@code TF_*} variable and sets {@code TF_CLI_CONFIG_FILE=/dev/null},
 * {@code CHECKPOINT_DISABLE=1}, {@code TF_IN_AUTOMATION=1} and {@code TF_INPUT=0}. Tests call {@link
 * #assumeAvailable()} first, which skips them with a visible message when terraform is not on the PATH.
 *
 * <pre>{@code
 * Terraform tf = Terraform.in(dir).config(hcl).init().apply();
 * byte[] planJson = tf.plan("-var", "memory=10240");
 * }</pre>
 */
public final class Terraform {
  /** The plan file every {@link #plan} writes. */
  private static final String PLAN_FILE = "tfplan";
  private static final long TIMEOUT_MINUTES = 3;
  private static volatile Optional<Path> executable;

  private final Path dir;

  private Terraform(Path dir) {
    this.dir = dir;
  }

  /** What a command printed and how it ended. */
  public record Result(List<String> command, int exitCode, byte[] stdout, String stderr) {
    /** Standard output as UTF-8 text. */
    public String out() {
      return new String(stdout, StandardCharsets.UTF_8);
    }

    /** Fails the test unless the command exited 0. */
    public Result orFail() {
      if (exitCode != 0) {
        fail("`" + String.join(" ", command) + "` exited " + exitCode + ":\n" + stderr + out());
      }
      return this;
    }
  }

  // ---- the binary ------------------------------------------------------------------------------

  /** The terraform executable on the PATH, if any. */
  public static Optional<Path> binary() {
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

  /** Skips the calling test, visibly, when terraform is not on the PATH. */
  public static void assumeAvailable() {
    boolean present = binary().isPresent();
    if (!present) {
      System.err.println("[tfdrift] SKIPPED: terraform is not on the PATH; real-terraform tests need it");
    }
    assumeTrue(present, "terraform is not on the PATH: skipped");
  }

  /**
   * Skips the calling test, with a message naming what is missing, unless a terraform of at least
   * {@code major.minor} is on the PATH.
   */
  public static void assumeAvailable(int major, int minor) {
    assumeAvailable();
    int[] v = version();
    boolean recent = v[0] > major || (v[0] == major && v[1] >= minor);
    String older = "terraform " + v[0] + "." + v[1] + " is older than " + major + "." + minor;
    if (!recent) {
      System.err.println("[tfdrift] SKIPPED: " + older);
    }
    assumeTrue(recent, older + ": skipped");
  }

  /** The major, minor and patch version of the terraform on the PATH. */
  public static int[] version() {
    Result r = in(Path.of(System.getProperty("java.io.tmpdir"))).run("version", "-json").orFail();
    Matcher m = Pattern.compile("\"terraform_version\"\\s*:\\s*\"(\\d+)\\.(\\d+)\\.(\\d+)").matcher(r.out());
    if (!m.find()) {
      fail("cannot read the version from `terraform version -json`");
    }
    return new int[] {
      Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))
    };
  }

  // ---- a working directory ---------------------------------------------------------------------

  /** A terraform working directory (created if missing). */
  public static Terraform in(Path dir) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Terraform(dir);
  }

  /** The working directory. */
  public Path dir() {
    return dir;
  }

  /** Writes {@code main.tf}, replacing the previous configuration. */
  public Terraform config(String hcl) {
    return file("main.tf", hcl);
  }

  /** Writes a file, relative to the working directory, creating its parent directories. */
  public Terraform file(String name, String content) {
    try {
      Path p = dir.resolve(name);
      Files.createDirectories(p.getParent());
      Files.writeString(p, content, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /** {@code terraform init}; fails the test when it fails. The built-in provider needs no download. */
  public Terraform init() {
    run("init", "-input=false", "-no-color").orFail();
    return this;
  }

  /** {@code terraform apply -auto-approve} with extra flags; fails the test when it fails. */
  public Terraform apply(String... flags) {
    applyAllowingFailure(flags).orFail();
    return this;
  }

  /** {@code terraform apply -auto-approve} with extra flags, whatever its outcome. */
  public Result applyAllowingFailure(String... flags) {
    return run(concat(List.of("apply", "-auto-approve", "-input=false", "-no-color"), flags));
  }

  /**
   * {@code terraform plan -out=tfplan [flags]}, then {@code terraform show -json tfplan}: the JSON
   * plan as terraform wrote it. Fails the test when either fails.
   */
  public byte[] plan(String... flags) {
    run(concat(List.of("plan", "-input=false", "-no-color", "-out=" + PLAN_FILE), flags)).orFail();
    return show(PLAN_FILE);
  }

  /** {@code terraform show -json FILE}; fails the test when it fails. */
  public byte[] show(String file) {
    return run("show", "-json", "-no-color", file).orFail().stdout();
  }

  /** Runs {@code terraform ARGS} in the working directory, whatever its outcome. */
  public Result run(String... args) {
    return run(Arrays.asList(args));
  }

  /** Runs {@code terraform ARGS} in the working directory with {@code stdin} as its input. */
  public Result runWithInput(String stdin, String... args) {
    return exec(terraformCommand(Arrays.asList(args)), stdin);
  }

  /** Runs {@code sh SCRIPT} in the working directory, in the same environment as terraform. */
  public Result sh(Path script) {
    return exec(List.of("sh", script.toString()), null);
  }

  private Result run(List<String> args) {
    return exec(terraformCommand(args), null);
  }

  private static List<String> terraformCommand(List<String> args) {
    Path exe = binary().orElseThrow(() -> new IllegalStateException("terraform is not on the PATH"));
    List<String> command = new ArrayList<>();
    command.add(exe.toString());
    command.addAll(args);
    return command;
  }

  /** Runs a command in the working directory and waits up to 3 minutes. */
  private Result exec(List<String> command, String stdin) {
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
    Map<String, String> env = pb.environment();
    env.keySet().removeIf(k -> k.startsWith("TF_"));
    env.put("TF_CLI_CONFIG_FILE", nullDevice());
    env.put("CHECKPOINT_DISABLE", "1");
    env.put("TF_IN_AUTOMATION", "1");
    env.put("TF_INPUT", "0");
    Path in = null;
    Path out = null;
    Path err = null;
    try {
      out = Files.createTempFile("terraform", ".stdout");
      err = Files.createTempFile("terraform", ".stderr");
      pb.redirectOutput(out.toFile()).redirectError(err.toFile());
      if (stdin != null) {
        in = Files.createTempFile("terraform", ".stdin");
        Files.writeString(in, stdin, StandardCharsets.UTF_8);
        pb.redirectInput(in.toFile());
      }
      Process p = pb.start();
      p.getOutputStream().close();
      if (!p.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        fail("`" + String.join(" ", command) + "` did not finish in " + TIMEOUT_MINUTES + " minutes");
      }
      return new Result(
          command, p.exitValue(), Files.readAllBytes(out), Files.readString(err, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } finally {
      deleteQuietly(in);
      deleteQuietly(out);
      deleteQuietly(err);
    }
  }

  private static void deleteQuietly(Path p) {
    if (p != null) {
      try {
        Files.deleteIfExists(p);
      } catch (IOException e) {
        // a leftover temporary file is harmless
      }
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
