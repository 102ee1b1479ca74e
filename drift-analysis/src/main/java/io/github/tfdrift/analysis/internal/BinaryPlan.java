package io.github.tfdrift.analysis.internal;

import io.vavr.control.Either;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * Turns a binary plan file ({@code plan -out}) into its JSON form by running {@code tofu show -json}
 * or {@code terraform show -json} on it, whichever is on {@code PATH} (OpenTofu first; when it fails,
 * Terraform is tried too), or the binary {@code --tf-bin} names. The command runs in the plan's
 * directory, because Terraform needs the initialised working directory (its providers) to read a plan.
 * Errors are one line, never the plan's content.
 */
public final class BinaryPlan {
  /** How long {@code show -json} may take. */
  public static final Duration TIMEOUT = Duration.ofMinutes(5);

  private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

  private BinaryPlan() {}

  /** True when the file starts like a zip archive, as binary plans do. */
  public static boolean looksBinary(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(4);
      return java.util.Arrays.equals(head, ZIP_MAGIC);
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /**
   * The binaries to try, or a message when there is none: the one {@code tfBin} names (a path, or a
   * name looked up on {@code PATH}), else {@code tofu} and {@code terraform} as found on {@code PATH}.
   */
  public static Either<String, List<Path>> locate(String planName, Optional<String> tfBin, Map<String, String> env) {
    String pathVar = env.getOrDefault("PATH", "");
    if (tfBin.isPresent()) {
      String b = tfBin.get();
      if (b.contains("/") || b.contains(File.separator)) {
        Path p = Path.of(b);
        if (Files.isRegularFile(p) && Files.isExecutable(p)) {
          return Either.right(List.of(p));
        }
        return Either.left(planName + " is a binary plan and --tf-bin '" + b + "' is not an executable file");
      }
      return onPath(b, pathVar)
          .<Either<String, List<Path>>>map(p -> Either.right(List.of(p)))
          .orElseGet(() -> Either.left(planName + " is a binary plan and --tf-bin '" + b + "' is not on PATH"));
    }
    List<Path> found = new ArrayList<>();
    onPath("tofu", pathVar).ifPresent(found::add);
    onPath("terraform", pathVar).ifPresent(found::add);
    if (found.isEmpty()) {
      return Either.left(planName + " is a binary plan and neither tofu nor terraform is on PATH (use --tf-bin)");
    }
    return Either.right(found);
  }

  private static Optional<Path> onPath(String name, String pathVar) {
    for (String dir : pathVar.split(File.pathSeparator)) {
      if (dir.isEmpty()) {
        continue;
      }
      try {
        Path p = Path.of(dir, name);
        if (Files.isRegularFile(p) && Files.isExecutable(p)) {
          return Optional.of(p);
        }
      } catch (RuntimeException e) {
        // an unusable PATH entry
      }
    }
    return Optional.empty();
  }

  /**
   * The JSON of a binary plan, from the first binary whose {@code show -json} succeeds; otherwise the
   * first failure, as one line redacted by {@code redact}. With {@code debug} (standard error under
   * a debugging stream, else null), an exception that caused a failure is printed with its stack trace.
   */
  public static Either<String, byte[]> show(
      String planName, Path plan, List<Path> binaries, UnaryOperator<String> redact, @Nullable PrintStream debug) {
    @Nullable String first = null;
    for (Path bin : binaries) {
      Either<String, byte[]> r = run(planName, plan, bin, redact, debug);
      if (r.isRight()) {
        return r;
      }
      if (first == null) {
        first = r.getLeft();
      }
    }
    return Either.left(first);
  }

  private static Either<String, byte[]> run(
      String planName, Path plan, Path bin, UnaryOperator<String> redact, @Nullable PrintStream debug) {
    String tool = bin.getFileName().toString();
    Path abs = plan.toAbsolutePath();
    Path dir = abs.getParent();
    Path errFile = null;
    Process p = null;
    try {
      errFile = Files.createTempFile("drift-show-", ".err");
      ProcessBuilder pb =
          new ProcessBuilder(bin.toString(), "show", "-json", "-no-color", abs.getFileName().toString())
              .directory(dir.toFile())
              .redirectError(errFile.toFile())
              .redirectInput(ProcessBuilder.Redirect.PIPE);
      pb.environment().put("CHECKPOINT_DISABLE", "1");
      pb.environment().put("TF_IN_AUTOMATION", "1");
      p = pb.start();
      p.getOutputStream().close();
      Process proc = p;
      CompletableFuture<byte[]> out =
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  return proc.getInputStream().readAllBytes();
                } catch (IOException e) {
                  return new byte[0];
                }
              });
      if (!p.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return Either.left(planName + ": '" + tool + " show -json' did not finish within " + TIMEOUT.toSeconds() + " s");
      }
      byte[] json = out.get(30, TimeUnit.SECONDS);
      if (p.exitValue() != 0) {
        String why = firstLine(Files.readString(errFile, StandardCharsets.UTF_8));
        return Either.left(
            planName + ": '" + tool + " show -json' failed (exit " + p.exitValue() + ")" + (why.isEmpty() ? "" : ": " + redact.apply(why)));
      }
      return Either.right(json);
    } catch (IOException e) {
      if (debug != null) {
        e.printStackTrace(debug);
      }
      return Either.left(planName + ": could not run '" + bin + "' (an input/output error)");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Either.left(planName + ": interrupted while running '" + tool + " show -json'");
    } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
      return Either.left(planName + ": could not read the output of '" + tool + " show -json'");
    } finally {
      if (p != null && p.isAlive()) {
        p.destroyForcibly();
      }
      if (errFile != null) {
        try {
          Files.deleteIfExists(errFile);
        } catch (IOException e) {
          // a leftover temporary file
        }
      }
    }
  }

  /** The first line with text, without Terraform's diagnostic box characters, cut to 200 characters. */
  public static String firstLine(String stderr) {
    for (String line : stderr.split("\\R")) {
      String t = line.replaceAll("^[\\s│╷╵|]+", "").strip();
      if (!t.isEmpty()) {
        return t.length() > 200 ? t.substring(0, 199) + "…" : t;
      }
    }
    return "";
  }
}
