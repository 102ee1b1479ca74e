package io.github.tfdrift.bench;

import io.github.tfdrift.core.json.PlanReader;
import io.github.tfdrift.core.json.StreamSummary;
import io.github.tfdrift.core.read.PlanError;
import io.vavr.control.Either;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.ref.Reference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The benchmark: generates plans of the requested sizes (once; they are cached under {@code
 * drift-bench/target/plans}), then measures every {@link Measurements#standard() measurement} on each
 * plan and prints a Markdown table of wall time (median and minimum), reading-thread CPU time and
 * retained heap, with ratios against the reference reader. Finally it streams each plan from its file
 * in a JVM with a small heap, to show that streaming memory does not grow with the plan.
 *
 * <p>Every measurement runs in JVMs of its own: for each plan, {@code --rounds} rounds, each starting
 * one fresh JVM per measurement in turn (warm-up, timed iterations, then one retained-heap
 * measurement). Alternating the measurements spreads the noise of a shared machine over all of them
 * instead of letting it land on whichever ran during a busy minute.
 *
 * <pre>
 * java -jar drift-bench/target/drift-bench.jar [options] SIZE...
 * java -jar drift-bench/target/drift-bench.jar --process MEASUREMENT FILE   (one run, whole process)
 *   SIZE                 resource instances, e.g. 1000 10k 100k
 *   --heap SIZE          -Xmx of each measuring JVM (default 16g)
 *   --stream-heap SIZE   -Xmx of the small-heap streaming JVM (default 64m; "none" skips it)
 *   --rounds N           fresh JVMs per measurement and plan (default 3)
 *   --warmup N           warm-up iterations per JVM (default: enough for 200k resources, 2 to 50)
 *   --iterations N       timed iterations per JVM (default: 10 up to 2k resources, 5 up to 20k, else 1)
 *   --only a,b           run only these measurements (names as in the table)
 *   --seed N             generator seed (default 42)
 *   --dir DIR            where plans are written (default drift-bench/target/plans or target/plans)
 *   --jvm-arg ARG        extra option for every measuring JVM (repeatable), e.g. --jvm-arg -Xms16g
 * </pre>
 */
public final class BenchMain {
  private static final double MB = 1_000_000.0;

  private BenchMain() {}

  /** Entry point; see the class comment for the arguments. */
  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals("--child")) {
      child(args[1], Path.of(args[2]), Integer.parseInt(args[3]), Integer.parseInt(args[4]), Integer.parseInt(args[5]));
      return;
    }
    if (args.length > 0 && args[0].equals("--process")) {
      process(args[1], Path.of(args[2]));
      return;
    }
    if (args.length > 0 && args[0].equals("--child-stream-file")) {
      childStreamFile(Path.of(args[1]), Integer.parseInt(args[2]));
      return;
    }
    Options o = Options.parse(args);
    if (o.sizes.isEmpty()) {
      System.err.println("usage: java -jar drift-bench.jar [--heap 16g] [--stream-heap 64m] [--rounds 3] [--only a,b] SIZE... (e.g. 1000 10k 100k)");
      System.exit(2);
    }
    List<Row> rows = new ArrayList<>();
    List<String> streamLines = new ArrayList<>();
    List<String> planLines = new ArrayList<>();
    for (int n : o.sizes) {
      Path file = o.dir.resolve("plan-" + n + "-seed" + o.seed + "-v" + PlanGenerator.VERSION + ".json");
      if (!Files.exists(file)) {
        long t0 = System.nanoTime();
        PlanGenerator.seeded(o.seed).write(n, file);
        log("generated %s in %.1f s", file, (System.nanoTime() - t0) / 1e9);
      }
      long size = Files.size(file);
      planLines.add(
          String.format(Locale.ROOT, "| %s | %d | %.1f | `%s` |", file.getFileName(), n, size / MB, sha256(file).substring(0, 16)));
      int warmup = o.warmup.orElse(Math.max(2, Math.min(50, 200_000 / n)));
      int iterations = o.iterations.orElse(n <= 2_000 ? 10 : n <= 20_000 ? 5 : 1);
      int interval = Math.max(10, n / 50);
      Map<String, Row> byName = new LinkedHashMap<>();
      for (Measurement m : Measurements.standard()) {
        if (o.only.isEmpty() || o.only.contains(m.name())) {
          byName.put(m.name(), new Row(n, size, m));
        }
      }
      for (int round = 1; round <= o.rounds; round++) {
        for (Row row : byName.values()) {
          List<String> cmd = new ArrayList<>(javaCommand(o.heap, o.jvmArgs));
          cmd.addAll(List.of("--child", row.m.name(), file.toString(), "" + warmup, "" + iterations, "" + interval));
          log("%d resources, %s, round %d/%d: %d warm-up + %d timed iterations, -Xmx%s",
              n, row.m.name(), round, o.rounds, warmup, iterations, o.heap);
          Map<String, String> r = fork(cmd);
          row.add(r);
          log("  times %s ms, retained %.1f MB (%s)", r.get("timesMs"), Long.parseLong(r.get("retained")) / MB, r.get("summary"));
        }
      }
      for (Row row : byName.values()) {
        row.m.comparedWith().map(byName::get).ifPresent(ref -> row.reference = ref);
        rows.add(row);
      }
      if (!o.streamHeap.equals("none") && (o.only.isEmpty() || o.only.contains("stream"))) {
        List<String> cmd = new ArrayList<>(javaCommand(o.streamHeap, List.of()));
        cmd.addAll(List.of("--child-stream-file", file.toString(), "" + interval));
        log("%d resources: streaming from the file with -Xmx%s", n, o.streamHeap);
        Map<String, String> r = fork(cmd);
        streamLines.add(
            String.format(
                Locale.ROOT,
                "| %d | %.1f | -Xmx%s | %.0f | %.1f | %s |",
                n,
                size / MB,
                o.streamHeap,
                Long.parseLong(r.get("ns")) / 1e6,
                Long.parseLong(r.get("peak")) / MB,
                r.get("summary")));
      }
    }
    print(o, rows, planLines, streamLines);
  }

  // ---- parent --------------------------------------------------------------------------------

  private static final class Options {
    final List<Integer> sizes = new ArrayList<>();
    String heap = "16g";
    String streamHeap = "64m";
    int rounds = 3;
    Optional<Integer> warmup = Optional.empty();
    Optional<Integer> iterations = Optional.empty();
    final List<String> only = new ArrayList<>();
    final List<String> jvmArgs = new ArrayList<>();
    long seed = 42;
    Path dir = Files.isDirectory(Path.of("drift-bench")) ? Path.of("drift-bench", "target", "plans") : Path.of("target", "plans");

    static Options parse(String[] args) {
      Options o = new Options();
      for (int i = 0; i < args.length; i++) {
        String a = args[i];
        switch (a) {
          case "--heap" -> o.heap = args[++i];
          case "--stream-heap" -> o.streamHeap = args[++i];
          case "--rounds" -> o.rounds = Integer.parseInt(args[++i]);
          case "--warmup" -> o.warmup = Optional.of(Integer.parseInt(args[++i]));
          case "--iterations" -> o.iterations = Optional.of(Integer.parseInt(args[++i]));
          case "--only" -> o.only.addAll(Arrays.asList(args[++i].split(",")));
          case "--seed" -> o.seed = Long.parseLong(args[++i]);
          case "--dir" -> o.dir = Path.of(args[++i]);
          case "--jvm-arg" -> o.jvmArgs.add(args[++i]);
          default -> o.sizes.add(size(a));
        }
      }
      for (String name : o.only) {
        if (Measurements.named(name).isEmpty()) {
          throw new IllegalArgumentException("no measurement named " + name);
        }
      }
      return o;
    }

    static int size(String s) {
      String t = s.toLowerCase(Locale.ROOT);
      if (t.endsWith("k")) {
        return Integer.parseInt(t.substring(0, t.length() - 1)) * 1000;
      }
      return Integer.parseInt(t);
    }
  }

  /** The figures of one measurement on one plan, over all its JVMs. */
  private static final class Row {
    final int resources;
    final long bytes;
    final Measurement m;
    final List<Long> times = new ArrayList<>();
    final List<Long> cpu = new ArrayList<>();
    final List<Long> retained = new ArrayList<>();
    String warmup = "";
    String iterations = "";
    int jvms;
    Row reference;

    Row(int resources, long bytes, Measurement m) {
      this.resources = resources;
      this.bytes = bytes;
      this.m = m;
    }

    void add(Map<String, String> r) {
      for (String t : r.get("times").split(",")) {
        times.add(Long.parseLong(t));
      }
      for (String t : r.get("cpus").split(",")) {
        cpu.add(Long.parseLong(t));
      }
      retained.add(Long.parseLong(r.get("retained")));
      warmup = r.get("warmup");
      iterations = r.get("iterations");
      jvms++;
    }

    double medianMs() {
      return median(times) / 1e6;
    }

    double minMs() {
      return times.stream().mapToLong(Long::longValue).min().orElse(0) / 1e6;
    }

    double cpuMs() {
      return median(cpu) / 1e6;
    }

    double retainedMb() {
      return median(retained) / MB;
    }
  }

  private static List<String> javaCommand(String xmx, List<String> extra) {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx" + xmx);
    cmd.addAll(extra);
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(BenchMain.class.getName());
    return cmd;
  }

  /** Runs a child JVM, echoing its other output to stderr, and returns its RESULT line's fields. */
  private static Map<String, String> fork(List<String> cmd) throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(cmd);
    pb.redirectError(ProcessBuilder.Redirect.INHERIT);
    Process p = pb.start();
    Map<String, String> result = null;
    try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        if (line.startsWith("RESULT\t")) {
          result = new HashMap<>();
          for (String kv : line.substring(7).split("\t")) {
            int eq = kv.indexOf('=');
            result.put(kv.substring(0, eq), kv.substring(eq + 1));
          }
        } else {
          System.err.println("    " + line);
        }
      }
    }
    int rc = p.waitFor();
    if (rc != 0 || result == null) {
      throw new IllegalStateException("measuring JVM failed (exit " + rc + "): " + String.join(" ", cmd));
    }
    return result;
  }

  private static void print(Options o, List<Row> rows, List<String> planLines, List<String> streamLines) {
    StringBuilder b = new StringBuilder();
    Runtime rt = Runtime.getRuntime();
    long ram = 0;
    if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
      ram = os.getTotalMemorySize();
    }
    b.append("\n## Results\n\n");
    b.append(
        String.format(
            Locale.ROOT,
            "JVM %s (%s), %d processors, %.1f GiB RAM; measuring JVMs: -Xmx%s %s; %d rounds; 1 MB = 10^6 bytes.%n%n",
            System.getProperty("java.runtime.version"),
            System.getProperty("java.vm.name"),
            rt.availableProcessors(),
            ram / (1024.0 * 1024 * 1024),
            o.heap,
            String.join(" ", o.jvmArgs),
            o.rounds));
    b.append("| plan | resources | size (MB) | SHA-256 (first 16) |\n|---|---:|---:|---|\n");
    planLines.forEach(l -> b.append(l).append('\n'));
    b.append(
        "\n| resources | size (MB) | reader | time median (ms) | time min (ms) | thread CPU median (ms) | retained heap (MB) | vs | time ratio median / min | heap ratio | JVMs × (warm-up + timed) |\n");
    b.append("|---:|---:|---|---:|---:|---:|---:|---|---:|---:|---|\n");
    for (Row row : rows) {
      String vs = row.reference == null ? "" : row.reference.m.name();
      String tr =
          row.reference == null
              ? ""
              : String.format(Locale.ROOT, "%.2f / %.2f", row.medianMs() / row.reference.medianMs(), row.minMs() / row.reference.minMs());
      String hr = row.reference == null ? "" : String.format(Locale.ROOT, "%.2f", row.retainedMb() / row.reference.retainedMb());
      b.append(
          String.format(
              Locale.ROOT,
              "| %d | %.1f | %s | %.1f | %.1f | %.1f | %.1f | %s | %s | %s | %d × (%s + %s) |%n",
              row.resources,
              row.bytes / MB,
              row.m.name(),
              row.medianMs(),
              row.minMs(),
              row.cpuMs(),
              row.retainedMb(),
              vs,
              tr,
              hr,
              row.jvms,
              row.warmup,
              row.iterations));
    }
    if (!streamLines.isEmpty()) {
      b.append("\nStreaming from the file (not from memory) in a small heap:\n\n");
      b.append("| resources | size (MB) | heap limit | time (ms) | peak live heap (MB) | delivered |\n|---:|---:|---|---:|---:|---|\n");
      streamLines.forEach(l -> b.append(l).append('\n'));
    }
    b.append("\nReaders:\n\n");
    for (Measurement m : Measurements.standard()) {
      b.append("- `").append(m.name()).append("`: ").append(m.description()).append('\n');
    }
    System.out.print(b);
  }

  private static long median(List<Long> values) {
    if (values.isEmpty()) {
      return 0;
    }
    long[] s = values.stream().mapToLong(Long::longValue).sorted().toArray();
    return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  }

  private static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
    MessageDigest d = MessageDigest.getInstance("SHA-256");
    byte[] buf = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(file)) {
      int r;
      while ((r = in.read(buf)) > 0) {
        d.update(buf, 0, r);
      }
    }
    return HexFormat.of().formatHex(d.digest());
  }

  private static void log(String format, Object... args) {
    System.err.println(String.format(Locale.ROOT, format, args));
  }

  // ---- children ------------------------------------------------------------------------------

  /** Measures one reader on one plan: warm-up, timed iterations, then retained heap. */
  /**
   * One measurement once, as a whole process of its own ({@code whole-process.sh} times it next to
   * {@code drift}): reads the file, runs the measurement, prints its summary line.
   */
  private static void process(String name, Path file) throws Exception {
    if (name.equals(TOKEN_STREAM)) {
      System.out.println(tokenStream(file) + " tokens");
      return;
    }
    Measurement m = Measurements.named(name).orElseThrow(() -> new IllegalArgumentException("no measurement " + name));
    System.out.println(m.summarize(m.run(Files.readAllBytes(file), HeapProbe.off())));
  }

  /** The process-only measurement that streams the file instead of reading it into memory first. */
  static final String TOKEN_STREAM = "token-stream";

  /**
   * Every {@link com.fasterxml.jackson.core.JsonParser#nextToken()} of a plan file, parsed from the
   * file as it is read (Jackson's own buffered input): the fastest a process can go through a plan
   * with Jackson, without the array of the whole file that {@code token-scan} reads first.
   */
  static long tokenStream(Path file) throws java.io.IOException {
    long tokens = 0;
    try (com.fasterxml.jackson.core.JsonParser p = new com.fasterxml.jackson.core.JsonFactory().createParser(file.toFile())) {
      while (p.nextToken() != null) {
        tokens++;
      }
    }
    return tokens;
  }

  private static void child(String name, Path file, int warmup, int iterations, int interval) throws Exception {
    Measurement m = Measurements.named(name).orElseThrow();
    byte[] bytes = Files.readAllBytes(file);
    String summary = "";
    for (int i = 0; i < warmup; i++) {
      summary = m.summarize(m.run(bytes, HeapProbe.off()));
    }
    long[] times = new long[iterations];
    long[] cpu = new long[iterations];
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (int i = 0; i < iterations; i++) {
      System.gc(); // each iteration starts from the same clean heap; not timed
      long c0 = threads.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      Object r = m.run(bytes, HeapProbe.off());
      times[i] = System.nanoTime() - t0;
      cpu[i] = threads.getCurrentThreadCpuTime() - c0;
      summary = m.summarize(r);
    }
    // Retained heap: live heap with the result held, minus live heap before (the plan's bytes are in both).
    long baseline = HeapProbe.liveHeap();
    HeapProbe probe = HeapProbe.sampling(baseline, interval);
    Object held = m.run(bytes, probe);
    long retained = Math.max(HeapProbe.liveHeap() - baseline, probe.peakAboveBaseline());
    Reference.reachabilityFence(held);
    Reference.reachabilityFence(bytes);
    String gcs =
        ManagementFactory.getGarbageCollectorMXBeans().stream()
            .map(GarbageCollectorMXBean::getName)
            .collect(Collectors.joining("+"));
    System.out.println(
        "RESULT\tname=" + name
            + "\ttimes=" + join(times, 1)
            + "\tcpus=" + join(cpu, 1)
            + "\ttimesMs=" + join(times, 1_000_000)
            + "\tretained=" + retained
            + "\tsamples=" + probe.samples()
            + "\twarmup=" + warmup
            + "\titerations=" + iterations
            + "\tgc=" + gcs
            + "\tsummary=" + summary);
  }

  private static String join(long[] values, long divisor) {
    return Arrays.stream(values).mapToObj(v -> Long.toString(v / divisor)).collect(Collectors.joining(","));
  }

  /** Streams a plan from its file: once to warm up, once timed, once sampling the live heap. */
  private static void childStreamFile(Path file, int interval) {
    PlanReader reader = PlanReader.create();
    HeapProbe[] probe = {HeapProbe.off()};
    long[] seen = {0};
    Runnable once =
        () -> {
          Either<PlanError, StreamSummary> r =
              reader.stream(
                  file,
                  rc -> {
                    seen[0]++;
                    probe[0].tick();
                  },
                  rc -> seen[0]++);
          if (r.isLeft()) {
            throw new IllegalStateException(r.getLeft().describe());
          }
        };
    once.run();
    System.gc();
    long t0 = System.nanoTime();
    once.run();
    long ns = System.nanoTime() - t0;
    // Absolute live heap (baseline 0): everything the JVM holds while streaming, not only the reader.
    probe[0] = HeapProbe.sampling(0, interval);
    seen[0] = 0;
    once.run();
    System.out.println(
        "RESULT\tns=" + ns
            + "\tpeak=" + probe[0].peakAboveBaseline()
            + "\tsummary=" + seen[0] + " entries, " + probe[0].samples() + " samples");
  }
}
