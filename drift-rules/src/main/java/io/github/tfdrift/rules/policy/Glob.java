package io.github.tfdrift.rules.policy;

import io.vavr.control.Either;
import java.util.Objects;

/**
 * A compiled glob over addresses, resource types and rendered attribute paths. Syntax: {@code *}
 * matches any run of characters, including dots, brackets and quotes (so {@code
 * module.*.proxmox_virtual_environment_vm.*} matches {@code
 * module.jellyfin.proxmox_virtual_environment_vm.vm} and {@code aws_instance.web[0]}); {@code ?}
 * matches exactly one character; every other character matches itself. A glob must not be empty,
 * must not contain whitespace and must not contain {@code **} (a single {@code *} already crosses
 * dots). Matching never compiles a regular expression.
 */
public final class Glob {
  private static final Glob ANY = new Glob("*");

  private final String pattern;
  private final boolean literal;

  private Glob(String pattern) {
    this.pattern = pattern;
    this.literal = pattern.indexOf('*') < 0 && pattern.indexOf('?') < 0;
  }

  /** The glob that matches everything. */
  public static Glob any() {
    return ANY;
  }

  /**
   * Compiles a glob, or says what is wrong with it without repeating it: {@code empty glob}, {@code
   * contains whitespace at character 7}, {@code contains '**' at character 8 (...)}.
   */
  public static Either<PatternError, Glob> compile(String pattern) {
    Objects.requireNonNull(pattern, "pattern");
    if (pattern.isEmpty()) {
      return Either.left(PatternError.of("empty glob"));
    }
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (Character.isWhitespace(c) || Character.isISOControl(c)) {
        return Either.left(PatternError.at(i + 1, "contains whitespace at character " + (i + 1)));
      }
    }
    int dbl = pattern.indexOf("**");
    if (dbl >= 0) {
      return Either.left(
          PatternError.at(
              dbl + 1, "contains '**' at character " + (dbl + 1) + " (a single '*' already matches dots and brackets)"));
    }
    return Either.right(pattern.equals("*") ? ANY : new Glob(pattern));
  }

  /** Compiles a glob known to be valid; throws {@link IllegalArgumentException} otherwise. */
  public static Glob of(String pattern) {
    return compile(pattern).getOrElseThrow((PatternError e) -> new IllegalArgumentException("bad glob '" + pattern + "': " + e.describe()));
  }

  /** The pattern text. */
  public String pattern() {
    return pattern;
  }

  /** True when the glob matches the whole text. */
  public boolean matches(String text) {
    if (this == ANY) {
      return true;
    }
    if (literal) {
      return pattern.equals(text);
    }
    int p = 0;
    int t = 0;
    int star = -1;
    int mark = 0;
    int pl = pattern.length();
    int tl = text.length();
    while (t < tl) {
      if (p < pl && (pattern.charAt(p) == '?' || pattern.charAt(p) == text.charAt(t))) {
        p++;
        t++;
      } else if (p < pl && pattern.charAt(p) == '*') {
        star = p++;
        mark = t;
      } else if (star >= 0) {
        p = star + 1;
        t = ++mark;
      } else {
        return false;
      }
    }
    while (p < pl && pattern.charAt(p) == '*') {
      p++;
    }
    return p == pl;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Glob g && g.pattern.equals(pattern);
  }

  @Override
  public int hashCode() {
    return pattern.hashCode();
  }

  @Override
  public String toString() {
    return pattern;
  }
}
