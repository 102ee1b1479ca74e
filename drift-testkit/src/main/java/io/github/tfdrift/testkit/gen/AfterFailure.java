package io.github.tfdrift.testkit.gen;

import java.util.Locale;

/**
 * What a property does with the failure it remembers from its last run (stored under {@code
 * target/tfdrift-failures/}, see {@link Property#remembering(String, String...)}). Chosen with the system
 * property {@code tfdrift.afterFailure}: {@code replay-first} (the default), {@code replay-only} or
 * {@code ignore}.
 *
 * <pre>
 * ./mvnw -B -ntp test -pl my-module -Dtest=MyRuleTest -Dtfdrift.afterFailure=replay-only
 * </pre>
 */
public enum AfterFailure {
  /** Replay the stored failure first; when it passes now, forget it and run the tries as usual. */
  REPLAY_FIRST,
  /**
   * Replay only the stored failure, without new tries: a quick loop while fixing it. A property with
   * nothing stored runs its tries as usual.
   */
  REPLAY_ONLY,
  /** Neither replay nor store failures. */
  IGNORE;

  /** The system property that chooses the mode. */
  public static final String PROPERTY = "tfdrift.afterFailure";

  /** The mode named by the system property {@value #PROPERTY} ({@link #REPLAY_FIRST} when unset). */
  public static AfterFailure fromSystemProperty() {
    return parse(System.getProperty(PROPERTY, ""));
  }

  /**
   * The mode named {@code text} ({@code replay-first}, {@code replay-only}, {@code ignore}; any case,
   * {@code _} for {@code -}); {@link #REPLAY_FIRST} when blank.
   *
   * @throws IllegalArgumentException for another name
   */
  public static AfterFailure parse(String text) {
    String t = text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
    if (t.isEmpty()) {
      return REPLAY_FIRST;
    }
    for (AfterFailure a : values()) {
      if (a.name().equals(t)) {
        return a;
      }
    }
    throw new IllegalArgumentException(PROPERTY + " is replay-first, replay-only or ignore, not '" + text + "'");
  }
}
