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
 */
public record Finding(
    String ruleId,
    Verdict verdict,
    Risk risk,
    Procedure procedure,
    List<AttributePath> paths,
    String reason,
    List<String> warnings,
    Optional<SuggestedMove> suggestedMove) {

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
    this(ruleId, verdict, risk, procedure, paths, reason, warnings, Optional.empty());
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
    return new Finding(ruleId, verdict, risk, procedure, paths, reason, l, suggestedMove);
  }

  /** A copy suggesting a {@code moved {}} block. */
  public Finding withSuggestedMove(SuggestedMove move) {
    return new Finding(ruleId, verdict, risk, procedure, paths, reason, warnings, Optional.of(Objects.requireNonNull(move, "move")));
  }

  /** A copy stamped with the given rule id. */
  public Finding withRuleId(String id) {
    return id.equals(ruleId) ? this : new Finding(id, verdict, risk, procedure, paths, reason, warnings, suggestedMove);
  }

  /** A copy with another risk. */
  public Finding withRisk(Risk r) {
    return new Finding(ruleId, verdict, r, procedure, paths, reason, warnings, suggestedMove);
  }

  /** A copy with another procedure. */
  public Finding withProcedure(Procedure p) {
    return new Finding(ruleId, verdict, risk, p, paths, reason, warnings, suggestedMove);
  }
}
