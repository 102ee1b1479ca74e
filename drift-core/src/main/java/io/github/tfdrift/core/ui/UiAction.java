package io.github.tfdrift.core.ui;

import io.github.tfdrift.core.vocabulary.KnownWords;
import io.github.tfdrift.core.vocabulary.Vocabulary;
import java.util.Objects;

/**
 * An action in the UI stream's vocabulary, which is not the plan's: {@code noop}, {@code create},
 * {@code read}, {@code update}, {@code replace} (every replacement, including create-then-forget),
 * {@code delete}, {@code move} (a no-op with an address change), {@code import} (a no-op with
 * importing), {@code remove} (the plan's {@code forget}), the ephemeral {@code open}, {@code renew},
 * {@code close}, or any other word, kept as is.
 *
 * @param text the action as written
 */
public record UiAction(String text) implements Vocabulary {
  /** Nothing to do. */
  public static final UiAction NOOP = new UiAction("noop");
  /** Create a new object. */
  public static final UiAction CREATE = new UiAction("create");
  /** Read a data source. */
  public static final UiAction READ = new UiAction("read");
  /** Update in place. */
  public static final UiAction UPDATE = new UiAction("update");
  /** Replace (any order, destroyed or forgotten). */
  public static final UiAction REPLACE = new UiAction("replace");
  /** Destroy. */
  public static final UiAction DELETE = new UiAction("delete");
  /** Only the address changes (a {@code moved} block). */
  public static final UiAction MOVE = new UiAction("move");
  /** Only an import. */
  public static final UiAction IMPORT = new UiAction("import");
  /** Remove from state without destroying (the plan's {@code forget}). */
  public static final UiAction REMOVE = new UiAction("remove");
  /** Open an ephemeral resource. */
  public static final UiAction OPEN = new UiAction("open");
  /** Renew an ephemeral resource. */
  public static final UiAction RENEW = new UiAction("renew");
  /** Close an ephemeral resource. */
  public static final UiAction CLOSE = new UiAction("close");

  private static final KnownWords<UiAction> WORDS =
      KnownWords.of(
          NOOP,
          CREATE,
          READ,
          UPDATE,
          REPLACE,
          DELETE,
          MOVE,
          IMPORT,
          REMOVE,
          OPEN,
          RENEW,
          CLOSE);

  /** Validates the text. */
  public UiAction {
    Objects.requireNonNull(text, "text");
  }

  /**
   * The action for a word; never fails.
   *
   * @param text the word
   * @return the action
   */
  public static UiAction of(String text) {
    return WORDS.constant(text, UiAction::new);
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
