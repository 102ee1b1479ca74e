package io.github.tfdrift.rules.builtin;

import io.github.tfdrift.rules.spi.Rule;
import java.util.List;

/** The built-in rules, one class each, in id order. */
public final class BuiltInRules {
  private BuiltInRules() {}

  /**
   * True for a rule shipped with tfdrift (an instance of one of the classes of this package). A rule
   * that replaces a built-in rule by its id is a plug-in rule: see {@code
   * Policy#allowPluginSuppression()}.
   *
   * @param rule any rule
   * @return true when the rule is built in
   */
  public static boolean isBuiltIn(Rule rule) {
    return rule instanceof BuiltInRule;
  }

  /** A fresh list of every built-in rule. */
  public static List<Rule> all() {
    return List.of(
        new ActionInvocationRule(),
        new CosmeticChangeRule(),
        new DataReadRule(),
        new DeferredChangeRule(),
        new DeletedOutsideRule(),
        new DestructiveChangeRule(),
        new DriftNotActedOnRule(),
        new ExpectedDriftRule(),
        new ForgetChangeRule(),
        new IgnoreChangesRule(),
        new ImportChangeRule(),
        new ImportExistingRule(),
        new MoveChangeRule(),
        new NoChangeRule(),
        new PlannedChangeRule(),
        new RealDriftRule(),
        new RenameRule(),
        new RequiredTagsRule());
  }
}
