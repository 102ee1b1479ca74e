package io.github.tfdrift.rules;

/**
 * The plan-level decision and its exit code. This is the one exit-code contract of tfdrift:
 *
 * <table>
 *   <caption>Exit codes</caption>
 *   <tr><th>code</th><th>decision</th><th>meaning</th></tr>
 *   <tr><td>0</td><td>{@link #NO_CHANGES}</td><td>only NO_CHANGE, IGNORED, COSMETIC, EXPECTED, READ, MOVE</td></tr>
 *   <tr><td>2</td><td>{@link #ACTIONABLE}</td><td>CREATE, UPDATE, IMPORT, FORGET, INVOKE (an action invocation) or DEFERRED present (DEFERRED: the plan is incomplete, apply and plan again), or a failed or errored check (unless the policy says {@code checks: {fail_run: false}})</td></tr>
 *   <tr><td>3</td><td>{@link #DESTRUCTIVE}</td><td>REPLACE, DELETE or RECREATE present, or an entry a rule escalated ({@link Finding#escalate}): STOP</td></tr>
 *   <tr><td>1</td><td>{@link #ERROR}</td><td>unreadable input, an errored plan, a failing rule</td></tr>
 * </table>
 *
 * <p>In {@link ExitCodeMode#TERRAFORM} mode 3 is reported as 2. Output-only changes never raise the
 * decision (they are reported, but are not drift).
 */
public enum Decision {
  /** Nothing actionable. */
  NO_CHANGES(0),
  /** Actionable, non-destructive changes (deferred changes included). */
  ACTIONABLE(2),
  /** Destructive changes present, or a change a rule escalated to STOP. */
  DESTRUCTIVE(3),
  /** The input could not be read, the plan errored, or a rule failed. */
  ERROR(1);

  private final int code;

  Decision(int code) {
    this.code = code;
  }

  /** The detailed exit code. */
  public int exitCode() {
    return code;
  }

  /** The exit code in the given mode. */
  public int exitCode(ExitCodeMode mode) {
    return mode == ExitCodeMode.TERRAFORM && this == DESTRUCTIVE ? 2 : code;
  }

  /** The decision for a verdict on its own. */
  public static Decision of(Verdict v) {
    return v.isDestructive() ? DESTRUCTIVE : v.isActionable() ? ACTIONABLE : NO_CHANGES;
  }
}
