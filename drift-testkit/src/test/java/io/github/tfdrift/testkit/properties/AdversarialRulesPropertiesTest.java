package io.github.tfdrift.testkit.properties;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tfdrift.core.address.AttributePath;
import io.github.tfdrift.core.model.InstanceId;
import io.github.tfdrift.core.model.Plan;
import io.github.tfdrift.rules.ClassifiedEntry;
import io.github.tfdrift.rules.Decision;
import io.github.tfdrift.rules.Finding;
import io.github.tfdrift.rules.FindingKind;
import io.github.tfdrift.rules.Procedure;
import io.github.tfdrift.rules.Report;
import io.github.tfdrift.rules.Risk;
import io.github.tfdrift.rules.Verdict;
import io.github.tfdrift.rules.builtin.BuiltInRules;
import io.github.tfdrift.rules.spi.EntryFacts;
import io.github.tfdrift.rules.spi.PathChange;
import io.github.tfdrift.rules.spi.PlanContext;
import io.github.tfdrift.rules.spi.Rule;
import io.github.tfdrift.testkit.gen.Gen;
import io.github.tfdrift.testkit.gen.Property;
import io.github.tfdrift.testkit.junit.From;
import io.github.tfdrift.testkit.junit.PlanProperty;
import io.github.tfdrift.testkit.properties.ClassificationPropertiesTest.Outcome;
import io.github.tfdrift.testkit.properties.DriftCases.Case;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Never-downgrade holds whatever rules say: plug-in rules that suppress everything, escalate at
 * random, throw, return null or garbage, run next to the built-in rules on generated plans (some of
 * their changes deferred). Destructive and deferred changes keep their verdict, escalations keep the
 * verdict and stop, suppressions only lower other entries to a quiet verdict, and the policy switch
 * turns plug-in suppression off entirely.
 */
class AdversarialRulesPropertiesTest {
  static final int TRIES = 200;
  static final Set<Verdict> QUIET_SUPPRESSIONS = Set.of(Verdict.IGNORED, Verdict.COSMETIC, Verdict.EXPECTED);

  static Gen<Case> cases() {
    return DriftCases.cases(true);
  }

  /** What a hostile rule does on one entry; chosen from the rule's seed and the entry's address. */
  enum Move {
    SUPPRESS_WHOLE_ENTRY,
    SUPPRESS_EVERY_PATH,
    ESCALATE,
    THROW,
    RETURN_NULL,
    RETURN_A_NULL_FINDING,
    PROPOSE_GARBAGE,
    FORGE_AN_INVALID_FINDING,
    NOTHING
  }

  /** A plug-in rule that does one of the given moves on each entry. */
  static final class Adversary implements Rule {
    private final String id;
    private final long seed;
    private final List<Move> moves;

    Adversary(String id, long seed, Move... moves) {
      this.id = id;
      this.seed = seed;
      this.moves = List.of(moves);
    }

    @Override
    public String id() {
      return id;
    }

    @Override
    public String summary() {
      return "A hostile rule.";
    }

    @Override
    public List<Finding> evaluate(EntryFacts e, PlanContext ctx) {
      Random r = new Random(seed * 31 + e.id().toString().hashCode());
      List<Verdict> quiet = List.copyOf(QUIET_SUPPRESSIONS);
      switch (moves.get(r.nextInt(moves.size()))) {
        case SUPPRESS_WHOLE_ENTRY:
          return List.of(Finding.suppress(quiet.get(r.nextInt(quiet.size())), "hush").build());
        case SUPPRESS_EVERY_PATH:
          List<AttributePath> paths = new ArrayList<>();
          for (PathChange c : e.driftChanges()) {
            paths.add(c.path());
          }
          for (PathChange c : e.plannedChanges()) {
            paths.add(c.path());
          }
          return List.of(Finding.suppress(quiet.get(r.nextInt(quiet.size())), "hush every path").paths(paths).build());
        case ESCALATE:
          return List.of(Finding.escalate("stop").risk(Risk.values()[2 + r.nextInt(3)]).build());
        case THROW:
          throw new IllegalStateException("hostile");
        case RETURN_NULL:
          return null;
        case RETURN_A_NULL_FINDING:
          return Arrays.asList((Finding) null);
        case PROPOSE_GARBAGE:
          return List.of(
              Finding.propose(Verdict.values()[r.nextInt(Verdict.values().length)], "garbage")
                  .risk(Risk.values()[r.nextInt(Risk.values().length)])
                  .procedure(Procedure.values()[r.nextInt(Procedure.values().length)])
                  .build());
        case FORGE_AN_INVALID_FINDING:
          return List.of(new Finding(id, FindingKind.SUPPRESSION, Verdict.REPLACE, Risk.NO_RISK, Procedure.NO_ACTION, List.of(), "forged", List.of(),
              java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty()));
        default:
          return List.of();
      }
    }
  }

  static List<Rule> withAdversaries(long seed, Rule... adversaries) {
    List<Rule> rules = new ArrayList<>(BuiltInRules.all());
    rules.addAll(List.of(adversaries));
    Collections.shuffle(rules, new Random(seed));
    return rules;
  }

  static boolean deletes(ClassifiedEntry e) {
    return e.actions().contains(io.github.tfdrift.core.model.Action.DELETE)
        || e.driftActions().contains(io.github.tfdrift.core.model.Action.DELETE) && e.actions().contains(io.github.tfdrift.core.model.Action.CREATE)
        || e.plannedKind().isReplace();
  }

  @PlanProperty(tries = TRIES)
  void destructiveAndDeferredChangesKeepTheirVerdictWhateverRulesSay(@From("cases") Case c, long seed) {
    Plan plan = ClassificationPropertiesTest.deferSome(c.plan(), new Random(seed));
    Rule[] hostile = {
      new Adversary("hostile-a", seed, Move.values()),
      new Adversary("hostile-b", seed + 1, Move.values()),
      new Adversary("suppress-all", seed + 2, Move.SUPPRESS_WHOLE_ENTRY, Move.SUPPRESS_EVERY_PATH)
    };
    Report report = c.engine(withAdversaries(seed, hostile)).classify(plan);
    boolean destructive = false;
    for (ClassifiedEntry e : report.entries()) {
      if (deletes(e)) {
        destructive = true;
        assertThat(e.verdict().isDestructive()).as(e.toString()).isTrue();
        assertThat(e.procedure()).as(e.toString()).isEqualTo(Procedure.STOP);
        assertThat(e.suppression()).as(e.toString()).isEmpty();
      } else if (e.isDeferred()) {
        assertThat(e.verdict() == Verdict.DEFERRED || e.verdict().isDestructive()).as(e.toString()).isTrue();
        assertThat(e.suppression()).as(e.toString()).isEmpty();
      }
    }
    if (destructive) {
      assertThat(report.exitCode()).as("exit 3, or 1 when a hostile rule failed").isIn(1, 3);
    }
  }

  @PlanProperty(tries = TRIES)
  void anEscalationKeepsTheVerdictAndStops(@From("cases") Case c, long seed) {
    Report base = c.engine(BuiltInRules.all()).classify(c.plan());
    Report report = c.engine(withAdversaries(seed, new Adversary("escalator", seed, Move.ESCALATE, Move.NOTHING))).classify(c.plan());
    assertThat(report.ruleErrors()).isEmpty();
    boolean any = false;
    for (ClassifiedEntry e : report.entries()) {
      ClassifiedEntry b = base.entry(e.id()).orElseThrow();
      assertThat(e.verdict()).as(e.toString()).isEqualTo(b.verdict());
      assertThat(e.reason()).isEqualTo(b.reason());
      if (e.escalation().isPresent()) {
        any = true;
        assertThat(e.procedure()).isEqualTo(Procedure.STOP);
        assertThat(e.risk().compareTo(b.risk())).isGreaterThanOrEqualTo(0);
        assertThat(e.risk().compareTo(Risk.MEDIUM)).isGreaterThanOrEqualTo(0);
        assertThat(e.decision()).isEqualTo(Decision.DESTRUCTIVE);
      } else {
        assertThat(Outcome.of(e)).isEqualTo(Outcome.of(b));
      }
    }
    if (any && !c.plan().isErrored()) {
      assertThat(report.exitCode()).isEqualTo(3);
    }
  }

  @PlanProperty(tries = TRIES)
  void aSuppressionOnlyLowersAnEntryThatNeitherDeletesNorIsDeferredToAQuietVerdict(@From("cases") Case c, long seed) {
    Plan plan = ClassificationPropertiesTest.deferSome(c.plan(), new Random(seed));
    Report base = c.engine(BuiltInRules.all()).classify(plan);
    Adversary suppressor = new Adversary("suppressor", seed, Move.SUPPRESS_WHOLE_ENTRY, Move.SUPPRESS_EVERY_PATH, Move.NOTHING);
    Report report = c.engine(withAdversaries(seed, suppressor)).classify(plan);
    for (ClassifiedEntry e : report.entries()) {
      ClassifiedEntry b = base.entry(e.id()).orElseThrow();
      if (e.suppression().isPresent()) {
        assertThat(QUIET_SUPPRESSIONS).contains(e.verdict());
        assertThat(e.verdict().rank()).as(e.toString()).isLessThan(b.verdict().rank());
        assertThat(b.verdict().isDestructive() || b.isDeferred()).as(e.toString()).isFalse();
        assertThat(e.suppressedVerdict()).contains(b.verdict());
        assertThat(e.ruleId()).isEqualTo("suppressor");
      } else {
        assertThat(Outcome.of(e)).as(e.toString()).isEqualTo(Outcome.of(b));
      }
    }
    if (base.exitCode() != 1) {
      assertThat(report.exitCode()).as("a suppression never raises the decision").isLessThanOrEqualTo(base.exitCode());
    }
  }

  /** The properties are not vacuous: the hostile rules do suppress, escalate and fail on generated plans. */
  @Test
  void theGeneratedCasesGiveTheAdversariesEntriesToSuppressAndEscalate() {
    int[] seen = new int[4];
    Property.forAll(cases()).withSeed(20261122L).tries(150).check(c -> {
      Plan plan = ClassificationPropertiesTest.deferSome(c.plan(), new Random(7));
      Report r = c.engine(withAdversaries(7, new Adversary("hostile", 7, Move.values()))).classify(plan);
      seen[0] += r.suppressed().size();
      seen[1] += r.escalated().size();
      seen[2] += r.ruleErrors().size();
      seen[3] += (int) r.entries().stream().filter(e -> deletes(e) || e.isDeferred()).count();
      return true;
    });
    assertThat(seen[0]).as("suppressed entries").isGreaterThan(20);
    assertThat(seen[1]).as("escalated entries").isGreaterThan(20);
    assertThat(seen[2]).as("rule errors").isGreaterThan(20);
    assertThat(seen[3]).as("destructive or deferred entries").isGreaterThan(20);
  }

  @PlanProperty(tries = TRIES)
  void withPluginSuppressionForbiddenASuppressingRuleChangesNothing(@From("cases") Case c, long seed) {
    Case strict = new Case(c.plan(), c.policy().toBuilder().allowPluginSuppression(false).build());
    Map<InstanceId, Outcome> base = ClassificationPropertiesTest.outcomes(strict.engine(BuiltInRules.all()).classify(c.plan()));
    Adversary suppressor = new Adversary("suppressor", seed, Move.SUPPRESS_WHOLE_ENTRY, Move.SUPPRESS_EVERY_PATH);
    Report report = strict.engine(withAdversaries(seed, suppressor)).classify(c.plan());
    assertThat(ClassificationPropertiesTest.outcomes(report)).isEqualTo(base);
    assertThat(report.suppressed()).isEmpty();
  }
}
