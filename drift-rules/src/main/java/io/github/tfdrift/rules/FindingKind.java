package io.github.tfdrift.rules;

/**
 * What a {@link Finding} asks of the engine. Every kind is subject to never-downgrade: nothing a rule
 * says classifies a change that deletes below REPLACE, DELETE or RECREATE, or a deferred change below
 * DEFERRED. See {@code docs/rules.md} for the precedence.
 */
public enum FindingKind {
  /**
   * An ordinary proposal: a verdict with its risk and procedure. Proposals only raise: the highest
   * verdict rank wins, then the higher risk, then the smaller rule id.
   */
  PROPOSAL,
  /**
   * An explicit suppression: lowers the entry to IGNORED, COSMETIC or EXPECTED, whatever the
   * proposals say, when the suppressions cover the whole entry (every real changed path, or the
   * entry as a whole when the suppression names no path), no rule escalates the entry, and the entry
   * neither deletes nor is deferred. The policy can forbid suppression by rules that are not built
   * in ({@code rules: {allow_plugin_suppression: false}}).
   */
  SUPPRESSION,
  /**
   * An escalation: the entry keeps its verdict (an UPDATE stays UPDATE), but its procedure becomes
   * STOP, its risk at least the escalation's, and the decision destructive (exit code 3 in {@link
   * ExitCodeMode#DETAILED} mode). An escalation carries no verdict of its own ({@link
   * Verdict#NO_CHANGE}) and blocks every suppression of the entry.
   */
  ESCALATION;

  /** Lower-case id for reports: {@code proposal}, {@code suppression}, {@code escalation}. */
  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
