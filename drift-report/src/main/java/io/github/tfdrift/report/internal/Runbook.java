package io.github.tfdrift.report.internal;

import io.github.tfdrift.core.address.AddressError;
import io.github.tfdrift.core.address.ModuleInstance;
import io.github.tfdrift.core.address.ResourceAddress;
import io.github.tfdrift.core.model.Configuration;
import io.github.tfdrift.core.model.ModuleCall;
import io.github.tfdrift.core.model.ModuleConfig;
import io.github.tfdrift.core.model.Plan;
import io.github.tfdrift.core.model.Producer;
import io.github.tfdrift.rules.ClassifiedEntry;
import io.github.tfdrift.rules.Procedure;
import io.github.tfdrift.rules.Verdict;
import io.github.tfdrift.rules.spi.Deferral;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The drift runbook's advice for one entry, in its words: what happened, the procedure, and what to
 * run ({@code tofu apply} or {@code terraform apply} after the plan's producer); which configuration
 * to edit to accept drift; no action for false positives; STOP with the data-loss warning for
 * recreation; apply and plan again for a deferred change.
 */
public final class Runbook {
  /** The data-loss warning of recreation (runbook scenario 6). */
  public static final String DATA_LOSS =
      "Recreating will result in data loss on the resource's disks. Data on external/NFS storage is safe.";

  private final String tool;
  private final String cmd;
  private final Plan plan;

  /** Advice for the entries of {@code plan}. */
  public Runbook(Plan plan, Producer producer) {
    this.plan = plan;
    this.tool = Words.toolName(producer.tool());
    this.cmd = producer.tool().command();
  }

  /** The command people run: {@code tofu} or {@code terraform}. */
  public String command() {
    return cmd;
  }

  /** The advice for an entry: the first line says what happened and what to do; warnings follow. */
  public List<String> advice(ClassifiedEntry e) {
    List<String> l = new ArrayList<>();
    String where = where(e);
    boolean drift = e.source().hasDrift();
    switch (e.verdict()) {
      case UPDATE:
        if (e.procedure() == Procedure.ACCEPT) {
          l.add("Drift: changed outside " + tool + "; the policy accepts it. Procedure 2 (accept): update the configuration ("
              + where + ") to match, then check that '" + cmd + " plan' shows no changes.");
        } else if (drift) {
          l.add("Drift: changed outside " + tool + ". Procedure 1 (restore): run '" + cmd + " apply'. Procedure 2 (accept): update the configuration ("
              + where + ") to match.");
        } else {
          l.add("Planned: the configuration changed. Procedure 1: run '" + cmd + " apply' to apply it.");
        }
        break;
      case CREATE:
        l.add("Planned: will be created. Run '" + cmd + " apply' to create it.");
        break;
      case DEFERRED:
        l.add("Deferred: " + tool + " could not plan this change yet (" + Deferral.tag(e.deferralReason().orElse(""))
            + "), so the plan is incomplete. Run '" + cmd + " apply' for the rest of the plan, then '" + cmd
            + " plan' again to see this change planned, and review it then.");
        break;
      case IMPORT:
        if (e.generatedImport().isPresent()) {
          l.add("Import: it already exists outside the state. Import it: add the block to your"
              + " configuration, or run the '" + cmd + " import' command: " + e.generatedImport().get().command() + ". Then check that '"
              + cmd + " plan' shows no changes for it.");
        } else {
          l.add("Import: an existing object will be brought into state. Run '" + cmd + " apply', then check that '" + cmd + " plan' shows no changes.");
        }
        break;
      case FORGET:
        l.add("Forget: will be removed from state without being destroyed. Run '" + cmd + " apply' if that is intended.");
        break;
      case REPLACE:
        l.add("STOP! Will be replaced (destroyed and created again). Investigate before applying: check lifecycle ignore_changes in the configuration ("
            + where + "); do not run '" + cmd + " apply' until the replacement is understood.");
        break;
      case DELETE:
        l.add("STOP! Will be destroyed. Investigate before applying; run '" + cmd + " apply' only if the removal is intended.");
        break;
      case RECREATE:
        l.add("STOP! Deleted outside " + tool + "; '" + cmd + " apply' would create it again. Investigate why it was destroyed: if on purpose, run '"
            + cmd + " apply' to recreate it; if by accident, restore from backup first.");
        if (e.warnings().stream().noneMatch(w -> w.contains("data loss"))) {
          l.add("WARNING: " + DATA_LOSS);
        }
        break;
      case IGNORED:
        l.add(e.ruleId().equals("ignore-changes")
            ? "False positive (ignore_changes) — no action needed."
            : "False positive — no action needed (" + tool + " will not act on it).");
        break;
      case COSMETIC:
        l.add("Cosmetic: the same value written differently — no action needed.");
        break;
      case EXPECTED:
        l.add("Expected drift (listed under 'expected' in the policy) — no action needed now. Procedure 2 (accept): update the configuration ("
            + where + ") before the entry expires.");
        break;
      case READ:
        l.add("Data source read during apply — no action needed.");
        break;
      case MOVE:
        l.add("Moved" + e.previousAddress().map(p -> " from " + p).orElse("") + " — no action needed; '" + cmd + " apply' records the new address.");
        break;
      default:
        l.add("No changes.");
    }
    if (e.isDeferred() && e.verdict() != Verdict.DEFERRED) {
      l.add("Deferred: this plan does not make the change yet (" + Deferral.tag(e.deferralReason().orElse(""))
          + "); the plan after the next '" + cmd + " apply' will, so investigate before applying.");
    }
    for (String w : e.warnings()) {
      l.add("WARNING: " + w);
    }
    return l;
  }

  /** A short form of the procedure: {@code run 'tofu apply'}, {@code STOP}, {@code none}. */
  public String action(ClassifiedEntry e) {
    switch (e.procedure()) {
      case APPLY:
        if (e.verdict() == Verdict.DEFERRED) {
          return "'" + cmd + " apply', then plan again";
        }
        return e.verdict() == Verdict.UPDATE && e.source().hasDrift()
            ? "restore: '" + cmd + " apply', or accept: edit the configuration"
            : "'" + cmd + " apply'";
      case ACCEPT:
        return "accept: edit the configuration";
      case STOP:
        return "STOP, investigate";
      case IMPORT:
        return e.generatedImport().isPresent()
            ? "import it: add the block, or '" + cmd + " import'"
            : "'" + cmd + " apply' (import)";
      default:
        return "none";
    }
  }

  /**
   * Which configuration to edit: the resource block, in the root module's .tf files or in the module
   * at its {@code source} (from {@code configuration.module_calls}).
   */
  public String where(ClassifiedEntry e) {
    Either<AddressError, ResourceAddress> parsed = ResourceAddress.parse(e.address());
    if (parsed.isLeft()) {
      return "the resource block of " + e.address();
    }
    ResourceAddress a = parsed.get();
    List<ModuleInstance> bare = new ArrayList<>();
    for (ModuleInstance m : a.modulePath()) {
      bare.add(ModuleInstance.of(m.name()));
    }
    String block = "the resource block of " + new ResourceAddress(bare, a.mode(), a.type(), a.name(), Optional.empty()).render();
    if (a.modulePath().isEmpty()) {
      return block + ", in the root module's .tf files";
    }
    List<String> sources = new ArrayList<>();
    Optional<ModuleConfig> m = plan.configuration().flatMap(Configuration::rootModule);
    for (ModuleInstance mi : a.modulePath()) {
      Optional<ModuleCall> call = m.map(x -> x.moduleCalls().get(mi.name()));
      if (call.isEmpty() || call.get().source().isEmpty()) {
        sources.clear();
        break;
      }
      sources.add(call.get().source().get());
      m = call.get().module();
    }
    String moduleAddress = new ResourceAddress(bare, a.mode(), a.type(), a.name(), Optional.empty()).moduleAddress();
    if (sources.isEmpty()) {
      return block + ", in the files of " + moduleAddress;
    }
    String inner = sources.get(sources.size() - 1);
    return block + ", in the module at " + inner + (sources.size() > 1 ? " (through " + String.join(" → ", sources) + ")" : "");
  }
}
