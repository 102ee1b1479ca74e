package io.github.tfdrift.bench;

import io.github.tfdrift.core.json.PlanReader;
import io.github.tfdrift.core.model.Plan;
import io.github.tfdrift.rules.DriftEngine;
import io.github.tfdrift.rules.policy.Policy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Times the model read and the classification separately within each iteration of one JVM, so the
 * cost classification adds is seen apart from the garbage-collection interplay of the combined row.
 * Usage: {@code java -Xmx16g -cp drift-bench/target/drift-bench.jar io.github.tfdrift.bench.ClassifySplit PLAN.json}.
 */
public final class ClassifySplit {
  private ClassifySplit() {}

  /** Runs 15 warm-up and 10 timed iterations and prints medians and minimums in milliseconds. */
  public static void main(String[] args) throws Exception {
    byte[] bytes = Files.readAllBytes(Path.of(args[0]));
    PlanReader reader = PlanReader.create();
    DriftEngine engine =
        DriftEngine.builder().policy(Policy.empty()).withBuiltInRules().today(LocalDate.of(2026, 11, 22)).build();
    List<Long> read = new ArrayList<>();
    List<Long> classify = new ArrayList<>();
    for (int i = 0; i < 25; i++) {
      long t0 = System.nanoTime();
      Plan plan = reader.read(bytes, "bench").get();
      long t1 = System.nanoTime();
      engine.classify(plan, "bench");
      long t2 = System.nanoTime();
      if (i >= 15) {
        read.add((t1 - t0) / 1_000_000);
        classify.add((t2 - t1) / 1_000_000);
      }
    }
    Collections.sort(read);
    Collections.sort(classify);
    System.out.printf(
        "read median %d ms, min %d ms | classify median %d ms, min %d ms | classify/read median %.2f, min %.2f%n",
        read.get(5), read.get(0), classify.get(5), classify.get(0),
        classify.get(5) / (double) read.get(5), classify.get(0) / (double) read.get(0));
  }
}
