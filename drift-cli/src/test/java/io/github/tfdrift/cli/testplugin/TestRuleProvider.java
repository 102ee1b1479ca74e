package io.github.tfdrift.cli.testplugin;

import io.github.tfdrift.core.address.AttributePath;
import io.github.tfdrift.rules.Finding;
import io.github.tfdrift.rules.Verdict;
import io.github.tfdrift.rules.spi.EntryFacts;
import io.github.tfdrift.rules.spi.PlanContext;
import io.github.tfdrift.rules.spi.Rule;
import io.github.tfdrift.rules.spi.RuleProvider;
import java.util.List;

/**
 * A plug-in rule pack on the test class path: 'drift rules' must list it as a plug-in. Its rules
 * only look at resources of type {@code tfdrift_test_plugin}: one proposes UPDATE, one suppresses a
 * change to the {@code scanned} attribute, one escalates a change to the {@code public} attribute.
 */
public final class TestRuleProvider implements RuleProvider {
  /** The id of the plug-in rule that proposes UPDATE. */
  public static final String ID = "test-plugin-tags";
  /** The id of the plug-in rule that suppresses changes to {@code scanned}. */
  public static final String SUPPRESSOR = "test-plugin-scanned-is-cosmetic";
  /** The id of the plug-in rule that escalates changes to {@code public}. */
  public static final String ESCALATOR = "test-plugin-public-is-stop";
  /** The resource type the plug-in rules look at. */
  public static final String TYPE = "tfdrift_test_plugin";

  @Override
  public List<Rule> rules() {
    return List.of(
        rule(ID, "Test plug-in: resources of type tfdrift_test_plugin are UPDATE.", List.of(Finding.propose(Verdict.UPDATE, "test plug-in").build()), null),
        rule(SUPPRESSOR, "Test plug-in: changes to 'scanned' are COSMETIC.",
            List.of(Finding.suppress(Verdict.COSMETIC, "the scanner writes 'scanned'").paths(path("scanned")).build()), "scanned"),
        rule(ESCALATOR, "Test plug-in: changes to 'public' STOP.", List.of(Finding.escalate("'public' changes: review it").build()), "public"));
  }

  private static AttributePath path(String name) {
    return AttributePath.parse(name).get();
  }

  /** A rule giving {@code findings} for the resources of {@link #TYPE} (whose {@code attribute} changes, when given). */
  private static Rule rule(String id, String summary, List<Finding> findings, String attribute) {
    return new Rule() {
      @Override
      public String id() {
        return id;
      }

      @Override
      public String summary() {
        return summary;
      }

      @Override
      public List<Finding> evaluate(EntryFacts entry, PlanContext context) {
        if (!entry.type().equals(TYPE)) {
          return List.of();
        }
        if (attribute != null && !entry.plannedTouches(path(attribute)) && !entry.driftTouches(path(attribute))) {
          return List.of();
        }
        return findings;
      }
    };
  }
}
