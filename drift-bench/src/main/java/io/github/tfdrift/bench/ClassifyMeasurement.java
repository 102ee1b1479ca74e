package io.github.tfdrift.bench;

import io.github.tfdrift.core.json.PlanReader;
import io.github.tfdrift.core.model.Plan;
import io.github.tfdrift.core.read.PlanError;
import io.github.tfdrift.rules.engine.DriftEngine;
import io.github.tfdrift.rules.Report;
import io.github.tfdrift.rules.policy.Policy;
import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The full model read followed by classification with the built-in rules, compared with the model
 * read alone: the ratio is what classifying adds (target: at most 1.25 on the 10k plan).
 */
final class ClassifyMeasurement implements Measurement {
  private static final PlanReader READER = PlanReader.create();
  private static final DriftEngine ENGINE =
      DriftEngine.builder().policy(Policy.empty()).withBuiltInRules().today(LocalDate.of(2026, 11, 22)).build();

  @Override
  public String name() {
    return "classify";
  }

  @Override
  public String description() {
    return "PlanReader.read + DriftEngine.classify (built-in rules): the model read plus classification";
  }

  @Override
  public Optional<String> comparedWith() {
    return Optional.of("model");
  }

  @Override
  public Object run(byte[] plan, HeapProbe probe) {
    Either<PlanError, Plan> read = READER.read(plan, "bench");
    if (read.isLeft()) {
      throw new IllegalStateException(read.getLeft().describe());
    }
    Report report = ENGINE.classify(read.get(), "bench");
    return new Object[] {read.get(), report};
  }

  @Override
  public String summarize(Object result) {
    Report r = (Report) ((Object[]) result)[1];
    return r.entries().size() + " entries, exit " + r.exitCode();
  }
}
