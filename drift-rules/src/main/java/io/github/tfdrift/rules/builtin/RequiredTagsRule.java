package io.github.tfdrift.rules.builtin;

import io.github.tfdrift.core.address.AttributePath;
import io.github.tfdrift.core.model.Change;
import io.github.tfdrift.core.model.ChangeKind;
import io.github.tfdrift.core.value.JsonValue;
import io.github.tfdrift.rules.Finding;
import io.github.tfdrift.rules.Procedure;
import io.github.tfdrift.rules.Risk;
import io.github.tfdrift.rules.Verdict;
import io.github.tfdrift.rules.policy.RequiredTags;
import io.github.tfdrift.rules.spi.EntryFacts;
import io.github.tfdrift.rules.spi.PlanContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Opt-in (policy {@code required_tags: {enabled: true}}), from seed 003's prevention strategy:
 * planned creates, imports and updates of resources with a {@code tags} attribute must carry the
 * configured tags (default ManagedBy, Workspace, Environment); {@code tags_all} counts when known, so
 * provider default tags satisfy the rule. A missing tag makes the entry at least actionable (its own
 * CREATE, IMPORT or UPDATE verdict, risk MEDIUM) and adds a warning.
 */
public final class RequiredTagsRule extends BuiltInRule {
  /** The rule id. */
  public static final String ID = "required-tags";

  /** The rule. */
  public RequiredTagsRule() {
    super(ID, "Opt-in: planned creates and updates missing required tags are flagged (at least actionable).");
  }

  @Override
  public List<Finding> evaluate(EntryFacts e, PlanContext ctx) {
    RequiredTags cfg = ctx.policy().requiredTags();
    if (!cfg.enabled() || e.planned().isEmpty() || !e.isManaged() || !cfg.checksType(e.type())) {
      return List.of();
    }
    ChangeKind k = e.plannedKind();
    boolean importing = e.importing().isPresent();
    if (k != ChangeKind.CREATE && k != ChangeKind.UPDATE && !importing) {
      return List.of();
    }
    Change c = e.planned().get().change();
    JsonValue after = c.after();
    if (!(after instanceof JsonValue.Obj o)) {
      return List.of();
    }
    JsonValue unknown = c.afterUnknown();
    JsonValue tags;
    if (o.get("tags_all") instanceof JsonValue.Obj ta) {
      tags = ta;
    } else if (isTrue(unknown.get("tags_all")) || isTrue(unknown.get("tags"))) {
      return List.of();
    } else if (o.has("tags") || !cfg.types().isEmpty()) {
      tags = o.get("tags");
    } else {
      return List.of();
    }
    List<String> missing = new ArrayList<>();
    for (String t : cfg.tags()) {
      if (!(tags instanceof JsonValue.Obj to) || !to.has(t)) {
        missing.add(t);
      }
    }
    if (missing.isEmpty()) {
      return List.of();
    }
    Verdict v = importing ? Verdict.IMPORT : k == ChangeKind.CREATE ? Verdict.CREATE : Verdict.UPDATE;
    String list = Texts.join(missing);
    return List.of(
        Finding.propose(v, e.address() + " is missing required " + Texts.verb(missing.size(), "tag ", "tags ") + list + ": add them to the configuration before applying.")
            .paths(List.of(AttributePath.parse("tags").get()))
            .risk(Risk.MEDIUM)
            .procedure(importing ? Procedure.IMPORT : Procedure.APPLY)
            .build()
            .withWarning(e.address() + " is missing required " + Texts.verb(missing.size(), "tag ", "tags ") + list + "."));
  }

  private static boolean isTrue(JsonValue v) {
    return v instanceof JsonValue.Bool b && b.value();
  }
}
