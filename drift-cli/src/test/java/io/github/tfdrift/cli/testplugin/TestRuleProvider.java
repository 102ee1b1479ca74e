package io.github.tfdrift.cli.testplugin;

import io.github.tfdrift.rules.Finding;
import io.github.tfdrift.rules.Verdict;
import io.github.tfdrift.rules.spi.EntryFacts;
import io.github.tfdrift.rules.spi.PlanContext;
import io.github.tfdrift.rules.spi.Rule;
import io.github.tfdrift.rules.spi.RuleProvider;
import java.util.List;

/** A plug-in rule pack on the test class path: 'drift rules' must list it as a plug-in. */
public final class TestRuleProvider implements RuleProvider {
  /** The id of the plug-in rule. */
  public static final String ID = "test-plugin-tags";

  @Override
  public List<Rule> rules() {
    return List.of(
        new Rule() {
          @Override
          public String id() {
            return ID;
          }

          @Override
          public String summary() {
            return "Test plug-in: resources of type tfdrift_test_plugin are UPDATE.";
          }

          @Override
          public List<Finding> evaluate(EntryFacts entry, PlanContext context) {
            if (!entry.type().equals("tfdrift_test_plugin")) {
              return List.of();
            }
            return List.of(Finding.propose(Verdict.UPDATE, "test plug-in").build());
          }
        });
  }
}
