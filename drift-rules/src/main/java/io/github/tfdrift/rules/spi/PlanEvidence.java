package io.github.tfdrift.rules.spi;

import io.github.tfdrift.rules.engine.DriftEngine;
import io.github.tfdrift.core.model.InstanceId;
import io.github.tfdrift.rules.RuleError;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the rules see for one plan before any rule runs: the plan-wide {@link PlanContext} (with the
 * evidence from outside the plan the engine was given, {@link PlanContext#existingObjects()}) and one
 * {@link EntryFacts} per resource instance object, in report order (address, then deposed key).
 * Obtained from {@link io.github.tfdrift.rules.engine.DriftEngine#evidence}; use it to run one rule on its
 * own (drift-testkit's {@code RuleTester} does) or to see why a rule did or did not fire. {@link
 * #toString()} never shows attribute values.
 *
 * @param context the plan-wide context the rules get
 * @param entries the joined and diffed evidence of every entry, in report order
 * @param errors failures of the engine itself while joining and diffing (the affected entries then
 *     carry no changed paths), and rule providers that failed to load
 */
public record PlanEvidence(PlanContext context, List<EntryFacts> entries, List<RuleError> errors) {

  /** Validates and copies the parts. */
  public PlanEvidence {
    Objects.requireNonNull(context, "context");
    entries = List.copyOf(entries);
    errors = List.copyOf(errors);
  }

  /** The evidence of the current object at an address. */
  public Optional<EntryFacts> entry(String address) {
    return entry(InstanceId.of(address));
  }

  /** The evidence of an instance object. */
  public Optional<EntryFacts> entry(InstanceId id) {
    for (EntryFacts e : entries) {
      if (e.id().equals(id)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return "PlanEvidence{" + entries.size() + " entries, " + errors.size() + " errors, today=" + context.today() + "}";
  }
}
