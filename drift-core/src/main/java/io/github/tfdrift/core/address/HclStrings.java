package io.github.tfdrift.core.address;

/**
 * HCL's quoted-string syntax as Terraform uses it for instance keys: backslash escapes for
 * backslash, quote, newline, carriage return and tab, {@code \\uXXXX} for other control characters,
 * and doubled {@code $} or {@code %} before an opening brace for template introducers.
 */
public final class HclStrings {
  private HclStrings() {}

  /** Quotes a string, the way Terraform renders a string instance key. */
  public static String quote(String s) {
    StringBuilder b = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\\':
          b.append("\\\\");
          break;
        case '"':
          b.append("\\\"");
          break;
        case '\n':
          b.append("\\n");
          break;
        case '\r':
          b.append("\\r");
          break;
        case '\t':
          b.append("\\t");
          break;
        case '$':
        case '%':
          b.append(c);
          if (i + 1 < s.length() && s.charAt(i + 1) == '{') {
            b.append(c);
          }
          break;
        default:
          if (c < 0x20 || c == 0x7f) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
      }
    }
    return b.append('"').toString();
  }

  /**
   * Reads a quoted string starting at {@code start} (which must be a {@code "}). Returns the decoded
   * text and sets {@code end[0]} to the index after the closing quote, or returns null when the string
   * is not well formed.
   */
  static String unquote(String s, int start, int[] end) {
    if (start >= s.length() || s.charAt(start) != '"') {
      return null;
    }
    StringBuilder b = new StringBuilder();
    int i = start + 1;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '"') {
        end[0] = i + 1;
        return b.toString();
      }
      if (c == '\\') {
        if (i + 1 >= s.length()) {
          return null;
        }
        char e = s.charAt(i + 1);
        switch (e) {
          case '\\':
            b.append('\\');
            break;
          case '"':
            b.append('"');
            break;
          case 'n':
            b.append('\n');
            break;
          case 'r':
            b.append('\r');
            break;
          case 't':
            b.append('\t');
            break;
          case 'u':
            if (i + 6 > s.length()) {
              return null;
            }
            try {
              b.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
            } catch (NumberFormatException ex) {
              return null;
            }
            i += 4;
            break;
          case 'U':
            if (i + 10 > s.length()) {
              return null;
            }
            try {
              b.appendCodePoint(Integer.parseInt(s.substring(i + 2, i + 10), 16));
            } catch (IllegalArgumentException ex) {
              return null;
            }
            i += 8;
            break;
          default:
            return null;
        }
        i += 2;
        continue;
      }
      if ((c == '$' || c == '%') && i + 2 < s.length() && s.charAt(i + 1) == c && s.charAt(i + 2) == '{') {
        b.append(c).append('{');
        i += 3;
        continue;
      }
      b.append(c);
      i++;
    }
    return null;
  }
}
