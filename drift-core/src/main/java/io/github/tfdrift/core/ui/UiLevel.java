package io.github.tfdrift.core.ui;

import io.github.tfdrift.core.vocabulary.KnownWords;
import io.github.tfdrift.core.vocabulary.Vocabulary;
import java.util.Objects;

/**
 * A UI message's {@code @level}: {@code info}, {@code warn}, {@code error} (and {@code trace},
 * {@code debug} in log messages), or any other word, kept as is.
 *
 * @param text the level as written ({@code ""} when the message has none)
 */
public record UiLevel(String text) implements Vocabulary {
  /** Tracing detail. */
  public static final UiLevel TRACE = new UiLevel("trace");
  /** Debugging detail. */
  public static final UiLevel DEBUG = new UiLevel("debug");
  /** Normal progress and results. */
  public static final UiLevel INFO = new UiLevel("info");
  /** A warning diagnostic. */
  public static final UiLevel WARN = new UiLevel("warn");
  /** An error diagnostic. */
  public static final UiLevel ERROR = new UiLevel("error");

  private static final KnownWords<UiLevel> WORDS = KnownWords.of(TRACE, DEBUG, INFO, WARN, ERROR);

  /** Validates the text. */
  public UiLevel {
    Objects.requireNonNull(text, "text");
  }

  /**
   * The level for a word; never fails.
   *
   * @param text the word
   * @return the level
   */
  public static UiLevel of(String text) {
    return WORDS.constant(text, UiLevel::new);
  }

  @Override
  public boolean isKnown() {
    return WORDS.isKnown(text);
  }

  @Override
  public String toString() {
    return text;
  }
}
