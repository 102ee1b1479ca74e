package io.github.tfdrift.rules;

/**
 * What one resource instance's evidence means, in increasing order of precedence. When rules
 * disagree, the verdict with the higher {@link #rank()} wins, so the order in which rules run never
 * changes a result: destructive &gt; deferred &gt; the other actionable verdicts &gt;
 * plan-informational (move, read) &gt; expected &gt; cosmetic &gt; ignored &gt; no change.
 *
 * <p>Proposals only raise. A rule's explicit suppression ({@link Finding#suppress}) can lower an
 * entry that neither deletes nor is deferred to IGNORED, COSMETIC or EXPECTED; an escalation ({@link
 * Finding#escalate}) keeps the verdict but makes the entry STOP (see {@code docs/rules.md}).
 *
 * <p>Three tiers give the exit code (see {@link Decision}): quiet (0), actionable (2) and destructive
 * (3). {@link #DEFERRED} is actionable and outranks the other actionable verdicts, so that a change
 * Terraform could not plan yet is never shown as an ordinary create or update; a deferred change that
 * deletes anything is still REPLACE or DELETE.
 */
public enum Verdict {
  /** Nothing planned, no drift. */
  NO_CHANGE(Tier.QUIET),
  /** Drift or a planned change that the policy or Terraform itself ignores: a false positive. */
  IGNORED(Tier.QUIET),
  /** A change whose values are equal after normalisation (formatting only). */
  COSMETIC(Tier.QUIET),
  /** Drift acknowledged in the policy's {@code expected} list, not yet expired. */
  EXPECTED(Tier.QUIET),
  /** A data source read during apply. */
  READ(Tier.QUIET),
  /** A pure move ({@code moved} block): the state address changes, nothing else. */
  MOVE(Tier.QUIET),
  /** The object will be imported into state. */
  IMPORT(Tier.ACTIONABLE),
  /** The object will be removed from state without being destroyed. */
  FORGET(Tier.ACTIONABLE),
  /** An in-place update: real drift to restore or a configuration change. */
  UPDATE(Tier.ACTIONABLE),
  /** A new object will be created. */
  CREATE(Tier.ACTIONABLE),
  /**
   * A provider-defined action will be invoked ({@code action_invocations}, Terraform 1.14+): apply
   * runs it (a function call, a playbook, a cache flush), whether a resource changes or not. Used for
   * {@linkplain ClassifiedAction action entries} only; a deferred invocation is {@link #DEFERRED}.
   */
  INVOKE(Tier.ACTIONABLE),
  /**
   * A change Terraform could not plan yet ({@code deferred_changes}, Terraform 1.9+ with {@code
   * -allow-deferral}): the plan is incomplete; apply, then plan again to see it planned. Never used
   * for a deferred change that deletes anything: that stays REPLACE or DELETE.
   */
  DEFERRED(Tier.ACTIONABLE),
  /** The object will be replaced (destroyed or forgotten, and created again). */
  REPLACE(Tier.DESTRUCTIVE),
  /** The object was deleted outside Terraform and apply would create it again, empty. */
  RECREATE(Tier.DESTRUCTIVE),
  /** The object will be destroyed. */
  DELETE(Tier.DESTRUCTIVE);

  private enum Tier {
    QUIET,
    ACTIONABLE,
    DESTRUCTIVE
  }

  private final Tier tier;

  Verdict(Tier tier) {
    this.tier = tier;
  }

  /** True for {@link #REPLACE}, {@link #RECREATE} and {@link #DELETE}: the runbook's STOP. */
  public boolean isDestructive() {
    return tier == Tier.DESTRUCTIVE;
  }

  /**
   * True for {@link #CREATE}, {@link #UPDATE}, {@link #IMPORT}, {@link #FORGET}, {@link #INVOKE} and
   * {@link #DEFERRED}.
   */
  public boolean isActionable() {
    return tier == Tier.ACTIONABLE;
  }

  /** True for verdicts that need nothing done (exit code 0). */
  public boolean isQuiet() {
    return tier == Tier.QUIET;
  }

  /** The precedence: the higher rank wins when findings disagree. */
  public int rank() {
    return ordinal();
  }

  /** Lower-case id for reports: {@code no_change}, {@code recreate}. */
  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
