package io.github.tfdrift.rules.internal;

import io.github.tfdrift.core.address.ResourceMode;
import io.github.tfdrift.core.model.ActionInvocation;
import io.github.tfdrift.core.model.Change;
import io.github.tfdrift.core.model.Check;
import io.github.tfdrift.core.model.CheckInstance;
import io.github.tfdrift.core.model.CheckProblem;
import io.github.tfdrift.core.model.CheckStatus;
import io.github.tfdrift.core.model.ChangeKind;
import io.github.tfdrift.core.model.DeferredChange;
import io.github.tfdrift.core.model.InstanceId;
import io.github.tfdrift.core.model.Plan;
import io.github.tfdrift.core.model.Producer;
import io.github.tfdrift.core.model.ResourceChange;
import io.github.tfdrift.core.value.JsonValue;
import io.github.tfdrift.rules.CheckResult;
import io.github.tfdrift.rules.ClassifiedAction;
import io.github.tfdrift.rules.ClassifiedEntry;
import io.github.tfdrift.rules.Finding;
import io.github.tfdrift.rules.OutputChange;
import io.github.tfdrift.rules.Report;
import io.github.tfdrift.rules.RuleError;
import io.github.tfdrift.rules.Verdict;
import io.github.tfdrift.rules.normalize.NormalizerRegistry;
import io.github.tfdrift.rules.policy.Expectation;
import io.github.tfdrift.rules.policy.Policy;
import io.github.tfdrift.rules.spi.ActionFacts;
import io.github.tfdrift.rules.spi.EntryFacts;
import io.github.tfdrift.rules.spi.ExistingObjects;
import io.github.tfdrift.rules.spi.PlanContext;
import io.github.tfdrift.rules.spi.PlanEvidence;
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
import java.util.function.Predicate;

/** The engine's implementation: join, diff, run rules in isolation, decide. */
public final class Classifier {
  private final List<Rule> rules;
  private final boolean[] mayApplySuppression;
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
   * @param builtIn true for the rules shipped with tfdrift: their suppressions always apply, those of
   *     the other rules only when the policy allows plug-in suppression
   */
  public Classifier(List<Rule> rules, Policy policy, NormalizerRegistry normalizers, List<RuleError> loadErrors, Predicate<Rule> builtIn) {
    this.rules = List.copyOf(rules);
    this.mayApplySuppression = new boolean[this.rules.size()];
    for (int i = 0; i < this.rules.size(); i++) {
      mayApplySuppression[i] = policy.allowPluginSuppression() || builtIn.test(this.rules.get(i));
    }
    this.policy = policy;
    this.normalizers = normalizers;
    this.loadErrors = List.copyOf(loadErrors);
  }

  record Parts(Optional<ResourceChange> planned, Optional<ResourceChange> drift, Optional<DeferredChange> deferred) {}

  private static final class Slot {
    final InstanceId id;
    ResourceChange planned;
    ResourceChange drift;
    DeferredChange deferred;

    Slot(InstanceId id) {
      this.id = id;
    }
  }

  /** What one classification works on: the context, the facts of every entry, and expectations. */
  private record Prepared(
      PlanContext ctx,
      List<EntryFacts> facts,
      List<RuleError> errors,
      List<Expectation> active,
      List<Expectation> expired,
      Set<Expectation> matched) {}

  /** Joins and diffs every entry of a plan; never throws for any plan. */
  private Prepared prepare(Plan plan, LocalDate today, ExistingObjects existing) {
    PlanContext ctx = PlanContext.of(plan, policy, today, normalizers, existing);
    List<Expectation> active = new ArrayList<>();
    List<Expectation> expired = new ArrayList<>();
    for (Expectation e : policy.expected()) {
      (e.isExpired(today) ? expired : active).add(e);
    }
    Set<Expectation> matched = Collections.newSetFromMap(new IdentityHashMap<>());
    FactsBuilder facts = new FactsBuilder(ctx, active, matched);

    // Join by instance id; keep plan order (usually sorted already, so the sort below is near-linear).
    // A deferred change is an entry of its own (its resource_change is what would be planned), joined
    // with the drift of its instance; Terraform never lists an instance both as planned and deferred,
    // and if a plan did, both entries would be kept rather than one hidden.
    int n = plan.resourceChanges().size() + plan.resourceDrift().size() + plan.deferredChanges().size();
    Map<String, Slot> joined = new HashMap<>(n * 2);
    List<Slot> slots = new ArrayList<>(n);
    for (ResourceChange rc : plan.resourceChanges()) {
      Slot s = new Slot(rc.id());
      if (joined.putIfAbsent(key(rc), s) == null) {
        s.planned = rc;
        slots.add(s);
      }
    }
    for (DeferredChange dc : plan.deferredChanges()) {
      ResourceChange rc = dc.resourceChange();
      Slot s = new Slot(rc.id());
      s.planned = rc;
      s.deferred = dc;
      joined.putIfAbsent(key(rc), s);
      slots.add(s);
    }
    for (ResourceChange rc : plan.resourceDrift()) {
      String key = key(rc);
      Slot s = joined.get(key);
      if (s == null) {
        s = new Slot(rc.id());
        joined.put(key, s);
        slots.add(s);
      }
      if (s.drift == null) {
        s.drift = rc;
      }
    }
    slots.sort((x, y) -> x.id.compareTo(y.id));

    List<RuleError> errors = new ArrayList<>(loadErrors);
    List<EntryFacts> all = new ArrayList<>(slots.size());
    for (Slot s : slots) {
      all.add(
          facts(
              facts,
              s.id,
              new Parts(Optional.ofNullable(s.planned), Optional.ofNullable(s.drift), Optional.ofNullable(s.deferred)),
              errors));
    }
    return new Prepared(ctx, all, errors, active, expired, matched);
  }

  /**
   * The evidence the rules would see for a plan, without running them; never throws for any plan.
   *
   * @param plan the plan
   * @param today the evaluation date
   * @param existing the objects known to exist outside the state
   * @return the context and the facts of every entry, in report order
   */
  public PlanEvidence evidence(Plan plan, LocalDate today, ExistingObjects existing) {
    Prepared p = prepare(plan, today, existing);
    return new PlanEvidence(p.ctx(), p.facts(), p.errors());
  }

  /** Classifies a plan with the evidence from outside the plan; never throws for any plan. */
  public Report classify(Plan plan, Optional<String> source, LocalDate today, ExistingObjects existing) {
    Prepared p = prepare(plan, today, existing);
    List<RuleError> errors = new ArrayList<>(p.errors());
    List<ClassifiedEntry> entries = new ArrayList<>(p.facts().size());
    for (EntryFacts f : p.facts()) {
      entries.add(classifyOne(p.ctx(), f, errors));
    }

    return report(plan, source, today, entries, errors, p.active(), p.expired(), p.matched(), p.ctx(), actionFacts(plan, errors),
        safeProducer(plan), safeFlag(plan::isApplyable));
  }

  /** The policy (expectations of the outline classification). */
  Policy policy() {
    return policy;
  }

  /** The errors met while loading rules, reported in every report. */
  List<RuleError> loadErrors() {
    return loadErrors;
  }

  /**
   * The report of classified entries: outputs, expectations, action invocations and checks from the
   * plan (whole, or an outline's plan), the producer and applyable flag as given.
   */
  Report report(
      Plan plan,
      Optional<String> source,
      LocalDate today,
      List<ClassifiedEntry> entries,
      List<RuleError> errors,
      List<Expectation> active,
      List<Expectation> expired,
      Set<Expectation> matched,
      PlanContext ctx,
      List<ActionFacts> actionFacts,
      Producer producer,
      boolean applyable) {
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
    List<Expectation> expiring = new ArrayList<>();
    for (Expectation e : active) {
      if (e.isExpiringWithin(today, policy.expiryWarningDays())) {
        expiring.add(e);
      }
    }
    List<ClassifiedAction> actions = new ArrayList<>();
    for (ActionFacts a : actionFacts) {
      actions.add(classifyAction(ctx, a, errors));
    }
    return new Report(
        source, producer, today, entries, outputs, expired, expiring, stale, errors, plan.isErrored(), actions, checks(plan),
        policy.checksFailRun(), safeFlag(plan::isComplete), applyable);
  }

  private static boolean safeFlag(java.util.function.BooleanSupplier f) {
    try {
      return f.getAsBoolean();
    } catch (RuntimeException e) {
      return false;
    }
  }

  /**
   * The facts of every action invocation of a plan, as the rules see them: the planned ones in plan
   * order, then the deferred ones (a deferred entry without a readable invocation is left out).
   */
  public static List<ActionFacts> actionFacts(Plan plan) {
    return actionFacts(plan, new ArrayList<>());
  }

  /** The facts of every action invocation: the planned ones in plan order, then the deferred ones. */
  private static List<ActionFacts> actionFacts(Plan plan, List<RuleError> errors) {
    Map<String, ResourceChange> current = new HashMap<>();
    for (ResourceChange rc : plan.resourceChanges()) {
      if (rc.deposed().isEmpty()) {
        current.putIfAbsent(rc.address(), rc);
      }
    }
    return actionFacts(plan, current, errors);
  }

  /** The addresses whose current (not deposed) planned change an action invocation may need. */
  static Set<String> triggerAddresses(Plan plan) {
    Set<String> s = new java.util.HashSet<>();
    try {
      for (ActionInvocation a : plan.actionInvocations()) {
        a.lifecycleActionTrigger().get("triggering_resource_address").asText().ifPresent(s::add);
      }
      JsonValue deferred = plan.deferredActionInvocations();
      if (deferred instanceof JsonValue.Arr arr) {
        for (int i = 0; i < arr.size(); i++) {
          Actions.invocation(arr.get(i).get("action_invocation"))
              .flatMap(a -> a.lifecycleActionTrigger().get("triggering_resource_address").asText())
              .ifPresent(s::add);
        }
      }
    } catch (RuntimeException e) {
      // the invocations are read again, and failures reported, by actionFacts
    }
    return s;
  }

  /**
   * The facts of every action invocation, with the current planned change of each address given
   * ({@code current}: the first entry of {@code resource_changes} of the address that is not deposed).
   */
  static List<ActionFacts> actionFacts(Plan plan, Map<String, ResourceChange> current, List<RuleError> errors) {
    List<ActionFacts> l = new ArrayList<>();
    for (ActionInvocation a : plan.actionInvocations()) {
      l.add(actionFacts(a, Optional.empty(), current));
    }
    JsonValue deferred = plan.deferredActionInvocations();
    if (deferred instanceof JsonValue.Arr arr) {
      for (int i = 0; i < arr.size(); i++) {
        JsonValue d = arr.get(i);
        Optional<ActionInvocation> a = Actions.invocation(d.get("action_invocation"));
        if (a.isPresent()) {
          l.add(actionFacts(a.get(), Optional.of(d.get("reason").asText().orElse("unknown")), current));
        } else {
          errors.add(new RuleError(Decider.ENGINE, IllegalArgumentException.class.getName(), Optional.empty()));
        }
      }
    }
    return l;
  }

  private static ActionFacts actionFacts(ActionInvocation a, Optional<String> deferral, Map<String, ResourceChange> current) {
    Optional<String> trigger = a.lifecycleActionTrigger().get("triggering_resource_address").asText();
    return new ActionFacts(a, deferral, trigger.map(current::get));
  }

  /** Every check whose result is not {@code pass}, with its instances' problem messages. */
  private static List<CheckResult> checks(Plan plan) {
    List<CheckResult> l = new ArrayList<>();
    for (Check c : plan.checks()) {
      CheckStatus status = c.status().orElse(CheckStatus.UNKNOWN);
      if (status.equals(CheckStatus.PASS)) {
        continue;
      }
      List<String> problems = new ArrayList<>();
      for (CheckInstance i : c.instances()) {
        for (CheckProblem pr : i.problems()) {
          pr.message().ifPresent(problems::add);
        }
      }
      String address = c.address().toDisplay().orElseGet(() -> c.address().name().orElse("(unnamed check)"));
      l.add(new CheckResult(address, c.address().kind().orElse("unknown"), status, problems));
    }
    return l;
  }

  /**
   * Runs every rule's {@link Rule#evaluateAction} on one invocation and decides by rank among the
   * proposals; an invocation is never below INVOKE (DEFERRED when deferred), whatever the rules say.
   */
  private ClassifiedAction classifyAction(PlanContext ctx, ActionFacts a, List<RuleError> errors) {
    Finding best = null;
    List<Finding> all = new ArrayList<>();
    for (Rule r : rules) {
      String rid = safeId(r);
      try {
        List<Finding> fs = r.evaluateAction(a, ctx);
        if (fs == null) {
          errors.add(new RuleError(rid, NullPointerException.class.getName(), Optional.empty()));
          continue;
        }
        for (Finding f : fs) {
          if (f == null || !f.isProposal()) {
            continue;
          }
          Finding g = f.withRuleId(rid);
          all.add(g);
          if (best == null || g.verdict().rank() > best.verdict().rank()) {
            best = g;
          }
        }
      } catch (RuntimeException | StackOverflowError | LinkageError | AssertionError e) {
        errors.add(new RuleError(rid, e.getClass().getName(), Optional.empty()));
      }
    }
    Verdict floor = a.isDeferred() ? Verdict.DEFERRED : Verdict.INVOKE;
    if (best == null || best.verdict().rank() < floor.rank()) {
      best = Finding.propose(floor, a.address() + " will be invoked by apply (" + a.trigger() + ").").build().withRuleId(Decider.ENGINE);
      all.add(0, best);
    } else {
      all.remove(best);
      all.add(0, best);
    }
    return new ClassifiedAction(a.invocation(), a.deferralReason(), a.triggeredBy(), a.key(), best.verdict(), best.risk(), best.procedure(), best.ruleId(), best.reason(), all);
  }

  private static Producer safeProducer(Plan plan) {
    try {
      return plan.producer();
    } catch (RuntimeException e) {
      return new Producer(Producer.Tool.UNKNOWN, "could not be determined");
    }
  }

  /** A join key with String hashing (cached in the address): address, or address NUL deposed. */
  static String key(ResourceChange rc) {
    return key(rc.address(), rc.deposed());
  }

  /** The join key of an address and deposed key (an entry read or only referred to). */
  static String key(String address, Optional<String> deposed) {
    return deposed.isEmpty() ? address : address + '\u0000' + deposed.get();
  }

  private static boolean sensitive(Change c) {
    return c.beforeSensitiveMask().anyMarked() || c.afterSensitiveMask().anyMarked();
  }

  static EntryFacts facts(FactsBuilder fb, InstanceId id, Parts p, List<RuleError> errors) {
    try {
      return fb.build(id, p.planned(), p.drift(), p.deferred());
    } catch (RuntimeException | StackOverflowError e) {
      errors.add(new RuleError(Decider.ENGINE, e.getClass().getName(), Optional.of(id)));
      ResourceChange any = p.planned().orElseGet(() -> p.drift().get());
      return new EntryFacts(
          id,
          any.type(),
          any.mode() == null ? ResourceMode.MANAGED : any.mode(),
          any.previousAddress(),
          p.planned(),
          p.drift(),
          List.of(),
          List.of(),
          List.of(),
          p.deferred());
    }
  }

  ClassifiedEntry classifyOne(PlanContext ctx, EntryFacts facts, List<RuleError> errors) {
    InstanceId id = facts.id();
    List<Finding> findings = new ArrayList<>();
    List<Finding> forbidden = List.of();
    for (int ri = 0, rn = rules.size(); ri < rn; ri++) {
      Rule r = rules.get(ri);
      String rid = safeId(r);
      try {
        List<Finding> fs = r.evaluate(facts, ctx);
        if (fs == null) {
          errors.add(new RuleError(rid, NullPointerException.class.getName(), Optional.of(id)));
          continue;
        }
        for (int i = 0, n = fs.size(); i < n; i++) { // indexed: no iterator per rule and entry
          Finding f = fs.get(i);
          if (f == null) {
            errors.add(new RuleError(rid, NullPointerException.class.getName(), Optional.of(id)));
            continue;
          }
          if (f.isSuppression() && !mayApplySuppression[ri]) {
            if (forbidden.isEmpty()) {
              forbidden = new ArrayList<>(1);
            }
            forbidden.add(f.withRuleId(rid));
            continue;
          }
          findings.add(f.withRuleId(rid));
        }
      } catch (RuntimeException | StackOverflowError | LinkageError | AssertionError e) {
        errors.add(new RuleError(rid, e.getClass().getName(), Optional.of(id)));
      }
    }
    Decider.Decided d = Decider.decide(ctx, facts, findings);
    List<Finding> sorted = d.findings();
    if (!forbidden.isEmpty()) {
      sorted = new ArrayList<>(sorted);
      sorted.addAll(forbidden);
    }
    Finding w = d.decider();
    return new ClassifiedEntry(
        id,
        facts.previousAddress(),
        facts.type(),
        facts.mode(),
        facts.source(),
        facts.planned(),
        facts.drift(),
        w.verdict(),
        d.risk(),
        d.procedure(),
        w.paths(),
        w.ruleId(),
        w.reason(),
        sorted,
        Decider.warnings(sorted),
        w.generatedImport(),
        facts.deferred());
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
