package io.github.tfdrift.cli;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import javax.management.JMException;
import javax.management.ObjectName;

/**
 * Keeps the JVM's optimising compiler (C2) out of a {@code drift} process given a large file. A run
 * over a plan of a hundred megabytes or more lasts seconds to a minute; in that time C2 compiles
 * hundreds of methods, Jackson's parser several times over as the input shows it new branches, and on
 * a machine with few cores it takes a core the run's own threads want (the reading, the classifying
 * and the rendering threads keep both cores of a two-core machine busy). Its code pays that back only
 * in a long run. So, for a file of {@value #LARGE_FILE} bytes or more, C2 compiles nothing ({@link
 * #QUICK}, through the JVM's Compiler Control, JEP 165, the {@code Compiler.directives_add}
 * diagnostic command): every method stays with C1, as with {@code -XX:TieredStopAtLevel=1} (the
 * {@code drift} launcher's choice). On the 113 MB, 282 MB and 568 MB benchmark plans a run took about
 * half the time and a third of the CPU it took with C2 at work; on the 1.1 GB plan, once its reading
 * ran on several threads, 10.4 s instead of 13 s (BENCHMARKS.md: "The quick compiler below a gigabyte"
 * and "Reading on both cores").
 *
 * <p>Only {@link Main#main} does this (tests and programs that embed drift keep their JVM as it is),
 * only when an argument names such a file (a plan named inside an {@code @FILE} of arguments is not
 * looked at), only when C2 is the JVM's optimising compiler (tiered compilation on, not stopped at
 * C1, no JVMCI compiler), and never with {@code -Dtfdrift.compilerFocus=off}. It runs on a thread of
 * its own; if the JVM lacks the command or refuses it, nothing changes and nothing is printed.
 */
final class CompilerFocus {
  /** From this file size on (the size from which {@code analyze} reads a plan in outline): C1 only. */
  static final long LARGE_FILE = 64L << 20;

  /** The system property that turns it off ({@code off}). */
  static final String PROPERTY = "tfdrift.compilerFocus";

  /** The directives for a large file: C2 compiles nothing, every method stays with C1. */
  static final String QUICK =
      """
      [
        {
          match: [ "*.*" ],
          c2: { Exclude: true }
        }
      ]
      """;

  private CompilerFocus() {}

  /** Starts directing the compiler, on a daemon thread, when {@link #directivesFor} gives directives. */
  static void startFor(String[] args) {
    Optional<String> directives = directivesFor(args, System.getProperty(PROPERTY, ""));
    if (directives.isEmpty()) {
      return;
    }
    Thread t = new Thread(() -> install(directives.get()), "tfdrift-compiler-focus");
    t.setDaemon(true);
    t.start();
  }

  /**
   * The directives for a run with these arguments: none when the property says {@code off} or no
   * argument names a file of {@value #LARGE_FILE} bytes or more; {@link #QUICK} otherwise.
   */
  static Optional<String> directivesFor(String[] args, String property) {
    if (property.equalsIgnoreCase("off")) {
      return Optional.empty();
    }
    return largestFile(args) >= LARGE_FILE ? Optional.of(QUICK) : Optional.empty();
  }

  /** The size of the largest regular file an argument names, or -1 when none names one. */
  static long largestFile(String[] args) {
    long largest = -1;
    for (String a : args) {
      largest = Math.max(largest, fileSize(a));
    }
    return largest;
  }

  /** The size of the regular file an argument names, or -1. */
  private static long fileSize(String argument) {
    if (argument.isEmpty() || argument.startsWith("-")) {
      return -1;
    }
    try {
      Path p = Path.of(argument);
      return Files.isRegularFile(p) ? Files.size(p) : -1;
    } catch (InvalidPathException | IOException | SecurityException e) {
      return -1;
    }
  }

  /**
   * Adds directives to this JVM when its optimising compiler is C2.
   *
   * @param directives {@link #QUICK}, or other directives in the JVM's format
   * @return what the JVM answered, or why nothing was added
   */
  static Optional<String> install(String directives) {
    try {
      if (!usesC2()) {
        return Optional.empty();
      }
      Path file = Files.createTempFile("tfdrift-compiler-", ".json");
      file.toFile().deleteOnExit(); // should the process end first
      try {
        Files.writeString(file, directives, StandardCharsets.UTF_8);
        Object answer =
            ManagementFactory.getPlatformMBeanServer()
                .invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"),
                    "compilerDirectivesAdd",
                    new Object[] {new String[] {file.toString()}},
                    new String[] {String[].class.getName()});
        return Optional.of(String.valueOf(answer).strip());
      } finally {
        Files.deleteIfExists(file);
      }
    } catch (IOException | JMException | RuntimeException | LinkageError e) {
      return Optional.empty(); // a JVM without the command, or no temporary directory: the compiler keeps its defaults
    }
  }

  /** True when tiered compilation runs up to C2 and no JVMCI compiler replaces it. */
  static boolean usesC2() {
    HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
    if (vm == null) {
      return false;
    }
    return flag(vm, "TieredCompilation").filter("true"::equals).isPresent()
        && flag(vm, "TieredStopAtLevel").filter("4"::equals).isPresent()
        && flag(vm, "UseJVMCICompiler").filter("true"::equals).isEmpty();
  }

  private static Optional<String> flag(HotSpotDiagnosticMXBean vm, String name) {
    try {
      return Optional.of(vm.getVMOption(name).getValue());
    } catch (IllegalArgumentException e) {
      return Optional.empty(); // not a flag of this JVM
    }
  }
}
