package io.github.tfdrift.bench;

import io.github.tfdrift.core.json.PlanError;
import io.github.tfdrift.core.json.PlanReader;
import io.github.tfdrift.core.json.StreamSummary;
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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The benchmark: generates plans of the requested sizes (once; they are cached next to the jar's
 * module under {@code target/plans}), then runs every {@link Measurements#standard() measurement} on
 * each plan in a fresh JVM of its own, and prints a Markdown table of wall time (median and minimum)
 * and retained heap, with ratios against the reference reader. Finally it streams each plan from its
 * file in a JVM with a small heap, to show that streaming memory does not grow with the plan.
 *
 * <pre>
 * java -jar drift-bench/target/drift-bench.jar [options] SIZE...
 *   SIZE                 resource instances, e.g. 1000 10k 100k
 *   --heap SIZE          -Xms/-Xmx of each measuring JVM (default 16g)
 *   --stream-heap SIZE   -Xmx of the small-heap streaming JVM (default 64m; "none" skips it)
 *   --warmup N           warm-up iterations (default: 10 up to 2k resources, 5 up to 20k, else 1)
 *   --iterations N       measured iterations (default: 20 up to 2k resources, 15 up to 20k, else 3)
 *   --only a,b           run only these measurements (names as in the table)
 *   --seed N             generator seed (default 42)
 *   --dir DIR            where plans are written (default drift-bench/target/plans or target/plans)
 *   --jvm-arg ARG        extra option for every measuring JVM (repeatable)
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
    if (args.length > 0 && args[0].equals("--child-stream-file")) {
      childStreamFile(Path.of(args[1]), Integer.parseInt(args[2]));
      return;
    }
    Options o = Options.parse(args);
    if (o.sizes.isEmpty()) {
      System.err.println("usage: java -jar drift-bench.jar [--heap 16g] [--stream-heap 64m] [--only a,b] SIZE... (e.g. 1000 10k 100k)");
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
      String sha = sha256(file);
      planLines.add(String.format(Locale.ROOT, "| %s | %d | %.1f | `%s` |", file.getFileName(), n, size / MB, sha.substring(0, 16)));
      int warmup = o.warmup.orElse(n <= 2_000 ? 10 : n <= 20_000 ? 5 : 1);
      int iterations = o.iterations.orElse(n <= 2_000 ? 20 : n <= 20_000 ? 15 : 3);
      int interval = Math.max(10, n / 50);
      Map<String, Row> byName = new HashMap<>();
      for (Measurement m : Measurements.standard()) {
        if (!o.only.isEmpty() && !o.only.contains(m.name())) {
          continue;
        }
        List<String> cmd = new ArrayList<>(javaCommand(o.heap, o.heap, o.jvmArgs));
        cmd.addAll(List.of("--child", m.name(), file.toString(), "" + warmup, "" + iterations, "" + interval));
        log("%s resources, %s: %d warm-up + %d measured iterations, -Xmx%s", n, m.name(), warmup, iterations, o.heap);
        Map<String, String> r = fork(cmd);
        Row row = new Row(n, size, m, r);
        rows.add(row);
        byName.put(m.name(), row);
        log("  median %.1f ms, min %.1f ms, retained %.1f MB (%s)", row.medianMs(), row.minMs(), row.retainedMb(), r.get("summary"));
      }
      for (Row row : rows) {
        if (row.resources == n) {
          row.m.comparedWith().map(byName::get).ifPresent(ref -> row.reference = ref);
        }
      }
      if (!o.streamHeap.equals("none") && (o.only.isEmpty() || o.only.contains("stream"))) {
        List<String> cmd = new ArrayList<>(javaCommand(null, o.streamHeap, List.of()));
        cmd.addAll(List.of("--child-stream-file", file.toString(), "" + interval));
        log("%s resources: streaming from the file with -Xmx%s", n, o.streamHeap);
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

  private static final class Row {
    final int resources;
    final long bytes;
    final Measurement m;
    final Map<String, String> r;
    Row reference;

    Row(int resources, long bytes, Measurement m, Map<String, String> r) {
      this.resources = resources;
      this.bytes = bytes;
      this.m = m;
      this.r = r;
    }

    double medianMs() {
      return Long.parseLong(r.get("median")) / 1e6;
    }

    double minMs() {
      return Long.parseLong(r.get("min")) / 1e6;
    }

    double retainedMb() {
      return Long.parseLong(r.get("retained")) / MB;
    }
  }

  private static List<String> javaCommand(String xms, String xmx, List<String> extra) {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    if (xms != null) {
      cmd.add("-Xms" + xms);
    }
    cmd.add("-Xmx" + xmx);
    cmd.addAll(extra);
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(BenchMain.class.getName());
    return cmd;
  }

  /** Runs a child JVM, echoing its log to stderr, and returns its RESULT line's fields. */
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
      throw new IllegalStateException("measuring JVM failed (exit " + rc + "): " + String.join(" ", cmd.subList(cmd.size() - 6, cmd.size())));
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
            "JVM %s (%s), %d processors, %.1f GiB RAM, measuring JVMs -Xms%s -Xmx%s %s; 1 MB = 10^6 bytes.%n%n",
            System.getProperty("java.runtime.version"),
            System.getProperty("java.vm.name"),
            rt.availableProcessors(),
            ram / (1024.0 * 1024 * 1024),
            o.heap,
            o.heap,
            String.join(" ", o.jvmArgs)));
    b.append("| plan | resources | size (MB) | SHA-256 (first 16) |\n|---|---:|---:|---|\n");
    planLines.forEach(l -> b.append(l).append('\n'));
    b.append(
        "\n| resources | size (MB) | reader | time median (ms) | time min (ms) | thread CPU median (ms) | retained heap (MB) | vs | time ratio (median / min) | heap ratio | iterations |\n");
    b.append("|---:|---:|---|---:|---:|---:|---:|---|---:|---:|---|\n");
    for (Row row : rows) {
      String vs = row.reference == null ? "" : row.reference.m.name();
      String tr = row.reference == null ? "" : String.format(Locale.ROOT, "%.2f / %.2f", row.medianMs() / row.reference.medianMs(), row.minMs() / row.reference.minMs());
      String hr = row.reference == null ? "" : String.format(Locale.ROOT, "%.2f", row.retainedMb() / row.reference.retainedMb());
      b.append(
          String.format(
              Locale.ROOT,
              "| %d | %.1f | %s | %.1f | %.1f | %.1f | %.1f | %s | %s | %s | %s |%n",
              row.resources,
              row.bytes / MB,
              row.m.name(),
              row.medianMs(),
              row.minMs(),
              Long.parseLong(row.r.get("cpu")) / 1e6,
              row.retainedMb(),
              vs,
              tr,
              hr,
              row.r.get("warmup") + "+" + row.r.get("iterations")));
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
      System.gc();
      long c0 = threads.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      Object r = m.run(bytes, HeapProbe.off());
      times[i] = System.nanoTime() - t0;
      cpu[i] = threads.getCurrentThreadCpuTime() - c0;
      summary = m.summarize(r);
    }
    long baseline = HeapProbe.liveHeap();
    HeapProbe probe = HeapProbe.sampling(baseline, interval);
    Object held = m.run(bytes, probe);
    long retained = Math.max(HeapProbe.liveHeap() - baseline, probe.peakAboveBaseline());
    Reference.reachabilityFence(held);
    Reference.reachabilityFence(bytes);
    long[] sorted = times.clone();
    Arrays.sort(sorted);
    String gcs =
        ManagementFactory.getGarbageCollectorMXBeans().stream()
            .map(GarbageCollectorMXBean::getName)
            .collect(Collectors.joining("+"));
    System.out.println(
        "RESULT\tname="
            + name
            + "\tmedian="
            + median(times)
            + "\tmin="
            + sorted[0]
            + "\tcpu="
            + median(cpu)
            + "\tretained="
            + retained
            + "\tsamples="
            + probe.samples()
            + "\twarmup="
            + warmup
            + "\titerations="
            + iterations
            + "\tgc="
            + gcs
            + "\tsummary="
            + summary
            + "\ttimes="
            + Arrays.stream(times).mapToObj(t -> String.format(Locale.ROOT, "%.1f", t / 1e6)).collect(Collectors.joining(",")));
  }

  private static long median(long[] values) {
    long[] s = values.clone();
    Arrays.sort(s);
    return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
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
    long baseline = HeapProbe.liveHeap();
    probe[0] = HeapProbe.sampling(0, interval);
    seen[0] = 0;
    once.run();
    System.out.println(
        "RESULT\tns="
            + ns
            + "\tpeak="
            + probe[0].peakAboveBaseline()
            + "\tbaseline="
            + baseline
            + "\tsummary="
            + seen[0]
            + " entries, "
            + probe[0].samples()
            + " samples");
  }
}
