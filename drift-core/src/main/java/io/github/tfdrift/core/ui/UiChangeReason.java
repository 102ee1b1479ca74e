package io.github.tfdrift.core.ui;

import io.github.tfdrift.core.model.ActionReason;
import io.github.tfdrift.core.vocabulary.KnownWords;
import io.github.tfdrift.core.vocabulary.Vocabulary;
import java.util.Objects;

/**
 * A planned change's {@code reason} in the UI stream: {@code tainted}, {@code requested}, {@code
 * cannot_update}, {@code replace_triggered_by}, the plan's {@code delete_because_*}, {@code
 * read_because_*} and OpenTofu's {@code forgot_because_*} values, {@code unknown}, or any other word,
 * kept as is. Unknown reasons mean "no specific reason".
 *
 * @param text the reason as written
 */
public record UiChangeReason(String text) implements Vocabulary {
  /** The prior object is tainted. */
  public static final UiChangeReason TAINTED = new UiChangeReason("tainted");
  /** {@code -replace=ADDR}. */
  public static final UiChangeReason REQUESTED = new UiChangeReason("requested");
  /** The provider cannot update in place. */
  public static final UiChangeReason CANNOT_UPDATE = new UiChangeReason("cannot_update");
  /** {@code lifecycle.replace_triggered_by}. */
  public static final UiChangeReason REPLACE_TRIGGERED_BY = new UiChangeReason("replace_triggered_by");
  /** The tool did not know the reason. */
  public static final UiChangeReason UNKNOWN = new UiChangeReason("unknown");

  private static final KnownWords<UiChangeReason> WORDS =
      KnownWords.of(TAINTED, REQUESTED, CANNOT_UPDATE, REPLACE_TRIGGERED_BY, UNKNOWN);

  /** Validates the text. */
  public UiChangeReason {
    Objects.requireNonNull(text, "text");
  }

  /**
   * The reason for a word; never fails.
   *
   * @param text the word
   * @return the reason
   */
  public static UiChangeReason of(String text) {
    return WORDS.constant(text, UiChangeReason::new);
  }

  @Override
  public boolean isKnown() {
    // The plan's delete, read and forget reasons appear here unchanged; its replace reasons do not.
    return WORDS.isKnown(text) || (!text.startsWith("replace_") && new ActionReason(text).isKnown());
  }

  @Override
  public String toString() {
    return text;
  }
}
