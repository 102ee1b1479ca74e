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
 * Points the JVM's optimising compiler (C2) at the loops that read JSON, for a {@code drift} process
 * given a large file. A run over a plan of hundreds of megabytes lasts seconds to a minute; in that
 * time C2 compiles hundreds of drift's own methods (rules, report writers, the plan model), each once
 * or several times, and on a machine with few cores it takes a core for most of the run (18 s of CPU
 * in a 20 s run over the 1.1 GB benchmark plan). These methods run a few times per entry, and C1's
 * code is fast enough for them; what runs per byte is Jackson's parser, drift's byte scanner
 * ({@code SkimmingParser}), the value reader and the JDK's strings and collections. So, through the
 * JVM's Compiler Control (JEP 165, the {@code Compiler.directives_add} diagnostic command), C2
 * compiles only those, and everything else stays with C1 (BENCHMARKS.md: "Compiler focus").
 *
 * <p>Only {@link Main#main} does this (tests and programs that embed drift keep their JVM as it is),
 * only when an argument names a file of at least {@value #LARGE_FILE} bytes (a plan named inside an
 * {@code @FILE} of arguments is not looked at), only when C2 is the
 * JVM's optimising compiler (tiered compilation on, not stopped at C1, no JVMCI compiler), and never
 * with {@code -Dtfdrift.compilerFocus=off}. It runs on a thread of its own; if the JVM lacks the
 * command or refuses it, nothing changes and nothing is printed.
 */
final class CompilerFocus {
  /** From this file size on (the size from which {@code analyze} reads a plan in outline). */
  static final long LARGE_FILE = 64L << 20;

  /** The system property that turns it off ({@code off}). */
  static final String PROPERTY = "tfdrift.compilerFocus";

  /**
   * The directives: the first that matches a method applies. C2 may compile the JSON reading loops
   * and the JDK; it may compile nothing else.
   */
  static final String DIRECTIVES =
      """
      [
        {
          match: [
            "io/github/tfdrift/core/internal/SkimmingParser.*",
            "io/github/tfdrift/core/value/JsonValueReader.*",
            "com/fasterxml/jackson/core/json/UTF8StreamJsonParser.*",
            "com/fasterxml/jackson/core/sym/*.*",
            "java/*.*",
            "jdk/*.*",
            "sun/*.*"
          ],
          c2: { Exclude: false }
        },
        {
          match: [ "*.*" ],
          c2: { Exclude: true }
        }
      ]
      """;

  private CompilerFocus() {}

  /** Starts focusing the compiler, on a daemon thread, when {@link #wanted} says so. */
  static void startFor(String[] args) {
    if (!wanted(args, System.getProperty(PROPERTY, ""))) {
      return;
    }
    Thread t = new Thread(CompilerFocus::install, "tfdrift-compiler-focus");
    t.setDaemon(true);
    t.start();
  }

  /** True when the property does not say {@code off} and an argument names a file of {@value #LARGE_FILE} bytes or more. */
  static boolean wanted(String[] args, String property) {
    if (property.equalsIgnoreCase("off")) {
      return false;
    }
    for (String a : args) {
      if (isLargeFile(a)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isLargeFile(String argument) {
    if (argument.isEmpty() || argument.startsWith("-")) {
      return false;
    }
    try {
      Path p = Path.of(argument);
      return Files.isRegularFile(p) && Files.size(p) >= LARGE_FILE;
    } catch (InvalidPathException | IOException | SecurityException e) {
      return false;
    }
  }

  /**
   * Adds the directives to this JVM when its optimising compiler is C2.
   *
   * @return what the JVM answered, or why nothing was added
   */
  static Optional<String> install() {
    try {
      if (!usesC2()) {
        return Optional.empty();
      }
      Path file = Files.createTempFile("tfdrift-compiler-", ".json");
      file.toFile().deleteOnExit(); // should the process end first
      try {
        Files.writeString(file, DIRECTIVES, StandardCharsets.UTF_8);
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
