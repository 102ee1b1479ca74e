package io.github.tfdrift.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * Runs a {@code drift} process given a large file in a JVM set up for a batch run over it: the same
 * Java, class path, JVM options and arguments, plus {@value #QUICK_COMPILER}, {@value #THROUGHPUT_GC},
 * {@value #PROMOTE_AT_ONCE}, with a heap over 768 MB {@value #YOUNG_CAP} and, where the kernel gives them
 * on request, {@value #HUGE_PAGES}. A run over a plan of 64 MB or more is a batch job of seconds to a minute that keeps
 * every core busy (reading, classifying and rendering threads): C2's compilations take a core from it
 * and pay back only in a longer run, and G1's concurrent work and write barriers cost more than the
 * short pauses they buy. Neither can be chosen once the JVM runs ({@link CompilerFocus} can keep C2
 * out but leaves the code C1 compiled with profiling). On the 1.1 GB, 100,000-resource plan, {@code
 * java -Xmx512m -jar drift.jar analyze --format json} took 8.5–9.0 s this way against 9.8–10.3 s in
 * the JVM {@code java} started (three alternating pairs; BENCHMARKS.md, "Reading on both cores").
 *
 * <p>Only {@link Main#main} does this, only when an argument names a file of {@value
 * CompilerFocus#LARGE_FILE} bytes or more, only in a HotSpot JVM whose optimising compiler is C2 (other
 * JVMs may not know the options), never when the JVM options already choose a collector or how code is
 * compiled (the {@code drift} launcher's do; so may a user's), never twice, and never with {@code
 * -Dtfdrift.relaunch=off}. The new JVM inherits standard input, output and error, and the environment
 * but for the variables of JVM options ({@link #OPTION_VARIABLES}: their options are passed on with this
 * JVM's); this one waits for it, ends it if this one is ended, and exits with its status. If it cannot
 * be started, drift runs here, as before.
 */
final class Relaunch {
  /** The system property that turns it off ({@code off}). */
  static final String PROPERTY = "tfdrift.relaunch";

  /** Set in the new JVM, so that it runs the command itself. */
  static final String RELAUNCHED = "tfdrift.relaunched";

  /** C1 only, without profiling: code a short run can use at once. */
  static final String QUICK_COMPILER = "-XX:TieredStopAtLevel=1";

  /** The collector for a batch run: no concurrent work, no costly write barriers. */
  static final String THROUGHPUT_GC = "-XX:+UseParallelGC";

  /**
   * What survives a young collection goes to the old generation at once: in a run over a large plan
   * that is the entries kept for the report (the rest dies young), and copying them from one survivor
   * space to the other, collection after collection, is work lost (on the 1.1 GB plan: 37 young
   * collections and 0.92 s of pauses against 26 and 0.71 s). Not added when the options set it.
   */
  static final String PROMOTE_AT_ONCE = "-XX:MaxTenuringThreshold=0";

  /**
   * The heap in transparent huge pages, added only where the kernel gives them on request ({@link
   * #hugePagesOnRequest}: {@code [madvise]} in {@link #HUGE_PAGE_SETTING}; with {@code [always]} the heap
   * has them anyway, with {@code [never]} the JVM would print a warning). A run over a large plan
   * touches hundreds of megabytes of new heap: in 2 MB pages the kernel maps it with a 512th of the page
   * faults, and the processor misses its address cache less (on the 1.1 GB plan at {@code -Xmx512m}:
   * 1.0–1.6 s less CPU, four alternating pairs 0.5–2.2 s faster; BENCHMARKS.md, session 27). Not added
   * when the options say anything about large or huge pages.
   */
  static final String HUGE_PAGES = "-XX:+UseTransparentHugePages";

  /**
   * The young generation at most 256 MB, added only when the heap is over three times that (the
   * collector's default young generation is a third of the heap; a cap at or above the heap would make
   * the JVM print a warning on standard output) and the options size no generation. What dies young in
   * a run over a large plan dies within a few hundred entries: a young generation of gigabytes (a
   * third of a default heap) only makes the kernel map, and the processor miss, new memory. On the 1.1
   * GB plan with the default heap: 0.05–1.1 s faster in alternating pairs and 1.1–1.3 GB peak RSS
   * down to 0.57 GB; on a 2.1 GB plan 1.2–2.2 s faster, 2.1 GB down to 0.7 GB.
   */
  static final String YOUNG_CAP = "-XX:MaxNewSize=256m";

  /** {@link #YOUNG_CAP} in bytes. */
  static final long YOUNG_CAP_BYTES = 256L << 20;

  /** JVM options that size the young generation: a choice made already. */
  private static final Pattern YOUNG_CHOSEN = Pattern.compile("-Xmn.*|-XX:(Max)?NewSize=.*|-XX:NewRatio=.*");

  /** Where Linux says when it gives transparent huge pages. */
  static final Path HUGE_PAGE_SETTING = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");

  /** JVM options about large or huge pages: a choice made already. */
  private static final Pattern PAGES_CHOSEN = Pattern.compile("-XX:[+-]?\\w*(LargePage|HugePage|HugeTLBFS)\\w*(=.*)?");

  /** JVM options that choose how code is compiled or memory collected: a choice made already. */
  private static final Pattern CHOSEN =
      Pattern.compile("-XX:[+-]Use\\w*GC|-XX:TieredStopAtLevel=.*|-XX:[+-]TieredCompilation|-Xint|-Xcomp|-XX:CompilerDirectivesFile=.*");

  /**
   * Environment variables whose JVM options this JVM has already read into its options ({@code
   * RuntimeMXBean.getInputArguments()} lists them, and they are passed on from there): the new JVM does
   * not read them again, so that an agent they name is not loaded twice and their notice is printed once.
   */
  static final List<String> OPTION_VARIABLES = List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS");

  private Relaunch() {}

  /**
   * The command that runs drift in a JVM of its own, or empty when this JVM runs it.
   *
   * @param args drift's arguments
   * @param jvmOptions this JVM's options ({@code RuntimeMXBean.getInputArguments()})
   * @param java the {@code java} executable of this JVM
   * @param classPath this JVM's class path
   * @param property the value of {@value #PROPERTY} ({@code ""} when unset)
   * @param relaunched true in a JVM started by this
   * @param host this JVM's heap and what the kernel gives
   * @return the command line
   */
  static Optional<List<String>> commandFor(
      String[] args, List<String> jvmOptions, Path java, String classPath, String property, boolean relaunched, Host host) {
    if (relaunched || property.equalsIgnoreCase("off") || classPath.isEmpty() || CompilerFocus.largestFile(args) < CompilerFocus.LARGE_FILE) {
      return Optional.empty();
    }
    for (String o : jvmOptions) {
      if (CHOSEN.matcher(o).matches()) {
        return Optional.empty();
      }
    }
    List<String> command = new ArrayList<>();
    command.add(java.toString());
    command.addAll(jvmOptions);
    command.add(QUICK_COMPILER);
    command.add(THROUGHPUT_GC);
    if (jvmOptions.stream().noneMatch(o -> o.startsWith("-XX:MaxTenuringThreshold="))) {
      command.add(PROMOTE_AT_ONCE);
    }
    if (host.maxHeap() / 3 > YOUNG_CAP_BYTES && jvmOptions.stream().noneMatch(o -> YOUNG_CHOSEN.matcher(o).matches())) {
      command.add(YOUNG_CAP);
    }
    if (host.hugePagesOnRequest() && jvmOptions.stream().noneMatch(o -> PAGES_CHOSEN.matcher(o).matches())) {
      command.add(HUGE_PAGES);
    }
    command.add("-D" + RELAUNCHED + "=true");
    command.add("-cp");
    command.add(classPath);
    command.add(Main.class.getName());
    command.addAll(List.of(args));
    return Optional.of(command);
  }

  /**
   * Runs drift in a JVM of its own when {@link #commandFor} says so.
   *
   * @param args drift's arguments
   * @param err where {@code --debug} says so
   * @return the new JVM's exit status; empty when drift is to run here
   */
  static OptionalInt run(String[] args, PrintStream err) {
    Optional<List<String>> command;
    try {
      if (Boolean.getBoolean(RELAUNCHED) || CompilerFocus.largestFile(args) < CompilerFocus.LARGE_FILE) {
        return OptionalInt.empty(); // the common case, decided before anything is loaded for the rest
      }
      Path java = Path.of(System.getProperty("java.home"), "bin", isWindows() ? "java.exe" : "java");
      if (!Files.isExecutable(java) || !CompilerFocus.usesC2()) {
        return OptionalInt.empty();
      }
      command =
          commandFor(
              args,
              ManagementFactory.getRuntimeMXBean().getInputArguments(),
              java,
              System.getProperty("java.class.path", ""),
              System.getProperty(PROPERTY, ""),
              Boolean.getBoolean(RELAUNCHED),
              new Host(Runtime.getRuntime().maxMemory(), hugePagesOnRequest(HUGE_PAGE_SETTING)));
    } catch (RuntimeException | LinkageError e) {
      return OptionalInt.empty();
    }
    if (command.isEmpty()) {
      return OptionalInt.empty();
    }
    if (List.of(args).contains("--debug")) {
      List<String> added = command.get().subList(command.get().indexOf(QUICK_COMPILER), command.get().indexOf("-D" + RELAUNCHED + "=true"));
      err.println(Console.PROGRAM + ": debug: running in a JVM of its own, with " + String.join(" ", added));
    }
    Process child;
    try {
      ProcessBuilder b = new ProcessBuilder(command.get()).inheritIO();
      b.environment().keySet().removeAll(OPTION_VARIABLES); // their options are among this JVM's, passed on once
      child = b.start();
    } catch (IOException | RuntimeException e) {
      return OptionalInt.empty(); // cannot start a JVM: run here
    }
    Thread stop = new Thread(child::destroy, "tfdrift-relaunch-stop");
    Runtime.getRuntime().addShutdownHook(stop);
    while (true) {
      try {
        return OptionalInt.of(child.waitFor());
      } catch (InterruptedException e) {
        // keep waiting: the child owns the run; ending this process ends it (the hook)
      }
    }
  }

  /**
   * What the new JVM's options depend on besides the options themselves.
   *
   * @param maxHeap this JVM's maximum heap ({@code Runtime.maxMemory()}; the new JVM gets the same
   *     options, so the same heap)
   * @param hugePagesOnRequest true when the kernel gives transparent huge pages on request ({@link
   *     #hugePagesOnRequest(Path)})
   */
  record Host(long maxHeap, boolean hugePagesOnRequest) {}

  /**
   * True when the kernel gives transparent huge pages to the memory a program asks them for: the
   * setting reads {@code [madvise]}. False when it cannot be read (not Linux) or reads otherwise.
   *
   * @param setting the kernel's setting ({@link #HUGE_PAGE_SETTING})
   * @return whether {@link #HUGE_PAGES} is worth adding
   */
  static boolean hugePagesOnRequest(Path setting) {
    try (java.io.InputStream in = Files.newInputStream(setting)) {
      // A few dozen bytes (a sysfs file says it holds 4096, whatever it holds).
      return new String(in.readNBytes(256), java.nio.charset.StandardCharsets.US_ASCII).contains("[madvise]");
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  private static boolean isWindows() {
    return System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("windows");
  }
}
