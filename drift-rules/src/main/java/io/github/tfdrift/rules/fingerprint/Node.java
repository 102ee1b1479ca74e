package io.github.tfdrift.rules.fingerprint;

import java.util.Collections;
import java.util.List;
import java.util.SortedMap;

/**
 * A planned value in canonical form: object members sorted by key with {@code null} members left out,
 * numbers by value, strings that a default normaliser recognises replaced by their canonical form, and
 * unknown parts ({@code after_unknown}) as {@link Unknown}. Records compare by content; {@code
 * toString()} never shows content (keys of sensitive maps can be secret too).
 */
sealed interface Node {
  /** A member that is not there (an attribute only one side has). */
  Node MISSING = new Leaf('a', "");

  /** A scalar: {@code tag} is {@code a} absent, {@code z} null, {@code b} boolean, {@code n} number, {@code s} string. */
  record Leaf(char tag, String text) implements Node {
    @Override
    public String toString() {
      return "Leaf(" + tag + ")";
    }
  }

  /** A value known only after apply. */
  enum Unknown implements Node {
    /** The one unknown value. */
    INSTANCE;

    @Override
    public String toString() {
      return "Unknown";
    }
  }

  /** An array, in order. */
  record Seq(List<Node> elements) implements Node {
    public Seq {
      elements = Collections.unmodifiableList(elements);
    }

    @Override
    public String toString() {
      return "Seq(" + elements.size() + ")";
    }
  }

  /** An object, members sorted by key. */
  record Members(SortedMap<String, Node> members) implements Node {
    public Members {
      members = Collections.unmodifiableSortedMap(members);
    }

    @Override
    public String toString() {
      return "Members(" + members.size() + ")";
    }
  }

  /** A value replaced by its canonical form under the normaliser with this id. */
  record Normalised(String normalizer, Node value) implements Node {
    @Override
    public String toString() {
      return "Normalised(" + normalizer + ")";
    }
  }
}
