package io.github.tfdrift.core.vocabulary;

/**
 * A word from one of the format's open vocabularies. Words the model knows are its constants; any other
 * word is kept with its text ({@link #isKnown()} is false) rather than rejected, because Terraform and
 * OpenTofu add words without bumping {@code format_version}.
 */
public interface Vocabulary {
  /** The word exactly as it appears in the JSON. */
  String text();

  /** True when the word is one this version of tfdrift knows. */
  boolean isKnown();
}
