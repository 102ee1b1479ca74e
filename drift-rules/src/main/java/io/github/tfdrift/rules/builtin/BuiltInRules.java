package io.github.tfdrift.rules.builtin;

import io.github.tfdrift.rules.spi.Rule;
import java.util.List;

/** The built-in rules, one class each, in id order. */
public final class BuiltInRules {
  private BuiltInRules() {}

  /** A fresh list of every built-in rule. */
  public static List<Rule> all() {
    return List.of(
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
        new MoveChangeRule(),
        new NoChangeRule(),
        new PlannedChangeRule(),
        new RealDriftRule(),
        new RenameRule(),
        new RequiredTagsRule());
  }
}
