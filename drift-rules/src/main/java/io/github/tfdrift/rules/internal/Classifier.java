package io.github.tfdrift.rules.internal;

import io.github.tfdrift.core.model.Change;
import io.github.tfdrift.core.model.ChangeKind;
import io.github.tfdrift.core.model.InstanceId;
import io.github.tfdrift.core.model.Plan;
import io.github.tfdrift.core.model.Producer;
import io.github.tfdrift.core.model.ResourceChange;
import io.github.tfdrift.core.model.ResourceMode;
import io.github.tfdrift.rules.ClassifiedEntry;
import io.github.tfdrift.rules.Finding;
import io.github.tfdrift.rules.OutputChange;
import io.github.tfdrift.rules.Report;
import io.github.tfdrift.rules.RuleError;
import io.github.tfdrift.rules.normalize.NormalizerRegistry;
import io.github.tfdrift.rules.policy.Expectation;
import io.github.tfdrift.rules.policy.Policy;
import io.github.tfdrift.rules.spi.EntryFacts;
import io.github.tfdrift.rules.spi.PlanContext;
import io.github.tfdrift.rules.spi.Rule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The engine's implementation: join, diff, run rules in isolation, decide. */
public final class Classifier {
  private final List<Rule> rules;
  private final Policy policy;
  private final NormalizerRegistry normalizers;
  private final List<RuleError> loadErrors;

  /**
   * A classifier.
   *
   * @param rules the rules, in any order
   * @param policy the policy
   * @param normalizers the normalisers, policy attachments included
   * @param loadErrors errors met while loading rules, reported in every report
   */
  public Classifier(List<Rule> rules, Policy policy, NormalizerRegistry normalizers, List<RuleError> loadErrors) {
    this.rules = List.copyOf(rules);
    this.policy = policy;
    this.normalizers = normalizers;
    this.loadErrors = List.copyOf(loadErrors);
  }

  private record Pair(Optional<ResourceChange> planned, Optional<ResourceChange> drift) {}

  /** Classifies a plan; never throws for any plan. */
  public Report classify(Plan plan, Optional<String> source, LocalDate today) {
    PlanContext ctx = PlanContext.of(plan, policy, today, normalizers);
    List<Expectation> active = new ArrayList<>();
    List<Expectation> expired = new ArrayList<>();
    for (Expectation e : policy.expected()) {
      (e.isExpired(today) ? expired : active).add(e);
    }
    Set<Expectation> matched = Collections.newSetFromMap(new IdentityHashMap<>());
    FactsBuilder facts = new FactsBuilder(ctx, active, matched);

    Map<InstanceId, Pair> joined = new HashMap<>((plan.resourceChanges().size() + plan.resourceDrift().size()) * 2);
    for (ResourceChange rc : plan.resourceChanges()) {
      joined.putIfAbsent(rc.id(), new Pair(Optional.of(rc), Optional.empty()));
    }
    for (ResourceChange rc : plan.resourceDrift()) {
      Pair p = joined.get(rc.id());
      if (p == null) {
        joined.put(rc.id(), new Pair(Optional.empty(), Optional.of(rc)));
      } else if (p.drift().isEmpty()) {
        joined.put(rc.id(), new Pair(p.planned(), Optional.of(rc)));
      }
    }
    List<InstanceId> ids = new ArrayList<>(joined.keySet());
    Collections.sort(ids);

    List<RuleError> errors = new ArrayList<>(loadErrors);
    List<ClassifiedEntry> entries = new ArrayList<>(ids.size());
    for (InstanceId id : ids) {
      Pair p = joined.get(id);
      entries.add(classifyOne(ctx, facts, id, p, errors));
    }

    List<OutputChange> outputs = new ArrayList<>();
    plan.outputChanges()
        .forEach(
            (name, c) -> {
              if (c.kind() != ChangeKind.NO_OP) {
                outputs.add(new OutputChange(name, c.kind(), sensitive(c)));
              }
            });
    outputs.sort((a, b) -> a.name().compareTo(b.name()));

    List<Expectation> stale = new ArrayList<>();
    for (Expectation e : active) {
      if (!matched.contains(e)) {
        stale.add(e);
      }
    }
    return new Report(source, safeProducer(plan), today, entries, outputs, expired, stale, errors, plan.isErrored());
  }

  private static Producer safeProducer(Plan plan) {
    try {
      return plan.producer();
    } catch (RuntimeException e) {
      return new Producer(Producer.Tool.UNKNOWN, "could not be determined");
    }
  }

  private static boolean sensitive(Change c) {
    return c.beforeSensitiveMask().anyMarked() || c.afterSensitiveMask().anyMarked();
  }

  private ClassifiedEntry classifyOne(
      PlanContext ctx, FactsBuilder fb, InstanceId id, Pair p, List<RuleError> errors) {
    EntryFacts facts;
    try {
      facts = fb.build(id, p.planned(), p.drift());
    } catch (RuntimeException | StackOverflowError e) {
      errors.add(new RuleError(Decider.ENGINE, e.getClass().getName(), Optional.of(id)));
      ResourceChange any = p.planned().orElseGet(() -> p.drift().get());
      facts =
          new EntryFacts(
              id,
              any.type(),
              any.mode() == null ? ResourceMode.MANAGED : any.mode(),
              any.previousAddress(),
              p.planned(),
              p.drift(),
              List.of(),
              List.of(),
              List.of());
    }
    List<Finding> findings = new ArrayList<>();
    for (Rule r : rules) {
      String rid = safeId(r);
      try {
        List<Finding> fs = r.evaluate(facts, ctx);
        if (fs == null) {
          errors.add(new RuleError(rid, NullPointerException.class.getName(), Optional.of(id)));
          continue;
        }
        for (Finding f : fs) {
          if (f == null) {
            errors.add(new RuleError(rid, NullPointerException.class.getName(), Optional.of(id)));
            continue;
          }
          findings.add(f.withRuleId(rid));
        }
      } catch (RuntimeException | StackOverflowError | LinkageError | AssertionError e) {
        errors.add(new RuleError(rid, e.getClass().getName(), Optional.of(id)));
      }
    }
    List<Finding> sorted = Decider.decide(facts, findings);
    Finding w = sorted.get(0);
    return new ClassifiedEntry(
        id,
        facts.previousAddress(),
        facts.type(),
        facts.mode(),
        facts.source(),
        facts.planned(),
        facts.drift(),
        w.verdict(),
        w.risk(),
        w.procedure(),
        w.paths(),
        w.ruleId(),
        w.reason(),
        sorted,
        Decider.warnings(sorted));
  }

  private static String safeId(Rule r) {
    try {
      String id = r.id();
      return id == null ? r.getClass().getName() : id;
    } catch (RuntimeException e) {
      return r.getClass().getName();
    }
  }
}
