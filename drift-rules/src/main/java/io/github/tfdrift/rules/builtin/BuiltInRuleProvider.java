package io.github.tfdrift.rules.builtin;

import io.github.tfdrift.rules.spi.Rule;
import io.github.tfdrift.rules.spi.RuleProvider;
import java.util.List;

/** Registers the built-in rules with {@link java.util.ServiceLoader}. */
public final class BuiltInRuleProvider implements RuleProvider {
  /** The provider (for ServiceLoader). */
  public BuiltInRuleProvider() {}

  @Override
  public List<Rule> rules() {
    return BuiltInRules.all();
  }
}
