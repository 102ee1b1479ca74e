package io.github.tfdrift.rules;

import io.github.tfdrift.core.address.AttributePath;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One rule's finding for one entry: a {@linkplain FindingKind kind} (a proposal, a suppression or an
 * escalation), a verdict with its risk and procedure, the attribute paths it is about and one human
 * sentence. A finding proposes; the engine decides by precedence (see {@link Verdict} and {@code
 * docs/rules.md}) and enforces that nothing with a delete action is classified below REPLACE, DELETE
 * or RECREATE, and nothing deferred below DEFERRED. The reason must never contain a sensitive value
 * (use {@link io.github.tfdrift.rules.spi.PlanContext#display}).
 *
 * <p>Rules build findings fluently; the engine stamps the rule id, so a rule never repeats its own:
 *
 * <pre>{@code
 * Finding.propose(Verdict.UPDATE, "The bucket policy drifted.").paths(paths).risk(Risk.MEDIUM).build();
 * Finding.suppress(Verdict.COSMETIC, "tags.LastScanned is written by the scanner.").paths(paths).build();
 * Finding.escalate("The bucket ACL becomes public-read.").paths(paths).build();
 * }</pre>
 *
 * @param ruleId the id of the rule that made the finding; empty until the engine stamps it
 * @param kind proposal, suppression or escalation
 * @param verdict the proposed verdict; IGNORED, COSMETIC or EXPECTED for a suppression; NO_CHANGE
 *     (no verdict) for an escalation
 * @param risk the proposed risk; at most LOW for a suppression, at least MEDIUM for an escalation
 * @param procedure the proposed runbook procedure; NO_ACTION or ACCEPT for a suppression, STOP for an
 *     escalation
 * @param paths the attribute paths the finding is about, in Terraform notation when rendered; for a
 *     suppression, the paths it covers (none: the whole entry)
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
    FindingKind kind,
    Verdict verdict,
    Risk risk,
    Procedure procedure,
    List<AttributePath> paths,
    String reason,
    List<String> warnings,
    Optional<SuggestedMove> suggestedMove,
    Optional<Verdict> corrects,
    Optional<GeneratedImport> generatedImport) {

  /**
   * Validates and copies the parts.
   *
   * @throws IllegalArgumentException for a suppression that is not IGNORED, COSMETIC or EXPECTED,
   *     has a risk above LOW or a procedure other than NO_ACTION or ACCEPT; for an escalation with a
   *     verdict, a risk below MEDIUM or a procedure other than STOP
   */
  public Finding {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(risk, "risk");
    Objects.requireNonNull(procedure, "procedure");
    paths = List.copyOf(paths);
    Objects.requireNonNull(reason, "reason");
    warnings = List.copyOf(warnings);
    Objects.requireNonNull(suggestedMove, "suggestedMove");
    Objects.requireNonNull(corrects, "corrects");
    Objects.requireNonNull(generatedImport, "generatedImport");
    if (corrects.isPresent() && kind != FindingKind.PROPOSAL) {
      throw new IllegalArgumentException("only a proposal corrects a verdict");
    }
    if (kind == FindingKind.SUPPRESSION) {
      if (!isSuppressionVerdict(verdict)) {
        throw new IllegalArgumentException("a suppression is IGNORED, COSMETIC or EXPECTED, not " + verdict);
      }
      if (risk.compareTo(Risk.LOW) > 0 || (procedure != Procedure.NO_ACTION && procedure != Procedure.ACCEPT)) {
        throw new IllegalArgumentException("a suppression has risk NO_RISK or LOW and procedure NO_ACTION or ACCEPT");
      }
    } else if (kind == FindingKind.ESCALATION) {
      if (verdict != Verdict.NO_CHANGE || procedure != Procedure.STOP || risk.compareTo(Risk.MEDIUM) < 0) {
        throw new IllegalArgumentException("an escalation has no verdict, procedure STOP and risk MEDIUM or above");
      }
    }
  }

  /** True for the verdicts a suppression may lower an entry to: IGNORED, COSMETIC and EXPECTED. */
  public static boolean isSuppressionVerdict(Verdict v) {
    return v == Verdict.IGNORED || v == Verdict.COSMETIC || v == Verdict.EXPECTED;
  }

  /**
   * A proposal of {@code verdict}, with the verdict's usual risk and procedure unless set: NO_RISK
   * and NO_ACTION for the quiet verdicts (LOW and ACCEPT for EXPECTED), LOW and APPLY for CREATE and
   * UPDATE, MEDIUM for IMPORT (procedure IMPORT), FORGET and DEFERRED (APPLY), HIGH and STOP for
   * REPLACE and DELETE, CRITICAL and STOP for RECREATE.
   *
   * @param verdict the proposed verdict
   * @param reason one human sentence saying why; no sensitive value
   * @return a builder
   */
  public static Builder propose(Verdict verdict, String reason) {
    Objects.requireNonNull(verdict, "verdict");
    return new Builder(FindingKind.PROPOSAL, verdict, reason);
  }

  /**
   * A suppression to {@code verdict} (IGNORED, COSMETIC or EXPECTED): risk NO_RISK and procedure
   * NO_ACTION unless set (LOW and ACCEPT for EXPECTED). Without {@link Builder#paths} it covers the
   * whole entry.
   *
   * @param verdict IGNORED, COSMETIC or EXPECTED
   * @param reason one human sentence saying why; shown on the entry in every report
   * @return a builder
   * @throws IllegalArgumentException for another verdict
   */
  public static Builder suppress(Verdict verdict, String reason) {
    Objects.requireNonNull(verdict, "verdict");
    if (!isSuppressionVerdict(verdict)) {
      throw new IllegalArgumentException("a suppression is IGNORED, COSMETIC or EXPECTED, not " + verdict);
    }
    return new Builder(FindingKind.SUPPRESSION, verdict, reason);
  }

  /**
   * An escalation to STOP: risk HIGH unless set (MEDIUM or above), procedure STOP. The entry keeps its
   * verdict; the decision becomes destructive (exit code 3).
   *
   * @param reason one human sentence saying why; shown on the entry in every report
   * @return a builder
   */
  public static Builder escalate(String reason) {
    return new Builder(FindingKind.ESCALATION, Verdict.NO_CHANGE, reason).risk(Risk.HIGH);
  }

  /** True for an ordinary proposal. */
  public boolean isProposal() {
    return kind == FindingKind.PROPOSAL;
  }

  /** True for a suppression. */
  public boolean isSuppression() {
    return kind == FindingKind.SUPPRESSION;
  }

  /** True for an escalation. */
  public boolean isEscalation() {
    return kind == FindingKind.ESCALATION;
  }

  /** A copy with one more warning. */
  public Finding withWarning(String warning) {
    List<String> l = new ArrayList<>(warnings);
    l.add(Objects.requireNonNull(warning, "warning"));
    return new Finding(ruleId, kind, verdict, risk, procedure, paths, reason, l, suggestedMove, corrects, generatedImport);
  }

  /** A copy suggesting a {@code moved {}} block. */
  public Finding withSuggestedMove(SuggestedMove move) {
    return new Finding(ruleId, kind, verdict, risk, procedure, paths, reason, warnings, Optional.of(Objects.requireNonNull(move, "move")), corrects, generatedImport);
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
        ruleId, kind, verdict, risk, procedure, paths, reason, warnings, suggestedMove, Optional.of(Objects.requireNonNull(wrong, "wrong")),
        generatedImport);
  }

  /** A copy generating an import ({@code import {}} block and command). */
  public Finding withGeneratedImport(GeneratedImport generated) {
    return new Finding(
        ruleId, kind, verdict, risk, procedure, paths, reason, warnings, suggestedMove, corrects,
        Optional.of(Objects.requireNonNull(generated, "generated")));
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

  /** A copy stamped with the given rule id. */
  public Finding withRuleId(String id) {
    return id.equals(ruleId) ? this : new Finding(id, kind, verdict, risk, procedure, paths, reason, warnings, suggestedMove, corrects, generatedImport);
  }

  /** A copy with another risk. */
  public Finding withRisk(Risk r) {
    return new Finding(ruleId, kind, verdict, r, procedure, paths, reason, warnings, suggestedMove, corrects, generatedImport);
  }

  /** A copy with another procedure. */
  public Finding withProcedure(Procedure p) {
    return new Finding(ruleId, kind, verdict, risk, p, paths, reason, warnings, suggestedMove, corrects, generatedImport);
  }

  /**
   * Builds a {@link Finding}: start with {@link Finding#propose}, {@link Finding#suppress} or {@link
   * Finding#escalate}. The rule id is left empty: the engine stamps it.
   */
  public static final class Builder {
    private final FindingKind kind;
    private final Verdict verdict;
    private final String reason;
    private Risk risk;
    private Procedure procedure;
    private List<AttributePath> paths = List.of();
    private final List<String> warnings = new ArrayList<>();
    private Optional<SuggestedMove> suggestedMove = Optional.empty();
    private Optional<Verdict> corrects = Optional.empty();
    private Optional<GeneratedImport> generatedImport = Optional.empty();

    private Builder(FindingKind kind, Verdict verdict, String reason) {
      this.kind = kind;
      this.verdict = verdict;
      this.reason = Objects.requireNonNull(reason, "reason");
      this.risk = defaultRisk(verdict);
      this.procedure = kind == FindingKind.ESCALATION ? Procedure.STOP : defaultProcedure(verdict);
    }

    /** The attribute paths the finding is about (for a suppression: the paths it covers). */
    public Builder paths(List<AttributePath> p) {
      this.paths = List.copyOf(p);
      return this;
    }

    /** The attribute paths the finding is about (for a suppression: the paths it covers). */
    public Builder paths(AttributePath... p) {
      return paths(List.of(p));
    }

    /** The risk, instead of the verdict's usual one. */
    public Builder risk(Risk r) {
      this.risk = Objects.requireNonNull(r, "risk");
      return this;
    }

    /** The runbook procedure, instead of the verdict's usual one. */
    public Builder procedure(Procedure p) {
      this.procedure = Objects.requireNonNull(p, "procedure");
      return this;
    }

    /** One more warning, shown with the entry whatever the verdict. */
    public Builder warning(String w) {
      warnings.add(Objects.requireNonNull(w, "warning"));
      return this;
    }

    /** More warnings, shown with the entry whatever the verdict. */
    public Builder warnings(List<String> ws) {
      ws.forEach(this::warning);
      return this;
    }

    /** A {@code moved {}} block to suggest. */
    public Builder suggestedMove(SuggestedMove m) {
      this.suggestedMove = Optional.of(Objects.requireNonNull(m, "suggestedMove"));
      return this;
    }

    /** A correction of {@code wrong} (see {@link Finding#correcting}); proposals only. */
    public Builder correcting(Verdict wrong) {
      this.corrects = Optional.of(Objects.requireNonNull(wrong, "wrong"));
      return this;
    }

    /** An {@code import {}} block and command to generate (see {@link Finding#withGeneratedImport}). */
    public Builder generatedImport(GeneratedImport g) {
      this.generatedImport = Optional.of(Objects.requireNonNull(g, "generatedImport"));
      return this;
    }

    /**
     * The finding, with an empty rule id for the engine to stamp.
     *
     * @throws IllegalArgumentException when the risk or procedure does not fit the kind (see {@link
     *     Finding#Finding})
     */
    public Finding build() {
      return new Finding("", kind, verdict, risk, procedure, paths, reason, warnings, suggestedMove, corrects, generatedImport);
    }

    private static Risk defaultRisk(Verdict v) {
      switch (v) {
        case EXPECTED:
        case CREATE:
        case UPDATE:
          return Risk.LOW;
        case IMPORT:
        case FORGET:
        case INVOKE:
        case DEFERRED:
          return Risk.MEDIUM;
        case REPLACE:
        case DELETE:
          return Risk.HIGH;
        case RECREATE:
          return Risk.CRITICAL;
        default:
          return Risk.NO_RISK;
      }
    }

    private static Procedure defaultProcedure(Verdict v) {
      switch (v) {
        case EXPECTED:
          return Procedure.ACCEPT;
        case IMPORT:
          return Procedure.IMPORT;
        case CREATE:
        case UPDATE:
        case FORGET:
        case INVOKE:
        case DEFERRED:
          return Procedure.APPLY;
        case REPLACE:
        case DELETE:
        case RECREATE:
          return Procedure.STOP;
        default:
          return Procedure.NO_ACTION;
      }
    }
  }
}
