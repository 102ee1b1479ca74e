package io.github.tfdrift.core.address;

import io.github.tfdrift.core.value.JsonValue;
import java.util.Objects;

/**
 * One step of an {@link AttributePath}: an attribute name, a map key, or a list index. In the plan
 * JSON an attribute and a map key are both strings and cannot be told apart, so the two compare equal
 * when their text is equal.
 */
public sealed interface PathStep permits PathStep.Attribute, PathStep.Key, PathStep.Index {

  /** An attribute step. */
  static PathStep attribute(String name) {
    return new Attribute(name);
  }

  /** A map-key step. */
  static PathStep key(String key) {
    return new Key(key);
  }

  /** A list-index step. */
  static PathStep index(int index) {
    return new Index(index);
  }

  /** A string step of a JSON path: an attribute when it looks like one, else a key. */
  static PathStep ofName(String s) {
    return isIdentifier(s) ? new Attribute(s) : new Key(s);
  }

  /** The step as JSON, as in {@code replace_paths}: a string or a number. */
  JsonValue toJson();

  /** True when the two steps address the same thing (attribute and key with equal text match). */
  boolean matches(PathStep other);

  /** True when {@code s} is written as {@code .s} rather than {@code ["s"]}. */
  static boolean isIdentifier(String s) {
    if (s.isEmpty() || !(Character.isLetter(s.charAt(0)) || s.charAt(0) == '_')) {
      return false;
    }
    for (int i = 1; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!(Character.isLetterOrDigit(c) || c == '_' || c == '-')) {
        return false;
      }
    }
    return true;
  }

  /** An attribute name. @param name the name */
  record Attribute(String name) implements PathStep {
    /** Validates the name. */
    public Attribute {
      Objects.requireNonNull(name, "name");
    }

    @Override
    public JsonValue toJson() {
      return JsonValue.of(name);
    }

    @Override
    public boolean matches(PathStep other) {
      return other instanceof Attribute a && a.name.equals(name)
          || other instanceof Key k && k.key().equals(name);
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /** A map key. @param key the key */
  record Key(String key) implements PathStep {
    /** Validates the key. */
    public Key {
      Objects.requireNonNull(key, "key");
    }

    @Override
    public JsonValue toJson() {
      return JsonValue.of(key);
    }

    @Override
    public boolean matches(PathStep other) {
      return other instanceof Key k && k.key.equals(key)
          || other instanceof Attribute a && a.name().equals(key);
    }

    @Override
    public String toString() {
      return "[" + HclStrings.quote(key) + "]";
    }
  }

  /** A list or tuple index. @param index the index */
  record Index(int index) implements PathStep {
    @Override
    public JsonValue toJson() {
      return JsonValue.of(index);
    }

    @Override
    public boolean matches(PathStep other) {
      return other instanceof Index i && i.index == index;
    }

    @Override
    public String toString() {
      return "[" + index + "]";
    }
  }
}
