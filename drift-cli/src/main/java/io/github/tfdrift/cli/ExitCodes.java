package io.github.tfdrift.cli;

/** The exit statuses of {@code drift}. */
public final class ExitCodes {
  /** The command did what was asked. */
  public static final int OK = 0;
  /** Bad input, a usage error or an internal error; one line on standard error says which. */
  public static final int ERROR = 1;
  /**
   * analyze: actionable, non-destructive changes, deferred changes included (also destructive ones
   * with --exit-code terraform).
   */
  public static final int ACTIONABLE = 2;
  /** fix: some selected entries were refused (each on standard error); the others are patched. */
  public static final int REFUSED = 2;
  /** compare: the applied plan makes other changes than the approved plan. */
  public static final int DIFFERENT = 2;
  /** analyze: destructive changes (replace, delete, recreate): STOP. */
  public static final int DESTRUCTIVE = 3;

  private ExitCodes() {}
}
