package io.github.tfdrift.rules.builtin;

import io.github.tfdrift.core.model.ChangeKind;
import io.github.tfdrift.core.model.Producer;
import io.github.tfdrift.rules.Finding;
import io.github.tfdrift.rules.GeneratedImport;
import io.github.tfdrift.rules.Verdict;
import io.github.tfdrift.rules.spi.EntryFacts;
import io.github.tfdrift.rules.spi.ExistingObject;
import io.github.tfdrift.rules.spi.PlanContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Seed 003, phase 2: a planned create whose object already exists outside the state (evidence from a
 * failed apply's log, {@link PlanContext#existingObject}) is IMPORT, procedure IMPORT: import it instead
 * of creating it. The finding {@linkplain Finding#correcting corrects} CREATE, so it decides whenever
 * the entry would otherwise be CREATE, and never hides a higher verdict (a rule's destructive one). A
 * deferred create and a create of an object deleted outside the state get no finding: the engine's
 * floors (DEFERRED, RECREATE) decide them. The finding carries the generated {@code import {}} block
 * and command when the import ID is known, the block by identity ({@code identity = { … }}) when the
 * evidence carries the object's identity; its warnings say how to complete a {@code <PLACEHOLDER>}
 * left in the ID or the identity.
 */
public final class ImportExistingRule extends BuiltInRule {
  /** The rule id. */
  public static final String ID = "import-existing";

  /** The rule. */
  public ImportExistingRule() {
    super(
        ID,
        "Planned creates that the apply log (drift analyze --apply-log) shows already exist outside the state are IMPORT: import them instead.");
  }

  @Override
  public List<Finding> evaluate(EntryFacts e, PlanContext ctx) {
    if (ctx.existingObjects().isEmpty() || e.deposed().isPresent() || e.plannedKind() != ChangeKind.CREATE) {
      return List.of();
    }
    if (e.isDeferred() || e.driftDeleted()) {
      return List.of(); // never CREATE: the engine's floor is DEFERRED or RECREATE, and the entry keeps it
    }
    Optional<ExistingObject> found = ctx.existingObject(e.address());
    if (found.isEmpty()) {
      return List.of();
    }
    ExistingObject o = found.get();
    List<String> warnings = new ArrayList<>(o.warnings());
    if (o.identity().isPresent()) {
      if (!o.identity().get().placeholders().isEmpty()) {
        warnings.add("complete " + String.join(", ", o.identity().get().placeholders()) + " in the identity before using the block");
      }
    } else if (!o.placeholders().isEmpty()) {
      warnings.add("complete " + String.join(", ", o.placeholders()) + " in the import ID before using the block");
    }
    String more = o.origins().size() > 1 ? ", and " + (o.origins().size() - 1) + " more" : "";
    Finding.Builder f =
        Finding.propose(Verdict.IMPORT, e.address() + " already exists outside the state (" + o.origin().describe() + more + "): import it instead of creating it.")
            .warnings(warnings)
            .correcting(Verdict.CREATE);
    String binary = ctx.tool() != Producer.Tool.UNKNOWN ? ctx.toolCommand() : ctx.existingObjects().tool().command();
    if (o.identity().isPresent()) {
      f.generatedImport(
          GeneratedImport.byIdentity(o.address(), o.importId().orElse("<IMPORT_ID>"), o.identity().get().members(), binary, o.origin().describe()));
    } else if (o.importId().isPresent()) {
      f.generatedImport(GeneratedImport.of(o.address(), o.importId().get(), binary, o.origin().describe()));
    }
    return List.of(f.build());
  }
}
