package io.github.tfdrift.core.address;

import io.github.tfdrift.core.value.JsonValue;
import java.util.Objects;
import java.util.Optional;

/**
 * The instance key of a resource or module instance: a {@code count} index, a {@code for_each} key,
 * or the unknown key {@code [*]} of a deferred change. Rendered in Terraform's notation:
 * {@code [0]}, {@code ["a.b"]}, {@code [*]}.
 */
public sealed interface InstanceKey permits InstanceKey.IntKey, InstanceKey.StringKey, InstanceKey.UnknownKey {

  /** A {@code count} index. */
  static InstanceKey of(long index) {
    return new IntKey(index);
  }

  /** A {@code for_each} key. */
  static InstanceKey of(String key) {
    return new StringKey(key);
  }

  /** The not-yet-known key of a deferred change. */
  static InstanceKey unknown() {
    return UnknownKey.INSTANCE;
  }

  /**
   * The key held in a JSON {@code index}/{@code instance_key} field: a whole number or a string.
   * Anything else is not an instance key.
   */
  static Optional<InstanceKey> fromJson(JsonValue v) {
    if (v instanceof JsonValue.Str s) {
      return Optional.of(of(s.value()));
    }
    if (v instanceof JsonValue.Num n) {
      try {
        return Optional.of(of(n.decimalValue().longValueExact()));
      } catch (ArithmeticException e) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** The key as it appears in an address, brackets included. */
  String render();

  /** The key as JSON ({@code 0} or {@code "key"}); the unknown key has no JSON form. */
  JsonValue toJson();

  /** A {@code count} index. @param index the index */
  record IntKey(long index) implements InstanceKey {
    @Override
    public String render() {
      return "[" + index + "]";
    }

    @Override
    public JsonValue toJson() {
      return JsonValue.of(index);
    }

    @Override
    public String toString() {
      return render();
    }
  }

  /** A {@code for_each} key. @param key the key */
  record StringKey(String key) implements InstanceKey {
    /** Validates the key. */
    public StringKey {
      Objects.requireNonNull(key, "key");
    }

    @Override
    public String render() {
      return "[" + HclStrings.quote(key) + "]";
    }

    @Override
    public JsonValue toJson() {
      return JsonValue.of(key);
    }

    @Override
    public String toString() {
      return render();
    }
  }

  /** The unknown key {@code [*]}. */
  final class UnknownKey implements InstanceKey {
    static final UnknownKey INSTANCE = new UnknownKey();

    private UnknownKey() {}

    @Override
    public String render() {
      return "[*]";
    }

    @Override
    public JsonValue toJson() {
      return JsonValue.absent();
    }

    @Override
    public String toString() {
      return render();
    }
  }
}
