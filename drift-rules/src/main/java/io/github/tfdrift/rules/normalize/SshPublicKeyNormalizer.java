package io.github.tfdrift.rules.normalize;

import io.github.tfdrift.core.value.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * OpenSSH public keys ({@code ssh-ed25519 AAAA... comment}): what counts is the key type, the key and
 * the comment; runs of whitespace, leading and trailing whitespace, CRLF line ends and trailing
 * newlines do not. A string holding several keys (one per line, as in {@code authorized_keys}) is
 * normalised line by line; a list of keys element by element. Recognised key types: {@code ssh-rsa},
 * {@code ssh-ed25519}, {@code ssh-dss}, {@code ecdsa-sha2-*} and {@code sk-*}.
 */
public final class SshPublicKeyNormalizer implements Normalizer {
  /** The id: {@code ssh-public-key}. */
  public static final String ID = "ssh-public-key";

  private static final SshPublicKeyNormalizer INSTANCE = new SshPublicKeyNormalizer();

  private SshPublicKeyNormalizer() {}

  /** The normaliser. */
  public static SshPublicKeyNormalizer instance() {
    return INSTANCE;
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "SSH public key";
  }

  @Override
  public boolean detects(JsonValue value) {
    return normalize(value).isPresent();
  }

  private static boolean startsWithKeyType(String text) {
    int i = 0;
    int n = text.length();
    while (i < n && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return text.startsWith("ssh-", i) || text.startsWith("ecdsa-sha2-", i) || text.startsWith("sk-", i);
  }

  @Override
  public Optional<JsonValue> normalize(JsonValue value) {
    if (value instanceof JsonValue.Str s) {
      return canonical(s.value()).map(JsonValue::of);
    }
    if (value instanceof JsonValue.Arr a && !a.isEmpty()) {
      List<JsonValue> out = new ArrayList<>(a.size());
      for (JsonValue e : a.elements()) {
        Optional<JsonValue> n = normalize(e);
        if (n.isEmpty() || !(e instanceof JsonValue.Str)) {
          return Optional.empty();
        }
        out.add(n.get());
      }
      return Optional.of(JsonValue.array(out));
    }
    return Optional.empty();
  }

  /** The canonical text of one or more keys, or empty when the text is not made of public keys. */
  public static Optional<String> canonical(String text) {
    if (!startsWithKeyType(text)) { // most strings are not keys: decided without splitting anything
      return Optional.empty();
    }
    StringBuilder out = new StringBuilder();
    int keys = 0;
    int i = 0;
    int n = text.length();
    while (i <= n) {
      int end = i;
      while (end < n && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
        end++;
      }
      String line = text.substring(i, end).strip();
      if (!line.isEmpty()) {
        String[] parts = line.split("\\s+", 3);
        if (parts.length < 2 || !isKeyType(parts[0]) || !isBase64(parts[1])) {
          return Optional.empty();
        }
        if (keys > 0) {
          out.append('\n');
        }
        out.append(parts[0]).append(' ').append(parts[1]);
        if (parts.length == 3) {
          out.append(' ').append(String.join(" ", parts[2].strip().split("\\s+")));
        }
        keys++;
      }
      i = end + 1;
    }
    return keys == 0 ? Optional.empty() : Optional.of(out.toString());
  }

  private static boolean isKeyType(String t) {
    return t.equals("ssh-rsa")
        || t.equals("ssh-ed25519")
        || t.equals("ssh-dss")
        || t.startsWith("ecdsa-sha2-")
        || t.startsWith("sk-ssh-")
        || t.startsWith("sk-ecdsa-");
  }

  private static boolean isBase64(String s) {
    if (s.length() < 16) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!(Character.isLetterOrDigit(c) || c == '+' || c == '/' || c == '=')) {
        return false;
      }
    }
    return true;
  }
}
