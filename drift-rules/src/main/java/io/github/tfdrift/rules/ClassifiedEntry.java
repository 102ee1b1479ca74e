package io.github.tfdrift.rules;

import io.github.tfdrift.core.address.AttributePath;
import io.github.tfdrift.core.address.ResourceMode;
import io.github.tfdrift.core.model.Action;
import io.github.tfdrift.core.model.ChangeKind;
import io.github.tfdrift.core.model.DeferredChange;
import io.github.tfdrift.core.model.InstanceId;
import io.github.tfdrift.core.model.ResourceChange;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Everything the plan says about one resource instance object (address plus deposed key), joined,
 * with the decided verdict. {@link #toString()} never shows attribute values.
 *
 * @param id address plus deposed key
 * @param previousAddress the address before a move, if moved
 * @param type the resource type
 * @param mode managed, data or ephemeral
 * @param source which parts of the plan mention the instance
 * @param planned the {@code resource_changes} entry, if any
 * @param drift the {@code resource_drift} entry, if any
 * @param verdict the decided verdict
 * @param risk the decided risk, raised by an {@linkplain #escalation() escalation}
 * @param procedure the runbook procedure; STOP when {@linkplain #escalation() escalated}
 * @param paths the changed attribute paths the deciding rule is about
 * @param ruleId the id of the rule whose finding decided
 * @param reason one human sentence saying why; never contains a sensitive value. For a {@linkplain
 *     #suppression() suppressed} entry, the suppression's reason
 * @param findings every finding the rules made, deciding finding first (see {@code
 *     io.github.tfdrift.rules.internal.Decider.Decided} for the order)
 * @param warnings warnings from all findings (data loss, missing tags)
 * @param generatedImport the import generated when the object already exists outside the state: the
 *     deciding finding's ({@link Finding#generatedImport()}, rule {@code import-existing}, from the
 *     {@link io.github.tfdrift.rules.spi.ExistingObjects} the engine was given); empty otherwise
 * @param deferred the {@code deferred_changes} entry (reason and {@code resource_change}) of a change
 *     Terraform could not plan yet; {@code planned} is then its {@code resource_change} and {@link
 *     #source()} is {@link Source#DEFERRED} or {@link Source#DEFERRED_AND_DRIFT}. Empty otherwise
 */
public record ClassifiedEntry(
    InstanceId id,
    Optional<String> previousAddress,
    String type,
    ResourceMode mode,
    Source source,
    Optional<ResourceChange> planned,
    Optional<ResourceChange> drift,
    Verdict verdict,
    Risk risk,
    Procedure procedure,
    List<AttributePath> paths,
    String ruleId,
    String reason,
    List<Finding> findings,
    List<String> warnings,
    Optional<GeneratedImport> generatedImport,
    Optional<DeferredChange> deferred) {

  /** Validates and copies the parts. */
  public ClassifiedEntry {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(previousAddress, "previousAddress");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(planned, "planned");
    Objects.requireNonNull(drift, "drift");
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(risk, "risk");
    Objects.requireNonNull(procedure, "procedure");
    paths = List.copyOf(paths);
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(reason, "reason");
    findings = List.copyOf(findings);
    warnings = List.copyOf(warnings);
    Objects.requireNonNull(generatedImport, "generatedImport");
    Objects.requireNonNull(deferred, "deferred");
  }

  /**
   * An entry that is not deferred.
   *
   * @param id address plus deposed key
   * @param previousAddress the address before a move, if moved
   * @param type the resource type
   * @param mode managed, data or ephemeral
   * @param source which parts of the plan mention the instance
   * @param planned the {@code resource_changes} entry, if any
   * @param drift the {@code resource_drift} entry, if any
   * @param verdict the decided verdict
   * @param risk the decided risk
   * @param procedure the runbook procedure
   * @param paths the changed attribute paths the deciding rule is about
   * @param ruleId the id of the rule whose finding decided
   * @param reason one human sentence saying why
   * @param findings every finding that applied, deciding finding first
   * @param warnings warnings from all findings
   * @param generatedImport the import generated from an apply log, if any
   */
  public ClassifiedEntry(
      InstanceId id,
      Optional<String> previousAddress,
      String type,
      ResourceMode mode,
      Source source,
      Optional<ResourceChange> planned,
      Optional<ResourceChange> drift,
      Verdict verdict,
      Risk risk,
      Procedure procedure,
      List<AttributePath> paths,
      String ruleId,
      String reason,
      List<Finding> findings,
      List<String> warnings,
      Optional<GeneratedImport> generatedImport) {
    this(id, previousAddress, type, mode, source, planned, drift, verdict, risk, procedure, paths, ruleId, reason, findings, warnings,
        generatedImport, Optional.empty());
  }

  /**
   * An entry without a generated import (the engine's entries).
   *
   * @param id address plus deposed key
   * @param previousAddress the address before a move, if moved
   * @param type the resource type
   * @param mode managed, data or ephemeral
   * @param source which parts of the plan mention the instance
   * @param planned the {@code resource_changes} entry, if any
   * @param drift the {@code resource_drift} entry, if any
   * @param verdict the decided verdict
   * @param risk the decided risk
   * @param procedure the runbook procedure
   * @param paths the changed attribute paths the deciding rule is about
   * @param ruleId the id of the rule whose finding decided
   * @param reason one human sentence saying why
   * @param findings every finding that applied, deciding finding first
   * @param warnings warnings from all findings
   */
  public ClassifiedEntry(
      InstanceId id,
      Optional<String> previousAddress,
      String type,
      ResourceMode mode,
      Source source,
      Optional<ResourceChange> planned,
      Optional<ResourceChange> drift,
      Verdict verdict,
      Risk risk,
      Procedure procedure,
      List<AttributePath> paths,
      String ruleId,
      String reason,
      List<Finding> findings,
      List<String> warnings) {
    this(id, previousAddress, type, mode, source, planned, drift, verdict, risk, procedure, paths, ruleId, reason, findings, warnings,
        Optional.empty(), Optional.empty());
  }

  /**
   * A copy decided by another finding: verdict, risk, procedure, paths, rule id and reason come from
   * {@code decider}, which goes first in {@link #findings()}; its warnings are added to {@link
   * #warnings()}. The planned, drift and deferred evidence are kept, and so is an escalation: the
   * procedure stays STOP and the risk at least the escalation's.
   *
   * @param decider the deciding finding
   * @param generated the generated import to carry, if any
   * @return the new entry
   */
  public ClassifiedEntry decidedBy(Finding decider, Optional<GeneratedImport> generated) {
    List<Finding> fs = new java.util.ArrayList<>();
    fs.add(decider);
    fs.addAll(findings);
    List<String> ws = new java.util.ArrayList<>(warnings);
    for (String w : decider.warnings()) {
      if (!ws.contains(w)) {
        ws.add(w);
      }
    }
    Optional<Finding> esc = escalation();
    Risk r = esc.map(x -> decider.risk().max(x.risk())).orElse(decider.risk());
    Procedure p = esc.isPresent() ? Procedure.STOP : decider.procedure();
    return new ClassifiedEntry(
        id, previousAddress, type, mode, source, planned, drift, decider.verdict(), r, p, decider.paths(),
        decider.ruleId(), decider.reason(), fs, ws, generated, deferred);
  }

  /**
   * The suppression that decided this entry: present when a rule lowered the entry to IGNORED,
   * COSMETIC or EXPECTED with {@link Finding#suppress}. Its rule id and reason are the entry's.
   *
   * @return the deciding suppression, if any
   */
  public Optional<Finding> suppression() {
    return !findings.isEmpty() && findings.get(0).isSuppression() ? Optional.of(findings.get(0)) : Optional.empty();
  }

  /**
   * The verdict the entry would have without its {@linkplain #suppression() suppression}: the best
   * proposal's.
   *
   * @return the suppressed verdict, when suppressed
   */
  public Optional<Verdict> suppressedVerdict() {
    if (suppression().isEmpty()) {
      return Optional.empty();
    }
    for (Finding f : findings) {
      if (f.isProposal()) {
        return Optional.of(f.verdict());
      }
    }
    return Optional.empty();
  }

  /**
   * The escalation that made this entry STOP: the strongest {@link Finding#escalate} finding (higher
   * risk, then smaller rule id). The verdict keeps its meaning; the procedure is STOP and the {@link
   * #decision()} destructive.
   *
   * @return the escalation, if a rule escalated the entry
   */
  public Optional<Finding> escalation() {
    for (Finding f : findings) {
      if (f.isEscalation()) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /**
   * True when the entry is STOP because a rule escalated it, not because its verdict is destructive:
   * reports say so and name the rule.
   */
  public boolean isEscalated() {
    return !verdict.isDestructive() && escalation().isPresent();
  }

  /**
   * What this entry alone means for the exit code: {@link Decision#DESTRUCTIVE} for a destructive
   * verdict or an {@linkplain #escalation() escalated} entry, otherwise {@link Decision#of(Verdict)}.
   */
  public Decision decision() {
    return escalation().isPresent() ? Decision.DESTRUCTIVE : Decision.of(verdict);
  }

  /** True for a change Terraform deferred ({@code deferred_changes}): the plan is incomplete. */
  public boolean isDeferred() {
    return deferred.isPresent();
  }

  /** The deferral's {@code reason} word, kept as the plan wrote it, for a deferred change. */
  public Optional<String> deferralReason() {
    return deferred.map(DeferredChange::reason);
  }

  /** The generated {@code import {}} block, when the object already exists outside the state. */
  public Optional<String> importBlock() {
    return generatedImport.map(GeneratedImport::block);
  }

  /**
   * The {@code moved {}} block suggested for this entry, when it looks like one half of a rename (a
   * planned delete and a planned create of the same object): from the first finding that suggests one
   * (rule {@code rename}). The verdict is not affected: the delete stays DELETE, the create CREATE.
   *
   * @return the suggested move, if any
   */
  public Optional<SuggestedMove> suggestedMove() {
    for (Finding f : findings) {
      if (f.suggestedMove().isPresent()) {
        return f.suggestedMove();
      }
    }
    return Optional.empty();
  }

  /** The suggested {@code moved {}} block, when the entry looks like one half of a rename. */
  public Optional<String> movedBlock() {
    return suggestedMove().map(SuggestedMove::block);
  }

  /** The instance address. */
  public String address() {
    return id.address();
  }

  /** The deposed key, for a deposed object. */
  public Optional<String> deposed() {
    return id.deposed();
  }

  /**
   * The planned actions ({@code resource_changes}, or the deferred change's {@code resource_change}),
   * empty when there is no planned entry.
   */
  public List<Action> actions() {
    return planned.map(p -> p.change().actions()).orElse(List.of());
  }

  /** The drift actions ({@code resource_drift}), empty when there is no drift. */
  public List<Action> driftActions() {
    return drift.map(p -> p.change().actions()).orElse(List.of());
  }

  /** What the planned actions mean; {@link ChangeKind#NO_OP} when nothing is planned. */
  public ChangeKind plannedKind() {
    return planned.map(ResourceChange::kind).orElse(ChangeKind.NO_OP);
  }

  /** The paths rendered in Terraform notation. */
  public List<String> renderedPaths() {
    return paths.stream().map(AttributePath::render).collect(Collectors.toList());
  }

  @Override
  public String toString() {
    return "ClassifiedEntry{"
        + id
        + ": "
        + verdict
        + "/"
        + risk
        + "/"
        + procedure
        + " by "
        + ruleId
        + ", paths="
        + renderedPaths()
        + (generatedImport.isPresent() ? ", import" : "")
        + deferred.map(d -> ", deferred " + d.reason()).orElse("")
        + (suggestedMove().isPresent() ? ", moved" : "")
        + suppression().map(f -> ", suppressed by " + f.ruleId()).orElse("")
        + (isEscalated() ? ", escalated by " + escalation().get().ruleId() : "")
        + "}";
  }
}
