package io.github.tfdrift.bench;

import io.github.tfdrift.core.json.PlanReader;
import io.github.tfdrift.core.model.Plan;
import io.github.tfdrift.rules.engine.DriftEngine;
import io.github.tfdrift.rules.Report;
import io.github.tfdrift.rules.policy.Policy;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What classification adds to the full-model read, measured <em>paired</em>: every timed iteration
 * reads the plan ({@code PlanReader.read}) and then classifies it ({@code DriftEngine.classify}, built-in
 * rules, empty policy), timing the two phases apart, so each classification is compared with the read
 * it followed, on the same heap and in the same minute. The ratio of an iteration is (read + classify)
 * / read; the target on the 10k plan is a median of at most 1.25.
 *
 * <p>Comparing a "read + classify" JVM with a "read only" JVM, as the main table's {@code classify}
 * row does, mixes in the difference between two JVMs: on a shared 2-core machine the same read varies
 * by up to 2× between JVMs and minutes, which swamps a 10–20% effect. Pairing cancels that.
 *
 * <pre>
 * java -Xmx1g -cp drift-bench/target/drift-bench.jar io.github.tfdrift.bench.ClassifySplit [options] PLAN.json
 *   --rounds N      fresh JVMs (default 3)
 *   --warmup N      untimed iterations per JVM (default 20)
 *   --iterations N  timed iterations per JVM (default 10)
 *   --heap SIZE     -Xmx of each measuring JVM (default 16g)
 * </pre>
 *
 * Each iteration starts with an untimed {@code System.gc()}, as in {@link BenchMain}. The plan is one
 * of the main benchmark's generated plans ({@code drift-bench/target/plans}).
 */
public final class ClassifySplit {
  private ClassifySplit() {}

  /** Entry point; see the class comment for the arguments. */
  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals("--child")) {
      child(Path.of(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]));
      return;
    }
    int rounds = 3;
    int warmup = 20;
    int iterations = 10;
    String heap = "16g";
    Path plan = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--rounds" -> rounds = Integer.parseInt(args[++i]);
        case "--warmup" -> warmup = Integer.parseInt(args[++i]);
        case "--iterations" -> iterations = Integer.parseInt(args[++i]);
        case "--heap" -> heap = args[++i];
        default -> plan = Path.of(args[i]);
      }
    }
    if (plan == null || !Files.isRegularFile(plan)) {
      System.err.println(
          "usage: ClassifySplit [--rounds 3] [--warmup 20] [--iterations 10] [--heap 16g] PLAN.json"
              + " (generate the plans first with the main benchmark)");
      System.exit(2);
    }
    List<long[]> all = new ArrayList<>();
    for (int round = 1; round <= rounds; round++) {
      List<String> cmd = new ArrayList<>();
      cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      cmd.add("-Xmx" + heap);
      cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), ClassifySplit.class.getName()));
      cmd.addAll(List.of("--child", plan.toString(), "" + warmup, "" + iterations));
      System.err.printf("round %d/%d: %d warm-up + %d timed iterations, -Xmx%s%n", round, rounds, warmup, iterations, heap);
      Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
      try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
        String line;
        while ((line = out.readLine()) != null) {
          if (line.startsWith("ITER\t")) {
            all.add(Arrays.stream(line.substring(5).split("\t")).mapToLong(Long::parseLong).toArray());
          } else {
            System.err.println("    " + line);
          }
        }
      }
      if (p.waitFor() != 0) {
        throw new IllegalStateException("measuring JVM failed: " + String.join(" ", cmd));
      }
    }
    System.out.println(table(plan, rounds, warmup, iterations, all));
  }

  /** The Markdown table of one run: per-phase medians and minimums, and the paired ratio. */
  static String table(Path plan, int rounds, int warmup, int iterations, List<long[]> iters) {
    double[] read = column(iters, 0);
    double[] classify = column(iters, 1);
    double[] readCpu = column(iters, 2);
    double[] classifyCpu = column(iters, 3);
    double[] ratio = new double[iters.size()];
    double[] ratioCpu = new double[iters.size()];
    for (int i = 0; i < ratio.length; i++) {
      ratio[i] = (read[i] + classify[i]) / read[i];
      ratioCpu[i] = (readCpu[i] + classifyCpu[i]) / readCpu[i];
    }
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "%n%s: %d JVMs × (%d warm-up + %d timed), %d paired iterations%n%n",
        plan.getFileName(), rounds, warmup, iterations, iters.size()));
    b.append("| phase | wall median (ms) | wall min (ms) | thread CPU median (ms) |\n|---|---:|---:|---:|\n");
    b.append(String.format(Locale.ROOT, "| read | %.1f | %.1f | %.1f |%n", median(read), min(read), median(readCpu)));
    b.append(String.format(Locale.ROOT, "| classify | %.1f | %.1f | %.1f |%n", median(classify), min(classify), median(classifyCpu)));
    b.append(String.format(Locale.ROOT,
        "%n(read + classify) / read, per iteration: wall median **%.2f** (min %.2f, max %.2f); thread CPU median %.2f (max %.2f)%n",
        median(ratio), min(ratio), max(ratio), median(ratioCpu), max(ratioCpu)));
    return b.toString();
  }

  private static double[] column(List<long[]> iters, int c) {
    double[] d = new double[iters.size()];
    for (int i = 0; i < d.length; i++) {
      d[i] = iters.get(i)[c] / 1e6;
    }
    return d;
  }

  static double median(double[] v) {
    double[] s = v.clone();
    Arrays.sort(s);
    int n = s.length;
    return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
  }

  private static double min(double[] v) {
    return Arrays.stream(v).min().orElse(Double.NaN);
  }

  private static double max(double[] v) {
    return Arrays.stream(v).max().orElse(Double.NaN);
  }

  /** One measuring JVM: prints {@code ITER read classify readCpu classifyCpu} (ns) per timed iteration. */
  private static void child(Path file, int warmup, int iterations) throws Exception {
    byte[] bytes = Files.readAllBytes(file);
    PlanReader reader = PlanReader.create();
    DriftEngine engine =
        DriftEngine.builder().policy(Policy.empty()).withBuiltInRules().today(LocalDate.of(2026, 11, 22)).build();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    int entries = 0;
    for (int i = 0; i < warmup + iterations; i++) {
      System.gc(); // each iteration starts from the same clean heap; not timed
      long c0 = threads.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      Plan plan = reader.read(bytes, "bench").get();
      long t1 = System.nanoTime();
      long c1 = threads.getCurrentThreadCpuTime();
      Report report = engine.classify(plan, "bench");
      long t2 = System.nanoTime();
      long c2 = threads.getCurrentThreadCpuTime();
      entries = report.entries().size();
      if (i >= warmup) {
        System.out.printf(Locale.ROOT, "ITER\t%d\t%d\t%d\t%d%n", t1 - t0, t2 - t1, c1 - c0, c2 - c1);
      }
    }
    System.out.println(entries + " classified entries per iteration");
  }
}
