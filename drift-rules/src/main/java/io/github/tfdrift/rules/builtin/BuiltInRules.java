package io.github.tfdrift.rules.builtin;

import io.github.tfdrift.rules.spi.Rule;
import java.util.List;

/** The built-in rules, one class each, in id order. */
public final class BuiltInRules {
  private BuiltInRules() {}

  /** A fresh list of every built-in rule. */
  public static List<Rule> all() {
    return List.of(
        new CosmeticChange(),
        new DataRead(),
        new DeferredChangeRule(),
        new DeletedOutside(),
        new DestructiveChange(),
        new DriftNotActedOn(),
        new ExpectedDrift(),
        new ForgetChange(),
        new IgnoreChanges(),
        new ImportChange(),
        new ImportExistingRule(),
        new MoveChange(),
        new NoChange(),
        new PlannedChange(),
        new RealDrift(),
        new Rename(),
        new RequiredTagsRule());
  }
}
