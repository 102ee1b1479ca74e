package io.github.tfdrift.rules;

import io.github.tfdrift.core.address.AttributePath;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One rule's proposal for one entry: a verdict with its risk, procedure, the attribute paths it is
 * about and one human sentence. A finding proposes; the engine decides by precedence (see {@link
 * Verdict}) and enforces that nothing with a delete action is classified below REPLACE, DELETE or
 * RECREATE. The reason must never contain a sensitive value (use {@link
 * io.github.tfdrift.rules.spi.PlanContext#display}).
 *
 * @param ruleId the id of the rule that made the finding (the engine stamps it)
 * @param verdict the proposed verdict
 * @param risk the proposed risk
 * @param procedure the proposed runbook procedure
 * @param paths the attribute paths the finding is about, in Terraform notation when rendered
 * @param reason one human sentence saying why
 * @param warnings extra warnings shown with the entry whatever the verdict (data loss, missing tags)
 * @param suggestedMove a {@code moved {}} block the finding suggests (rule {@code rename}); the entry
 *     shows it whatever the verdict
 * @param corrects the verdict this finding corrects, if it is a correction: evidence from outside the
 *     plan shows that verdict is wrong (rule {@code import-existing}: the object a CREATE would create
 *     already exists, so it is IMPORT). A correction takes the precedence of the verdict it corrects
 *     and goes ahead of the findings that propose it; a higher verdict still wins (see {@link
 *     #precedence()})
 * @param generatedImport the {@code import {}} block and command the finding generates (rule {@code
 *     import-existing}); the entry carries it when this finding decides
 */
public record Finding(
    String ruleId,
    Verdict verdict,
    Risk risk,
    Procedure procedure,
    List<AttributePath> paths,
    String reason,
    List<String> warnings,
    Optional<SuggestedMove> suggestedMove,
    Optional<Verdict> corrects,
    Optional<GeneratedImport> generatedImport) {

  /** Validates and copies the parts. */
  public Finding {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(risk, "risk");
    Objects.requireNonNull(procedure, "procedure");
    paths = List.copyOf(paths);
    Objects.requireNonNull(reason, "reason");
    warnings = List.copyOf(warnings);
    Objects.requireNonNull(suggestedMove, "suggestedMove");
    Objects.requireNonNull(corrects, "corrects");
    Objects.requireNonNull(generatedImport, "generatedImport");
  }

  /**
   * A finding that is not a correction and generates no import.
   *
   * @param ruleId the id of the rule that made the finding
   * @param verdict the proposed verdict
   * @param risk the proposed risk
   * @param procedure the proposed runbook procedure
   * @param paths the attribute paths the finding is about
   * @param reason one human sentence saying why
   * @param warnings extra warnings shown with the entry whatever the verdict
   * @param suggestedMove a {@code moved {}} block the finding suggests
   */
  public Finding(
      String ruleId,
      Verdict verdict,
      Risk risk,
      Procedure procedure,
      List<AttributePath> paths,
      String reason,
      List<String> warnings,
      Optional<SuggestedMove> suggestedMove) {
    this(ruleId, verdict, risk, procedure, paths, reason, warnings, suggestedMove, Optional.empty(), Optional.empty());
  }

  /**
   * A finding without a suggested move.
   *
   * @param ruleId the id of the rule that made the finding
   * @param verdict the proposed verdict
   * @param risk the proposed risk
   * @param procedure the proposed runbook procedure
   * @param paths the attribute paths the finding is about
   * @param reason one human sentence saying why
   * @param warnings extra warnings shown with the entry whatever the verdict
   */
  public Finding(
      String ruleId,
      Verdict verdict,
      Risk risk,
      Procedure procedure,
      List<AttributePath> paths,
      String reason,
      List<String> warnings) {
    this(ruleId, verdict, risk, procedure, paths, reason, warnings, Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** A finding without warnings. */
  public static Finding of(
      String ruleId,
      Verdict verdict,
      Risk risk,
      Procedure procedure,
      List<AttributePath> paths,
      String reason) {
    return new Finding(ruleId, verdict, risk, procedure, paths, reason, List.of());
  }

  /** A copy with one more warning. */
  public Finding withWarning(String warning) {
    List<String> l = new java.util.ArrayList<>(warnings);
    l.add(Objects.requireNonNull(warning, "warning"));
    return new Finding(ruleId, verdict, risk, procedure, paths, reason, l, suggestedMove, corrects, generatedImport);
  }

  /** A copy suggesting a {@code moved {}} block. */
  public Finding withSuggestedMove(SuggestedMove move) {
    return new Finding(
        ruleId, verdict, risk, procedure, paths, reason, warnings, Optional.of(Objects.requireNonNull(move, "move")), corrects, generatedImport);
  }

  /**
   * A copy that corrects {@code wrong}: evidence from outside the plan shows that verdict is wrong for
   * the entry. It takes the precedence of {@code wrong} and goes ahead of the findings proposing it.
   *
   * @param wrong the verdict it corrects
   * @return the copy
   */
  public Finding correcting(Verdict wrong) {
    return new Finding(
        ruleId, verdict, risk, procedure, paths, reason, warnings, suggestedMove, Optional.of(Objects.requireNonNull(wrong, "wrong")), generatedImport);
  }

  /** A copy generating an import ({@code import {}} block and command). */
  public Finding withGeneratedImport(GeneratedImport generated) {
    return new Finding(
        ruleId, verdict, risk, procedure, paths, reason, warnings, suggestedMove, corrects, Optional.of(Objects.requireNonNull(generated, "generated")));
  }

  /** A copy stamped with the given rule id. */
  public Finding withRuleId(String id) {
    return id.equals(ruleId) ? this : new Finding(id, verdict, risk, procedure, paths, reason, warnings, suggestedMove, corrects, generatedImport);
  }

  /** A copy with another risk. */
  public Finding withRisk(Risk r) {
    return new Finding(ruleId, verdict, r, procedure, paths, reason, warnings, suggestedMove, corrects, generatedImport);
  }

  /** A copy with another procedure. */
  public Finding withProcedure(Procedure p) {
    return new Finding(ruleId, verdict, risk, p, paths, reason, warnings, suggestedMove, corrects, generatedImport);
  }

  /**
   * The rank the engine decides by: the rank of the verdict this finding {@link #corrects()}, if it is a
   * correction, else of its own verdict ({@link Verdict#rank()}).
   *
   * @return the rank
   */
  public int precedence() {
    return corrects.orElse(verdict).rank();
  }
}
