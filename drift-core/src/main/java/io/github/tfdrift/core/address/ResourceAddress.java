package io.github.tfdrift.core.address;

import org.jspecify.annotations.Nullable;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An absolute resource instance address, parsed: module path (with instance keys), mode, type, name
 * and instance key. Parses and renders Terraform's notation, including keys that contain dots,
 * spaces, quotes and escapes: {@code module.a["x.y"].aws_s3_bucket.b["q\"uote"]}.
 *
 * @param modulePath the module instances from the root, outermost first
 * @param mode managed, data or ephemeral
 * @param type the resource type
 * @param name the resource name
 * @param key the instance key, when the resource uses count or for_each
 */
public record ResourceAddress(
    List<ModuleInstance> modulePath, ResourceMode mode, String type, String name, Optional<InstanceKey> key) {

  /** Validates and copies the parts. */
  public ResourceAddress {
    modulePath = List.copyOf(modulePath);
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(key, "key");
  }

  /** A managed resource in the root module without a key. */
  public static ResourceAddress of(String type, String name) {
    return new ResourceAddress(List.of(), ResourceMode.MANAGED, type, name, Optional.empty());
  }

  /** A copy in the given module path. */
  public ResourceAddress inModule(List<ModuleInstance> path) {
    return new ResourceAddress(path, mode, type, name, key);
  }

  /** A copy with the given instance key. */
  public ResourceAddress withKey(InstanceKey k) {
    return new ResourceAddress(modulePath, mode, type, name, Optional.of(k));
  }

  /**
   * Parses an absolute instance address. Returns an {@link AddressError} naming the offending
   * position when the text is not an address.
   */
  public static Either<AddressError, ResourceAddress> parse(String text) {
    Objects.requireNonNull(text, "text");
    Cursor c = new Cursor(text);
    List<ModuleInstance> modules = new ArrayList<>();
    ResourceMode mode = ResourceMode.MANAGED;
    while (true) {
      int save = c.pos;
      String word = c.identifier();
      if (word == null) {
        return Either.left(c.error("expected a resource type or 'module'"));
      }
      if (word.equals("module") && c.peek('.')) {
        c.pos++;
        String modName = c.identifier();
        if (modName == null) {
          return Either.left(c.error("expected a module name"));
        }
        Either<AddressError, Optional<InstanceKey>> k = c.optionalKey();
        if (k.isLeft()) {
          return Either.left(k.getLeft());
        }
        modules.add(new ModuleInstance(modName, k.get()));
        if (!c.peek('.')) {
          return Either.left(c.error("expected '.' after the module step"));
        }
        c.pos++;
        continue;
      }
      if ((word.equals("data") || word.equals("ephemeral")) && c.peek('.')) {
        // As in Terraform, "data" and "ephemeral" are reserved: they always start a mode prefix.
        c.pos++;
        String type = c.identifier();
        if (type == null) {
          return Either.left(c.error("expected a resource type after '" + word + ".'"));
        }
        return finish(c, modules, ResourceMode.of(word), type, text);
      }
      c.pos = save;
      String type = c.identifier();
      return finish(c, modules, mode, type, text);
    }
  }

  private static Either<AddressError, ResourceAddress> finish(
      Cursor c, List<ModuleInstance> modules, ResourceMode mode, String type, String text) {
    if (type == null || !c.peek('.')) {
      return Either.left(c.error("expected TYPE.NAME"));
    }
    c.pos++;
    String name = c.identifier();
    if (name == null) {
      return Either.left(c.error("expected a resource name"));
    }
    Either<AddressError, Optional<InstanceKey>> k = c.optionalKey();
    if (k.isLeft()) {
      return Either.left(k.getLeft());
    }
    if (c.pos != text.length()) {
      return Either.left(c.error("unexpected text after the address"));
    }
    return Either.right(new ResourceAddress(modules, mode, type, name, k.get()));
  }

  /** The module part in Terraform's notation ({@code module.a["x"].module.b}), empty for root. */
  public String moduleAddress() {
    StringBuilder b = new StringBuilder();
    for (ModuleInstance m : modulePath) {
      if (b.length() > 0) {
        b.append('.');
      }
      b.append(m.render());
    }
    return b.toString();
  }

  /** The address without the instance key ({@code module.a.aws_s3_bucket.b}). */
  public String resourceAddress() {
    StringBuilder b = new StringBuilder(moduleAddress());
    if (b.length() > 0) {
      b.append('.');
    }
    if (!mode.equals(ResourceMode.MANAGED)) {
      b.append(mode.text()).append('.');
    }
    return b.append(type).append('.').append(name).toString();
  }

  /** The address in Terraform's notation. */
  public String render() {
    return resourceAddress() + key.map(InstanceKey::render).orElse("");
  }

  @Override
  public String toString() {
    return render();
  }

  private static final class Cursor {
    final String s;
    int pos;

    Cursor(String s) {
      this.s = s;
    }

    boolean peek(char ch) {
      return pos < s.length() && s.charAt(pos) == ch;
    }

    @Nullable String identifier() {
      int start = pos;
      while (pos < s.length()) {
        char ch = s.charAt(pos);
        if (Character.isLetterOrDigit(ch) || ch == '_' || ch == '-') {
          pos++;
        } else {
          break;
        }
      }
      if (pos == start || !(Character.isLetter(s.charAt(start)) || s.charAt(start) == '_')) {
        pos = start;
        return null;
      }
      return s.substring(start, pos);
    }

    Either<AddressError, Optional<InstanceKey>> optionalKey() {
      if (!peek('[')) {
        return Either.right(Optional.empty());
      }
      pos++;
      InstanceKey k;
      if (peek('"')) {
        int[] end = new int[1];
        String v = HclStrings.unquote(s, pos, end);
        if (v == null) {
          return Either.left(error("unterminated or malformed quoted key"));
        }
        pos = end[0];
        k = InstanceKey.of(v);
      } else if (peek('*')) {
        pos++;
        k = InstanceKey.unknown();
      } else {
        int start = pos;
        while (pos < s.length() && Character.isDigit(s.charAt(pos))) {
          pos++;
        }
        if (start == pos) {
          return Either.left(error("expected a number, a quoted key or '*'"));
        }
        try {
          k = InstanceKey.of(Long.parseLong(s.substring(start, pos)));
        } catch (NumberFormatException e) {
          pos = start;
          return Either.left(error("index out of range"));
        }
      }
      if (!peek(']')) {
        return Either.left(error("expected ']'"));
      }
      pos++;
      return Either.right(Optional.of(k));
    }

    AddressError error(String what) {
      return new AddressError(s, pos, what);
    }
  }
}
