package io.github.tfdrift.rules.builtin;

import io.github.tfdrift.rules.spi.Rule;

/** Base of the built-in rules: id and summary as fields; documentation from the shipped page. */
abstract class BuiltInRule implements Rule {
  private final String id;
  private final String summary;

  BuiltInRule(String id, String summary) {
    this.id = id;
    this.summary = summary;
  }

  @Override
  public final String id() {
    return id;
  }

  @Override
  public final String summary() {
    return summary;
  }

  @Override
  public String toString() {
    return id;
  }
}
