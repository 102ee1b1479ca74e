package io.github.tfdrift.core.model;

import io.github.tfdrift.core.vocabulary.KnownWords;
import io.github.tfdrift.core.vocabulary.Vocabulary;
import java.util.Objects;

/**
 * One element of a change's {@code actions} array: {@code no-op}, {@code create}, {@code read},
 * {@code update}, {@code delete}, {@code forget}, OpenTofu's {@code open}, or any other word (kept as
 * is). Callers usually want {@link ChangeKind} instead of raw actions.
 *
 * @param text the action word as written
 */
public record Action(String text) implements Vocabulary {
  /** Nothing to do. */
  public static final Action NO_OP = new Action("no-op");
  /** Create a new object. */
  public static final Action CREATE = new Action("create");
  /** Read a data source during apply. */
  public static final Action READ = new Action("read");
  /** Update in place. */
  public static final Action UPDATE = new Action("update");
  /** Destroy the object. */
  public static final Action DELETE = new Action("delete");
  /** Remove the object from state without destroying it (TF 1.7+, Tofu). */
  public static final Action FORGET = new Action("forget");
  /** Open an ephemeral resource (OpenTofu 1.11). */
  public static final Action OPEN = new Action("open");

  private static final KnownWords<Action> WORDS =
      KnownWords.of(NO_OP, CREATE, READ, UPDATE, DELETE, FORGET, OPEN);

  /** Validates the text. */
  public Action {
    Objects.requireNonNull(text, "text");
  }

  /** The action for a word; never fails. */
  public static Action of(String text) {
    return WORDS.constant(text, Action::new);
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
