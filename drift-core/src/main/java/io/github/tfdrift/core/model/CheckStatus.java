package io.github.tfdrift.core.model;

import io.github.tfdrift.core.vocabulary.KnownWords;
import io.github.tfdrift.core.vocabulary.Vocabulary;
import java.util.Objects;

/**
 * A check's {@code status}: {@code pass}, {@code fail}, {@code error}, {@code unknown}, or another
 * word kept as is.
 *
 * @param text the status as written
 */
public record CheckStatus(String text) implements Vocabulary {
  /** All conditions passed. */
  public static final CheckStatus PASS = new CheckStatus("pass");
  /** A condition failed. */
  public static final CheckStatus FAIL = new CheckStatus("fail");
  /** Evaluating a condition failed. */
  public static final CheckStatus ERROR = new CheckStatus("error");
  /** Not known at plan time. */
  public static final CheckStatus UNKNOWN = new CheckStatus("unknown");

  private static final KnownWords<CheckStatus> WORDS = KnownWords.of(PASS, FAIL, ERROR, UNKNOWN);

  /** Validates the text. */
  public CheckStatus {
    Objects.requireNonNull(text, "text");
  }

  /** The status for a word; never fails. */
  public static CheckStatus of(String text) {
    return new CheckStatus(text);
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
